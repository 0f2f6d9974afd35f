#!/usr/bin/env bash
# Readers during a full regeneration, on the 850,850 translations editorial-api.sh seeds (run it first, once): starts
# the uber jar on that database with -Xmx512m, waits until its work after start is over, then requests uncached German
# post pages one after another with curl, first with nothing else running (300 pages), then while every locale's
# sitemap groups are rendered again (their stamps cleared, then "Regenerate now"), until that run's permalink check
# ends. Prints each series' median, p95, p99 and maximum time to the last byte, the run's time from its plan to the
# end of its check, and how long the run paused for readers' renders.
#
#   bash src/benchmark/readers-during-full-run.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), the database glossa_benchmark_api, curl and psql.
# Builds target/glossa.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${DATABASE:-glossa_benchmark_api}
port=18490
mvn -B -q package -DskipTests >target/benchmark-build.log 2>&1 || { sed 's/\x1b\[[0-9;]*m//g' target/benchmark-build.log >&2; exit 1; }
work=$(mktemp -d -t glossa-readers-XXXXXX)
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -Atqc "$1"; }
# Distinct pages, none asked twice: each is rendered, as a reader's first request after a change is.
sql "SELECT slug FROM publication WHERE locale = 'de' AND kind = 'POST' AND withdrawn_at IS NULL
     AND slug ~ '^[a-z0-9-]+$' ORDER BY md5(slug) LIMIT 4000" >"$work/slugs"
GLOSSA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" GLOSSA_DB_USER=postgres GLOSSA_DB_PASSWORD= \
GLOSSA_OWNER_USER=benchmark-owner GLOSSA_OWNER_PASSWORD=benchmark-owner-password \
GLOSSA_DOCUMENTS_CACHE_DIRECTORY="$work/documents" GLOSSA_PUBLISHING_FULL_REGENERATION_CRON='0 0 3 * * ?' \
  java -Xmx512m -jar target/glossa.jar --port "$port" >"$work/glossa.log" 2>&1 &
jar=$!
trap 'kill $jar 2>/dev/null; wait $jar 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 $jar 2>/dev/null || { echo "the jar stopped; see $work/glossa.log" >&2; exit 1; }
  sleep 1
done
# Quiet: three seconds in a row with under 0.1 s of the jar's CPU each.
cpu() { awk '{print $14 + $15}' "/proc/$jar/stat"; }
quiet=0; before=$(cpu)
while [ $quiet -lt 3 ]; do
  sleep 1; now=$(cpu)
  if [ $((now - before)) -lt 10 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  before=$now
done
page() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://de.localhost:$port/blog/$1"; }
head -300 "$work/slugs" | while read -r slug; do page "$slug"; done >"$work/idle.txt"
checks=$(grep -c "Permalink check of 17 locale" "$work/glossa.log" || true)
done_yet() { [ "$(grep -c "Permalink check of 17 locale" "$work/glossa.log" || true)" -gt "$checks" ]; }
sql "UPDATE published_document SET input_stamp = NULL WHERE input_stamp IS NOT NULL"
curl -sf -o /dev/null -u benchmark-owner:benchmark-owner-password -H 'Content-Type: application/json' -d '{}' \
  "http://127.0.0.1:$port/api/v1/publishing/regenerations"
started=$(date +%s%N)
tail -n +301 "$work/slugs" | while read -r slug; do
  done_yet && break
  page "$slug"
done >"$work/busy.txt" || true # tail is cut off when the loop ends
ended=$(date +%s%N)
until done_yet; do sleep 0.2; done
stats() {
  awk '$1 != "200" {bad++} {print $2 * 1000}' "$1" | sort -n | awk -v what="$2" '
    {t[NR] = $1}
    function at(q) { i = int((NR - 1) * q + 0.5) + 1; return t[i] }
    END { printf "%-44s %5d pages: median %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms\n",
          what, NR, at(0.5), at(0.95), at(0.99), t[NR] }'
  awk '$1 != "200" {bad++} END {if (bad) printf "  %d answers were not 200\n", bad}' "$1"
}
stats "$work/idle.txt" "uncached German post pages, nothing running"
stats "$work/busy.txt" "the same during the full regeneration"
awk -v n="$(wc -l <"$work/busy.txt")" -v ns=$((ended - started)) \
  'BEGIN {printf "pages served one after another during the run: %.1f a second\n", n / (ns / 1e9)}'
millis() { sed -n 's/.*timeMillis: \([0-9]*\).*/\1/p'; }
planned=$(grep "sitemap group(s) to render, 0 kept" "$work/glossa.log" | tail -1 | millis)
checked=$(grep "Permalink check of 17 locale" "$work/glossa.log" | tail -1 | millis)
echo "the full regeneration, from its plan to the end of its permalink check: $(( (checked - planned) / 1000 )).$(( (checked - planned) % 1000 / 100 )) s"
paused=$(curl -s "http://127.0.0.1:$port/metrics?scope=application" | sed -n 's/^glossa_documents_paused_for_readers_seconds{[^}]*} //p')
echo "of which paused for readers' renders: ${paused:-no such metric} s (log: $work/glossa.log)"
