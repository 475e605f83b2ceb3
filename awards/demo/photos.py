"""Stand-in photos for the demo network (data/photos.yaml), painted with Pillow.

Every picture is a soft gradient with a few blurred circles, decided entirely
by its key (the image title), so the same key always gives the same picture
and the same alt text. The pictures are honest placeholders: the alt text
describes what is really in them, and the credit says they are demo graphics,
so no real centre's archive is credited with a picture it never took.
"""

import io
import random
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache

from PIL import Image, ImageDraw, ImageFilter

from .fields import read_file
from .reading import DATA

WIDTH, HEIGHT = 1600, 1067
# Painted small and scaled up: the blur is cheap and the result is soft.
SKETCH_WIDTH, SKETCH_HEIGHT = 240, 160
JPEG_QUALITY = 84

PATH = DATA / "photos.yaml"
CIRCLE_COUNTS = range(3, 7)


@dataclass(frozen=True)
class Palette:
    description: str  # how the gradient looks, in Polish, for the alt text
    top: tuple[int, int, int]
    bottom: tuple[int, int, int]
    shapes: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class Settings:
    alt_text: str
    circles: dict  # number of circles -> the words for it
    consent: dict  # the consent fields of NetworkImage
    palettes: tuple[Palette, ...]


def _colour(field):
    values = [value.number() for value in field.items()]
    if len(values) != 3 or not all(0 <= value <= 255 for value in values):
        field.fail("expected a colour as [red, green, blue], each 0 to 255")
    return tuple(values)


@cache
def settings():
    """``data/photos.yaml``, checked."""
    root = read_file(PATH).mapping(required=("alt_text", "circles", "consent", "palettes"))
    circles = dict(root["circles"].mapping(required=CIRCLE_COUNTS).value)
    for count in CIRCLE_COUNTS:
        root["circles"][count].text()
    consent = root["consent"].mapping(
        required=("nobody_identifiable", "consent_given_by", "consent_scope", "consent_given_on"),
        optional=("consent_valid_until",),
    )
    consent["consent_given_on"].date()
    consent.get("consent_valid_until").date(optional=True)
    palettes = []
    for item in root["palettes"].items():
        item.mapping(required=("description", "top", "bottom", "shapes"))
        palettes.append(
            Palette(
                item["description"].text(),
                _colour(item["top"]),
                _colour(item["bottom"]),
                tuple(_colour(shape) for shape in item["shapes"].items()),
            )
        )
    if not palettes:
        root["palettes"].fail("expected at least one palette")
    return Settings(root["alt_text"].text(), circles, dict(consent.value), tuple(palettes))


def consent():
    """The consent record every demo photo carries (field name -> value)."""
    return settings().consent


@dataclass(frozen=True)
class Artwork:
    """Everything that decides one picture."""

    key: str
    palette: Palette
    diagonal: bool
    circles: tuple[tuple[float, float, float, int, int], ...]  # x, y, r, colour, alpha

    @classmethod
    def for_key(cls, key):
        rng = random.Random(zlib.crc32(key.encode("utf-8")))
        palettes = settings().palettes
        palette = palettes[rng.randrange(len(palettes))]
        count = rng.randint(CIRCLE_COUNTS[0], CIRCLE_COUNTS[-1])
        circles = tuple(
            (
                rng.uniform(0.05, 0.95),
                rng.uniform(0.1, 0.9),
                rng.uniform(0.08, 0.3),
                rng.randrange(len(palette.shapes)),
                rng.randint(90, 190),
            )
            for _ in range(count)
        )
        return cls(key=key, palette=palette, diagonal=rng.random() < 0.5, circles=circles)

    @property
    def alt_text(self):
        words = settings()
        return words.alt_text.format(
            palette=self.palette.description, circles=words.circles[len(self.circles)]
        )

    def paint(self):
        """Return the picture as a Pillow image of WIDTH × HEIGHT."""
        size = (SKETCH_WIDTH, SKETCH_HEIGHT)
        mask = Image.linear_gradient("L")
        if self.diagonal:
            mask = Image.blend(mask, mask.transpose(Image.Transpose.ROTATE_90), 0.5)
        mask = mask.resize(size, Image.Resampling.BILINEAR)
        canvas = Image.composite(
            Image.new("RGB", size, self.palette.bottom),
            Image.new("RGB", size, self.palette.top),
            mask,
        )
        for x, y, r, colour, alpha in self.circles:
            # Each circle is a blurred mask through which its colour shows:
            # blurring a transparent layer instead would darken the edges.
            cx, cy, radius = x * size[0], y * size[1], r * size[0]
            circle = Image.new("L", size, 0)
            ImageDraw.Draw(circle).ellipse(
                (cx - radius, cy - radius, cx + radius, cy + radius), fill=alpha
            )
            colour_layer = Image.new("RGB", size, self.palette.shapes[colour])
            canvas = Image.composite(
                colour_layer, canvas, circle.filter(ImageFilter.GaussianBlur(5))
            )
        canvas = canvas.filter(ImageFilter.GaussianBlur(1))
        return canvas.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC)


@lru_cache(maxsize=256)
def render_jpeg(key):
    """The JPEG bytes of the picture for ``key`` (cached: tests load the demo many times)."""
    buffer = io.BytesIO()
    Artwork.for_key(key).paint().save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def alt_text(key):
    return Artwork.for_key(key).alt_text
