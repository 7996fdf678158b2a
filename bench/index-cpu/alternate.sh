#!/usr/bin/env bash
# Enriched indexing, two builds each in its own JVM in turn (old, new, old, new, ...), timed by
# process CPU time (IndexCpu --solo), then the ratio new/old of each pair's medians with its mean,
# median and a 95% interval. Usage: bench/index-cpu/alternate.sh OLD-all.jar NEW-all.jar INPUT.jsonl
# [pairs] [rounds per JVM, after 90 CPU seconds of warm-up] [threads]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../../bin/find-jdk.sh"
voxpop_find_jdk
old="$1" new="$2" input="$3" pairs="${4:-5}" rounds="${5:-7}" threads="${6:-2}"
ratios=()
for ((p = 0; p < pairs; p++)); do
  # which build goes first alternates too
  if ((p % 2 == 0)); then order=("$old" "$new"); else order=("$new" "$old"); fi
  declare -A med=()
  for jar in "${order[@]}"; do
    line="$("$VOXPOP_JAVA" -Xmx3g "$here/IndexCpu.java" --solo "$jar" "$input" "$rounds" "$threads" 2>/dev/null | grep '^solo')"
    echo "$line"
    med[$jar]="$(echo "$line" | sed -E 's/.*median ([0-9.]+) s CPU.*/\1/')"
  done
  ratios+=("$(echo "${med[$new]} / ${med[$old]}" | bc -l)")
  echo "pair $p: new/old $(printf '%.3f' "${ratios[-1]}")"
done
printf '%s\n' "${ratios[@]}" | sort -g | awk '
  {x[NR] = $1; s += $1}
  END {
    m = s / NR
    for (i = 1; i <= NR; i++) v += (x[i] - m) ^ 2
    sd = NR > 1 ? sqrt(v / (NR - 1)) : 0
    med = NR % 2 ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2
    split("12.71 4.303 3.182 2.776 2.571 2.447 2.365 2.306 2.262", q, " ")
    t = NR - 1 <= 9 ? q[NR - 1] : 2.2
    h = NR > 1 ? t * sd / sqrt(NR) : 0
    printf "CPU time new/old over %d pairs: mean %.3f [%.3f, %.3f], median %.3f\n", NR, m, m - h, m + h, med
  }'
