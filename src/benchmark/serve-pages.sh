#!/usr/bin/env bash
# Serving benchmark: Glossa against nginx serving the very same bytes from disk, nginx configured as its users run it
# (one worker per core, sendfile, tcp_nopush, keep-alive connections reused without limit, an open-file cache).
# Glossa answers on two doors of one process: its public listener (GLOSSA_PUBLIC_PORT, Netty) and the servlet
# container's port (Payara Micro); both are measured. Two measurements, rounds alternating between the three: a public
# page (GET /blog, 200), and a sitemap asked conditionally (GET /sitemap.xml with the If-None-Match of its ETag, 304).
# Prints requests per second of every round, the share of nginx per round and over all rounds (targets: at least 0.5
# for the page, 0.7 for the 304).
#
#   bash src/benchmark/serve-pages.sh            (needs target/glossa.jar: mvn -B -q package -DskipTests)
#
# Environment: WARMUP (seconds per Glossa door, default 30), DURATION (seconds per round, default 10), ROUNDS
# (default 3), CONNECTIONS (default 64), THREADS (wrk threads, default 2), GLOSSA_JAVA_OPTS (JVM options of the jar,
# e.g. a flight recording), GLOSSA_ARGS (Payara Micro options, e.g. --maxHttpThreads 8). Installs wrk and nginx-light
# when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-30} DURATION=${DURATION:-10} ROUNDS=${ROUNDS:-3} CONNECTIONS=${CONNECTIONS:-64} THREADS=${THREADS:-2}
GLOSSA_PORT=18181 NGINX_PORT=18182 LISTENER_PORT=18183
[ -f target/glossa.jar ] || { echo "target/glossa.jar is missing: run mvn -B -q package -DskipTests" >&2; exit 1; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi

work=$(mktemp -d)
chmod 755 "$work"  # nginx's workers run as an unprivileged user: they must be able to read the pages
cleanup() { [ -n "${glossa_pid:-}" ] && kill "$glossa_pid" 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "Starting Glossa (embedded database, demo content) on port $GLOSSA_PORT"
(cd "$work" && GLOSSA_DEMO=true GLOSSA_PUBLIC_PORT=$LISTENER_PORT exec java ${GLOSSA_JAVA_OPTS:-} -jar "$OLDPWD/target/glossa.jar" --port $GLOSSA_PORT \
  ${GLOSSA_ARGS:-} >"$work/glossa.log" 2>&1) &
glossa_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$GLOSSA_PORT/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://localhost:$GLOSSA_PORT/health/ready" >/dev/null || { tail -50 "$work/glossa.log"; exit 1; }

host="en.localhost:$GLOSSA_PORT"
mkdir -p "$work/www"
curl -sf -H "Host: $host" "http://127.0.0.1:$GLOSSA_PORT/blog" -o "$work/www/blog.html"
bytes=$(stat -c %s "$work/www/blog.html")
for _ in $(seq 1 60); do  # the demo's documents are generated at start; wait until the index is served
  curl -sf -H "Host: $host" "http://127.0.0.1:$GLOSSA_PORT/sitemap.xml" -o "$work/www/sitemap.xml" && break
  sleep 1
done
glossa_etag=$(curl -sfI -H "Host: $host" "http://127.0.0.1:$GLOSSA_PORT/sitemap.xml" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  open_file_cache max=1000 inactive=60s;
  types { text/html html; application/xml xml; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location = /blog { default_type "text/html; charset=UTF-8"; try_files /blog.html =404; }
    location = /sitemap.xml { }
  }
}
NGINX
nginx -c "$work/nginx.conf"

run() { # url host seconds [header] -> requests/s; an error answer or a socket error stops the benchmark
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" -H "Host: $2" ${4:+-H "$4"} "$1")
  if grep -q "Non-2xx or 3xx\|Socket errors" <<<"$out"; then echo "errors from $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/sitemap.xml" && break; sleep 0.1; done
nginx_etag=$(curl -sI "http://127.0.0.1:$NGINX_PORT/sitemap.xml" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
[ -n "$nginx_etag" ] || { echo "nginx does not serve /sitemap.xml:" >&2; tail -3 "$work/nginx-error.log" >&2; exit 1; }
# Every server must answer the same bytes: a baseline serving an error page would measure something else.
for doc in blog sitemap.xml; do
  curl -sf "http://127.0.0.1:$NGINX_PORT/$doc" -o "$work/nginx-$doc"
  for port in $GLOSSA_PORT $LISTENER_PORT; do
    curl -sf -H "Host: $host" "http://127.0.0.1:$port/$doc" -o "$work/glossa-$doc"
    cmp -s "$work/nginx-$doc" "$work/glossa-$doc" || { echo "nginx and Glossa ($port) answer different bytes for /$doc" >&2; exit 1; }
  done
done
for pair in "container $GLOSSA_PORT $host $glossa_etag" "listener $LISTENER_PORT $host $glossa_etag" "nginx $NGINX_PORT localhost $nginx_etag"; do
  set -- $pair
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $3" -H "If-None-Match: $4" "http://127.0.0.1:$2/sitemap.xml")
  [ "$status" = 304 ] || { echo "$1 answers $status, not 304, to If-None-Match: $4" >&2; exit 1; }
done
echo "Page: /blog of the en site, $bytes bytes. Warming up both Glossa doors for ${WARMUP}s each (JIT)..."
run "http://127.0.0.1:$LISTENER_PORT/blog" "$host" "$WARMUP" >/dev/null
run "http://127.0.0.1:$GLOSSA_PORT/blog" "$host" "$WARMUP" >/dev/null
run "http://127.0.0.1:$NGINX_PORT/blog" "localhost" 5 >/dev/null
measure() { # label target glossa-header nginx-header target-share
  local l_total=0 c_total=0 n_total=0 l_shares="" c_shares=""
  for round in $(seq 1 "$ROUNDS"); do
    l=$(run "http://127.0.0.1:$LISTENER_PORT$2" "$host" "$DURATION" "$3")
    c=$(run "http://127.0.0.1:$GLOSSA_PORT$2" "$host" "$DURATION" "$3")
    n=$(run "http://127.0.0.1:$NGINX_PORT$2" "localhost" "$DURATION" "$4")
    l_share=$(echo "$l / $n" | bc -l) c_share=$(echo "$c / $n" | bc -l)
    l_shares="$l_shares $(printf '%.2f' "$l_share")" c_shares="$c_shares $(printf '%.2f' "$c_share")"
    printf '%s, round %d: listener %8.0f req/s (share %.2f)   container %8.0f req/s (share %.2f)   nginx %8.0f req/s\n' \
      "$1" "$round" "$l" "$l_share" "$c" "$c_share" "$n"
    l_total=$(echo "$l_total + $l" | bc -l) c_total=$(echo "$c_total + $c" | bc -l) n_total=$(echo "$n_total + $n" | bc -l)
  done
  printf '%s: means listener %8.0f, container %8.0f, nginx %8.0f req/s\n' "$1" \
    "$(echo "$l_total / $ROUNDS" | bc -l)" "$(echo "$c_total / $ROUNDS" | bc -l)" "$(echo "$n_total / $ROUNDS" | bc -l)"
  printf '%s: share of nginx, public listener %.2f (rounds:%s), container port %.2f (rounds:%s); target >= %s\n' "$1" \
    "$(echo "$l_total / $n_total" | bc -l)" "$l_shares" "$(echo "$c_total / $n_total" | bc -l)" "$c_shares" "$5"
}
measure "page GET /blog (200, $bytes bytes)" /blog "" "" 0.50
run "http://127.0.0.1:$LISTENER_PORT/sitemap.xml" "$host" 10 "If-None-Match: $glossa_etag" >/dev/null
run "http://127.0.0.1:$GLOSSA_PORT/sitemap.xml" "$host" 10 "If-None-Match: $glossa_etag" >/dev/null
measure "sitemap GET /sitemap.xml (304)" /sitemap.xml "If-None-Match: $glossa_etag" "If-None-Match: $nginx_etag" 0.70
echo "(${CONNECTIONS} connections, ${THREADS} wrk threads, same machine: wrk competes with the servers for CPU)"
