#!/usr/bin/env bash
# One command for issue 5: builds what it needs and writes benchmarks/RESULTS.md.
#   benchmarks/run.sh            full run (about 15 minutes on 2 cores)
#   benchmarks/run.sh --quick    smoke run with tiny iteration counts (a few minutes)
#   benchmarks/run.sh --only overhead,demo   some sections (overhead records demo startup size analyzer)
# Measures on JDK 25 (JEP 520 needs it): $BENCH_JAVA_HOME, else Temurin 25 under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_JAVA_HOME=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [[ ! -x "$BENCH_JAVA_HOME/bin/java" ]]; then
  echo "run.sh: no JDK at $BENCH_JAVA_HOME (set BENCH_JAVA_HOME to a JDK 25)" >&2
  exit 2
fi

echo "== building jfr-events, agent, demo, benchmarks"
JAVA_HOME="$BENCH_JAVA_HOME" ./mvnw -q -B -ntp -pl jfr-events,agent,demo,benchmarks -am package -DskipTests
# The analyzer is measured when it builds; without it that section says so.
if ! JAVA_HOME="$BENCH_JAVA_HOME" ./mvnw -q -B -ntp -pl analyzer -am package -DskipTests; then
  echo "== analyzer did not build: its benchmark will say it was not measured" >&2
fi

echo "== measuring (progress on stderr, results in benchmarks/RESULTS.md)"
exec "$BENCH_JAVA_HOME/bin/java" -jar benchmarks/target/geoflight-benchmarks.jar run --root . "$@"
