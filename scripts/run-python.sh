#!/usr/bin/env bash
# Runs a Python file on one of the two proven stacks:
#   scripts/run-python.sh debian12 FILE [ARGS...]   Debian 12's /usr/bin/python3 and packages
#   scripts/run-python.sh current  FILE [ARGS...]   Debian unstable's, in the root python-stacks.sh builds
# Everything after the stack name goes to python3 (so `-S FILE` works too); the exit code is python's.
# For `current` the run happens in its own mount and PID namespaces: the working folder and every
# argument that names an existing path (or whose parent folder exists) are bind-mounted at the same
# absolute path inside the root, /proc and /dev/shm are fresh, and when python exits the kernel ends
# whatever it left running and drops every mount: nothing stays mounted or running afterwards.
set -euo pipefail

usage() { echo "usage: $0 debian12|current FILE [ARGS...]" >&2; exit 64; }
[ "$#" -ge 2 ] || usage
stack="$1"; shift

case "$stack" in
  debian12)
    exec /usr/bin/python3 "$@"
    ;;
  current) ;;
  *) usage ;;
esac

CACHE_DIR="${INTERVIEW_COACH_CACHE:-$HOME/.cache/interview-coach}"
SID_ROOT="$CACHE_DIR/python-sid"
if [ ! -f "$SID_ROOT/.interview-coach-complete" ]; then
  echo "$0: the 'current' stack is not built yet: run scripts/python-stacks.sh (or npm run setup)" >&2
  exit 69
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

# Folders to make visible inside the root, at the same paths.
binds=("$PWD")
for arg in "$@"; do
  case "$arg" in -*) continue ;; esac
  if [ -e "$arg" ]; then
    path="$(realpath "$arg")"
    [ -d "$path" ] || path="$(dirname "$path")"
    binds+=("$path")
  elif [[ "$arg" == */* ]] && [ -d "$(dirname "$arg")" ]; then
    binds+=("$(realpath "$(dirname "$arg")")")
  fi
done

# The namespace's first process: mounts, then runs python as its child (so python keeps the
# ordinary signal behaviour a PID-1 process would lose) and passes its exit code on.
inner='
set -eu
root="$1"; cwd="$2"; nbinds="$3"; shift 3
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/shm" && mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
i=0
while [ "$i" -lt "$nbinds" ]; do
  dir="$1"; shift; i=$((i + 1))
  case "$dir" in /|/proc|/proc/*|/sys|/sys/*|/dev|/dev/*) continue ;; esac
  mkdir -p "$root$dir" && mount --rbind "$dir" "$root$dir"
done
set +e
chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR=/tmp TERM="${TERM:-dumb}" \
  ${PYTHONDONTWRITEBYTECODE:+PYTHONDONTWRITEBYTECODE=1} ${PYTHONUNBUFFERED:+PYTHONUNBUFFERED=1} \
  /bin/sh -c "cd \"\$0\" && exec python3 \"\$@\"" "$cwd" "$@"
'
exec "${SUDO[@]}" unshare --mount --pid --fork --kill-child --propagation private \
  bash -c "$inner" run-python "$SID_ROOT" "$PWD" "${#binds[@]}" "${binds[@]}" "$@"
