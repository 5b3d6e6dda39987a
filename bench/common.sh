# What the benchmark scripts share: the container's JVM settings and runtime, read from the project as it ships,
# the wait for the first page, and the reading of resident memory.
# Sourced by bench/run.sh and bench/stack-floor.sh from the project's root.

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
