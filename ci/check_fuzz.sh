#!/usr/bin/env bash
# Fuzz the reader and the extraction pipeline for a bounded time.
#
#   bash ci/check_fuzz.sh            # about 75 s of fuzzing after the build
#   FUZZ_SECONDS=600 bash ci/check_fuzz.sh
#
# Runs fuzz/fuzz_targets/read_extract.rs under libFuzzer (cargo-fuzz), with a
# corpus seeded from examples/articles and tests/hostile. cargo-fuzz passes
# nightly-only `-Z` flags to rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain
# accept them. No sanitizer is needed for safe Rust (`-s none`); debug assertions
# are on (`-a`), so an integer overflow is a crash too.
#
# Prints the number of executions, and fails on a crash, leaving the input in
# fuzz/artifacts/read_extract/ and printing it base64-encoded: turn it into a
# regression test in tests/hostile.rs or tests/props.rs.
#
# Where cargo-fuzz cannot be built or run (no C++ compiler for libFuzzer), the
# same checks run as a bounded proptest loop instead (tests/props.rs with many
# cases), and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."

budget=${FUZZ_SECONDS:-75}
export RUSTC_BOOTSTRAP=1

fallback() {
    echo "check_fuzz: $1; running the proptest loop for about ${budget}s instead"
    cases=$((budget * 40))
    PROPTEST_CASES=$cases timeout $((budget * 4)) cargo test --release --test props
    echo "check_fuzz: proptest loop: ${cases} cases per property, no failure"
    exit 0
}

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "check_fuzz: installing cargo-fuzz"
    cargo install cargo-fuzz --version 0.13.2 --locked >/dev/null 2>&1 ||
        fallback "cargo-fuzz could not be installed"
fi
command -v c++ >/dev/null 2>&1 || fallback "no C++ compiler for libFuzzer"

corpus=fuzz/corpus/read_extract
mkdir -p "$corpus" fuzz/artifacts/read_extract
# Mode byte first (see the target): 0 text, 1 text with --lossy, 2 JSON Lines.
for f in examples/articles/*.txt tests/hostile/*.txt; do
    name=$(basename "$f" .txt)
    { printf '\000'; cat "$f"; } >"$corpus/text-$name"
    { printf '\001'; cat "$f"; } >"$corpus/lossy-$name"
done
for f in tests/hostile/*.jsonl; do
    { printf '\002'; cat "$f"; } >"$corpus/jsonl-$(basename "$f" .jsonl)"
done

echo "check_fuzz: building the fuzz target"
(cd fuzz && cargo fuzz build -s none -a --release read_extract) ||
    fallback "the fuzz target did not build"

log=fuzz/artifacts/read_extract/last-run.log
echo "check_fuzz: fuzzing read + extract for ${budget}s"
set +e
(cd fuzz && cargo fuzz run -s none -a --release read_extract "corpus/read_extract" -- \
    -max_total_time="$budget" -max_len=16384 -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1) >"$log" 2>&1
status=$?
set -e
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
if [ "$status" -ne 0 ]; then
    tail -60 "$log"
    for crash in fuzz/artifacts/read_extract/crash-* fuzz/artifacts/read_extract/timeout-* fuzz/artifacts/read_extract/oom-*; do
        [ -e "$crash" ] || continue
        echo "check_fuzz: failing input $crash (base64):"
        base64 "$crash"
    done
    echo "check_fuzz: FAILED after ${runs:-?} executions"
    exit 1
fi
echo "check_fuzz: ${runs:-?} executions in ${budget}s without a crash"
