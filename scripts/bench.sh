#!/usr/bin/env bash
# Throughput, scaling and memory of `stancegraph build`, measured end to end.
#
#   scripts/bench.sh                 # 100 MB corpus: 1 thread, 2 threads
#   scripts/bench.sh --memory        # also the 1 GB corpus, peak memory
#   SIZE_MB=20 scripts/bench.sh      # a smaller corpus
#   scripts/bench.sh --long          # one document of 0.25, 1 and 4 MB: size scaling
#
# Corpora are generated from examples/articles by scripts/gen_corpus.py into
# $BENCH_DIR (default target/bench), never committed. Each run is timed with
# /usr/bin/time (wall, user CPU, peak RSS) and pinned with taskset: core 0 for
# one thread, cores 0-1 for two. Throughput counts the bytes and words of the
# article text (the "text" fields), not of the JSON around it.
#
# The other side of the comparison in the issue, spaCy's small English pipeline
# (about 2,700 words/s on one core of this machine), is not run here: its model
# (en_core_web_sm) is not on the package registries this project can reach.
# Per-stage figures: cargo bench --bench stages.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH_DIR=${BENCH_DIR:-target/bench}
SIZE_MB=${SIZE_MB:-100}
MEMORY=0
LONG=0
[[ "${1:-}" == "--memory" ]] && MEMORY=1
[[ "${1:-}" == "--long" ]] && LONG=1
mkdir -p "$BENCH_DIR"

cargo build --release --quiet
BIN=target/release/stancegraph

corpus() { # size_mb -> path
    local path="$BENCH_DIR/corpus-$1mb.jsonl"
    [[ -s "$path" ]] || python3 scripts/gen_corpus.py --size-mb "$1" --out "$path" >&2
    echo "$path"
}

text_stats() { # path -> "bytes words docs" of the text fields
    python3 - "$1" <<'EOF'
import json, sys
b = w = n = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        t = json.loads(line)["text"]
        b += len(t.encode("utf-8")); w += len(t.split()); n += 1
print(b, w, n)
EOF
}

run() { # label cores threads corpus extra-args...
    local label=$1 cores=$2 threads=$3 input=$4
    shift 4
    local log="$BENCH_DIR/$label.time"
    taskset -c "$cores" /usr/bin/time -v "$BIN" build "$input" --out "$BENCH_DIR/out-$label" \
        --format json --threads "$threads" --quiet "$@" 2> "$log"
    local wall user rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" |
        awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    user=$(awk -F': ' '/User time/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    echo "$label $wall $user $rss"
}

report() { # label wall user rss bytes words
    python3 - "$@" <<'EOF'
import sys
label, wall, user, rss, b, w = sys.argv[1], *map(float, sys.argv[2:])
print(f"{label:14} wall {wall:8.2f} s  user {user:8.2f} s  peak RSS {rss/1024:7.0f} MiB  "
      f"{b/1e6/wall:6.2f} MB/s  {w/wall:11,.0f} words/s (wall)  "
      f"{b/1e6/user:6.2f} MB/s  {w/user:11,.0f} words/s (per CPU second)")
EOF
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $LONG == 1 ]]; then
    # One document made of the example articles repeated: the CPU seconds per MB
    # must stay about the same as the document grows, or some stage is quadratic
    # in the length of a document.
    for KB in 256 1024 4096; do
        DOC="$BENCH_DIR/long-${KB}k.txt"
        [[ -s "$DOC" ]] || python3 - "$KB" "$DOC" <<'EOF'
import pathlib, sys
kb, out = int(sys.argv[1]), sys.argv[2]
bodies = []
for f in sorted(pathlib.Path("examples/articles").glob("*.txt")):
    lines = f.read_text(encoding="utf-8").split("\n")
    head = lines[0].strip()
    if head.startswith("date ") and len(head) > 15:   # one-line form: date and text
        lines[0] = head[16:]
    elif head.startswith("date "):
        lines = lines[1:]
    bodies.append("\n".join(lines).strip())
one = "\n\n".join(bodies)
copies = -(-kb * 1024 // (len(one) + 2))
pathlib.Path(out).write_text("date 2025-08-22\n\n" + "\n\n".join([one] * copies) + "\n", encoding="utf-8")
EOF
        BYTES=$(wc -c < "$DOC")
        taskset -c 0 /usr/bin/time -f '%U %M' "$BIN" build "$DOC" --out "$BENCH_DIR/out-long-$KB" \
            --format json --threads 1 --quiet 2> "$BENCH_DIR/long-$KB.time"
        read -r USER RSS < <(tail -1 "$BENCH_DIR/long-$KB.time")
        python3 -c "print(f'long document {$BYTES/1e6:5.2f} MB: user {$USER:8.2f} s  {$USER/($BYTES/1e6):7.2f} CPU s per MB  peak RSS {$RSS/1024:5.0f} MiB')"
    done
    exit 0
fi
C=$(corpus "$SIZE_MB")
read -r BYTES WORDS DOCS < <(text_stats "$C")
echo "corpus: $C: $DOCS articles, $BYTES bytes of text, $WORDS words"
read -r _ W1 U1 R1 < <(run one-thread 0 1 "$C" --aggregate)
report one-thread "$W1" "$U1" "$R1" "$BYTES" "$WORDS"
read -r _ W2 U2 R2 < <(run two-threads 0-1 2 "$C" --aggregate)
report two-threads "$W2" "$U2" "$R2" "$BYTES" "$WORDS"
python3 -c "print(f'scaling on 2 cores: {$W1/$W2:.2f}x (wall time, 1 thread / 2 threads)')"
cmp -s "$BENCH_DIR/out-one-thread/graph.json" "$BENCH_DIR/out-two-threads/graph.json" &&
    echo "graph.json identical for 1 and 2 threads"

if [[ $MEMORY == 1 ]]; then
    G=$(corpus 1024)
    read -r GB GW GD < <(text_stats "$G")
    echo "corpus: $G: $GD articles, $GB bytes of text, $GW words"
    read -r _ WG UG RG < <(run one-gb 0-1 2 "$G" --aggregate)
    report one-gb "$WG" "$UG" "$RG" "$GB" "$GW"
fi
