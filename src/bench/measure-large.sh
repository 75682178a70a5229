#!/usr/bin/env bash
# Large-input benchmark: gkml validate / build (/ export when present) on 1,000,000-row inputs against the bare
# StAX and commons-csv floors measured in the same run. Not part of `mvn verify`.
# Usage: src/bench/measure-large.sh [--rows N] [--xls-rows N] [--runs N] [--dir DIR] [--only NAME] [--skip NAME]
# Inputs are generated once into target/bench (about 1.4 GB for 1M rows) and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o compile
cp_file=target/bench-classpath.txt
[ -f "$cp_file" ] && [ "$cp_file" -nt pom.xml ] || mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp_file" >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat "$cp_file")"
javac -nowarn -encoding UTF-8 --release 17 -d target/bench-classes -cp "$cp" src/bench/java/org/gkml/bench/*.java
exec java -Xmx3g -cp "target/bench-classes:$cp" org.gkml.bench.Bench "$@"
