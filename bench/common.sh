# What the benchmark scripts share: the container's JVM settings and runtime, read from the project as it ships,
# the wait for the first page, and the reading of resident memory.
# Sourced by the scripts of bench/ from the project's root.

# The container's JVM settings, read from the Dockerfile so that what is measured is what ships.
container_java_opts() {
    local options
    options="$(sed -n 's/^ENV JAVA_OPTS="\([^"]*\)".*/\1/p' src/main/docker/Dockerfile.jvm)"
    [ -n "$options" ] || { echo "no JAVA_OPTS found in src/main/docker/Dockerfile.jvm" >&2; return 1; }
    echo "$options"
}

# The container's runtime: a JDK 25 or newer (the first with a training-run AOT cache, JEP 514). BENCH_JAVA if set,
# else JAVA_HOME's, the one on the PATH, or the first under /usr/lib/jvm.
java_25_or_newer() { [ -x "$1" ] && [ "$("$1" -XshowSettings:properties -version 2>&1 \
    | awk -F= '/java.specification.version/ {gsub(/ /, "", $2); print $2}')" -ge 25 ] 2>/dev/null; }
container_java() {
    local candidate
    for candidate in ${BENCH_JAVA:+"$BENCH_JAVA"} "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)" \
        /usr/lib/jvm/*/bin/java; do
        if java_25_or_newer "$candidate"; then echo "$candidate"; return 0; fi
        [ -n "${BENCH_JAVA:-}" ] && break # the one asked for, or none
    done
    echo "a JDK 25 or newer is needed (the container's runtime): set BENCH_JAVA to its java" >&2
    return 1
}

require_wrk() {
    command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; return 1; }
}

# Waits until URL serves a page, for at most 60 s; if the process PID ends or the time runs out, shows LOG and exits.
wait_for_page() {
    local url="$1" pid="$2" log="$3" deadline=$((SECONDS + 60))
    until curl -sf --max-time 10 -o /dev/null "$url"; do
        if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "the application served no page at $url within 60 s; see $log" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
}

# A process's resident memory in MB: VmRSS (now) or VmHWM (its peak).
resident_mb() { awk -v k="$2" '$1 == k":" {print int($2 / 1024)}' "/proc/$1/status"; }

# For the scripts that measure the jar on the generated data with the java on the PATH (uncached-reads.sh,
# import-preview.sh): sets JAVA_OPTS (default -Xmx128m, as the container), PORT (BENCH_PORT, default 18080), BASE and
# WORK (a directory removed at exit, with the server stopped), and exits if the port is taken.
generated_data_setup() {
    JAVA_OPTS="${JAVA_OPTS:--Xmx128m}"
    PORT="${BENCH_PORT:-18080}"
    BASE="http://127.0.0.1:$PORT"
    WORK="$(mktemp -d)"
    trap generated_data_cleanup EXIT
    if curl -s -o /dev/null "$BASE/"; then
        echo "port $PORT is in use: stop what runs there or set BENCH_PORT" >&2
        exit 1
    fi
}
generated_data_cleanup() {
    if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}

# Builds the jar, migrates an empty database, generates the data set into it (bench/GenerateData.java) and starts the
# jar on it, with APP_PID its process; the settings in the array APP_ENV (NAME=value) are added to its environment.
start_on_generated_data() {
    mvn -B -q -DskipTests package
    APP="$PWD/target/quarkus-app"
    echo "== migrating an empty database, then generating the data set"
    start_generated_app
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    java -cp "$(ls "$APP"/lib/main/com.h2database.h2-*.jar)" bench/GenerateData.java \
        "jdbc:h2:file:$WORK/data/alliance-tracker" tracker "" >/dev/null
    start_generated_app
}
start_generated_app() {
    (cd "$APP" && exec env TRACKER_DEMO_DATA=false TRACKER_DATA_DIR="$WORK/data" \
        TRACKER_RATE_LIMIT_PER_MINUTE=1000000000 ${APP_ENV[@]+"${APP_ENV[@]}"} java $JAVA_OPTS \
        -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$((PORT + 2))" -Dquarkus.log.level=WARN \
        -jar quarkus-run.jar >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    wait_for_page "$BASE/" "$APP_PID" "$WORK/app.log"
}
