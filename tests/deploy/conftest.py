"""A real varnishd, started on a free loopback port in front of ``live_server``.

It runs the repository's VCL (deploy/varnish/default.vcl) with only the
backend port changed. Without varnishd these tests skip loudly, or fail when
``CI=true``.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from wagtail.models import Site

from tests.publishing import publish_marki_story

ROOT = Path(__file__).resolve().parent.parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"


def find_varnishd():
    found = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")
    if found:
        return found
    message = (
        "varnishd is not installed: the Varnish tests did NOT run "
        "(install Debian's `varnish`, see scripts/install-system-packages.sh)."
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    print(f"\n!!! {message}\n")  # noqa: T201 - loud on purpose
    pytest.skip(message)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Varnish:
    def __init__(self, varnishd, backend_port, workdir, default_ttl):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # A second door speaking the PROXY protocol, so that a test can knock
        # as a visitor from elsewhere (client.ip comes from the PROXY header).
        self.proxy_port = free_port()
        # The door for Django's purges (VARNISH_PURGE_URL), as scripts/serve-prod.sh opens it.
        self.purge_port = free_port()
        self.purge_url = f"http://127.0.0.1:{self.purge_port}"
        self.workdir = workdir
        vcl = workdir / "default.vcl"
        source = VCL.read_text()
        assert '.port = "8001";' in source
        vcl.write_text(source.replace('.port = "8001";', f'.port = "{backend_port}";'))
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                varnishd,
                "-F",
                "-a",
                f"127.0.0.1:{self.port}",
                "-a",
                f"127.0.0.1:{self.proxy_port},PROXY",
                "-a",
                f"purge=127.0.0.1:{self.purge_port}",
                "-f",
                str(vcl),
                "-n",
                str(workdir / "instance"),
                "-s",
                "malloc,32m",
                "-p",
                f"default_ttl={default_ttl}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"varnishd did not start: {self.process.stdout.read().decode()}")

    def request(self, path, method="GET", headers=None, base_url=None):
        """(status, headers, body) of a request through Varnish (or another door of it)."""
        request = urllib.request.Request(  # noqa: S310 - our own http://127.0.0.1 URL
            (base_url or self.url) + path, method=method, headers=headers or {}
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
        try:
            with opener.open(request, timeout=10) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def purge(self, path, headers=None):
        """(status, headers, body) of a PURGE through the purge door, as Django sends it."""
        headers = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        return self.request(path, method="PURGE", headers=headers, base_url=self.purge_url)

    def request_from(self, client_ip, path, method="GET", headers=None):
        """(status, raw response) of a request that Varnish sees coming from ``client_ip``."""
        lines = [
            f"PROXY TCP4 {client_ip} 127.0.0.1 40000 {self.port}",
            f"{method} {path} HTTP/1.1",
            f"Host: 127.0.0.1:{self.port}",
            "Connection: close",
            *(f"{name}: {value}" for name, value in (headers or {}).items()),
            "",
            "",
        ]
        with socket.create_connection(("127.0.0.1", self.proxy_port), timeout=10) as sock:
            sock.sendall("\r\n".join(lines).encode())
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        raw = b"".join(chunks).decode(errors="replace")
        return int(raw.split(" ", 2)[1]), raw

    def admin(self, *command):
        return subprocess.run(  # noqa: S603 - fixed arguments
            [
                shutil.which("varnishadm") or "/usr/bin/varnishadm",
                "-n",
                str(self.workdir / "instance"),
                *command,
            ],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def start_varnish(live_server):
    varnishd = find_varnishd()
    backend_port = live_server.url.rsplit(":", 1)[1]
    started = []

    def start(default_ttl=3600):
        # Readable by Varnish's own unprivileged users (pytest's tmp_path is not).
        workdir = Path(tempfile.mkdtemp(prefix="zawsze-varnish-"))
        workdir.chmod(0o755)
        varnish = Varnish(varnishd, backend_port, workdir, default_ttl)
        started.append(varnish)
        return varnish

    yield start
    for varnish in started:
        varnish.stop()
        shutil.rmtree(varnish.workdir, ignore_errors=True)


@pytest.fixture
def varnish(start_varnish):
    return start_varnish()


@pytest.fixture
def network(home_page, award_index):
    """A centre and its story, published in Polish and English."""
    return publish_marki_story(home_page, award_index)


@pytest.fixture
def served_by(network):
    """Make the network's Site the address Varnish answers on, as serve-prod does."""

    def serve(varnish):
        site = Site.objects.get(is_default_site=True)
        site.hostname, site.port = "127.0.0.1", varnish.port
        site.save()  # and Wagtail forgets the cached site root paths
        return network

    return serve


class PurgeRecorder(BaseHTTPRequestHandler):
    """A cache that only writes down what it is asked to purge."""

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        url = f"http://{self.headers['Host']}{self.path}"
        # A site-wide ban (caching/purge.py, ban_site) is written down as such.
        scope = self.headers.get("X-Purge-Scope")
        self.server.purged.add(f"{scope} ban of {url}" if scope else url)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purged(settings):
    """The URLs purged through Wagtail's HTTP backend (purges wait for the commit)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = set()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server.purged
    server.shutdown()
    server.server_close()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(execute=True):`` runs what waits for the commit at its end."""
    return django_capture_on_commit_callbacks
