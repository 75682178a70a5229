#!/usr/bin/env bash
# Large-input benchmark: gkml validate / build (/ export when present) on 1,000,000-row inputs against the bare
# StAX and commons-csv floors measured in the same run. Not part of `mvn verify`.
# Usage: src/bench/measure-large.sh [--rows N] [--xls-rows N] [--runs N] [--dir DIR] [--only NAME] [--skip NAME[,NAME...]]
# Inputs are generated once into target/bench (about 1.4 GB for 1M rows) and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The shipped artifact is measured: the shaded jar and its class-data archive, as the launcher target/gkml runs them.
mvn -B -q -o package -DskipTests
mkdir -p target/bench-classes
jar="$(pwd)/target/gkml.jar"
javac -nowarn -encoding UTF-8 --release 17 -d target/bench-classes -cp "$jar" src/bench/java/org/gkml/bench/*.java
exec java -Xmx3g -cp "$jar:$(pwd)/target/bench-classes" org.gkml.bench.Bench "$@"
