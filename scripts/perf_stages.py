#!/usr/bin/env python3
"""Share of CPU samples per pipeline stage, from `perf script` output.

Each sample's call stack (innermost frame first) is attributed to the innermost
frame that names a stage, so time spent in a helper (a hash, an allocation, an
aho-corasick search) is charged to the stage that called it. Samples with no
stage frame are listed by their innermost symbol.

    perf record -F 1999 --call-graph dwarf,16384 -o perf.data \\
        target/release/stancegraph build corpus.jsonl --threads 1 -q --out /tmp/o
    perf script -i perf.data -F ip,sym | python3 scripts/perf_stages.py
"""

import collections
import re
import sys

# (stage, pattern on a frame's symbol), checked innermost frame first.
STAGES = [
    ("read (JSON Lines, decoding)", r"stancegraph::read::|serde_json::de::"),
    ("segmentation", r"stancegraph::segment::|\bsegment\b|\btokenize\b"),
    ("word normalization", r"patterns::normalize|\bnormalize\b"),
    ("actor recognition", r"stancegraph::actors::|\brecognise\b|lexicon_mentions|find_titles"),
    ("resolution", r"stancegraph::resolve::|\bresolve\b"),
    ("dates", r"stancegraph::dates::|find_time_expressions"),
    ("quotes", r"stancegraph::quotes::|\bstatements\b"),
    ("relations", r"stancegraph::relations::|\brelations\b"),
    ("stances", r"stancegraph::stances::|\bstances\b"),
    ("actors seen, roles", r"actors_seen|roles_of|issues_seen"),
    ("document copy", r"stancegraph::pipeline::extract"),
    ("graph build", r"stancegraph::graph::|stancegraph::corpus::"),
    ("export", r"stancegraph::export::|serde_json::ser::"),
    ("lexicon loading", r"stancegraph::lexicon::(Lexicon|tsv)|fill_failure_transitions|Compiler"),
]
COMPILED = [(name, re.compile(p)) for name, p in STAGES]


def stage_of(frames):
    for sym in frames:
        for name, rx in COMPILED:
            if rx.search(sym):
                return name
    return None


def main():
    counts = collections.Counter()
    other = collections.Counter()
    total = 0
    frames = []

    def flush():
        nonlocal total
        if not frames:
            return
        total += 1
        stage = stage_of(frames)
        if stage is None:
            counts["other"] += 1
            other[frames[0]] += 1
        else:
            counts[stage] += 1

    for line in sys.stdin:
        line = line.strip()
        if not line:
            flush()
            frames = []
            continue
        parts = line.split(None, 1)
        frames.append(parts[1] if len(parts) > 1 else parts[0])
    flush()
    if total == 0:
        sys.exit("perf_stages: no samples on standard input")
    print(f"{'stage':32} {'samples':>8} {'share':>7}")
    for stage, n in counts.most_common():
        print(f"{stage:32} {n:8d} {100.0 * n / total:6.1f}%")
    print(f"{'total':32} {total:8d}")
    if other:
        print("\nunattributed, by innermost symbol:")
        for sym, n in other.most_common(8):
            print(f"  {n:6d}  {sym[:100]}")


if __name__ == "__main__":
    main()
