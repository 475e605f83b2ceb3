"""Stand-in photos for the demo network, painted with Pillow.

Every picture is a soft gradient with a few blurred circles, decided entirely
by its key (the image title), so the same key always gives the same picture
and the same alt text. The pictures are honest placeholders: the alt text
describes what is really in them, and the credit says they are demo graphics,
so no real centre's archive is credited with a picture it never took.
"""

import datetime
import io
import random
import zlib
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 1067
# Painted small and scaled up: the blur is cheap and the result is soft.
SKETCH_WIDTH, SKETCH_HEIGHT = 240, 160
JPEG_QUALITY = 84

# The consent record every demo photo carries, as a real centre's photo of its
# clients would: who agreed, to what, since when and until when. (The pictures
# show nobody, but the demo shows the record an editor keeps.)
DEMO_CONSENT = {
    "nobody_identifiable": False,
    "consent_given_by": "osoby widoczne na zdjęciu (pisemne zgody w dokumentacji ośrodka)",
    "consent_scope": "website",
    "consent_given_on": datetime.date(2024, 1, 15),
    "consent_valid_until": None,
}


@dataclass(frozen=True)
class Palette:
    description: str  # how the gradient looks, in Polish, for the alt text
    top: tuple[int, int, int]
    bottom: tuple[int, int, int]
    shapes: tuple[tuple[int, int, int], ...]


PALETTES = (
    Palette(
        "łagodny gradient od jasnej zieleni do błękitu",
        (201, 230, 196),
        (142, 190, 222),
        ((255, 255, 255), (246, 224, 136), (120, 176, 120)),
    ),
    Palette(
        "ciepły gradient od brzoskwiniowego do różowego",
        (252, 214, 176),
        (232, 160, 170),
        ((255, 244, 220), (214, 110, 90), (250, 200, 120)),
    ),
    Palette(
        "spokojny gradient od granatu do szarego błękitu",
        (52, 74, 120),
        (150, 172, 196),
        ((236, 240, 250), (120, 150, 210), (250, 214, 120)),
    ),
    Palette(
        "jesienny gradient od złocistego do rudego",
        (244, 208, 120),
        (186, 104, 60),
        ((255, 236, 180), (140, 70, 40), (230, 160, 80)),
    ),
    Palette(
        "chłodny gradient od mięty do turkusu",
        (210, 242, 228),
        (70, 160, 160),
        ((255, 255, 255), (40, 120, 130), (170, 220, 200)),
    ),
    Palette(
        "wieczorny gradient od fioletu do lawendy",
        (94, 72, 140),
        (206, 190, 230),
        ((255, 230, 240), (160, 120, 200), (250, 200, 160)),
    ),
)

# "with N circles" in the instrumental case.
CIRCLES_INSTRUMENTAL = {3: "trzema", 4: "czterema", 5: "pięcioma", 6: "sześcioma"}


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
        palette = PALETTES[rng.randrange(len(PALETTES))]
        count = rng.randint(3, 6)
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
        circles = CIRCLES_INSTRUMENTAL[len(self.circles)]
        return (
            f"Grafika demonstracyjna: {self.palette.description} "
            f"z {circles} rozmytymi, półprzezroczystymi kołami."
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
