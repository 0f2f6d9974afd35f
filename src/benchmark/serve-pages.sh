#!/usr/bin/env bash
# Serving benchmark: Glossa's public pages against nginx serving the very same bytes from disk.
# Prints requests per second for both and Glossa's share of nginx (the target is at least 0.5).
#
#   bash src/benchmark/serve-pages.sh            (needs target/glossa.jar: mvn -B -q package -DskipTests)
#
# Environment: WARMUP (seconds, default 60), DURATION (seconds per round, default 10), ROUNDS (default 3),
# CONNECTIONS (default 64), THREADS (wrk threads, default 2). Installs wrk and nginx-light when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
WARMUP=${WARMUP:-60} DURATION=${DURATION:-10} ROUNDS=${ROUNDS:-3} CONNECTIONS=${CONNECTIONS:-64} THREADS=${THREADS:-2}
GLOSSA_PORT=18181 NGINX_PORT=18182
[ -f target/glossa.jar ] || { echo "target/glossa.jar is missing: run mvn -B -q package -DskipTests" >&2; exit 1; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi

work=$(mktemp -d)
cleanup() { [ -n "${glossa_pid:-}" ] && kill "$glossa_pid" 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "Starting Glossa (embedded database, demo content) on port $GLOSSA_PORT"
(cd "$work" && GLOSSA_DEMO=true exec java -jar "$OLDPWD/target/glossa.jar" --port $GLOSSA_PORT >"$work/glossa.log" 2>&1) &
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
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location = /blog { default_type "text/html; charset=UTF-8"; try_files /blog.html =404; }
  }
}
NGINX
nginx -c "$work/nginx.conf"

run() { # url host seconds -> requests/s
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" -H "Host: $2" "$1" | awk '/Requests\/sec/ {print $2}'
}
echo "Page: /blog of the en site, $bytes bytes. Warming up Glossa for ${WARMUP}s (JIT)..."
run "http://127.0.0.1:$GLOSSA_PORT/blog" "$host" "$WARMUP" >/dev/null
run "http://127.0.0.1:$NGINX_PORT/blog" "localhost" 5 >/dev/null
g_total=0 n_total=0
for round in $(seq 1 "$ROUNDS"); do
  g=$(run "http://127.0.0.1:$GLOSSA_PORT/blog" "$host" "$DURATION")
  n=$(run "http://127.0.0.1:$NGINX_PORT/blog" "localhost" "$DURATION")
  printf 'round %d: glossa %10.0f req/s   nginx %10.0f req/s\n' "$round" "$g" "$n"
  g_total=$(echo "$g_total + $g" | bc -l) n_total=$(echo "$n_total + $n" | bc -l)
done
printf 'mean:    glossa %10.0f req/s   nginx %10.0f req/s   share of nginx: %.2f (target >= 0.50)\n' \
  "$(echo "$g_total / $ROUNDS" | bc -l)" "$(echo "$n_total / $ROUNDS" | bc -l)" "$(echo "$g_total / $n_total" | bc -l)"
echo "(${CONNECTIONS} connections, ${THREADS} wrk threads, same machine: wrk competes with both servers for CPU)"
