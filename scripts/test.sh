#!/usr/bin/env bash
# Every test, in order of cost: setup → build → lint (layer rules) → unit → question bank (parse + run
# every snippet on both Python stacks) → exercises (the checks runner; every solution passes, every starter fails)
# → package the .vsix → extension-host integration suite in a real VS Code → UI suite driving the
# installed .vsix through Chromium (and once more with a broken webview, which must fail).
# Prints each stage's wall time; stops at the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

declare -a STAGES=()
run_stage() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  echo ""
  echo "=== $name ==="
  if "$@"; then
    end=$(date +%s.%N)
    STAGES+=("$(printf '%-14s %6.1f s' "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")")
  else
    local code=$?
    echo "=== $name FAILED (exit $code) ==="
    printf '%s\n' "${STAGES[@]}"
    exit "$code"
  fi
}

run_stage setup bash scripts/setup.sh
run_stage build bash -c 'rm -rf out && node esbuild.js && npx tsc -p tsconfig.test.json'
run_stage lint npx eslint .
run_stage unit npx mocha --reporter dot 'out/test/unit/**/*.test.js'
run_stage bank npx mocha --reporter spec --timeout 120000 'out/test/bank/**/*.test.js'
run_stage exercises npx mocha --reporter spec --timeout 120000 'out/test/exercises/**/*.test.js'
run_stage package npm run --silent package
run_stage integration node out/test/harness/runExtensionHostTests.js
run_stage untrusted node out/test/harness/runExtensionHostTests.js --untrusted
run_stage ui node out/test/ui/run.js
run_stage ui-must-fail bash scripts/ui-must-fail.sh

echo ""
echo "=== wall time by stage ==="
printf '%s\n' "${STAGES[@]}"
echo "stages: ${#STAGES[@]} passed, 0 failed"
