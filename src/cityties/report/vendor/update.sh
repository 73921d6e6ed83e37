#!/usr/bin/env bash
# Refreshes the committed vendor files from npm (versions pinned in package.json).
# Needs node and npm; nothing else in cityties does. Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --silent)
m="$work/node_modules"
cp "$m/vega/build/vega.min.js" "$m/vega-lite/build/vega-lite.min.js" \
   "$m/vega-embed/build/vega-embed.min.js" "$m/world-atlas/countries-110m.json" "$here/"
for p in vega vega-lite vega-embed world-atlas; do cp "$m/$p/LICENSE" "$here/LICENSE.$p"; done
ls -l "$here"
