#!/usr/bin/env bash
# Start-up cost of `gkml lint` on a 20-item YAML catalog, against a bare `java -version` on the same machine:
# plain `java -jar target/gkml.jar` and the launcher `target/gkml` (AppCDS archive + C1 + SerialGC for small
# inputs). Prints the median wall time of N runs of each (default 10) and the ratios; also counts the Apache POI
# classes the YAML run loads (there should be none). Usage: src/bench/measure-startup.sh [RUNS] [JAVA_OPTS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
shift || true
jar=target/gkml.jar
[ -f "$jar" ] || { echo "build first: mvn -B package" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat="$dir/catalog.yaml"
{
  printf 'catalog: 测速县义务教育领域基层政务公开标准目录\nfield: 义务教育\nregion: 测速县\nitems:\n'
  for i in $(seq -w 1 20); do
    printf '  - id: CS-%s\n    topic: 招生入学\n    item: 事项%s\n    content: 招生计划、招生范围\n' "$i" "$i"
    printf '    basis:\n      - 《中华人民共和国义务教育法》\n    deadline: 信息形成或者变更之日起20个工作日内\n'
    printf '    owner: 测速县教育局\n    channels: [政府网站, 公开查阅点]\n    audience: 全社会\n    mode: 主动\n    levels: [县级, 乡级]\n'
  done
} > "$cat"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

java "$@" -jar "$jar" lint "$cat" >/dev/null # warm the file cache
bare=$(for _ in $(seq "$runs"); do time_ms java -version; done | median)
lint=$(for _ in $(seq "$runs"); do time_ms java "$@" -jar "$jar" lint "$cat"; done | median)
launcher=$(for _ in $(seq "$runs"); do JAVA_OPTS="$*" time_ms target/gkml lint "$cat"; done | median)
poi=$(java "$@" -verbose:class -jar "$jar" lint "$cat" 2>/dev/null | grep -c 'org\.apache\.poi' || true)
classes=$(java "$@" -verbose:class -jar "$jar" lint "$cat" 2>/dev/null | grep -c '^\[.*class,load' || true)
echo "java -version median: ${bare} ms (${runs} runs)"
echo "gkml lint (20 items) median: ${lint} ms (${runs} runs)"
echo "ratio: $(awk -v a="$lint" -v b="$bare" 'BEGIN {printf "%.1f", a / b}')"
echo "target/gkml launcher lint median: ${launcher} ms; ratio $(awk -v a="$launcher" -v b="$bare" 'BEGIN {printf "%.1f", a / b}'); $(awk -v a="$launcher" -v b="$lint" 'BEGIN {printf "%+.0f%%", (a / b - 1) * 100}') against java -jar"
echo "classes loaded: ${classes}; of them Apache POI: ${poi}"
