#!/usr/bin/env bash
# Benchmark: builds the jar, starts it on a generated data set (10,000 organizations, 100 alliances,
# 50,000 memberships, 100,000 changes) with a 128 MB heap, and measures with wrk (Debian package) on loopback.
# The very same response bytes are also served by nginx (Debian package) in the same run, and each endpoint's
# throughput is printed as a ratio to nginx's. The alliance page and the chart are measured once more gzipped, as
# browsers ask for them, against nginx's gzip_static sending the application's own gzipped bytes.
# Each endpoint is first loaded for WARMUP seconds (default 10), unmeasured, so that both servers are measured warm
# (the JIT compiles the serving path under load); any answer other than the expected status aborts the run.
# Like the container (src/main/docker/Dockerfile.jvm), the jar runs on a JDK 25 or newer (BENCH_JAVA, or the first
# one found under /usr/lib/jvm) with an ahead-of-time cache from a training run (src/main/docker/aot-training.sh),
# and with JAVA_OPTS (default: the container's).
# MEMORY_LIMIT (say 256M) runs the measured starts in a memory cgroup of that size, as a container with that limit
# would run them (root and a cgroup memory controller, v1 or v2, needed). The page cache is dropped first, for the
# whole machine, so that every file page the server reads (the JDK, the jars, the AOT cache) is charged to it.
# Usage: bench/run.sh [seconds per endpoint, default 15]. Prints start times, throughput and latency per endpoint,
# and resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
DURATION="${1:-15}"
WARMUP="${WARMUP:-10}"
. bench/common.sh
CONTAINER_JAVA_OPTS="$(container_java_opts)"
JAVA_OPTS="${JAVA_OPTS:-$CONTAINER_JAVA_OPTS}"
PORT="${BENCH_PORT:-18080}"
WORK="$(mktemp -d)"
chmod 755 "$WORK" # nginx's workers run as another user and must read the saved answers
BASE="http://127.0.0.1:$PORT"
CGROUP=""
cleanup() {
    if [ -n "${APP_PID:-}" ] && ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "the application had stopped; the end of its log:" >&2
        tail -n 30 "$WORK/app.log" >&2
    fi
    if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
    [ -n "$CGROUP" ] && rmdir "$CGROUP" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

require_wrk
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is needed: apt-get install -y nginx" >&2; exit 1; }
NGINX_PORT="${BENCH_NGINX_PORT:-18081}"
if curl -s -o /dev/null "$BASE/"; then
    echo "port $PORT is in use: stop what runs there or set BENCH_PORT" >&2
    exit 1
fi

JAVA="$(container_java)"
echo "== JVM: $JAVA ($("$JAVA" -version 2>&1 | head -n 1))"

# The aot-jar layout loads every class with the JDK's own class loaders, which the AOT cache needs.
mvn -B -q -DskipTests package -Dquarkus.package.jar.type=aot-jar
APP="$PWD/target/quarkus-app"
H2="$(ls "$PWD"/target/quarkus-app/lib/main/com.h2database.h2-*.jar)"
CACHE="$APP/app.aot"
rm -f "$CACHE"

start_app() {
    local cache_opt=""
    # AOTMode=on: a cache the JVM cannot use stops the run instead of leaving an uncached start to be measured.
    [ -f "$CACHE" ] && cache_opt="-XX:AOTMode=on -XX:AOTCache=$CACHE"
    (cd "$APP" && { [ -z "$CGROUP" ] || echo "$BASHPID" >"$CGROUP/cgroup.procs"; } \
        && TRACKER_DEMO_DATA=false TRACKER_DATA_DIR="$WORK/data" TRACKER_RATE_LIMIT_PER_MINUTE=1000000000 \
        MALLOC_ARENA_MAX=2 exec "$JAVA" $cache_opt $JAVA_OPTS -Dquarkus.http.port="$PORT" \
        -Dquarkus.management.port="$((PORT + 2))" -Dquarkus.log.level=WARN -jar quarkus-run.jar >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    wait_for_page "$BASE/" "$APP_PID" "$WORK/app.log"
}

echo "== migrating an empty database"
start_app
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

echo "== generating the data set"
java -cp "$H2" bench/GenerateData.java "jdbc:h2:file:$WORK/data/alliance-tracker" tracker ""

# Seconds from the start of the JVM to the first page served, for the start_app just run.
since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}'; }

echo "== training run on the generated data, which writes the AOT cache"
(cd "$APP" && TRACKER_DEMO_DATA=false TRACKER_DATA_DIR="$WORK/data" MALLOC_ARENA_MAX=2 JAVA="$JAVA" \
    JAVA_OPTS="$JAVA_OPTS -Dquarkus.management.port=$((PORT + 2)) -Dquarkus.log.level=WARN" \
    "$ROOT/src/main/docker/aot-training.sh" quarkus-run.jar "$CACHE" "$PORT" >"$WORK/training.log" 2>&1) \
    || { echo "the training run failed:" >&2; tail -n 20 "$WORK/training.log" >&2; exit 1; }

# A memory cgroup of MEMORY_LIMIT, nested in this shell's own (cgroup v1), or at the root of cgroup v2.
if [ -n "${MEMORY_LIMIT:-}" ]; then
    if [ -d /sys/fs/cgroup/memory ]; then
        CGROUP="/sys/fs/cgroup/memory$(awk -F: '$2 == "memory" {print $3}' /proc/self/cgroup)/alliance-tracker-bench.$$"
        mkdir "$CGROUP" && echo "$MEMORY_LIMIT" >"$CGROUP/memory.limit_in_bytes"
    elif grep -qw memory /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; then
        CGROUP="/sys/fs/cgroup/alliance-tracker-bench.$$"
        mkdir "$CGROUP" && echo "$MEMORY_LIMIT" >"$CGROUP/memory.max"
    else
        echo "MEMORY_LIMIT needs a cgroup memory controller this user may write to" >&2
        exit 1
    fi
    sync
    echo 3 >/proc/sys/vm/drop_caches
fi

echo "== starting with the AOT cache ($JAVA_OPTS)${CGROUP:+ in a memory cgroup of $MEMORY_LIMIT}"
for attempt in 1 2 3; do
    START=$(date +%s.%N)
    start_app
    echo "start $attempt: first page served after $(since "$START") s"
    [ "$attempt" = 3 ] || { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
done
RSS_START=$(resident_mb "$APP_PID" VmRSS)

# Runs wrk; prints "requests/s p99". A run with any answer of another status than expected aborts the benchmark.
measure() {
    local url="$1" header="${2:-}" seconds="${3:-$DURATION}" out
    local args=(-t2 -c32 -d"${seconds}s" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    out=$(wrk "${args[@]}" "$url")
    if echo "$out" | grep -q "Non-2xx or 3xx"; then
        echo "$url answered errors under load:" >&2
        echo "$out" >&2
        touch "$WORK/failed" # exit alone would only leave the $(...) this runs in
        exit 1
    fi
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1 == "99%" {print $2}')"
}

# The same bytes from nginx: each endpoint's answer saved as a static file, served with nginx's own ETag.
mkdir -p "$WORK/static"
save() { curl -sf -o "$WORK/static/$1" "$BASE$2"; chmod 644 "$WORK/static/$1"; }
save changes.json "/api/v1/changes?limit=100"
save alliance.html "/alliances/alliance-1"
save swimlanes.svg "/timelines/alliances/alliance-1/swimlanes.svg"
save search.html "/search?q=organization%2012"
# The gzipped answers, as the application sends them to browsers, for nginx's gzip_static to send the same.
save_gzipped() { curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/static/$1.gz" "$BASE$2"; chmod 644 "$WORK/static/$1.gz"; }
save_gzipped alliance.html "/alliances/alliance-1"
save_gzipped swimlanes.svg "/timelines/alliances/alliance-1/swimlanes.svg"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    include /etc/nginx/mime.types;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/static;
        etag on;
        gzip_static on;
    }
}
NGINX
"$NGINX" -c "$WORK/nginx.conf"
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
for file in changes.json alliance.html swimlanes.svg search.html; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_BASE/$file")
    [ "$status" = 200 ] || { echo "nginx answers $status for $file; see $WORK/nginx-error.log" >&2; exit 1; }
done
NGINX_ETAG=$(curl -s -D - -o /dev/null "$NGINX_BASE/changes.json" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')

bench() {
    local name="$1" path="$2" file="$3" header="${4:-}" nginx_header="${5:-}"
    curl -s -o /dev/null "$BASE$path"  # the first request renders the answer
    measure "$BASE$path" "$header" "$WARMUP" >/dev/null
    read -r rps p99 <<<"$(measure "$BASE$path" "$header")"
    measure "$NGINX_BASE/$file" "$nginx_header" "$WARMUP" >/dev/null
    read -r nrps np99 <<<"$(measure "$NGINX_BASE/$file" "$nginx_header")"
    [ ! -e "$WORK/failed" ] || exit 1
    printf '%-34s %10s req/s  p99 %-8s | nginx %10s req/s  p99 %-8s | ratio %s\n' "$name" "$rps" "$p99" "$nrps" "$np99" \
        "$(awk -v a="$rps" -v b="$nrps" 'BEGIN {printf "%.2f", a / b}')"
}

ETAG=$(curl -s -D - -o /dev/null "$BASE/api/v1/changes?limit=100" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
echo "== wrk, 2 threads, 32 connections, ${DURATION}s each after ${WARMUP}s of warm-up; the application, then nginx on the same bytes"
bench "GET /api/v1/changes?limit=100" "/api/v1/changes?limit=100" changes.json
bench "304 poll of the same" "/api/v1/changes?limit=100" changes.json "If-None-Match: $ETAG" "If-None-Match: $NGINX_ETAG"
bench "alliance page" "/alliances/alliance-1" alliance.html
bench "timeline SVG (swimlanes)" "/timelines/alliances/alliance-1/swimlanes.svg" swimlanes.svg
bench "search" "/search?q=organization%2012" search.html
GZIP="Accept-Encoding: gzip"
bench "alliance page, gzipped" "/alliances/alliance-1" alliance.html "$GZIP" "$GZIP"
bench "timeline SVG, gzipped" "/timelines/alliances/alliance-1/swimlanes.svg" swimlanes.svg "$GZIP" "$GZIP"
echo "resident memory: $RSS_START MB after start, $(resident_mb "$APP_PID" VmRSS) MB after the runs, peak" \
    "$(resident_mb "$APP_PID" VmHWM) MB (budget: 256 MB)"
# The cgroup's peak charge, how often it reached its limit, and how many processes the kernel killed in it.
if [ -f "$CGROUP/memory.max_usage_in_bytes" ]; then
    peak=$(cat "$CGROUP/memory.max_usage_in_bytes") limited=$(cat "$CGROUP/memory.failcnt")
    killed=$(awk '$1 == "oom_kill" {print $2}' "$CGROUP/memory.oom_control")
elif [ -n "$CGROUP" ]; then
    peak=$(cat "$CGROUP/memory.peak") limited=$(awk '$1 == "max" {print $2}' "$CGROUP/memory.events")
    killed=$(awk '$1 == "oom_kill" {print $2}' "$CGROUP/memory.events")
fi
[ -z "$CGROUP" ] || echo "memory cgroup of $MEMORY_LIMIT: peak charge $((peak / 1048576)) MB, $limited times at the limit," \
    "$killed killed"
