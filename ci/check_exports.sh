#!/usr/bin/env bash
# Check stancegraph's exports with the programs people actually use to read them.
#
# Usage (from the repository root):
#   bash ci/check_exports.sh [GRAPH_JSON ...]
# Default: output/graph.json (written by `stancegraph build`). The hostile fixture
# tests/data/exports/sample_graph.json (quotes, backslashes, a planted <script>, three
# stances) and its aggregated twin tests/data/exports/aggregated_graph.json (as
# `build --aggregate` writes it: counts, date ranges, samples) are always checked too.
#
# For each graph: export every format to a temporary directory; load GraphML with
# NetworkX and igraph, GEXF and node-link with NetworkX, Cytoscape JSON and the Neo4j
# CSV with Python's standard library, comparing counts and attributes with graph.json
# (relation edges, stance edges with polarity and basis, aggregate counts and dates);
# render the DOT with `dot -Tsvg` and require an empty stderr; open the HTML in
# headless Chromium and require the expected number of drawn nodes and no sign that
# planted markup ran. The files and screenshots are left in target/check-exports/.
# Installs Graphviz and Chromium (apt) and a Python venv with
# networkx and igraph (PyPI) when missing. Exits non-zero on any failure.
set -euo pipefail

ROOT=$(pwd)
FIXTURE=tests/data/exports/sample_graph.json
AGGREGATED_FIXTURE=tests/data/exports/aggregated_graph.json
VENV=${STANCEGRAPH_CHECK_VENV:-$ROOT/target/check-exports-venv}
GRAPHS=("$@")
if [ ${#GRAPHS[@]} -eq 0 ]; then
  GRAPHS=(output/graph.json)
fi
FAILED=0
# Exports and screenshots of the last run stay here for a look.
WORK=${CARGO_TARGET_DIR:-$ROOT/target}/check-exports
rm -rf "$WORK"
mkdir -p "$WORK"

say() { printf '%s\n' "$*"; }
fail() { say "FAIL $*"; FAILED=1; }

apt_install() {
  # apt-get update only once, and only if something is missing.
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

setup() {
  command -v dot >/dev/null || { say "installing graphviz"; apt_install graphviz; }
  command -v chromium >/dev/null || { say "installing chromium"; apt_install chromium; }
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import networkx, igraph' 2>/dev/null; then
    say "creating $VENV with networkx and igraph"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check networkx igraph
  fi
  if [ -n "${STANCEGRAPH:-}" ]; then
    BIN=$STANCEGRAPH
  else
    cargo build --quiet
    BIN=${CARGO_TARGET_DIR:-$ROOT/target}/debug/stancegraph
  fi
  say "tools: $(dot -V 2>&1), $(chromium --version 2>/dev/null | head -1), networkx $("$VENV/bin/python" -c 'import networkx; print(networkx.__version__)'), igraph $("$VENV/bin/python" -c 'import igraph; print(igraph.__version__)')"
}

# Print a number from graph.json: nodes | edges | stances.
count() {
  "$VENV/bin/python" -c 'import json,sys; print(len(json.load(open(sys.argv[1], encoding="utf-8")).get(sys.argv[2], [])))' "$1" "$2"
}

chromium_dom() {
  # $1 = URL; dump the DOM after scripts ran.
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --virtual-time-budget=5000 --dump-dom "$1" 2>/dev/null
}

check_html() {
  local graph=$1 dir=$2 nodes
  nodes=$(count "$graph" nodes)
  local dom="$dir/dom.html"
  chromium_dom "file://$dir/graph.html" >"$dom" || { fail "html: chromium could not open the page"; return; }
  grep -q 'data-ready="1"' "$dom" || fail "html: the page script did not run"
  local drawn
  drawn=$(grep -o 'data-drawn-nodes="[0-9]*"' "$dom" | grep -o '[0-9]*' || true)
  [ "$drawn" = "$nodes" ] || fail "html: drew ${drawn:-no} nodes, expected $nodes"
  # Planted markup: an attribute set on <html>, an <img onerror>, extra <script>s.
  grep -q '<html[^>]*data-pwned' "$dom" && fail "html: a planted script ran"
  grep -q '<img' "$dom" && fail "html: planted <img> markup was parsed"
  local scripts
  scripts=$(grep -o '<script' "$dom" | wc -l)
  [ "$scripts" -eq 2 ] || fail "html: $scripts <script> elements, expected 2"
  # The details panel of the first actor and relation render (deep links).
  local first
  first=$("$VENV/bin/python" -c 'import json,sys; n=sorted(x["id"] for x in json.load(open(sys.argv[1], encoding="utf-8"))["nodes"]); print(n[0] if n else "")' "$graph")
  if [ -n "$first" ]; then
    chromium_dom "file://$dir/graph.html#node=$first" | grep -q '<aside id="details"><h2>' \
      || fail "html: clicking an actor shows no details"
  fi
  if [ "$(count "$graph" edges)" -gt 0 ]; then
    chromium_dom "file://$dir/graph.html#edge=0" | grep -q '<h3>Evidence</h3>' \
      || fail "html: clicking a relation shows no evidence"
  fi
  local stance_lines
  stance_lines=$({ grep -o '<g class="stance"' "$dir/graph.html" || true; } | wc -l)
  if [ "$(count "$graph" stances)" -gt 0 ] && [ "$stance_lines" -eq 0 ]; then
    fail "html: the graph has stances but the page draws none"
  fi
  if [ "$stance_lines" -gt 0 ]; then
    chromium_dom "file://$dir/graph.html#stance=0" | grep -q '<h3>Evidence</h3>' \
      || fail "html: clicking a stance shows no evidence"
  fi
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --window-size=1400,900 --virtual-time-budget=5000 --screenshot="$dir/screenshot.png" \
    "file://$dir/graph.html" >/dev/null 2>&1 || fail "html: no screenshot"
  [ -s "$dir/screenshot.png" ] || fail "html: empty screenshot"
  say "  html (chromium): drew ${drawn:-0} of $nodes nodes, $stance_lines stance lines; screenshot $dir/screenshot.png"
}

check_graphviz() {
  local dir=$1
  local err="$dir/dot.stderr"
  dot -Tsvg "$dir/graph.dot" -o "$dir/check.svg" 2>"$err" || fail "dot: dot -Tsvg failed: $(cat "$err")"
  [ -s "$err" ] && fail "dot: dot -Tsvg warned: $(cat "$err")"
  grep -q '<svg' "$dir/graph.svg" || fail "svg: graph.svg is not SVG"
  [ "$(head -c 4 "$dir/graph.png" | od -An -c | tr -d ' ')" = '211PNG' ] || fail "png: graph.png is not PNG"
  say "  dot/svg/png (graphviz): ok"
}

check_aggregation() {
  local graph=$1 dir=$2
  "$BIN" export "$graph" --format html,graphml --top 3 --collapse-persons --out "$dir/small" >/dev/null \
    || { fail "aggregation: export --top 3 --collapse-persons failed"; return; }
  local n
  n=$("$VENV/bin/python" -c 'import networkx,sys; print(networkx.read_graphml(sys.argv[1]).number_of_nodes())' "$dir/small/graph.graphml")
  [ "$n" -le 3 ] || fail "aggregation: --top 3 kept $n nodes"
  say "  aggregation (--top 3 --collapse-persons): $n nodes"
}

check_graph() {
  local graph=$1
  say "checking $graph ($(count "$graph" nodes) nodes, $(count "$graph" edges) edges, $(count "$graph" stances) stances)"
  local dir
  dir=$(mktemp -d "$WORK/graph.XXXXXX")
  "$BIN" export "$graph" --format all,json --out "$dir" >/dev/null || { fail "export of $graph failed"; return; }
  "$VENV/bin/python" ci/check_exports.py "$graph" "$dir" || FAILED=1
  check_graphviz "$dir"
  check_html "$graph" "$dir"
  check_aggregation "$graph" "$dir"
}

setup
for g in "${GRAPHS[@]}"; do
  if [ ! -f "$g" ]; then
    fail "$g does not exist (run stancegraph build first, or pass a graph.json)"
    continue
  fi
  check_graph "$g"
done
for fixture in "$FIXTURE" "$AGGREGATED_FIXTURE"; do
  case " ${GRAPHS[*]} " in
    *" $fixture "*) ;;
    *) check_graph "$fixture" ;;
  esac
done
if [ "$FAILED" -ne 0 ]; then
  say "check_exports: FAILED"
  exit 1
fi
say "check_exports: all exports loaded by their consumers"
