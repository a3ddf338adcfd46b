#!/usr/bin/env bash
# The Debian 13 lane: builds and tests Stackdeck with Qt 6.8 + KF6 SyntaxHighlighting in a cached trixie
# chroot (recipe: ../shared/facts/debian13-lane.md). Usage: packaging/debian13-lane.sh [--prepare-only]
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${STACKDECK_DEBIAN13_CACHE:-/var/cache/stackdeck}
ROOT=$CACHE/debian13
SUITE=trixie
say() { echo "debian13-lane: $*"; }

if [ "$(id -u)" != 0 ]; then
    say "needs root (debootstrap, chroot and mount); run it as root or with sudo"
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive

# The same mirror apt already uses, so nothing new is reached and the host's apt sources stay untouched.
mirror() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $2 !~ /security/ {print ($2 ~ /^\[/ ? $3 : $2); exit}' /etc/apt/sources.list)
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

mkdir -p "$CACHE"
# One lane at a time per machine: a second run waits instead of mounting over the first.
exec 9>"$CACHE/debian13.lock"
flock 9

MOUNTS=()
cleanup() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -R "${MOUNTS[$i]}" 2>/dev/null || umount -lR "${MOUNTS[$i]}" 2>/dev/null || true
    done
    MOUNTS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_into() { # mount_into TARGET mount-args...
    local target=$1; shift
    mkdir -p "$target"
    mountpoint -q "$target" || mount "$@" "$target"
    MOUNTS+=("$target")
}

if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap on the host"
    apt-get update -qq </dev/null
    apt-get install -y -qq --no-install-recommends debootstrap </dev/null >/dev/null
fi

if [ ! -f "$ROOT/.stackdeck-debootstrap-done" ]; then
    MIRROR=$(mirror)
    say "creating the Debian 13 chroot in $ROOT from $MIRROR (about 40 s)"
    rm -rf "$ROOT"
    debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
        || { say "debootstrap failed; see $CACHE/debootstrap.log"; tail -20 "$CACHE/debootstrap.log"; exit 1; }
    touch "$ROOT/.stackdeck-debootstrap-done"
else
    say "reusing the cached chroot $ROOT"
fi

# Services installed in the chroot must never start.
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

mount_into "$ROOT/proc" -t proc proc
mount_into "$ROOT/sys" -t sysfs sys
mount_into "$ROOT/dev" --rbind /dev
mount --make-rslave "$ROOT/dev"

PACKAGES=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$SRC/packaging/debian13-packages.txt" | grep -v '^$' | sort -u | tr '\n' ' ')
STAMP=$(echo "$PACKAGES" | sha256sum | cut -c1-16)
if [ ! -f "$ROOT/.stackdeck-packages-$STAMP" ]; then
    say "installing the build packages in the chroot (about 80 s): $PACKAGES"
    chroot "$ROOT" apt-get update -qq </dev/null
    # shellcheck disable=SC2086 # the list is meant to split into words
    chroot "$ROOT" apt-get install -y -qq --no-install-recommends $PACKAGES </dev/null >"$CACHE/apt.log" 2>&1 \
        || { say "package install failed; see $CACHE/apt.log"; tail -20 "$CACHE/apt.log"; exit 1; }
    chroot "$ROOT" apt-get clean
    rm -f "$ROOT"/.stackdeck-packages-*
    touch "$ROOT/.stackdeck-packages-$STAMP"
else
    say "chroot packages already installed"
fi

if [ "${1:-}" = "--prepare-only" ]; then
    say "chroot ready"
    exit 0
fi

# The checkout is seen at /src; the build directory stays inside the chroot (nothing root-owned in the checkout).
# A run that was killed may have left another checkout bound there: never build that one.
for stale in "$ROOT/shared" "$ROOT/src"; do
    mountpoint -q "$stale" && { say "unmounting a leftover mount at $stale"; umount -l "$stale"; }
done
mount_into "$ROOT/src" --bind "$SRC"
# ../shared sits beside the checkout at /shared, so tests that read it run instead of skipping.
if [ -d "$SRC/../shared" ]; then
    mount_into "$ROOT/shared" --bind "$SRC/../shared"
    mount -o remount,bind,ro "$ROOT/shared" 2>/dev/null || true
fi

JOBS=${STACKDECK_JOBS:-$(nproc)}
# No optimisation by default: this lane proves Qt 6.8 + KF6 build and pass, the native lane measures speed.
BUILD_TYPE=${STACKDECK_DEBIAN13_BUILD_TYPE:-None}
say "configure, build and test with Qt 6.8 + KF6 SyntaxHighlighting (ctest without labels integration, benchmark)"
chroot "$ROOT" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen JOBS="$JOBS" BUILD_TYPE="$BUILD_TYPE" sh -ec '
    cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=$BUILD_TYPE -DSTACKDECK_BUILD_GUI=ON >/build-configure.log 2>&1 \
        || { cat /build-configure.log; exit 1; }
    if grep -q "^KF6SyntaxHighlighting_DIR:PATH=/" /build/CMakeCache.txt; then
        echo "debian13-lane: KF6 SyntaxHighlighting found: the UI builds with it"
    else
        echo "debian13-lane: KF6 SyntaxHighlighting NOT found"; exit 1
    fi
    cmake --build /build -j "$JOBS" -- -k 0
    ctest --test-dir /build --output-on-failure -LE "integration|benchmark" -j "$JOBS"
'
say "passed"
