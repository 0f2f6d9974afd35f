#!/usr/bin/env bash
# Work list benchmark: the back office's work list (a page and its count, as the list runs them) for the owner
# and a translator of two locales, with each filter, at the first, middle and last page, on a large content set:
# the documents benchmark's content (every item live in 17 locales) reshaped so that 8 locales are missing and some
# translations are outdated, in review or rejected. Prints each median of 3 runs and a summary.
#
#   bash src/benchmark/work-list.sh [POSTS [ROLES]]      (default 50000 posts, 50 roles)
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); recreates the database glossa_benchmark, unless
# REUSE=true (then it migrates the existing one, which adds new indexes, and measures again).
# Environment: DATABASE (the database, default glossa_benchmark).
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=target/benchmark.classpath
mkdir -p target
if ! mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test \
    >target/benchmark-build.log 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' target/benchmark-build.log >&2
  exit 1
fi
exec java -Xmx512m -Dglossa.benchmark.database="${DATABASE:-glossa_benchmark}" \
  -Dglossa.benchmark.reuse="${REUSE:-false}" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.glossa.documents.benchmark.WorkListBenchmark "${1:-50000}" "${2:-50}"
