#!/usr/bin/env bash
# Makes a Docker engine and the local busybox test images available to the integration tests.
# Idempotent; runs unattended (CI=true, no stdin). Installs packages only when run as root.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
image=stackdeck/busybox:test
images_list="$here/images.txt"
log=/var/log/stackdeck-dockerd.log
say() { echo "[20-docker] $*"; }

# 1. Packages: the engine, compose v1 and a static busybox to build the test image from.
missing=()
for pkg in docker.io docker-compose busybox-static; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "missing packages: ${missing[*]}; run: sudo apt-get install ${missing[*]}"
        exit 1
    fi
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" </dev/null \
        || { apt-get update </dev/null && apt-get install -y --no-install-recommends "${missing[@]}" </dev/null; }
else
    say "packages present: docker.io docker-compose busybox-static"
fi

# 2. Engine: start dockerd (vfs storage works in containers and CI) when none answers.
if docker info >/dev/null 2>&1; then
    say "docker engine answers ($(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?'))"
else
    if [ "$(id -u)" -ne 0 ]; then
        say "no docker engine answers and not root: start dockerd or join the docker group"
        exit 1
    fi
    say "starting dockerd --storage-driver=vfs (log: $log)"
    nohup dockerd --storage-driver=vfs >>"$log" 2>&1 </dev/null &
    for _ in $(seq 1 60); do
        docker info >/dev/null 2>&1 && break
        sleep 1
    done
    if ! docker info >/dev/null 2>&1; then
        say "dockerd did not answer within 60 s; last lines of $log:"
        tail -n 20 "$log" || true
        exit 1
    fi
    say "docker engine up"
fi

# 3. Test image: busybox-static and its applet links imported as a one-layer image (no registry needed).
if docker image inspect "$image" >/dev/null 2>&1; then
    say "image $image present"
else
    say "building $image with docker import"
    root=$(mktemp -d)
    chmod 755 "$root" # the image's / : mktemp makes it 0700, which locks out non-root users
    trap 'rm -rf "$root"' EXIT
    busybox=$(command -v busybox)
    mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/var/www" "$root/root"
    chmod 1777 "$root/tmp"
    cp "$busybox" "$root/bin/busybox"
    while read -r applet; do
        [ "$applet" = bin/busybox ] && continue
        mkdir -p "$root/$(dirname "$applet")"
        ln -sf /bin/busybox "$root/$applet"
    done < <("$root/bin/busybox" --list-full)
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
    tar -C "$root" -cf - . | docker import --change 'CMD ["sh"]' \
        --change 'ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin' - "$image" >/dev/null
    say "built $image"
fi

# 4. Public names: tag the test image under every name in images.txt, never over a different real image.
id=$(docker image inspect --format '{{.Id}}' "$image")
if [ -f "$images_list" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        name=${line%%#*}
        name=$(echo "$name" | tr -d '[:space:]')
        [ -z "$name" ] && continue
        current=$(docker image inspect --format '{{.Id}}' "$name" 2>/dev/null || true)
        if [ "$current" = "$id" ]; then
            say "$name -> $image already"
        elif [ -n "$current" ]; then
            say "$name exists as another image ($current); left alone"
        else
            docker tag "$image" "$name"
            say "tagged $name -> $image"
        fi
    done <"$images_list"
fi
say "done"
