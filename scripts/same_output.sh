#!/bin/bash
# Checks that two builds of stancegraph write byte-identical outputs (six
# formats, 1 and 2 threads) on the examples, the tuning and held-out documents
# and any extra inputs given after the two binaries. A speed change must pass it.
#
#   scripts/same_output.sh /tmp/base target/release/stancegraph /tmp/c2.jsonl
set -u
BASE=${1:?usage: same_output.sh BASE_BINARY NEW_BINARY [INPUT...]}
NEW=${2:?usage: same_output.sh BASE_BINARY NEW_BINARY [INPUT...]}
shift 2
cd "$(dirname "$0")/.."
FORMATS=json,csv,graphml,gexf,nodelink,cytoscape
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
for d in examples/articles tests/dev/tune/docs tests/dev/heldout/docs "$@"; do
  for t in 1 2; do
    rm -rf "$work/a" "$work/b"
    "$BASE" build "$d" --out "$work/a" --format $FORMATS -q --threads $t
    "$NEW" build "$d" --out "$work/b" --format $FORMATS -q --threads $t
    if diff -r -q "$work/a" "$work/b"; then
      echo "same: $d, $t thread(s)"
    else
      echo "DIFFERENT: $d, $t thread(s)"
      fail=1
    fi
  done
done
exit $fail
