#!/bin/sh
# Fuzz loa's parsers with libFuzzer (cargo-fuzz), one target after another.
#
#   bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Targets: front_matter slug markdown site_yaml (all by default); 1800 s each by
# default (the 30 CPU-minutes of issue 8). Corpora are seeded from content/ and
# tests/fixtures/ and kept in fuzz/corpus/ between runs; crashes land in
# fuzz/artifacts/<target>/. Needs `cargo install cargo-fuzz`; on a stable toolchain
# RUSTC_BOOTSTRAP=1 lets cargo-fuzz use its nightly flags.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-1800}
[ $# -gt 0 ] && shift
targets=${*:-front_matter slug markdown site_yaml}
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$PWD/fuzz/target}"

seed() {
    mkdir -p fuzz/corpus/"$1"
    [ -n "$(ls -A fuzz/corpus/"$1")" ] && return 0
    case $1 in
    front_matter | markdown)
        find content tests/fixtures -name '*.md' -size -64k | while read -r f; do
            cp "$f" "fuzz/corpus/$1/$(echo "$f" | tr '/' '_')"
        done ;;
    site_yaml)
        for f in site.yaml tests/fixtures/sites/*/site.yaml data/*.yaml; do
            [ -f "$f" ] && cp "$f" "fuzz/corpus/$1/$(echo "$f" | tr '/' '_')"
        done ;;
    slug)
        grep -rh '^title:' content tests/fixtures | sed 's/^title: *//' | sort -u |
            awk '{ f = sprintf("fuzz/corpus/slug/title-%04d", NR); printf "%s", $0 > f }' ;;
    esac
}

for t in $targets; do
    seed "$t"
    echo "== $t: ${secs}s"
    cargo fuzz run -O "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 2>&1 | tee "fuzz/$t.log" |
        grep -E '^(==|stat::|Done|INFO: Running|SUMMARY|artifact_prefix)|panicked|Test unit written' || true
done
