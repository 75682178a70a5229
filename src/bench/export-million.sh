#!/usr/bin/env bash
# Exports a catalog of N items (default 1,000,000) to xlsx (and yaml) under a fixed heap, and prints wall time,
# peak RSS and the largest heap in use after a GC (from the GC log). The input is a CSV catalog in the template's
# columns (topics in runs of 7, so the workbook gets N/7 merged 一级事项 ranges), generated on the fly.
# Usage: src/bench/export-million.sh [ITEMS] [HEAP] [FORMATS]   e.g. src/bench/export-million.sh 1000000 512m xlsx
set -euo pipefail
cd "$(dirname "$0")/../.."
items=${1:-1000000}
heap=${2:-512m}
formats=${3:-xlsx}
jar=target/gkml.jar
[ -f "$jar" ] || { echo "build first: mvn -B package" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
csv="$dir/catalog.csv"
awk -v n="$items" 'BEGIN {
  print "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请,县级,乡级"
  for (i = 1; i <= n; i++) {
    printf "%d,主题%d,第%d号事项的公开,受理部门、办理条件、办理流程、所需材料、办理时限,《中华人民共和国政府信息公开条例》（国务院令第711号）第二十%d条,信息形成或者变更之日起20个工作日内,清溪县教育局,政府网站、两微一端、公开查阅点,√,,√,,√,\n", i, int(i / 7), i, i % 10
  }
}' > "$csv"
echo "input: $items items, $(du -h "$csv" | cut -f1) CSV"
/usr/bin/time -v java -Xmx"$heap" -XX:+UseSerialGC -Xlog:gc:file="$dir/gc.log" -jar "$jar" export "$csv" \
  --field 义务教育 --region 清溪县 --format "$formats" -o "$dir/out" 2> "$dir/time.txt" | tail -3
grep -E "Elapsed|User time|System time|Maximum resident" "$dir/time.txt"
# "Pause Young (Allocation Failure) 140M->12M(494M)": the figure after -> is the heap in use after that GC.
awk -F'->' '/Pause/ { split($2, a, "M"); if (a[1] + 0 > max) max = a[1] + 0 } END { print "largest heap in use after a GC: " max " MB" }' "$dir/gc.log"
ls -l "$dir/out"
