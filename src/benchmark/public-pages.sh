#!/usr/bin/env bash
# Public pages benchmark, on the 850,850 translations editorial-api.sh seeds (run it first, once): starts the uber jar
# on that database with -Xmx512m and prints its start to ready, the heap it holds live (after a full GC), the first
# request of 68 list pages, and, for each of PUBLICATIONS posts revised in German and approved through the API, the
# first request of every page the publication changed (the item's page, its page in another locale, the locale's
# blog and home) beside a page of another item and the same page answered again from the cache.
#
#   bash src/benchmark/public-pages.sh [PUBLICATIONS]      (default 20)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and the database glossa_benchmark_api.
# Environment: HEAP (the jar's -Xmx, default 512m); DOOR=listener (readers' requests to the public listener,
# GLOSSA_PUBLIC_PORT, instead of the container's port). Builds target/glossa.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=target/benchmark.classpath
mkdir -p target
if ! mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test \
    >target/benchmark-build.log 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' target/benchmark-build.log >&2
  exit 1
fi
exec java -Xmx256m -Djdk.httpclient.allowRestrictedHeaders=host -Dglossa.benchmark.database="${DATABASE:-glossa_benchmark_api}" \
  -Dglossa.benchmark.heap="${HEAP:-512m}" -Dglossa.benchmark.door="${DOOR:-container}" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.glossa.documents.benchmark.PublicPagesBenchmark "${1:-20}"
