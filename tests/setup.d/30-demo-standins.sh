#!/usr/bin/env bash
# Builds the labelled test stand-ins for every image the bundled demo stack names (tests/demo/images), so
# `docker-compose -f resources/demo/compose.yaml up` works without a registry. Runs after 20-docker.sh.
# Each image is one `docker import` of busybox-static plus the stand-in scripts (build-image.py).
# Idempotent: a fast no-op when every image carries the content hash of its sources (label below).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../demo/images" && pwd)
list=$src/images.txt
hash_label=org.stackdeck.standin.hash
say() { echo "[30-demo-standins] $*"; }

if ! docker version --format "{{.Server.Version}}" >/dev/null 2>&1; then
    say "no docker engine answers; run tests/setup.d/20-docker.sh first"
    exit 1
fi
busybox=$(command -v busybox || true)
if [ -z "$busybox" ] || ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'install ok installed'; then
    say "busybox-static is missing (tests/setup.d/20-docker.sh installs it)"
    exit 1
fi
if ! command -v python3 >/dev/null; then
    say "python3 is missing (docker-compose, which the demo needs, depends on it)"
    exit 1
fi

# Content hashes: the shared parts (common/, shims/, build-image.py, this script, busybox) and, per image,
# its own folder; an image is rebuilt only when its hash label differs.
tree_hash() { # FOLDER...: paths and bytes of every file under the folders of tests/demo/images
    (cd "$src" && find "$@" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}
shared=$( {
    tree_hash common shims build-image.py
    sha256sum <"$here/30-demo-standins.sh"
    sha256sum <"$busybox"
} | sha256sum | cut -c1-16)
image_hash() { { echo "$shared"; tree_hash "$1"; } | sha256sum | cut -c1-16; }

names=()
dirs=()
while read -r name dir _; do
    case $name in ''|'#'*) continue ;; esac
    names+=("$name")
    dirs+=("$dir")
done <"$list"

label_of() { docker image inspect --format "{{ index .Config.Labels \"$hash_label\" }}" "$1" 2>/dev/null || true; }

stale=()
hashes=()
for i in "${!names[@]}"; do
    hashes[$i]=$(image_hash "${dirs[$i]}")
    [ "$(label_of "${names[$i]}")" = "${hashes[$i]}" ] || stale+=("$i")
done
if [ ${#stale[@]} -eq 0 ]; then
    say "all ${#names[@]} demo stand-ins are current (shared content hash $shared)"
    exit 0
fi

busybox_id=$(docker image inspect --format '{{.Id}}' stackdeck/busybox:test 2>/dev/null || true)
built=0
for i in "${stale[@]}"; do
    name=${names[$i]}
    dir=${dirs[$i]}
    old=$(docker image inspect --format '{{.Id}}' "$name" 2>/dev/null || true)
    if [ -n "$old" ] && [ -z "$(label_of "$name")" ] && [ "$old" != "$busybox_id" ]; then
        # never replace an image that is not ours (a real one someone pulled or built)
        say "$name exists as another image ($old), not a stand-in; left alone (docker rmi $name to use the stand-in)"
        continue
    fi
    start=$SECONDS
    if ! python3 "$src/build-image.py" --busybox "$busybox" \
        --label "$hash_label=${hashes[$i]}" \
        --label "org.opencontainers.image.description=Stackdeck test stand-in, not the real $name" \
        "$dir" "$name"; then
        say "building $name from tests/demo/images/$dir failed"
        exit 1
    fi
    built=$((built + 1))
    say "built $name from tests/demo/images/$dir ($((SECONDS - start)) s)"
    if [ -n "$old" ] && [ "$old" != "$busybox_id" ]; then
        docker image rm "$old" >/dev/null 2>&1 || true   # the previous stand-in, unless a container still uses it
    fi
done
say "done: $built built, ${#names[@]} current (shared content hash $shared)"
