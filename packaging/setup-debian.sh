#!/usr/bin/env bash
# Installs every Debian package listed in packaging/debian-packages.txt that is missing. Idempotent,
# never prompts, works without stdin. Usage: packaging/setup-debian.sh
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LIST=$HERE/debian-packages.txt
say() { echo "setup: $*"; }
export DEBIAN_FRONTEND=noninteractive

mapfile -t WANTED < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$LIST" | grep -v '^$' | sort -u)
say "checking ${#WANTED[@]} packages from packaging/debian-packages.txt"

# One dpkg-query for the whole list: per-package calls take seconds on a busy machine.
declare -A INSTALLED=()
while read -r pkg status; do
    [ "$status" = "install ok installed" ] && INSTALLED[${pkg%%:*}]=1
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${WANTED[@]}" 2>/dev/null || true)
MISSING=()
for pkg in "${WANTED[@]}"; do
    [ -n "${INSTALLED[$pkg]:-}" ] || MISSING+=("$pkg")
done

if [ ${#MISSING[@]} -eq 0 ]; then
    say "all packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { say "missing ${MISSING[*]}; run this script as root to install them"; exit 1; }
    SUDO="sudo -n"
fi
say "missing: ${MISSING[*]}"
LOG=$(mktemp /tmp/stackdeck-setup.XXXXXX.log)
say "apt-get update (log: $LOG)"
$SUDO apt-get update -qq </dev/null >>"$LOG" 2>&1 || { tail -20 "$LOG"; say "apt-get update failed"; exit 1; }
say "apt-get install ${#MISSING[@]} packages (log: $LOG)"
$SUDO apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confdef \
    -o Dpkg::Options::=--force-confold "${MISSING[@]}" </dev/null >>"$LOG" 2>&1 \
    || { tail -20 "$LOG"; say "apt-get install failed"; exit 1; }
say "installed: ${MISSING[*]}"
