#!/usr/bin/env bash
# Start-up benchmark: the uber jar's start to ready against the floor the same Payara Micro sets (the smallest
# Jakarta EE application, one JAX-RS resource, bundled the same way with the same settings), in alternating rounds:
# the demo on a new embedded database, and the large database when it exists (850,850 translations seeded by
# editorial-api.sh or generate-documents.sh). Prints each start and the medians against the floor.
#
#   bash src/benchmark/boot.sh [ROUNDS]      (default 3)
#
# Environment: HEAP (the servers' -Xmx, default 512m); DATABASE (the large database, default glossa_benchmark).
# Builds target/glossa.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=target/benchmark.classpath
mkdir -p target
if ! mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test \
    >target/benchmark-build.log 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' target/benchmark-build.log >&2
  exit 1
fi
version=$(sed -n "s:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p" pom.xml)
payara="$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar"
exec java -Xmx256m -Dglossa.benchmark.database="${DATABASE:-glossa_benchmark}" -Dglossa.benchmark.heap="${HEAP:-512m}" \
  -Dglossa.benchmark.payaraMicro="$payara" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.glossa.documents.benchmark.BootBenchmark "${1:-3}"
