#!/usr/bin/env bash
# Draws the demo signature and seal in samples/ky-so/ with ImageMagick (both marked as samples:
# the seal says "THỬ NGHIỆM"). Run from the repository root; the PNGs are committed.
set -euo pipefail
F=${FONT:-/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf}
OUT=samples/ky-so
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
convert -size 1400x90 xc:none -font "$F" -pointsize 70 -fill '#c8161d' -gravity center \
  -annotate +0+0 'BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN' -trim +repage -virtual-pixel transparent \
  -set option:distort:viewport 600x600-300-300 -distort Arc '290 0 270 206' +repage "$TMP/arc.png"
convert -size 600x600 xc:none -fill none -stroke '#c8161d' -strokewidth 14 -draw 'circle 300,300 300,14' \
  -strokewidth 5 -draw 'circle 300,300 300,100' "$TMP/arc.png" -gravity center -geometry +0+0 -composite \
  -stroke none -fill '#c8161d' -font "$F" -pointsize 44 -gravity center -annotate +0+45 'THỬ NGHIỆM' \
  -draw "polygon 300,190 314,228 354,228 322,252 334,290 300,267 266,290 278,252 246,228 286,228" "$OUT/con-dau-mau.png"
convert -size 600x300 xc:none -fill none -stroke '#1a3c9c' -strokewidth 7 \
  -draw "stroke-linecap round path 'M 60,210 C 90,80 140,60 150,140 C 160,220 120,250 110,200 C 100,150 200,90 230,120 C 260,150 220,220 250,210 C 280,200 290,130 320,140 C 350,150 330,210 360,200 C 400,185 410,110 450,120 C 490,130 470,200 520,170'" \
  -strokewidth 5 -draw "stroke-linecap round path 'M 80,240 C 200,230 380,220 560,200'" \
  -trim +repage -bordercolor none -border 10 "$OUT/chu-ky-mau.png"
