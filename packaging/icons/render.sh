#!/usr/bin/env bash
# Renders the application icon's PNG sizes from the SVG (development time; the PNGs are committed).
# Needs rsvg-convert (Debian: librsvg2-bin). Usage: packaging/icons/render.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ID=io.github.stackdeck.Stackdeck
SIZES=(16 22 24 32 48 64 128 256)
say() { echo "render: $*"; }

command -v rsvg-convert >/dev/null || { say "needs rsvg-convert: apt-get install librsvg2-bin"; exit 1; }
for size in "${SIZES[@]}"; do
    mkdir -p "$HERE/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$HERE/${size}x${size}/$ID.png" "$HERE/$ID.svg"
    say "${size}x${size}/$ID.png"
done
# Optional: strip metadata so re-rendering the same SVG gives the same bytes.
if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$HERE"/*x*/"$ID.png"
fi
