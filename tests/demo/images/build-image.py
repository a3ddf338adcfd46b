#!/usr/bin/env python3
"""Builds one Stackdeck test stand-in image with a single `docker import` (no Dockerfile steps).

The image is busybox-static with its applet links, plus what <folder>/image.conf lists:
  copy SRC DEST          copy a file or folder of tests/demo/images into the image (files starting "#!"
                         get mode 0755, others 0644, whatever git kept)
  passwd LINE / group LINE   append to /etc/passwd or /etc/group
  dir PATH UID:GID MODE  create (or re-own) a directory
  own PATH UID:GID       re-own PATH and everything under it
  link PATH TARGET       a symbolic link
  change INSTRUCTION     a Dockerfile instruction for `docker import --change` (ENV, USER, CMD, ...)
Ownership and modes are set in the tar stream, so no root and no container run are needed.
"""
import argparse
import io
import os
import subprocess
import sys
import tarfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


class Tree:
    """Path -> TarInfo (and file bytes), kept in insertion order; later entries replace earlier ones."""

    def __init__(self):
        self.entries = {}
        self.data = {}
        self.mtime = int(time.time())

    def _info(self, path, kind, mode, uid=0, gid=0):
        info = tarfile.TarInfo(path.lstrip("/") or ".")
        info.type = kind
        info.mode = mode
        info.uid, info.gid = uid, gid
        info.uname = info.gname = ""
        info.mtime = self.mtime
        return info

    def parents(self, path):
        parts = path.strip("/").split("/")[:-1]
        for i in range(1, len(parts) + 1):
            p = "/" + "/".join(parts[:i])
            if p not in self.entries:
                self.entries[p] = self._info(p, tarfile.DIRTYPE, 0o755)

    def dir(self, path, mode=0o755, uid=0, gid=0):
        self.parents(path)
        self.entries[path] = self._info(path, tarfile.DIRTYPE, mode, uid, gid)

    def file(self, path, data, mode=None, uid=0, gid=0):
        self.parents(path)
        if mode is None:
            mode = 0o755 if data.startswith(b"#!") else 0o644
        info = self._info(path, tarfile.REGTYPE, mode, uid, gid)
        info.size = len(data)
        self.entries[path] = info
        self.data[path] = data

    def link(self, path, target):
        self.parents(path)
        info = self._info(path, tarfile.SYMTYPE, 0o777)
        info.linkname = target
        self.entries[path] = info
        self.data.pop(path, None)

    def own(self, path, uid, gid, recursive):
        for p, info in self.entries.items():
            if p == path or (recursive and p.startswith(path.rstrip("/") + "/")):
                info.uid, info.gid = uid, gid

    def append(self, path, line):
        old = self.data.get(path, b"")
        self.file(path, old + line.encode() + b"\n", 0o644)

    def tar(self):
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as t:
            root = self._info("/", tarfile.DIRTYPE, 0o755)  # a 0700 root would lock out non-root users
            root.name = "."
            t.addfile(root)
            for p in sorted(self.entries):
                info = self.entries[p]
                t.addfile(info, io.BytesIO(self.data[p]) if info.isreg() else None)
        return out.getvalue()


def busybox_tree(busybox):
    tree = Tree()
    for d, mode in (("/bin", 0o755), ("/etc", 0o755), ("/tmp", 0o1777), ("/root", 0o700), ("/var/run", 0o755),
                    ("/usr/local/bin", 0o755), ("/dev", 0o755), ("/proc", 0o755), ("/sys", 0o755)):
        tree.dir(d, mode)
    with open(busybox, "rb") as f:
        tree.file("/bin/busybox", f.read(), 0o755)
    applets = subprocess.run([busybox, "--list-full"], check=True, capture_output=True, text=True).stdout.split()
    for applet in applets:
        if applet != "bin/busybox":
            tree.link("/" + applet, "/bin/busybox")
    tree.file("/etc/passwd", b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n", 0o644)
    tree.file("/etc/group", b"root:x:0:\nnogroup:x:65534:\n", 0o644)
    return tree


def ids(text):
    uid, _, gid = text.partition(":")
    return int(uid), int(gid or uid)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="folder under tests/demo/images holding image.conf")
    ap.add_argument("name", help="image name to tag, e.g. redis:7-alpine")
    ap.add_argument("--busybox", default="/bin/busybox")
    ap.add_argument("--label", action="append", default=[], help="KEY=VALUE, repeatable")
    args = ap.parse_args()

    tree = busybox_tree(args.busybox)
    changes = ["ENV PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
    conf = os.path.join(HERE, args.folder, "image.conf")
    with open(conf) as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            word, _, rest = line.partition(" ")
            rest = rest.strip()
            if word == "copy":
                src, dest = rest.split()
                base = os.path.join(HERE, src)
                if os.path.isfile(base):
                    with open(base, "rb") as g:
                        tree.file(dest, g.read())
                    continue
                for dirpath, dirnames, filenames in os.walk(base):
                    dirnames.sort()
                    rel = os.path.relpath(dirpath, base)
                    target_dir = os.path.normpath(os.path.join(dest, rel)) if rel != "." else dest
                    if target_dir not in ("/", ""):
                        tree.dir(target_dir)
                    for name in sorted(filenames):
                        with open(os.path.join(dirpath, name), "rb") as g:
                            tree.file(os.path.join(target_dir, name), g.read())
            elif word == "passwd":
                tree.append("/etc/passwd", rest)
            elif word == "group":
                tree.append("/etc/group", rest)
            elif word == "dir":
                path, owner, mode = rest.split()
                uid, gid = ids(owner)
                tree.dir(path, int(mode, 8), uid, gid)
            elif word == "own":
                path, owner = rest.split()
                uid, gid = ids(owner)
                tree.own(path, uid, gid, True)
            elif word == "link":
                path, target = rest.split()
                tree.link(path, target)
            elif word == "change":
                changes.append(rest)
            else:
                sys.exit(f"{conf}:{number}: unknown directive {word!r}")

    # docker import takes no STOPSIGNAL: a one-step build on top of the import sets it
    stop = [c for c in changes if c.split()[0].upper() == "STOPSIGNAL"]
    changes = [c for c in changes if c not in stop]
    command = ["docker", "import"]
    for change in changes:
        command += ["--change", change]
    for label in args.label:
        key, _, value = label.partition("=")
        command += ["--change", f"LABEL {key}=\"{value}\""]
    command += ["-", args.name]
    result = subprocess.run(command, input=tree.tar(), capture_output=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode(errors="replace"))
        return result.returncode
    if stop:
        imported = result.stdout.decode().strip()
        dockerfile = f"FROM {imported}\n{stop[-1]}\n".encode()
        result = subprocess.run(["docker", "build", "-q", "-t", args.name, "-"], input=dockerfile, capture_output=True,
                                env=dict(os.environ, DOCKER_BUILDKIT="0"))
        if result.returncode != 0:
            sys.stderr.write(result.stderr.decode(errors="replace"))
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
