#!/usr/bin/env bash
# Makes a launcher folder for another build's jar, so that scripts/leverage-side-by-side.sh (or any timing) can run an
# earlier build the way README's ./wpxliff runs this one: DIR/wpxliff (this checkout's launcher), DIR/target/wpxliff.jar
# (the given jar) and DIR/target/wpxliff.jsa, an AppCDS archive dumped for that jar's path from the class list this
# checkout's build wrote (target/wpxliff.classlist; classes the other jar lacks are skipped by the dump).
# Usage: scripts/launcher-for.sh BUILD.jar DIR    then e.g. scripts/leverage-side-by-side.sh 10 ./wpxliff DIR/wpxliff
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/launcher-for.sh BUILD.jar DIR" >&2; exit 2; }
jar="$1"
dir="$2"
[ -f "$jar" ] || { echo "$jar: no such jar" >&2; exit 1; }
[ -f target/wpxliff.classlist ] || { echo "no target/wpxliff.classlist: run mvn -q -DskipTests package first" >&2; exit 1; }
mkdir -p "$dir/target"
dir="$(cd "$dir" && pwd -P)"
cp wpxliff "$dir/wpxliff"
cp "$jar" "$dir/target/wpxliff.jar"
# the JDK the launcher will run (JAVA_HOME, else java on PATH): an archive serves only the JVM that dumped it
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile=target/wpxliff.classlist \
  -XX:SharedArchiveFile="$dir/target/wpxliff.jsa" -cp "$dir/target/wpxliff.jar" >/dev/null
echo "$dir/wpxliff"
