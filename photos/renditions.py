"""Every rendition the public templates use, in one place.

The templates ask for a photo by role (``{% photo image "card" %}``,
``{% photo_url image "large" %}``) and the ``page_published`` handler
pre-renders the same specs for every photo of the page it publishes, so no
visitor waits for a rendition to be made.
"""

from dataclasses import dataclass

MODERN = ("avif", "webp", "jpeg")


@dataclass(frozen=True)
class Role:
    """Rendition sizes by how big the original is: the first tier it exceeds wins.

    A tier is ``(min_width, min_height, sizes)``; the last tier (0, 0) takes any
    image. Tiers keep a small original from getting two candidates of the same
    width in one srcset. Each size is made in each of ``formats``.
    """

    tiers: tuple[tuple[int, int, tuple[str, ...]], ...]
    formats: tuple[str, ...] = MODERN

    def specs(self, image):
        sizes = next(
            sizes
            for min_width, min_height, sizes in self.tiers
            if image.width > min_width and image.height > min_height
        )
        return [f"{size}|format-{fmt}" for fmt in self.formats for size in sizes]


ROLES = {
    # Body images and a story's hero image: full column width.
    "content": Role(
        (
            (1600, 0, ("width-400", "width-800", "width-1600")),
            (800, 0, ("width-400", "width-800")),
            (0, 0, ("width-800",)),
        )
    ),
    # Story cards in listings.
    "card": Role(((400, 267, ("fill-400x267", "fill-800x533")), (0, 0, ("fill-400x267",)))),
    # Gallery grid thumbnails and gallery covers.
    "thumb": Role(((400, 300, ("fill-400x300", "fill-800x600")), (0, 0, ("fill-400x300",)))),
    # What a gallery thumbnail links to (the lightbox, or the photo itself without JavaScript).
    "large": Role(((0, 0, ("max-1600x1600",)),), formats=("jpeg",)),
    # og:image.
    "share": Role(((0, 0, ("fill-1200x630",)),), formats=("jpeg",)),
    # A centre's logo: WebP, or PNG where WebP is not supported (both keep transparency).
    "logo": Role(((0, 0, ("max-240x160",)),), formats=("webp", "png")),
    # The EU-funds marking strip: logos at the height the marking rules show them.
    "marking": Role(((0, 0, ("height-60",)),), formats=("webp", "png")),
}

# Which roles a photo plays, by the field of the page that holds it
# (the model path of Wagtail's reference index: "photos.item.image", ...).
ROLES_BY_FIELD = {
    "hero_image": ("content", "card", "share"),
    "photos.item.image": ("thumb", "large", "share"),
    "share_image": ("share",),
    "logo": ("logo", "share"),
}
DEFAULT_ROLES = ("content",)


def specs_for(image, role):
    return ROLES[role].specs(image)


def roles_for_field(model_path):
    return ROLES_BY_FIELD.get(model_path, DEFAULT_ROLES)
