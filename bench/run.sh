#!/usr/bin/env bash
# Side-by-side clean builds of loa and its peers (Hugo by default) over the shared
# synthetic Vietnamese news corpus, with the shared bench scripts (run_peers.sh,
# gen_corpus.py, peers/ in bench/kit/). See bench/kit/README.md.
#
# usage: bench/run.sh [N ...]                 default N: 1000 10000
# env:   PEERS="loa hugo"                     any of: loa hugo zola eleventy floor1 floor2
#        LOA_BENCH_SHARED=<repo>/bench/kit
#        WORK=${TMPDIR:-/tmp}/loa-bench       corpora (kept and reused; rm -rf to regenerate)
#        RUNS=3 WARMUP=1                      timed and warm-up clean builds per peer
#        NO_BUILD=1                           use target/release/loa as it is
#        RECORD=1                             append the results, with date and machine,
#                                             to bench/results.tsv
#
# Prints one line per peer and N: peer N median_s min_s max_s maxrss_MiB html_files
# out_MiB articles_per_s. Wall time is for the whole clean build; peak RSS is from
# /usr/bin/time -v (Debian package `time`). Hugo is Debian's (`apt-get install hugo`).
#
# loa builds the corpus with the checkout's own themes/ (themes/baochi): they are
# copied into the corpus again on every run, so a changed theme is measured.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
shared=${LOA_BENCH_SHARED:-$ROOT/bench/kit}
SHARED=$(cd "$shared" 2>/dev/null && pwd) ||
  { echo "bench: no shared bench dir at $shared (set LOA_BENCH_SHARED)" >&2; exit 2; }
[ -x "$SHARED/run_peers.sh" ] || [ -f "$SHARED/run_peers.sh" ] || { echo "bench: $SHARED/run_peers.sh not found" >&2; exit 2; }
export WORK=${WORK:-${TMPDIR:-/tmp}/loa-bench}
export RUNS=${RUNS:-3} WARMUP=${WARMUP:-1}
read -r -a peers <<<"${PEERS:-loa hugo}"
if [ $# -eq 0 ]; then set -- 1000 10000; fi

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }

want() { local p; for p in "${peers[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }
drop() { local p keep=(); for p in "${peers[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done; peers=("${keep[@]}"); }

if want loa; then
  if [ ! -d "$ROOT/themes/baochi" ]; then
    echo "bench: skipping loa: $ROOT/themes/baochi does not exist yet" >&2
    drop loa
  else
    if [ -z "${NO_BUILD:-}" ]; then
      (cd "$ROOT" && cargo build --release --quiet)
    fi
    target=$(cd "$ROOT" && cargo metadata --no-deps --format-version 1 |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
    export LOA=$target/release/loa LOA_THEMES=$ROOT/themes
    [ -x "$LOA" ] || { echo "bench: $LOA is missing: cargo build --release" >&2; exit 2; }
  fi
fi
if want hugo && ! command -v "${HUGO:-hugo}" >/dev/null; then
  echo "bench: skipping hugo: not installed (apt-get install -y hugo)" >&2
  drop hugo
fi
[ ${#peers[@]} -gt 0 ] || { echo "bench: no peer to run" >&2; exit 2; }

cpu=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)
versions="loa $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
want hugo && versions+=", $("${HUGO:-hugo}" version | awk '{print $1, $2}')"
header="# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); ${versions}; RUNS=$RUNS WARMUP=$WARMUP, median of clean builds"
load0=$(cut -d' ' -f1 /proc/loadavg)
echo "$header; load average $load0 (other work on the machine skews the numbers)" >&2

lines=$(mktemp)
trap 'rm -f "$lines"' EXIT
for n in "$@"; do
  # run_peers.sh caches each corpus in $WORK/<peer>-N; refresh the theme in it.
  if want loa && [ -f "$WORK/loa-$n/.corpus-ok" ]; then
    rm -rf "$WORK/loa-$n/themes"
    cp -r "$LOA_THEMES" "$WORK/loa-$n/themes"
  fi
  bash "$SHARED/run_peers.sh" "$n" "${peers[@]}" | tee -a "$lines"
done

if [ -n "${RECORD:-}" ]; then
  out=$ROOT/bench/results.tsv
  if [ ! -f "$out" ]; then
    {
      echo "# Raw results of bench/run.sh (RECORD=1): clean builds of the shared corpus; each run"
      echo "# starts with a comment line: date, machine, versions. articles_per_s = N / median_s."
      printf 'peer\tN\tmedian_s\tmin_s\tmax_s\tmaxrss_MiB\thtml_files\tout_MiB\tarticles_per_s\n'
    } >"$out"
  fi
  { echo "$header; load average $load0 at start, $(cut -d' ' -f1 /proc/loadavg) at end"; cat "$lines"; } >>"$out"
  echo "bench: appended to $out" >&2
fi
