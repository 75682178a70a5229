#!/usr/bin/env bash
# Fuzzes every reader for real (coverage-guided, Jazzer under JUnit), one target after the other.
#
#   src/bench/fuzz.sh [MINUTES] [TARGET...]      default: 5 minutes each for xlsx xlsxSheet xls csv yaml
#
# Each target runs in its own JVM (Jazzer fuzzes one @FuzzTest per JVM). Inputs that grew coverage are kept in
# .cifuzz-corpus/ (not committed); a crash is saved by Jazzer as
# src/test/resources/org/gkml/fuzz/ReaderFuzzTestInputs/<target>/crash-<sha1>, which `mvn verify` then replays: fix
# the reader, keep the file. A summary line per target (time, executions, crashes) goes to target/fuzz/summary.txt.
set -uo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-5}"
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(xlsx xlsxSheet xls csv yaml)
fi
mkdir -p target/fuzz
mvn -B -q -o test-compile >/dev/null || mvn -B -q test-compile || exit 2
summary=target/fuzz/summary.txt
for t in "${targets[@]}"; do
  log="target/fuzz/$t.log"
  inputs="src/test/resources/org/gkml/fuzz/ReaderFuzzTestInputs/$t"
  before=$(ls "$inputs" | grep -c '^crash-' || true)
  start=$(date +%s)
  # junit timeout mode disabled: JUnit would otherwise time the whole run; Jazzer hands @Timeout(10) to libFuzzer,
  # which applies it to every single input. The readers' libraries are instrumented too, where the parsing happens.
  JAZZER_FUZZ=1 mvn -B -o test -Dtest="ReaderFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${seconds}s" \
    -Djunit.jupiter.execution.timeout.mode=disabled \
    -Djazzer.instrument='org.gkml.**,org.apache.poi.**,org.apache.commons.csv.**,org.yaml.snakeyaml.**,com.fasterxml.jackson.**' \
    >"$log" 2>&1
  rc=$?
  end=$(date +%s)
  after=$(ls "$inputs" | grep -c '^crash-' || true)
  # libFuzzer's last status line, e.g. "#123456	DONE   cov: 2345 ft: 6789 corp: 321/45Kb exec/s: 411 rss: 900Mb"
  last=$(grep -a -E '^#[0-9]+' "$log" | tail -1)
  execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
  line="$t: $((end - start)) s, ${execs:-0} executions, $((after - before)) new crash file(s), exit $rc | $last"
  echo "$line" | tee -a "$summary"
done
