"""Photo benchmark: rendition time per photo, bytes per photo, weight of a gallery page.

Makes N photo-like JPEGs (the demo's painted pictures with sensor-like noise,
1600 × 1067, quality 90, as a phone or camera export would be), puts them in a
gallery, makes every rendition the page needs (exactly what publishing does,
``photos/renditions.py``) and times it per photo, then publishes the gallery
and fetches it through the Django test client as an anonymous visitor.

    .venv/bin/python bench/images.py               # 24 photos
    .venv/bin/python bench/images.py --photos 48

It prints:

- rendition time per photo (median and slowest), and per format;
- bytes per photo: the original JPEG against each rendition the page serves;
- the transferred weight of the gallery page: HTML plus the thumbnails a
  browser fetches (AVIF, WebP or JPEG; 400 px wide for a desktop at 1×, 800 px
  at 2×), first for the first row (the rest load lazily) and then scrolled to
  the end. Static CSS and JavaScript are not counted.

Figures only: nothing here passes or fails. The database is SQLite in a
temporary directory (see bench/pages.py for PostgreSQL).
"""

import argparse
import io
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pages import create_database, positive_int, set_up_django

PHOTO_SIZE = (1600, 1067)
JPEG_QUALITY = 90


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=positive_int, default=24, help="photos (default 24)")
    return parser.parse_args(argv)


def photo_like_jpeg(title):
    """The demo's painting of ``title`` with detail at every scale, so it compresses like a photo.

    Noise at 1/40, 1/8 and full size stands in for objects, textures and sensor
    grain; a thumbnail keeps the coarser two, as it would of a real photo.
    """
    from PIL import Image

    from awards.demo.photos import render_jpeg

    photo = Image.open(io.BytesIO(render_jpeg(title))).convert("RGB").resize(PHOTO_SIZE)
    width, height = PHOTO_SIZE
    for divisor, weight in ((40, 0.25), (8, 0.2), (1, 0.1)):
        size = (width // divisor, height // divisor)
        noise = Image.merge("RGB", [Image.effect_noise(size, 60) for _ in range(3)])
        photo = Image.blend(photo, noise.resize(PHOTO_SIZE, Image.Resampling.BICUBIC), weight)
    output = io.BytesIO()
    photo.save(output, "JPEG", quality=JPEG_QUALITY)
    return output.getvalue()


def kib(n):
    return f"{n / 1024:,.1f} KiB"


def build_gallery(count):
    import datetime

    from django.core.files.images import ImageFile
    from wagtail.models import Page, Site

    from awards.factories import CentrePageFactory, GalleryPageFactory
    from awards.models import GalleryPage, GalleryPhoto
    from home.factories import NetworkHomePageFactory
    from home.models import NetworkImage

    root = Page.get_first_root_node()
    root.get_children().delete()
    home = NetworkHomePageFactory(parent=root, slug="zawsze-pomocni")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    centre = CentrePageFactory(parent=home, title="GOPS Domanice", slug="gops-domanice")
    gallery = GalleryPageFactory(parent=centre, title="Gala", slug="gala", live=False)
    originals = {}
    for n in range(count):
        data = photo_like_jpeg(f"bench {n}")
        image = NetworkImage(
            title=f"Zdjęcie {n}",
            description=f"Uczestnicy gali, zdjęcie {n}",
            credit="Bench",
            nobody_identifiable=False,
            consent_given_by="uczestnicy",
            consent_scope="website",
            consent_given_on=datetime.date(2025, 1, 1),
        )
        image.file = ImageFile(io.BytesIO(data), name=f"bench-{n}.jpg")
        image.save()
        originals[image.pk] = len(data)
        GalleryPhoto.objects.create(page=gallery, image=image, caption=f"Zdjęcie {n}")
    gallery = GalleryPage.objects.get(pk=gallery.pk)
    return gallery, originals


def time_renditions(gallery):
    """Seconds per photo to make what publishing makes, in total and by format."""
    from photos.renditions import roles_for_field, specs_for

    per_photo = []
    for photo in gallery.photos.select_related("image"):
        image = photo.image
        specs = sorted(
            {s for role in roles_for_field("photos.item.image") for s in specs_for(image, role)}
        )
        started = time.perf_counter()
        image.get_renditions(*specs)  # as the page_published handler does
        per_photo.append(time.perf_counter() - started)
    return per_photo, specs


def run(args, tmpdir):
    set_up_django(tmpdir)
    create_database(tmpdir)
    from django.test import Client

    gallery, originals = build_gallery(args.photos)
    per_photo, specs = time_renditions(gallery)
    photos = len(per_photo)

    print(f"{photos} photos, {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]} JPEG q{JPEG_QUALITY}")
    print(f"renditions per photo: {len(specs)} ({', '.join(specs)})")
    print(
        f"rendition time per photo: median {statistics.median(per_photo) * 1000:.0f} ms, "
        f"slowest {max(per_photo) * 1000:.0f} ms"
    )

    from home.models import NetworkImage

    print("\nbytes per photo (mean), against the original JPEG:")
    original = statistics.mean(originals.values())
    print(f"  original JPEG        {kib(original):>12}  100 %")
    by_spec = {}
    for image in NetworkImage.objects.filter(pk__in=originals):
        for rendition in image.renditions.all():
            by_spec.setdefault(rendition.filter_spec, []).append(rendition.file.size)
    for spec, sizes in sorted(by_spec.items()):
        size = statistics.mean(sizes)
        print(f"  {spec:32} {kib(size):>12} {size / original * 100:5.1f} %")

    gallery.save_revision().publish()
    gallery.refresh_from_db()
    client = Client(HTTP_HOST="localhost")
    response = client.get(gallery.url, follow=True)
    if response.status_code != 200:
        raise RuntimeError(f"the gallery answered {response.status_code}")
    html = response.content.decode()
    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)
    print(f"\ngallery page: {len(pictures)} photos, HTML {kib(len(response.content))}")
    for fmt, width in [("avif", 400), ("avif", 800), ("webp", 400), ("jpeg", 400)]:
        extension = ".jpg" if fmt == "jpeg" else f".{fmt}"
        urls = [
            url
            for picture in pictures
            for url, candidate_width in re.findall(r"(/photos/images/\S+) (\d+)w", picture)
            if url.endswith(extension) and int(candidate_width) == width
        ]
        sizes = []
        for url in urls:
            file = client.get(url)
            sizes.append(sum(len(chunk) for chunk in file.streaming_content))
        first_row = len(response.content) + sum(sizes[:4])
        everything = len(response.content) + sum(sizes)
        print(
            f"  {fmt:5} {width:4} px: first row {kib(first_row):>10}, "
            f"scrolled to the end {kib(everything):>10} ({len(sizes)} photos)"
        )
    return False


def main(argv=None):
    args = parse_args(argv)
    tmpdir = Path(tempfile.mkdtemp(prefix="zawsze-bench-images-"))
    try:
        run(args, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
