#!/bin/sh
# Fuzz loa's parsers with libFuzzer (cargo-fuzz), one target after another.
#
#   bench/fuzz.sh [CPU_SECONDS_PER_TARGET] [TARGET...]
#
# Targets: front_matter slug markdown site_yaml (all by default); 1800 CPU-seconds
# each by default (the 30 CPU-minutes of issue 8). The budget is CPU time, not wall
# time: the fuzzer is stopped (SIGINT, so it prints its final statistics) once it
# has used that much processor time, however busy the machine is. Run two targets
# at once on two cores with `bench/fuzz.sh 1800 slug & bench/fuzz.sh 1800 markdown`.
#
# Corpora are seeded from content/ and tests/fixtures/ and kept in fuzz/corpus/
# between runs; crashes land in fuzz/artifacts/<target>/ and make this script exit
# 1. Needs `cargo install cargo-fuzz`; on a stable toolchain RUSTC_BOOTSTRAP=1 lets
# cargo-fuzz use its nightly flags.
set -eu
cd "$(dirname "$0")/.."
budget=${1:-1800}
[ $# -gt 0 ] && shift
targets=${*:-front_matter slug markdown site_yaml}
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$PWD/fuzz/target}"
triple=$(rustc -vV | sed -n 's/^host: //p')
ticks=$(getconf CLK_TCK)

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

# CPU seconds (user + system) process $1 has used.
cpu_seconds() {
    awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) / t) }' "/proc/$1/stat" 2>/dev/null || echo 0
}

status=0
for t in $targets; do
    seed "$t"
    cargo fuzz build -O "$t"
    mkdir -p "fuzz/artifacts/$t"
    echo "== $t: ${budget} CPU-seconds"
    started=$(date +%s)
    "$CARGO_TARGET_DIR/$triple/release/$t" "fuzz/corpus/$t" \
        -artifact_prefix="fuzz/artifacts/$t/" -max_total_time=$((budget * 20)) \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        >"fuzz/$t.log" 2>&1 &
    pid=$!
    used=0
    while kill -0 "$pid" 2>/dev/null; do
        now=$(cpu_seconds "$pid")
        [ "$now" -gt "$used" ] && used=$now
        if [ "$used" -ge "$budget" ]; then
            kill -INT "$pid"
            break
        fi
        sleep 2
    done
    wait "$pid" || true
    echo "wall: $(($(date +%s) - started)) s, CPU: ${used} s"
    grep -E '^(stat::|Done|SUMMARY)|panicked|Test unit written|run interrupted' "fuzz/$t.log" || true
    if [ -n "$(ls -A "fuzz/artifacts/$t")" ]; then
        echo "!! $t: crash inputs in fuzz/artifacts/$t"
        status=1
    fi
done
exit $status
