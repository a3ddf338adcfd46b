#!/usr/bin/env bash
# Describes the machine in one line each, so benchmark figures in CI logs say where they came from.
set -euo pipefail
echo "host: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory, $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "host: $(g++ --version | head -1), cmake $(cmake --version | awk 'NR==1 {print $3}'), Qt $(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo '?')"
