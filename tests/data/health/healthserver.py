#!/usr/bin/env python3
"""Test HTTP server for the health probe tests (loopback only, standard library only).

Prints "http=PORT raw=PORT" on stdout once both listeners are up, then serves until killed.
Routes:
  /file/<relative path under this folder>?status=N&type=T   the file's bytes with status N (200)
  /slow      accepts the request and never answers
  /huge      200 with a 64 MiB body
  /status/N  status N with an empty body
The raw port answers every connection with bytes that are not HTTP, then closes it.
"""
import os
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.abspath(__file__))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # keep test output readable
        pass

    def send(self, status, body, ctype="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path.startswith("/file/"):
            rel = os.path.normpath(url.path[len("/file/"):])
            path = os.path.join(ROOT, rel)
            if rel.startswith("..") or not os.path.isfile(path):
                return self.send(404, b'{"error": "no such fixture"}')
            with open(path, "rb") as f:
                body = f.read()
            status = int(query.get("status", ["200"])[0])
            ctype = query.get("type", ["application/json; charset=UTF-8"])[0]
            return self.send(status, body, ctype)
        if url.path == "/slow":
            time.sleep(3600)
            return None
        if url.path == "/huge":
            size = 64 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"x" * 65536
            try:
                for _ in range(size // len(chunk)):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the probe hung up once it had enough
            return None
        if url.path.startswith("/status/"):
            return self.send(int(url.path.rsplit("/", 1)[1]), b"", "text/plain")
        return self.send(404, b"not found", "text/plain")


def raw_garbage(listener):
    while True:
        conn, _ = listener.accept()
        try:
            conn.recv(4096)
            conn.sendall(b"\x00\x01\x02 this is not HTTP at all \xff\xfe\r\n\r\n")
        except OSError:
            pass
        finally:
            conn.close()


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    raw.bind(("127.0.0.1", 0))
    raw.listen(16)
    threading.Thread(target=raw_garbage, args=(raw,), daemon=True).start()
    print(f"http={server.server_address[1]} raw={raw.getsockname()[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
