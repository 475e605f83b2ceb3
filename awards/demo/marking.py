"""Stand-ins for the EU-funds marking logos (data/marking.yaml), painted with Pillow.

The EU emblem and the white-and-red flag are drawn from their geometric
descriptions; the programme logos are labelled placeholders. They show where
the strip goes and in which order; a real deployment uploads the official
files from the programme's visual-identity book instead (docs/seo.md).
Same size and format as the demo photos.
"""

import io
import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from . import reading
from .photos import HEIGHT, JPEG_QUALITY, WIDTH

EU_BLUE = (0, 51, 153)
EU_YELLOW = (255, 204, 0)
POLISH_RED = (220, 20, 60)
PROGRAMME_BLUE = (0, 35, 149)


def _star(draw, centre, radius, colour):
    cx, cy = centre
    points = []
    for n in range(10):
        r = radius if n % 2 == 0 else radius * 0.382
        angle = -math.pi / 2 + n * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=colour)


def _eu_emblem():
    canvas = Image.new("RGB", (WIDTH, HEIGHT), EU_BLUE)
    draw = ImageDraw.Draw(canvas)
    # Twelve stars on a circle whose radius is a third of the height, each
    # star's radius an eighteenth of it (the emblem's geometric description).
    for n in range(12):
        angle = n * math.pi / 6
        centre = (
            WIDTH / 2 + HEIGHT / 3 * math.sin(angle),
            HEIGHT / 2 - HEIGHT / 3 * math.cos(angle),
        )
        _star(draw, centre, HEIGHT / 18, EU_YELLOW)
    return canvas


def _poland_flag():
    canvas = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, HEIGHT // 2, WIDTH, HEIGHT), fill=POLISH_RED)
    draw.rectangle((0, 0, WIDTH - 1, HEIGHT - 1), outline=(200, 200, 200), width=6)
    return canvas


def _labelled(label):
    canvas = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=150)
    draw.multiline_text(
        (WIDTH / 2, HEIGHT / 2),
        label.replace(" ", "\n"),
        fill=PROGRAMME_BLUE,
        font=font,
        anchor="mm",
        align="center",
    )
    return canvas


@lru_cache(maxsize=8)
def render_jpeg(setting):
    spec = next(mark for mark in reading.marking().marks if mark.setting == setting)
    if setting == "eu_emblem":
        picture = _eu_emblem()
    elif setting == "poland_flag":
        picture = _poland_flag()
    else:
        picture = _labelled(spec.label)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()
