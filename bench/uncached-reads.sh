#!/usr/bin/env bash
# What a search or a page of the organizations list costs the first time it is asked, before its answer is kept:
# the benchmark's run.sh measures answers served again and again, which after the first request come from memory.
# Builds the jar, starts it on the generated data set (10,000 organizations "Organization 1" to "Organization 10000",
# 100 alliances, 2,000 sources "Report 1 on Organization 4242"...) and asks addresses never asked before, so that each
# runs its queries. Prints the median time measured by curl of 7 texts of each kind: one letter (nearly every name
# matches), one digit (about a third match), a part of a word (every name matches, through the API), and a misspelling
# that no name holds (every name is compared for the names to offer instead); of 40 pages of the organizations list,
# by name and by alliances joined; and of 40 alliances' pages with their 500 members sorted by name; each made new to
# the cache by a parameter the page does not read. Then follows the snapshot and the change feed, 500 at a time, from start to end,
# as a bot starting a mirror does.
# Usage: bench/uncached-reads.sh. Uses the java on the PATH, with JAVA_OPTS (default -Xmx128m, as the container).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
generated_data_setup
start_on_generated_data

# The median of the times curl takes for each of these addresses.
median() {
    local address
    for address in "$@"; do
        curl -sf -o /dev/null -w '%{time_total}\n' "$BASE$address"
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.0f ms\n", t[int((NR + 1) / 2)] * 1000 }'
}

# Pages 2 to 41 of the organizations list (200 names a page; the generated data has 50), in the order $2 if given,
# each with a parameter $1 that makes its address new.
organization_pages() {
    local i
    for i in $(seq 2 41); do echo "/organizations?${2:+sort=$2&}page=$i&$1=$i"; done
}

# The pages of alliances 1 to 40, with their members sorted by name, each with a parameter $1 that makes its address
# new.
alliance_pages() {
    local i
    for i in $(seq 1 40); do echo "/alliances/alliance-$i?sort=name&$1=$i"; done
}

echo "== warming up on addresses that are not measured"
for i in $(seq 1 40); do curl -sf -o /dev/null "$BASE/search?q=warm$i"; curl -sf -o /dev/null "$BASE/search?q=o$i"; done
for round in warm1 warm2 warm3 warm4; do
    for address in $(organization_pages "$round") $(organization_pages "$round" -alliances) \
        $(alliance_pages "$round"); do
        curl -sf -o /dev/null "$BASE$address"
    done
done

printf 'one letter, page:      '; median /search?q=o /search?q=r /search?q=g /search?q=a /search?q=n /search?q=i \
    /search?q=z
printf 'one digit, page:       '; median /search?q=1 /search?q=2 /search?q=3 /search?q=4 /search?q=5 /search?q=6 \
    /search?q=7
printf 'part of a word, API:   '; median /api/v1/search?q=org /api/v1/search?q=orga /api/v1/search?q=organ \
    /api/v1/search?q=rgan /api/v1/search?q=rga /api/v1/search?q=anization /api/v1/search?q=niza
printf 'a misspelling, page:   '; median /search?q=orgamization /search?q=organisation /search?q=organizatoin \
    /search?q=0rganization /search?q=organizaton /search?q=orgnization /search?q=organizasion
printf 'organizations list:    '; median $(organization_pages measured)
printf '  by alliances joined: '; median $(organization_pages measured -alliances)
printf 'members by name:       '; median $(alliance_pages measured)

# Follows the pages of 500 from $1 (the first page's address, to which "&$2=" and each next cursor are added) until
# one has no next cursor, or, where $3 is "until-empty", until a page has no items; prints the pages and the time.
follow() {
    local address="$1" parameter="$2" until="${3:-}" pages=0 started body next
    started=$(date +%s.%N)
    while true; do
        body="$(curl -sf "$BASE$address")"
        pages=$((pages + 1))
        next="$(printf '%s' "$body" | { grep -o '"next":"[^"]*"' || true; } | head -n 1 | cut -d '"' -f 4)"
        if [ -z "$next" ] || { [ "$until" = until-empty ] && printf '%s' "$body" | grep -q '"items":\[\]'; }; then
            break
        fi
        address="${1}&$parameter=$next"
    done
    awk -v pages="$pages" -v started="$started" -v ended="$(date +%s.%N)" \
        'BEGIN { printf "%d pages in %.1f s\n", pages, ended - started }'
}
printf 'a mirror from the snapshot:    '; follow '/api/v1/snapshot?limit=500' cursor
printf 'a mirror from the change feed: '; follow '/api/v1/changes?limit=500' after until-empty
