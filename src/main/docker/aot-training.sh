#!/bin/sh
# A training run for the JDK's ahead-of-time cache (JDK 25 or newer; JEPs 483, 514 and 515). It starts the
# application with -XX:AOTCacheOutput, asks it for the pages, timelines, feeds and API lists that visitors and bots
# use, and stops it; the JVM writes the cache as it exits. A start with -XX:AOTCache=CACHE then finds those classes
# already loaded and linked and their hot methods already profiled, and serves its first page sooner.
#
# The cache only fits the same JVM build, the same jar path and the same collector, so run this with the JAVA and
# JAVA_OPTS of the real start, on the database kind the jar was built for, with at least one alliance and one
# organization in it (the demo data will do). Used by src/main/docker/Dockerfile.jvm and bench/run.sh.
#
# Usage: aot-training.sh JAR CACHE [PORT]    (environment: JAVA, default java; JAVA_OPTS)
set -eu
JAR="$1"
CACHE="$2"
PORT="${3:-8080}"
BASE="http://127.0.0.1:$PORT"

rm -f "$CACHE"
# Recording keeps more class metadata than a normal run does, so the metaspace cap of JAVA_OPTS is raised; the API
# and feeds are asked more often than the rate limit of one client allows.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
TRACKER_RATE_LIMIT_PER_MINUTE=1000000 "${JAVA:-java}" ${JAVA_OPTS:-} -XX:MaxMetaspaceSize=512m \
    -XX:AOTCacheOutput="$CACHE" -Dquarkus.http.port="$PORT" -jar "$JAR" &
APP=$!

waited=0
until curl -sf -o /dev/null "$BASE/"; do
    if ! kill -0 "$APP" 2>/dev/null; then
        echo "aot-training: the application stopped before it served a page" >&2
        exit 1
    fi
    waited=$((waited + 1))
    if [ "$waited" -gt 600 ]; then
        echo "aot-training: no page after 120 s" >&2
        kill "$APP"
        exit 1
    fi
    sleep 0.2
done

# The slug of the first record an API list gives.
first_slug() { curl -sf "$BASE$1" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d '"' -f 4; }
ALLIANCE="$(first_slug "/api/v1/alliances?limit=1")"
ORGANIZATION="$(first_slug "/api/v1/organizations?limit=1")"
if [ -z "$ALLIANCE" ] || [ -z "$ORGANIZATION" ]; then
    echo "aot-training: the database needs at least one alliance and one organization" >&2
    kill "$APP"
    exit 1
fi
ETAG="$(curl -s -D - -o /dev/null "$BASE/api/v1/changes?limit=100" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')"

# Thirty rounds, so that the serving paths run often enough to be profiled. Most answers come from the cache of
# rendered answers after the first round, as in production; a search for a new term each round renders afresh.
# Each address is asked plain, as bots do, and gzipped, as browsers do.
round=0
while [ "$round" -lt 30 ]; do
    for path in / /alliances "/alliances/$ALLIANCE" "/alliances/$ALLIANCE/members.csv" "/alliances/$ALLIANCE/feed.atom" \
        /organizations "/organizations/$ORGANIZATION" /projects \
        "/timelines/alliances/$ALLIANCE/swimlanes.svg" "/timelines/alliances/$ALLIANCE/growth.svg" \
        "/timelines/organizations/$ORGANIZATION/lanes.svg" "/search?q=a" /feed.atom /feed.json \
        "/api/v1/changes?limit=100" /api/v1/alliances /api/v1/organizations "/api/v1/alliances/$ALLIANCE/members" \
        /login /no-such-page; do
        curl -s -o /dev/null "$BASE$path"
        curl -s -o /dev/null -H "Accept-Encoding: gzip" "$BASE$path" # as browsers ask
    done
    curl -s -o /dev/null -H "If-None-Match: $ETAG" "$BASE/api/v1/changes?limit=100"
    curl -s -o /dev/null "$BASE/search?q=a$round"
    curl -s -o /dev/null -H "Accept-Encoding: gzip" "$BASE/search?q=b$round" # compressed as it is sent
    round=$((round + 1))
done

kill -TERM "$APP"
wait "$APP" || true # stopped by the signal; the cache is checked below
if [ ! -s "$CACHE" ]; then
    echo "aot-training: the JVM wrote no cache to $CACHE" >&2
    exit 1
fi
