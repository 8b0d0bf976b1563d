#!/usr/bin/env bash
# The UI suite must notice a broken webview: with the installed webview script replaced by a throw
# (UI_BREAK_WEBVIEW=1) it has to fail at step 3 and report the page error. Exits 0 only then.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log=$(mktemp)
UI_BREAK_WEBVIEW=1 node out/test/ui/run.js --no-screenshots >"$log" 2>&1
code=$?
tail -6 "$log"
if [ "$code" -ne 0 ] && grep -q 'FAIL  3\.' "$log" && grep -q 'page error: broken webview' "$log"; then
  echo "ui-must-fail: the broken webview was caught (exit $code, failed at step 3)"
  # The expected failure's artefacts are not worth keeping.
  kept=$(sed -n 's/^\[ui\] artifacts kept in //p' "$log")
  [ -n "$kept" ] && rm -rf "$kept"
  rm -f "$log"
  exit 0
fi
echo "ui-must-fail: the UI suite did NOT catch a broken webview (exit $code); full output: $log"
exit 1
