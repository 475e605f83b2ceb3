"""A loopback proxy that lets the Elasticsearch 9 client talk to osmem-server.

The official Elasticsearch client always sends versioned media types
(``application/vnd.elasticsearch+json; compatible-with=9``), which a real
Elasticsearch 9 accepts and osmem-server (an OpenSearch-compatible test
server) refuses with 406. This proxy rewrites only those two headers to the
plain types (``application/json``, ``application/x-ndjson``) and passes
everything else through unchanged, so the requests osmem answers are the
Elasticsearch 9 backend's own. Delete it when osmem accepts the versioned
types.
"""

import http.client
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

_VERSIONED = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)(;\s*compatible-with=\d+)?")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    upstream = None  # (host, port)

    def setup(self):
        super().setup()
        # Headers and body go out in two writes: without this, delayed ACKs add 40 ms a request.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):  # keep test output clean
        pass

    def _forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {}
        for name, value in self.headers.items():
            if name.lower() in ("host", "connection", "content-length"):
                continue
            if name.lower() in ("content-type", "accept"):
                value = _VERSIONED.sub(r"application/\1", value)
            headers[name] = value
        connection = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("connection", "content-length", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _forward


class Proxy:
    def __init__(self, upstream_url):
        target = urlparse(upstream_url)
        handler = type("Handler", (_Handler,), {"upstream": (target.hostname, target.port)})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
