#!/bin/sh
# Build load: clean `loa build` of generated corpora of N articles, with wall time,
# CPU time and peak memory, to see that memory grows linearly with the site.
#
#   bench/load.sh [N ...]            default: 10000 30000 100000
#
# env: LOA=<binary>                  default: target/release/loa (build it first:
#                                    cargo build --release)
#      WORK=<dir>                    corpora, kept and reused (default /tmp/loa-load)
#      SHARED=<dir>                  the benchmark kit (default bench/kit)
#
# Each corpus is `gen_corpus.py N --layout loa` with the site.yaml of peers/loa
# without its `theme:` line (built-in templates). Prints one line per N:
# N  wall_s  cpu_s  peak_rss_MiB  rss_KiB_per_article  files  out_MiB
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LOA=${LOA:-$ROOT/target/release/loa}
WORK=${WORK:-/tmp/loa-load}
SHARED=${SHARED:-$ROOT/bench/kit}
[ -x "$LOA" ] || { echo "load: no binary at $LOA (cargo build --release)" >&2; exit 2; }
[ $# -eq 0 ] && set -- 10000 30000 100000
mkdir -p "$WORK"
printf 'N\twall_s\tcpu_s\tpeak_rss_MiB\trss_KiB_per_article\tfiles\tout_MiB\n'
for n in "$@"; do
    site="$WORK/c$n"
    if [ ! -f "$site/site.yaml" ]; then
        python3 "$SHARED/gen_corpus.py" "$n" "$site" --layout loa >/dev/null
        grep -v '^theme:' "$SHARED/peers/loa/site.yaml" >"$site/site.yaml"
    fi
    rm -rf "$site/public" "$WORK/time.txt"
    LOA_NOW=2026-11-26T12:00:00+07:00 /usr/bin/time -v -o "$WORK/time.txt" \
        "$LOA" build --quiet --root "$site" --output "$site/public"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    user=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    files=$(find "$site/public" -type f | wc -l)
    out=$(du -sm "$site/public" | cut -f1)
    printf '%s\t%.2f\t%.2f\t%d\t%.1f\t%s\t%s\n' "$n" "$wall" "$(echo "$user + $sys" | bc)" \
        "$((rss / 1024))" "$(echo "$rss / $n" | bc -l)" "$files" "$out"
done
