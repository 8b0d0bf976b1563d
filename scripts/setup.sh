#!/usr/bin/env bash
# Idempotent setup for Interview Coach development, tests and CI.
#   (a) Debian packages (only the missing ones; apt-get update only when needed)
#   (b) npm ci (only when node_modules is missing or older than package-lock.json)
#   (c) code-server 4.100.3 (a real VS Code 1.100.3) into its own cache folder,
#       NOT a dependency of the extension. A marker file is written only after
#       a successful install, so a half-finished install is redone.
#   (d) the "current" Python stack: a Debian unstable root in the same cache
#       (scripts/python-stacks.sh, behind its own marker); Debian 12's is (a).
# A second run takes a few seconds.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

CODE_SERVER_VERSION="4.100.3"
RIPGREP_PKG_VERSION="1.15.11"   # @vscode/ripgrep version pinned inside code-server 4.100.3
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
CACHE_DIR="${INTERVIEW_COACH_CACHE:-$HOME/.cache/interview-coach}"
CODE_SERVER_DIR="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_MARKER="$CODE_SERVER_DIR/.install-complete"

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
TOTAL_START="$(now)"

# ---------------------------------------------------------------- (a) Debian
APT_PACKAGES=(
  chromium fonts-dejavu-core ripgrep
  # native modules of code-server (kerberos, node-pty, keytar-like deps)
  libkrb5-dev build-essential pkg-config libx11-dev libxkbfile-dev libsecret-1-dev
  # debootstrap builds the second Python stack (d)
  debootstrap
)
# The Debian 12 Python stack the snippets and exercises run on (the same list goes into the sid root).
mapfile -t PYTHON_APT_PACKAGES < <(grep -v -E '^\s*(#|$)' scripts/python-packages.list)
APT_PACKAGES+=("${PYTHON_APT_PACKAGES[@]}")

step_start="$(now)"
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[setup] installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  echo "[setup] Debian packages: installed ${#missing[@]} in $(elapsed "$step_start") s"
else
  echo "[setup] Debian packages: all ${#APT_PACKAGES[@]} present ($(elapsed "$step_start") s)"
fi

# ---------------------------------------------------------------- (b) npm ci
step_start="$(now)"
if [ -L node_modules ]; then
  # A linked node_modules (a git worktree sharing another checkout's install): npm ci would empty
  # the target and install here instead, so leave it to the checkout that owns it.
  echo "[setup] node_modules: a link to $(readlink node_modules), left as it is"
elif [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[setup] npm ci"
  npm ci --no-audit --no-fund
  # npm ci writes node_modules/.package-lock.json; touch it so the -nt test is stable.
  touch node_modules/.package-lock.json
  echo "[setup] npm ci: done in $(elapsed "$step_start") s"
else
  echo "[setup] node_modules: up to date ($(elapsed "$step_start") s)"
fi

# ---------------------------------------------------------------- (c) code-server
step_start="$(now)"
if [ -f "$CODE_SERVER_MARKER" ] && [ -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ]; then
  echo "[setup] code-server $CODE_SERVER_VERSION: present in $CODE_SERVER_DIR ($(elapsed "$step_start") s)"
else
  echo "[setup] installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR"

  # Trap 3: @vscode/ripgrep downloads rg from GitHub; pre-seed its cache with Debian's rg.
  TMP_ROOT="${TMPDIR:-/tmp}"
  RG_CACHE_DIR="$TMP_ROOT/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  RG_TARBALL="$RG_CACHE_DIR/$RIPGREP_ASSET"
  if [ ! -s "$RG_TARBALL" ]; then
    RG_BIN="$(command -v rg)"
    mkdir -p "$RG_CACHE_DIR"
    rg_stage="$(mktemp -d)"
    cp "$RG_BIN" "$rg_stage/rg"
    tar -czf "$RG_TARBALL.tmp" -C "$rg_stage" rg
    mv "$RG_TARBALL.tmp" "$RG_TARBALL"
    rm -rf "$rg_stage"
  fi

  printf '{\n  "name": "interview-coach-code-server-host",\n  "private": true\n}\n' \
    > "$CODE_SERVER_DIR/package.json"

  # Trap 1: postinstall refuses root without unsafe_perm.
  # Trap 2: kerberos needs libkrb5-dev (installed above).
  # Trap 4: node-pty's postinstall runs `npx node-gyp`; the machine npmrc says yes=false.
  (
    cd "$CODE_SERVER_DIR"
    npm_config_unsafe_perm=true \
    npm_config_yes=true \
    npm install --no-audit --no-fund --no-save --omit=dev \
      "code-server@$CODE_SERVER_VERSION"
  )
  # The postinstall (which installs VS Code's own node_modules) must really have run:
  # npm may skip install scripts silently in some configurations.
  VSCODE_DIR="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode"
  for f in node_modules/@vscode/ripgrep/bin/rg node_modules/node-pty/build/Release/pty.node; do
    if [ ! -e "$VSCODE_DIR/$f" ]; then
      echo "[setup] ERROR: code-server install is incomplete ($VSCODE_DIR/$f missing): its postinstall did not run" >&2
      exit 1
    fi
  done
  "$CODE_SERVER_DIR/node_modules/.bin/code-server" --version >/dev/null
  date -u +%Y-%m-%dT%H:%M:%SZ > "$CODE_SERVER_MARKER"
  echo "[setup] code-server $CODE_SERVER_VERSION: installed in $(elapsed "$step_start") s"
fi

# ---------------------------------------------------------------- (d) Python stacks
bash scripts/python-stacks.sh

echo "[setup] total $(elapsed "$TOTAL_START") s"
