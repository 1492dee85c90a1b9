#!/bin/sh
# Side-by-side builds of loa and Hugo into output folders that never existed,
# alternating peers, with the disk settled (`sync` and a pause) before each build.
#
#   bench/fresh.sh [N] [ROUNDS]          default: 10000 3
#
# bench/run.sh (through the shared run_peers.sh) deletes the previous output just
# before each timed build; ext4 without a journal (as here) does not reuse an inode
# freed in the last minutes, so every file the next build creates scans past the
# ones just freed (perf shows the time in find_inode_bit / recently_deleted), more
# for the peer that writes more files. This script measures the builds without it:
# wait a few minutes after deleting large trees before running it. It uses the
# corpora bench/run.sh prepared in $WORK (run that first) and deletes its outputs
# only after the last build.
#
# env: WORK (default ${TMPDIR:-/tmp}/loa-bench), LOA (default target/release/loa),
#      HUGO (default hugo), SETTLE seconds before each build (default 10)
#
# Prints one line per peer: peer N median_wall_s min_s max_s median_user_s
# median_sys_s max_rss_MiB
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-10000}
ROUNDS=${2:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/loa-bench}
LOA=${LOA:-$ROOT/target/release/loa}
HUGO=${HUGO:-hugo}
SETTLE=${SETTLE:-10}
for d in "$WORK/loa-$N" "$WORK/hugo-$N"; do
    [ -d "$d" ] || { echo "fresh: no corpus $d: run bench/run.sh $N first" >&2; exit 2; }
done
[ -x "$LOA" ] || { echo "fresh: no binary at $LOA (cargo build --release)" >&2; exit 2; }
out="$WORK/fresh-$$"
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT

for round in $(seq 1 "$ROUNDS"); do
    for peer in hugo loa; do
        sync
        sleep "$SETTLE"
        case $peer in
        loa) (cd "$WORK/loa-$N" && /usr/bin/time -f "loa %e %U %S %M" -a -o "$out/times" \
            "$LOA" build --quiet --output "$out/loa-$round") ;;
        hugo) (cd "$WORK/hugo-$N" && /usr/bin/time -f "hugo %e %U %S %M" -a -o "$out/times" \
            "$HUGO" --quiet --minify=false -d "$out/hugo-$round" >/dev/null) ;;
        esac
        tail -n 1 "$out/times" | awk -v r="$round" '{ printf "   round %s %s: %ss wall, %ss user, %ss sys, %d MiB\n", r, $1, $2, $3, $4, $5 / 1024 }' >&2
    done
done
for peer in loa hugo; do
    awk -v p="$peer" -v n="$N" '
        $1 == p { w[++k] = $2; u[k] = $3; s[k] = $4; if ($5 > m) m = $5 }
        function median(a, k,   i, j, t) {
            for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
        }
        END {
            mu = median(u, k); ms = median(s, k); mw = median(w, k)
            printf "%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\n", p, n, mw, w[1], w[k], mu, ms, m / 1024
        }' "$out/times"
done
