#!/usr/bin/env bash
# One command for issue 5: builds what it needs and writes benchmarks/RESULTS.md.
#   benchmarks/run.sh            full run (about 66 minutes on 2 cores)
#   benchmarks/run.sh --quick    smoke run with tiny iteration counts (a few minutes)
#   benchmarks/run.sh --only overhead,demo   some sections (overhead records demo startup size analyzer)
# Measures on JDK 25 (JEP 520 needs it): $BENCH_JAVA_HOME, else Temurin 25 under /usr/lib/jvm.
# The analyzer's cold rounds are repeated on the JDK of `java` on the PATH (the one bin/geoflight
# uses) when that is another JDK: $ALSO_JDK overrides it, ALSO_JDK=none skips it.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_JAVA_HOME=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [[ ! -x "$BENCH_JAVA_HOME/bin/java" ]]; then
  echo "run.sh: no JDK at $BENCH_JAVA_HOME (set BENCH_JAVA_HOME to a JDK 25)" >&2
  exit 2
fi

# Others build in the same tree: a module that does not build right now is measured from the jar
# it last built (the run copies every jar at its start and names the commit in RESULTS.md).
build() {
  JAVA_HOME="$BENCH_JAVA_HOME" ./mvnw -q -B -ntp -pl "$1" -am package -DskipTests
}
echo "== building benchmarks"
build benchmarks
for module in agent demo analyzer; do
  echo "== building $module"
  if ! build "$module"; then
    echo "== $module did not build now: measuring the jar it last built, if any" >&2
  fi
done

also=()
if [[ -z "${ALSO_JDK:-}" ]] && command -v java >/dev/null; then
  ALSO_JDK=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
if [[ -n "${ALSO_JDK:-}" && "$ALSO_JDK" != none && -x "$ALSO_JDK/bin/java" \
      && "$(readlink -f "$ALSO_JDK")" != "$(readlink -f "$BENCH_JAVA_HOME")" ]]; then
  also=(--also-jdk "$ALSO_JDK")
fi

# The harness (and the JMH forks, which take its class path) runs from a copy: a rebuild of the
# benchmarks module during the run would otherwise pull classes from under it.
cp benchmarks/target/geoflight-benchmarks.jar benchmarks/target/geoflight-benchmarks-running.jar
echo "== measuring (progress on stderr, results in benchmarks/RESULTS.md)"
exec "$BENCH_JAVA_HOME/bin/java" -jar benchmarks/target/geoflight-benchmarks-running.jar run --root . "${also[@]}" "$@"
