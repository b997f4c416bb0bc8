#!/usr/bin/env bash
# Regenerate examples/timeline.html (the bundled sources' HTML export) and its
# screenshot examples/timeline.png, with headless Chromium (apt-get install chromium).
# Run from anywhere: ./examples/render-html.sh
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/timeline export sources --format html -q -o examples/timeline.html
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile" \
  --window-size=1280,1700 --screenshot="$PWD/examples/timeline.png" \
  "file://$PWD/examples/timeline.html" 2>/dev/null
echo "wrote examples/timeline.html and examples/timeline.png" >&2
