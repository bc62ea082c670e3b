#!/usr/bin/env bash
# Proves the build is reproducible: builds target/wpxliff.jar twice, each time from a fresh copy of the
# committed and working-tree sources in its own temporary folder (so neither build sees the other's target/),
# and compares the two jars' SHA-256. Exit 0 when they are byte-identical, 1 when not.
# Usage: scripts/check-reproducible.sh [extra mvn options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
project="$PWD"
work="$(mktemp -d "${TMPDIR:-/tmp}/wpxliff-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build() {
    local copy="$work/$1"
    shift
    mkdir -p "$copy"
    # the sources only: no target/, no out/, no VCS folder
    tar -C "$project" --exclude=./target --exclude=./out --exclude=./.git -cf - . | tar -C "$copy" -xf -
    (cd "$copy" && mvn -q "$@" -DskipTests clean package) >&2
    sha256sum "$copy/target/wpxliff.jar" | cut -d' ' -f1
}

first="$(build one "$@")"
sleep 2 # a clock-dependent entry would differ by now
second="$(build two "$@")"
size="$(stat -c %s "$work/one/target/wpxliff.jar")"
echo "build 1: $first"
echo "build 2: $second"
echo "jar size: $size bytes"
if [ "$first" = "$second" ]; then
    echo "reproducible: the two builds are byte-identical"
else
    echo "NOT reproducible: the two builds differ (compare with: unzip -l, or diffoscope)" >&2
    exit 1
fi
