import datetime
import io
import json
import shutil
import struct
import subprocess
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import override_settings
from PIL import Image
from wagtail.models import Locale, Page

from awards.factories import CentrePageFactory, GalleryPageFactory, GalleryPhotoFactory
from awards.models import GalleryPage
from awards.roles import REVIEWERS
from home.factories import NetworkImageFactory

GPS = {1: "N", 2: (52.0, 13.0, 30.0), 3: "E", 4: (21.0, 0.0, 1.0)}
CONSENT = {
    "nobody_identifiable": False,
    "consent_given_by": "Anna Kowalska (matka)",
    "consent_scope": "website",
    "consent_given_on": datetime.date(2025, 3, 1),
}


def photo_bytes(fmt="JPEG", size=(1200, 800), orientation=6, gps=True):
    """A real photo as a phone writes it: rotated by EXIF, with GPS and the device."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "Telefon"  # Make
    exif[0x0110] = "Model X"  # Model
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = GPS
    output = io.BytesIO()
    image.save(output, fmt, exif=exif.tobytes())
    return output.getvalue()


def png_bomb(width=100_000, height=100_000):
    """A 1×1 PNG whose header says it has ``width × height`` pixels: tiny on disk."""
    output = io.BytesIO()
    Image.new("L", (1, 1)).save(output, "PNG")
    data = bytearray(output.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


EXIFTOOL = shutil.which("exiftool")


def exif_tags(path):
    """Every metadata tag exiftool finds in a file (EXIF, XMP, IPTC, …), as a dict."""
    assert EXIFTOOL, "exiftool is missing: scripts/install-system-packages.sh installs it"
    result = subprocess.run(  # noqa: S603 - a fixed program on a file the test wrote
        [EXIFTOOL, "-json", "-a", "-G1", str(path)],
        capture_output=True,
        check=True,
        text=True,
    )
    return json.loads(result.stdout)[0]


def location_or_device_tags(path):
    return {
        key: value
        for key, value in exif_tags(path).items()
        if key.startswith(("GPS", "EXIF:GPS"))
        or "GPS" in key
        or key.endswith((":Make", ":Model", ":Orientation"))
    }


def stored_files():
    root = Path(settings.PHOTOS_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.fixture(autouse=True)
def fresh_caches():
    """Wagtail caches renditions by image id, and ids repeat once a test's rows are rolled back."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def centre(home_page):
    return CentrePageFactory(parent=home_page, title="GOPS Domanice", slug="gops-domanice")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.com", "x")


@pytest.fixture
def reviewer(django_user_model):
    user = django_user_model.objects.create_user("recenzent", "r@example.com", "x")
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def consented_image(**fields):
    return NetworkImageFactory(**{**CONSENT, **fields})


def draft_gallery(centre, images, title="Gala w Warszawie"):
    """A gallery that has never been published, with a revision to publish."""
    gallery = GalleryPageFactory(parent=centre, title=title, live=False)
    for image in images:
        GalleryPhotoFactory(page=gallery, image=image, caption=f"Zdjęcie {image.title}")
    gallery = GalleryPage.objects.get(pk=gallery.pk)
    gallery.save_revision()
    return gallery


@pytest.fixture
def front_end_cache():
    """A real HTTP server standing in for Varnish: it records every PURGE it receives."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append(f"http://{self.headers['Host']}{self.path}")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
    }
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend}):
        yield purged
    server.shutdown()
    server.server_close()


def publish_in(page, language_code):
    """Publish the draft translation the locale trees made of ``page`` and its ancestors."""
    locale = Locale.objects.get(language_code=language_code)
    for ancestor in [*page.get_ancestors().filter(depth__gt=1), page]:
        translation = ancestor.get_translation(locale)
        if not translation.live:
            translation.get_latest_revision().publish()
    return Page.objects.get(pk=page.get_translation(locale).pk).specific
