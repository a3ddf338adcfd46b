#!/usr/bin/env bash
# Removes a demo stack that tests/demo/up.sh started: containers, networks and volumes (compose down -v),
# then anything still labelled with the project, and the demo folder when up.sh created it.
#   tests/demo/down.sh [PROJECT]      (default: stackdeck-e2e)
set -uo pipefail

project=${1:-stackdeck-e2e}
state=${TMPDIR:-/tmp}/stackdeck-demo-state/$project.state
say() { echo "down.sh: $*"; }
start=$SECONDS

if [ -f "$state" ]; then
    dir='' file='' owned=0 compose=''
    # shellcheck disable=SC1090
    . "$state"
    if [ "$compose" = docker ]; then cmd=(docker compose); else cmd=(docker-compose); fi
    if [ -f "$file" ] && [ -f "$dir/.env" ]; then
        if ! "${cmd[@]}" -p "$project" --env-file "$dir/.env" -f "$file" --project-directory "$dir" \
            down -v --remove-orphans --timeout 10 >"$dir/.down.log" 2>&1; then
            say "compose down reported a problem (the sweep below still runs):"
            sed 's/^/down.sh:   /' "$dir/.down.log"
        fi
    fi
else
    say "no state from up.sh for '$project'; removing what carries its compose label"
fi

# Sweep: whatever still carries the project's label (an interrupted up, a missing folder).
label=label=com.docker.compose.project=$project
left=$(docker ps -aq --filter "$label")
[ -n "$left" ] && docker rm -f $left >/dev/null
left=$(docker network ls -q --filter "$label")
[ -n "$left" ] && docker network rm $left >/dev/null
left=$(docker volume ls -q --filter "$label")
[ -n "$left" ] && docker volume rm -f $left >/dev/null

if [ -f "$state" ]; then
    if [ "$owned" = 1 ] && [ -n "$dir" ] && [ -d "$dir" ]; then
        rm -rf "$dir"
        say "removed the demo folder $dir"
    fi
    rm -f "$state"
fi
remaining=$(( $(docker ps -aq --filter "$label" | wc -l) + $(docker network ls -q --filter "$label" | wc -l) + $(docker volume ls -q --filter "$label" | wc -l) ))
if [ "$remaining" -ne 0 ]; then
    say "$remaining object(s) of '$project' could not be removed"
    exit 1
fi
say "project '$project' removed in $((SECONDS - start)) s"
