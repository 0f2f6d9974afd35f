#!/usr/bin/env bash
# Editorial API benchmark: GET /api/v1/posts through HTTP against the uber jar, on 50,000 posts + 50 roles live in
# all 17 locales (850,850 translations), for the owner and a translator, with each filter: the first page, the pages
# along the next links, pages after cursors in the middle and at the end of the list, and page numbers deep in it.
# Beside each, PostgreSQL COPY of the same rows by key, measured in the same run. Also prints the jar's time to ready.
#
#   bash src/benchmark/editorial-api.sh [POSTS [ROLES]]      (default 50000 posts, 50 roles)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); recreates the database glossa_benchmark_api,
# unless REUSE=true (then it migrates the existing one and measures again). Builds target/glossa.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=target/benchmark.classpath
mkdir -p target
if ! mvn -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test \
    >target/benchmark-build.log 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' target/benchmark-build.log >&2
  exit 1
fi
exec java -Xmx1g -Dglossa.benchmark.database="${DATABASE:-glossa_benchmark_api}" \
  -Dglossa.benchmark.reuse="${REUSE:-false}" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.glossa.documents.benchmark.EditorialApiBenchmark "${1:-50000}" "${2:-50}"
