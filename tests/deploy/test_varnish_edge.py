"""The public edge of the repository's VCL in a real varnishd: purges and request bodies.

Visitors reach Varnish through a TLS terminator on the same machine (nginx or
hitch), so they all arrive from loopback. ``tls_proxy`` stands in for it: a
thread that forwards bytes from its own loopback port to Varnish's public one.
"""

import contextlib
import socket
import threading
import time

import pytest

from caching import purge as cache_purge

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGE = "/pl/ops-marki/"


def _pipe(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class TLSProxy:
    """Forwards every connection to ``port``, as a local TLS terminator would."""

    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.target = port
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=_pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=_pipe, args=(upstream, client), daemon=True).start()

    def send(self, raw, timeout=5):
        """The status of the response to ``raw`` bytes, and how long it took."""
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            sock.sendall(raw)
            answer = b""
            while b"\r\n" not in answer and (chunk := sock.recv(65536)):
                answer += chunk
        return int(answer.split(b" ", 2)[1]), time.monotonic() - started

    def close(self):
        self.listener.close()


@pytest.fixture
def tls_proxy(varnish):
    proxy = TLSProxy(varnish.port)
    yield proxy
    proxy.close()


def request(method, path, host, headers=(), body=b""):
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", *headers, "Connection: close", "", ""]
    return "\r\n".join(lines).encode() + body


def test_a_purge_through_the_tls_proxy_is_refused_and_the_page_stays_cached(
    varnish, served_by, tls_proxy
):
    served_by(varnish)
    varnish.request(PAGE)
    assert varnish.request(PAGE)[1]["X-Cache"] == "HIT"
    host = f"127.0.0.1:{varnish.port}"

    status, _seconds = tls_proxy.send(request("PURGE", PAGE, host))
    site_ban, _seconds = tls_proxy.send(request("PURGE", "/", host, ["X-Purge-Scope: site"]))

    assert status == site_ban == 405
    assert varnish.request(PAGE)[1]["X-Cache"] == "HIT"


def test_djangos_own_purge_still_drops_the_page(varnish, served_by, settings, committed):
    """Through VARNISH_PURGE_URL: the purge door, as scripts/serve-prod.sh configures it."""
    served_by(varnish)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish.purge_url,
        }
    }
    varnish.request(PAGE)
    assert varnish.request(PAGE)[1]["X-Cache"] == "HIT"

    with committed(execute=True):
        cache_purge.purge([f"http://127.0.0.1:{varnish.port}{PAGE}"])

    assert varnish.request(PAGE)[1]["X-Cache"] == "MISS"


def test_a_200_mb_body_is_refused_with_413_before_it_is_sent(varnish, served_by, tls_proxy):
    served_by(varnish)
    host = f"127.0.0.1:{varnish.port}"
    huge = request(
        "POST",
        "/admin/images/multiple/add/",
        host,
        [f"Content-Length: {200 * 1024 * 1024}", "Content-Type: multipart/form-data; boundary=x"],
        body=b"--x\r\n",  # the rest never comes: Varnish must answer without waiting for it
    )

    status, seconds = tls_proxy.send(huge)

    assert status == 413
    assert seconds < 2


def test_a_body_without_a_length_is_refused(varnish, served_by, tls_proxy):
    served_by(varnish)
    chunked = request(
        "POST", "/pl/search/", f"127.0.0.1:{varnish.port}", ["Transfer-Encoding: chunked"]
    )

    status, _seconds = tls_proxy.send(chunked + b"3\r\nq=x\r\n")

    assert status == 411
