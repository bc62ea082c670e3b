#!/usr/bin/env bash
# Shows that a WXR file's size does not matter, only its posts: builds a WXR of about 150 MB (the theme unit test
# data with 150,000 attachment items added before </channel>) and exports it with a 32 MB heap.
# Usage: scripts/wxr-heap.sh [heap, default 32m]. Needs target/wpxliff.jar and ../shared/corpus/wxr.
set -euo pipefail
cd "$(dirname "$0")/.."
heap="${1:-32m}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
src=../shared/corpus/wxr/themeunittestdata.wordpress.xml
{
  sed '/<\/channel>/,$d' "$src"
  for ((i = 1; i <= 150000; i++)); do
    printf '<item><title>Image %d</title><wp:post_id>%d</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:status><![CDATA[inherit]]></wp:status><content:encoded><![CDATA[%0900d]]></content:encoded></item>\n' "$i" $((1000000 + i)) 0
  done
  sed -n '/<\/channel>/,$p' "$src"
} > "$work/site.xml"
echo "WXR: $(du -m "$work/site.xml" | cut -f1) MB"
/usr/bin/time -f "export: %e s wall, %M KB peak RSS" java -Xmx"$heap" -jar target/wpxliff.jar export "$work/site.xml" -o "$work/out"
echo "XLIFF files written: $(ls "$work/out" | wc -l)"
