#!/usr/bin/env bash
# Widget tests run offscreen and the screenshot path needs Xvfb: check both are there before ctest starts.
set -euo pipefail
plugins=$(find /usr/lib/*/qt6/plugins/platforms -name 'libqoffscreen.so' 2>/dev/null | head -1)
if [ -z "$plugins" ]; then
    echo "display: Qt's offscreen platform plugin is missing (install qt6-qpa-plugins / qt6-base-dev)"
    exit 1
fi
echo "display: offscreen platform plugin found ($plugins)"
if command -v xvfb-run >/dev/null && command -v xauth >/dev/null; then
    echo "display: xvfb-run available for tests that need a real X server"
else
    echo "display: xvfb-run or xauth missing (packaging/setup-debian.sh installs xvfb and xauth)"
    exit 1
fi
