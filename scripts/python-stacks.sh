#!/usr/bin/env bash
# Builds the second Python stack, "current": a minimal Debian unstable (sid) root in the cache
# (${INTERVIEW_COACH_CACHE:-~/.cache/interview-coach}/python-sid) holding the same Python packages
# as the host's Debian 12 stack (scripts/python-packages.list), at their newest releases.
# Idempotent: a marker file is written last, so a half-made root is rebuilt and a second run only
# checks the marker. Needs root (debootstrap, chroot). scripts/run-python.sh runs files on it.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${INTERVIEW_COACH_CACHE:-$HOME/.cache/interview-coach}"
SID_ROOT="$CACHE_DIR/python-sid"
SID_MARKER="$SID_ROOT/.interview-coach-complete"
LIST_FILE="$REPO_ROOT/scripts/python-packages.list"

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# The Debian mirror apt already uses (deb822 .sources files or one-line .list files).
debian_mirror() {
  local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list)
  local uri
  uri="$(cat "${files[@]}" 2>/dev/null | awk '
    /^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }
    /^deb / { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/ && $i !~ /security/) { print $i; exit } }
  ' | grep -m1 -E '/debian/?$' || true)"
  echo "${uri:-http://deb.debian.org/debian}"
}

# Leaves nothing mounted below the root, whatever happened (a build killed half-way included).
unmount_below() {
  local mnt
  for mnt in $(awk -v r="$SID_ROOT/" 'index($2, r) == 1 { print $2 }' /proc/self/mounts | sort -r); do
    "${SUDO[@]}" umount -l "$mnt" || true
  done
}

start="$(now)"
if [ -f "$SID_MARKER" ] && [ -x "$SID_ROOT/usr/bin/python3" ]; then
  echo "[python-stacks] current (Debian sid): present in $SID_ROOT ($(elapsed "$start") s)"
  exit 0
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  echo "[python-stacks] installing debootstrap"
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

mirror="$(debian_mirror)"
echo "[python-stacks] building Debian sid into $SID_ROOT from $mirror"
unmount_below
"${SUDO[@]}" rm -rf "$SID_ROOT"
mkdir -p "$CACHE_DIR"
step="$(now)"
"${SUDO[@]}" debootstrap --variant=minbase sid "$SID_ROOT" "$mirror" >"$CACHE_DIR/python-sid-debootstrap.log" 2>&1 || {
  tail -30 "$CACHE_DIR/python-sid-debootstrap.log" >&2
  echo "[python-stacks] ERROR: debootstrap failed (log: $CACHE_DIR/python-sid-debootstrap.log)" >&2
  exit 1
}
echo "[python-stacks] debootstrap: $(elapsed "$step") s"

# debootstrap's resolver cannot pick virtual packages (python3-cffi-backend-api-*): use apt inside.
step="$(now)"
mapfile -t packages < <(grep -v -E '^\s*(#|$)' "$LIST_FILE")
"${SUDO[@]}" cp /etc/resolv.conf "$SID_ROOT/etc/resolv.conf"
# Services must not start inside the root while it is being built.
printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$SID_ROOT/usr/sbin/policy-rc.d" >/dev/null
"${SUDO[@]}" chmod +x "$SID_ROOT/usr/sbin/policy-rc.d"
"${SUDO[@]}" chroot "$SID_ROOT" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 \
  apt-get install -y -q --no-install-recommends "${packages[@]}" >"$CACHE_DIR/python-sid-apt.log" 2>&1 || {
  tail -30 "$CACHE_DIR/python-sid-apt.log" >&2
  echo "[python-stacks] ERROR: apt-get install in the sid root failed (log: $CACHE_DIR/python-sid-apt.log)" >&2
  unmount_below
  exit 1
}
"${SUDO[@]}" chroot "$SID_ROOT" apt-get clean
"${SUDO[@]}" rm -rf "$SID_ROOT/var/lib/apt/lists/"* "$SID_ROOT/var/cache/apt/"*.bin
unmount_below
echo "[python-stacks] packages (${#packages[@]}): $(elapsed "$step") s"

"${SUDO[@]}" chroot "$SID_ROOT" python3 -c 'import django, fastapi, jwt, rest_framework, flask, redis, django_redis, pydantic, uvicorn, httpx' || {
  echo "[python-stacks] ERROR: the sid root cannot import its packages" >&2
  exit 1
}
date -u +%Y-%m-%dT%H:%M:%SZ | "${SUDO[@]}" tee "$SID_MARKER" >/dev/null
echo "[python-stacks] current (Debian sid): built in $(elapsed "$start") s, $("${SUDO[@]}" du -sh "$SID_ROOT" | cut -f1)"
