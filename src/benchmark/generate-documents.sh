#!/usr/bin/env bash
# Document generation benchmark: every locale's sitemaps, news sitemap and feed, the x-default sitemap and every
# robots.txt for a large content set, generated from PostgreSQL and stored in it by the production code (runs of
# everything new, then nothing changed, then after publications, then everything new again in the warm JVM). Prints
# documents, bytes generated and stored, elapsed and processor time, and peak heap.
#
#   bash src/benchmark/generate-documents.sh [POSTS [ROLES]]      (default 20000 posts, 50 roles, 17 locales each)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); recreates the database glossa_benchmark.
# Environment: HEAP (the JVM's -Xmx, default 256m: memory does not grow with the content); DATABASE (the
# database to recreate, default glossa_benchmark); REUSE=true (measure again on the existing database, without
# seeding it or the first run); RERENDER=true with REUSE=true (delete every stored document first, then measure the
# first run too, on the same seed); JAVA_OPTS (more JVM options, e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/../.."
HEAP=${HEAP:-256m}
cp_file=target/benchmark.classpath
mkdir -p target
# Maven's own output is not the benchmark's: shown (without colour codes) only when the build fails.
if ! mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test \
    >target/benchmark-build.log 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' target/benchmark-build.log >&2
  exit 1
fi
exec java -Xmx"$HEAP" ${JAVA_OPTS:-} -Dglossa.benchmark.database="${DATABASE:-glossa_benchmark}" -Dglossa.benchmark.reuse="${REUSE:-false}" -Dglossa.benchmark.rerender="${RERENDER:-false}" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.glossa.documents.benchmark.GenerateDocumentsBenchmark "${1:-20000}" "${2:-50}"
