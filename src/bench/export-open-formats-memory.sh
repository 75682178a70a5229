#!/usr/bin/env bash
# Memory of the CSV, data package and HTML export writers: streams N generated items (default 500000, every tenth
# with a finding) through all three under a small heap (default -Xmx32m). A writer that kept its items would run out
# of memory long before the end. Usage: src/bench/export-open-formats-memory.sh [N] [HEAP]
# Needs `mvn -B package` (target/gkml.jar) and the test classes (target/test-classes).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-500000}
heap=${2:-32m}
[ -f target/gkml.jar ] && [ -d target/test-classes ] || { echo "build first: mvn -B package" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
/usr/bin/time -f "peak RSS %M KiB, %e s" java -Xmx"$heap" -XX:+UseSerialGC \
  -cp target/gkml.jar:target/test-classes org.gkml.export.OpenFormatsBench "$dir" "$n"
