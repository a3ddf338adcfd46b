#!/usr/bin/env bash
# The clean-machine lane: packs stackdeck_<version>_<arch>.deb with CPack from a built tree, installs it with
# apt in a fresh minimal Debian 12 chroot (its dependencies come from dpkg-shlibdeps, nothing else is there),
# then runs `stackdeck --version`, `stackdeck check` on a small stack and starts the window offscreen.
# Usage: packaging/deb-lane.sh [BUILD_DIR]   (default build/release, what tests/run.sh builds)
# The pristine chroot is cached as a tarball in /var/cache/stackdeck (STACKDECK_DEB_CACHE), copied fresh
# for every run; downloaded .debs are kept there too, so a second run needs no download.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$(realpath -m "${1:-$SRC/build/release}")
CACHE=${STACKDECK_DEB_CACHE:-/var/cache/stackdeck}
SUITE=bookworm
# Bump when the pristine recipe below changes, so the cached tarball is rebuilt.
RECIPE=1
PRISTINE=$CACHE/debian12-minbase-r$RECIPE.tar
WORK=$CACHE/deb-lane
ROOT=$WORK/root
ARCHIVES=$WORK/apt-archives
APP_ID=io.github.stackdeck.Stackdeck
START=$SECONDS
# Every line carries the seconds since the start, so a slow step shows in the CI log.
say() { printf 'deb-lane: [%3d s] %s\n' $((SECONDS - START)) "$*"; }
FAILURES=0
pass() { say "PASS $*"; }
fail() { say "FAIL $*"; FAILURES=$((FAILURES + 1)); }

if [ "$(id -u)" != 0 ]; then
    say "needs root (debootstrap, chroot and mount); run it as root or with sudo"
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if [ ! -f "$BUILD/CPackConfig.cmake" ]; then
    say "no CPack configuration in $BUILD: configure and build first (cmake --preset release && cmake --build build/release)"
    exit 1
fi

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

mkdir -p "$CACHE" "$WORK" "$ARCHIVES"
# One lane at a time per machine: a second run waits instead of mounting over the first.
exec 9>"$CACHE/deb-lane.lock"
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

# Unmounts anything a killed run left under DIR (deepest first); fails if something stays mounted, so the
# rm -rf that follows can never reach the host's /dev or the apt cache through a bind mount.
unmount_under() {
    local dir=$1 target
    while read -r target; do
        say "unmounting a leftover mount at $target"
        umount -R "$target" 2>/dev/null || umount -lR "$target" 2>/dev/null || true
    done < <(findmnt -rn -o TARGET | awk -v d="$dir" 'index($0, d "/") == 1 || $0 == d' | sort -r)
    if findmnt -rn -o TARGET | awk -v d="$dir" 'index($0, d "/") == 1 || $0 == d' | grep -q .; then
        say "something is still mounted under $dir; not deleting it"
        return 1
    fi
}

# 1. The package, from the install rules (the binary must be up to date first).
say "building stackdeck in $BUILD"
cmake --build "$BUILD" --target stackdeck -j "${STACKDECK_JOBS:-$(nproc)}" >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log"; say "FAIL build (log: $WORK/build.log)"; exit 1; }
rm -f "$BUILD"/packages/stackdeck_*.deb
say "cpack -G DEB"
(cd "$BUILD" && cpack -G DEB) >"$WORK/cpack.log" 2>&1 \
    || { cat "$WORK/cpack.log"; say "FAIL cpack (log: $WORK/cpack.log)"; exit 1; }
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
DEB=$BUILD/packages/stackdeck_${VERSION}_$(dpkg --print-architecture).deb
if [ -f "$DEB" ]; then
    pass "cpack made $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"
else
    fail "cpack made no $DEB:"; ls -l "$BUILD/packages" || true
    exit 1
fi
dpkg-deb --field "$DEB" Package Version Architecture Section Installed-Size Depends Recommends | sed 's/^/  /'

# 2. A pristine Debian 12 (debootstrap minbase), cached as a tarball and unpacked fresh every run.
if [ ! -f "$PRISTINE" ]; then
    command -v debootstrap >/dev/null || { say "installing debootstrap on the host"; apt-get update -qq </dev/null;
                                          apt-get install -y -qq --no-install-recommends debootstrap </dev/null >/dev/null; }
    MIRROR=$(mirror)
    BOOT=$WORK/bootstrap
    unmount_under "$BOOT"
    rm -rf --one-file-system "$BOOT"
    mkdir -p "$BOOT"
    # Bootstrapped in RAM too: dpkg's syncs on a shared disk are most of debootstrap's time.
    if mount -t tmpfs -o size=2g,mode=0755 stackdeck-deb-lane-bootstrap "$BOOT"; then MOUNTS+=("$BOOT"); fi
    say "creating the pristine Debian 12 chroot from $MIRROR (one to three minutes, once)"
    debootstrap --variant=minbase "$SUITE" "$BOOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; say "FAIL debootstrap (log: $WORK/debootstrap.log)"; exit 1; }
    # A clean machine also gets its updates and security fixes: the host's own apt sources (the same mirrors).
    rm -f "$BOOT/etc/apt/sources.list"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        cp /etc/apt/sources.list.d/debian.sources "$BOOT/etc/apt/sources.list.d/"
    else
        cp /etc/apt/sources.list "$BOOT/etc/apt/sources.list"
    fi
    # Services installed in the chroot must never start.
    printf '#!/bin/sh\nexit 101\n' >"$BOOT/usr/sbin/policy-rc.d"
    chmod 755 "$BOOT/usr/sbin/policy-rc.d"
    chroot "$BOOT" apt-get clean
    tar -C "$BOOT" --numeric-owner -cf "$PRISTINE.tmp" .
    mv "$PRISTINE.tmp" "$PRISTINE"
    cleanup
    unmount_under "$BOOT"
    rm -rf --one-file-system "$BOOT"
    say "cached $PRISTINE ($(du -h "$PRISTINE" | cut -f1))"
else
    say "reusing the pristine chroot $PRISTINE"
fi

unmount_under "$ROOT"
rm -rf --one-file-system "$ROOT"
mkdir -p "$ROOT"
# The fresh copy lives in RAM (about 500 MB used): unpacking, dpkg's syncs and throwing it away cost no disk I/O.
ON_TMPFS=
if mount -t tmpfs -o size=3g,mode=0755 stackdeck-deb-lane "$ROOT"; then
    MOUNTS+=("$ROOT")
    ON_TMPFS=1
else
    say "no tmpfs for the chroot; unpacking it on disk"
fi
tar -C "$ROOT" --numeric-owner -xf "$PRISTINE"
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

mount_into "$ROOT/proc" -t proc proc
mount_into "$ROOT/sys" -t sysfs sys
mount_into "$ROOT/dev" --rbind /dev
mount --make-rslave "$ROOT/dev"
# Only a download cache: the chroot stays pristine, the same .debs are not fetched twice.
mount_into "$ROOT/var/cache/apt/archives" --bind "$ARCHIVES"

in_root() { # in_root COMMAND...: a clean environment, like a fresh login as root
    chroot "$ROOT" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 "$@"
}

# 3. apt installs the .deb and whatever its Depends name (no Recommends: the console must start without them).
cp "$DEB" "$ROOT/tmp/"
say "apt-get install ./$(basename "$DEB") in the clean chroot"
if ! in_root apt-get update -qq </dev/null >"$WORK/apt.log" 2>&1; then
    tail -20 "$WORK/apt.log"; fail "apt-get update in the chroot (log: $WORK/apt.log)"; exit 1
fi
if in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$(basename "$DEB")" </dev/null >>"$WORK/apt.log" 2>&1; then
    pass "apt-get install ./$(basename "$DEB") ($(grep -c '^Setting up' "$WORK/apt.log") packages set up)"
else
    tail -30 "$WORK/apt.log"; fail "apt-get install ./$(basename "$DEB") (log: $WORK/apt.log)"; exit 1
fi

# 4. Files in place.
for file in /usr/bin/stackdeck /usr/share/applications/$APP_ID.desktop /usr/share/metainfo/$APP_ID.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg \
            /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/$APP_ID.png; do
    if [ -f "$ROOT$file" ]; then pass "installed $file"; else fail "missing $file"; fi
done

# 5. The binary runs: --version, a headless check, and the window (offscreen) stays up until timeout stops it.
run_case() { # run_case NAME EXPECTED-STATUSES COMMAND...: PASS when the exit status is one of EXPECTED
    local name=$1 expected=$2 status=0; shift 2
    in_root "$@" </dev/null >"$WORK/out.txt" 2>"$WORK/err.txt" || status=$?
    if [[ " $expected " == *" $status "* ]]; then
        pass "$name (exit $status)"
    else
        fail "$name (exit $status, expected $expected)"
    fi
    sed -n '1,20s/^/  stdout: /p' "$WORK/out.txt"
    sed -n '1,30s/^/  stderr: /p' "$WORK/err.txt"
}

run_case "stackdeck --version" "0" stackdeck --version
if grep -q "$VERSION" "$WORK/out.txt" "$WORK/err.txt"; then pass "--version names $VERSION"; else fail "--version does not name $VERSION"; fi

# A small stack of our own: the demo is embedded in the binary, `check` needs a folder.
mkdir -p "$ROOT/root/stack"
cp "$SRC/tests/packaging/stack/compose.yaml" "$ROOT/root/stack/compose.yaml"
run_case "stackdeck check in /root/stack" "0" sh -c 'cd /root/stack && stackdeck check'
run_case "stackdeck check --format json" "0" stackdeck check -f /root/stack/compose.yaml --format json

# timeout's 124 means the window was still running after 5 s: it started. Anything else is a failure.
run_case "window starts offscreen on the demo stack" "124" env QT_QPA_PLATFORM=offscreen timeout 5 stackdeck
cp "$WORK/err.txt" "$WORK/err-demo.txt"
run_case "window starts offscreen on a stack folder (the desktop entry's Exec=stackdeck %f)" "124" \
    env QT_QPA_PLATFORM=offscreen timeout 5 stackdeck /root/stack
# A library or plugin loaded at run time (Qt plugins, Graphviz layouts) that the Depends missed shows up here.
if grep -qiE "cannot load library|could not (find|load) the qt platform plugin|not recognized|cannot open shared object" \
    "$WORK/err-demo.txt" "$WORK/err.txt"; then
    fail "the window's stderr names a missing library or plugin"
else
    pass "the window's stderr names no missing library or plugin"
fi

# 6. Removing leaves nothing of ours behind.
if in_root apt-get purge -y -qq stackdeck </dev/null >>"$WORK/apt.log" 2>&1 && [ ! -e "$ROOT/usr/bin/stackdeck" ] \
    && [ ! -e "$ROOT/usr/share/applications/$APP_ID.desktop" ]; then
    pass "apt-get purge stackdeck removes the binary and the desktop entry"
else
    fail "apt-get purge stackdeck"
fi

say "du of the installed chroot: $(du -sxh "$ROOT" | cut -f1)"
cleanup
if [ $FAILURES -gt 0 ]; then
    say "FAILED: $FAILURES check(s); logs in $WORK${ON_TMPFS:+ (the chroot was in RAM and is gone: rerun to look inside)}"
    [ -n "$ON_TMPFS" ] || say "the chroot is kept in $ROOT"
    exit 1
fi
unmount_under "$ROOT" && rm -rf --one-file-system "$ROOT"
say "passed: $(basename "$DEB") installs and starts on a clean Debian 12"
