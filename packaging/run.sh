#!/usr/bin/env bash
# Sets up, builds (release preset, Ninja) and runs the Stackdeck console.
# Usage: packaging/run.sh [stackdeck arguments]   (nothing: the bundled demo stack)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$SRC/build/release
say() { echo "run: $*"; }

"$SRC/packaging/setup-debian.sh"
cd "$SRC"
mkdir -p "$SRC/build"
say "configure (release preset) in $BUILD"
cmake --preset release >"$SRC/build/release-configure.log" 2>&1 \
    || { cat "$SRC/build/release-configure.log"; say "configure failed"; exit 1; }
say "build stackdeck"
cmake --build "$BUILD" --target stackdeck -j "$(nproc)"

APP=$BUILD/app/stackdeck
case "${1:-}" in
    check|set|values|status|logs)
        # Headless commands need no display.
        exec "$APP" "$@" ;;
esac
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    if [ -n "${STACKDECK_NO_XVFB:-}" ] || ! command -v xvfb-run >/dev/null; then
        say "no display (DISPLAY is unset): run this from a desktop session, or under a virtual X server:"
        say "  xvfb-run -a -s '-screen 0 1280x800x24' $APP $*"
        exit 1
    fi
    say "no display (DISPLAY is unset): starting the window on a virtual X server (xvfb-run), which nobody can see."
    say "to see it, run this from a desktop session (or ssh -X); Ctrl+C stops it; STACKDECK_NO_XVFB=1 skips this."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$APP" "$@"
fi
say "starting $APP $*"
exec "$APP" "$@"
