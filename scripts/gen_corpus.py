#!/usr/bin/env python3
"""Generate a large JSON Lines corpus from the example articles, for benchmarks.

Each output line is one article: {"id", "date", "title", "text"}. Articles are
copies of examples/articles/*.txt with varied actors and dates:

- the date is drawn uniformly from 2015-01-01 to 2025-12-31 (so role lookups such
  as "the US president" resolve to different people);
- persons named in the article are swapped for other persons of the lexicon with
  the same gender (full name for full name, surname for surname);
- states are swapped for other states (name for name, demonym for demonym).

Replacements are drawn with Zipf weights (1/rank) over a shuffled ranking of
each pool, as actor frequencies in news are heavy-tailed: a few actors appear
everywhere, most rarely. `--uniform` draws them uniformly instead, which gives
far more distinct (source, target, relation) triples, so a bigger graph.

The output is deterministic for a given --seed. It is meant for speed and memory
measurements, not for judging extraction quality: swapped names make odd but
well-formed news text.

    python3 scripts/gen_corpus.py --size-mb 1024 --out /tmp/corpus.jsonl
"""

import argparse
import datetime
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_tsv(path):
    """Rows of a lexicon TSV as dicts (comments and the header skipped)."""
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def split_list(cell):
    return [x for x in cell.split("|") if x]


class Actor:
    """One swappable actor: the forms that name it and the forms to write."""

    def __init__(self, row):
        self.id = row["id"]
        self.kind = row["kind"]
        self.gender = row.get("gender", "")
        self.label = row["label"]
        self.aliases = sorted(set(split_list(row["aliases"]) + [self.label]), key=len, reverse=True)
        self.demonyms = split_list(row.get("demonyms", ""))
        # The short form: the surname for a person, the label for a state.
        words = self.label.split()
        self.short = words[-1] if self.kind == "person" and len(words) > 1 else self.label

    def replacement(self, form, other):
        """What `form` (one of self's names) becomes when self is swapped for other."""
        if form in self.demonyms:
            i = self.demonyms.index(form)
            if other.demonyms:
                return other.demonyms[min(i, len(other.demonyms) - 1)]
            return form
        if self.kind == "person" and len(form.split()) == 1:
            return other.short
        return other.label


def load_actors():
    people = [Actor(r) for r in read_tsv(ROOT / "data" / "people.tsv") if r["label"]]
    states = [
        Actor(r)
        for r in read_tsv(ROOT / "data" / "actors.tsv")
        if r["kind"] == "state" and r["label"]
    ]
    return people, states


def parse_article(path):
    """(date, title, body) of an example article in the text-file forms."""
    text = path.read_text(encoding="utf-8")
    body = text
    m = re.match(r"\s*date[ \t]+(\d{4}-\d{2}-\d{2})", text)
    date = None
    if m:
        date = m.group(1)
        body = text[m.end():]
    body = body.strip()
    title = body.split("\n", 1)[0].strip()
    return date, title, body


class Template:
    """An article with the actor names it contains, ready to be varied."""

    def __init__(self, stem, title, body, people, states):
        self.stem = stem
        self.title = title
        self.body = body
        self.found = []  # (actor, pool) for each actor named in the article
        forms = {}
        for pool in (people, states):
            for actor in pool:
                names = actor.aliases + actor.demonyms
                present = [
                    n for n in names if n in body and re.search(r"\b" + re.escape(n) + r"\b", body)
                ]
                if present:
                    self.found.append((actor, pool))
                    for n in present:
                        forms.setdefault(n, actor)
        self.forms = forms
        if forms:
            alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            self.pattern = re.compile(r"\b(?:" + alternation + r")\b")
        else:
            self.pattern = None

    def vary(self, rng, swap_share, draw):
        """Title and body with some actors swapped for others."""
        if self.pattern is None:
            return self.title, self.body
        swaps = {}
        for actor, pool in self.found:
            if rng.random() >= swap_share:
                continue
            candidates = [a for a in draw(pool, 8) if a.id != actor.id]
            if actor.kind == "person":
                same = [a for a in candidates if a.gender == actor.gender]
                candidates = same or candidates
            if candidates:
                swaps[actor.id] = candidates[0]

        def sub(m):
            form = m.group(0)
            actor = self.forms[form]
            other = swaps.get(actor.id)
            return actor.replacement(form, other) if other else form

        return self.pattern.sub(sub, self.title), self.pattern.sub(sub, self.body)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=1024.0, help="stop after this many MB (default 1024)")
    ap.add_argument("--out", default="-", help="output file, - for standard output (default)")
    ap.add_argument("--seed", type=int, default=6, help="random seed (default 6)")
    ap.add_argument("--swap-share", type=float, default=0.7, help="share of named actors swapped per copy (default 0.7)")
    ap.add_argument("--articles", default=str(ROOT / "examples" / "articles"), help="directory of .txt articles")
    ap.add_argument("--uniform", action="store_true", help="draw replacement actors uniformly, not by Zipf weights")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    people, states = load_actors()
    # Popularity: a shuffled ranking of each pool, weight 1/rank (cumulative).
    weights = {}
    for pool in (people, states):
        ranks = list(range(1, len(pool) + 1))
        rng.shuffle(ranks)
        total = 0.0
        cumulative = []
        for r in ranks:
            total += 1.0 / r
            cumulative.append(total)
        weights[id(pool)] = cumulative

    def draw(pool, k):
        if args.uniform:
            return rng.sample(pool, k)
        return rng.choices(pool, cum_weights=weights[id(pool)], k=k)
    templates = []
    for path in sorted(Path(args.articles).glob("*.txt")):
        _, title, body = parse_article(path)
        templates.append(Template(path.stem, title, body, people, states))
    if not templates:
        sys.exit(f"gen_corpus: no .txt articles in {args.articles}")

    first = datetime.date(2015, 1, 1).toordinal()
    last = datetime.date(2025, 12, 31).toordinal()
    limit = int(args.size_mb * 1024 * 1024)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    written = 0
    n = 0
    with out:
        while written < limit:
            t = templates[n % len(templates)]
            title, body = t.vary(rng, args.swap_share, draw)
            date = datetime.date.fromordinal(rng.randint(first, last)).isoformat()
            record = {"id": f"{t.stem}-{n:08d}", "date": date, "title": title, "text": body}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"gen_corpus: {n} articles, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
