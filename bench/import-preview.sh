#!/usr/bin/env bash
# What an import's preview costs on the generated data set (10,000 organizations "Organization 1" to
# "Organization 10000", 100 alliances of 500 members): builds the jar, starts it on the data, logs in, and uploads a
# file of 5,000 new organizations, one in 50 of them named like a recorded one ("Organization 42 Ltd"), so that the
# preview also looks for possible duplicates; then a file of 5,000 memberships of recorded organizations. Prints, for
# each, the time from the upload to the preview shown (its page refreshes itself until the preview is made) and what
# the preview counts.
# Usage: bench/import-preview.sh. Uses the java on the PATH, with JAVA_OPTS (default -Xmx128m, as the container).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
PASSWORD="measured import preview words"
# Cookies without Secure, as curl speaks plain HTTP to the server.
APP_ENV=(TRACKER_ADMIN_USERNAME=timekeeper "TRACKER_ADMIN_PASSWORD=$PASSWORD" TRACKER_SESSION_SECURE_COOKIE=false)
generated_data_setup
start_on_generated_data

JAR="$WORK/cookies"
# The CSRF token of the page $1's first form.
csrf_token() {
    curl -sf -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -n 1 | cut -d '"' -f 4
}
curl -sf -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "csrf-token=$(csrf_token /login)" \
    --data-urlencode username=timekeeper --data-urlencode "password=$PASSWORD" "$BASE/login"

# Uploads the file $2 as an import of kind $1, then asks its page until the preview is shown; prints the time and
# the preview's counts.
preview() {
    local token started location page
    token="$(csrf_token /import)"
    started=$(date +%s.%N)
    location="$(curl -sf -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' -F "csrf-token=$token" -F "kind=$1" \
        -F "file=@$2;type=text/csv" "$BASE/import")"
    while page="$(curl -sf -b "$JAR" -c "$JAR" "$location")"; printf '%s' "$page" | grep -q 'http-equiv="refresh"'; do
        sleep 0.1
    done
    awk -v started="$started" -v ended="$(date +%s.%N)" 'BEGIN { printf "%.1f s; ", ended - started }'
    printf '%s' "$page" | grep -o 'The import will create <strong>[0-9]*</strong>' | sed 's/<[^>]*>//g' | tr '\n' ' '
    printf '%s\n' "$(printf '%s' "$page" | grep -o '[0-9]* possible duplicates\?' || echo 'no possible duplicates')"
}

{
    echo "slug,name"
    for i in $(seq 1 5000); do
        if [ $((i % 50)) -eq 0 ]; then echo "imported-$i,Organization $i Ltd"
        else echo "imported-$i,Imported Company $i"; fi
    done
} >"$WORK/organizations.csv"
{
    echo "alliance,organization,joined"
    for i in $(seq 1 5000); do echo "alliance-$(( (i % 100) + 1 )),org-$i,2024-01"; done
} >"$WORK/memberships.csv"

printf '5,000 new organizations: '; preview ORGANIZATIONS "$WORK/organizations.csv"
printf '5,000 memberships:       '; preview MEMBERSHIPS "$WORK/memberships.csv"
