#!/usr/bin/env bash
# Regenerates the README's screenshots from the browser tests (needs Debian's chromium and chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest='ResponsiveTest,ManagerJourneyTest' -Dsurefire.failIfNoSpecifiedTests=false
for shot in home-1280 timelines-alliances-open-virtualization-alliance-1280 timelines-organizations-red-hat-1280 \
        timelines-projects-kvm-1280 edit-form-with-error alliances-open-virtualization-alliance-360; do
    cp "target/screenshots/$shot.png" "docs/screenshots/$shot.png"
done
echo "copied $(ls docs/screenshots | wc -l) screenshots into docs/screenshots"
