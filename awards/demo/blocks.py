"""Body blocks of a StreamField, and the small checks every data file shares."""

from .spec import heading, image, key_figures, paragraph, quote

HEADING_LEVELS = ("h2", "h3", "h4")


def unique(field, keys, what, taken=()):
    """Fail at the first entry of the list ``field`` whose key (``keys``, in the same
    order) is used twice, or is one of ``taken``."""
    for index, key in enumerate(keys):
        if key in keys[:index] or key in taken:
            field.items()[index].fail(f"the {what} {key!r} is used twice")


def with_slug(strings, field):
    """Addresses stay the same in every language: a slug translates to itself."""
    strings.same_everywhere(field["slug"].text())
    return strings


def block(field, strings, photos=None):
    """One body block: ``{paragraph: ...}``, ``{heading: ...}``, ``{quote: ...}``,
    ``{key_figures: ...}`` or ``{image: photo id}``."""
    kinds = ("paragraph", "heading", "quote", "key_figures", "image")
    if not isinstance(field.value, dict) or len(field.value) != 1:
        field.fail(f"expected one block, written as one of {', '.join(kinds)}: ...")
    field.mapping(optional=kinds)
    [(kind, value)] = field.entries()
    if kind == "paragraph":
        text = value.translated(strings)
        if not text.lstrip().startswith("<"):
            value.fail("a paragraph is rich text: it starts with <p> (or another tag)")
        return paragraph(text)
    if kind == "heading":
        if isinstance(value.value, dict) and "text" in value.value:
            value.mapping(required=("text",), optional=("level",))
            level = value.get("level").text(default="h2")
            if level not in HEADING_LEVELS:
                value["level"].fail(f"{level!r} is not one of: {', '.join(HEADING_LEVELS)}")
            return heading(value["text"].translated(strings), level=level)
        return heading(value.translated(strings))
    if kind == "quote":
        value.mapping(required=("text",), optional=("attribution",))
        return quote(
            value["text"].translated(strings),
            value.get("attribution").optional_translated(strings),
        )
    if kind == "key_figures":
        value.mapping(required=("title", "figures"))
        figures = []
        for figure in value["figures"].items():
            figure.mapping(required=("value", "label"))
            number = figure["value"]
            shown = number.value if isinstance(number.value, int) else number.translated(strings)
            if isinstance(shown, bool):
                number.fail("expected a number or text, not a yes/no value")
            figures.append((shown, figure["label"].translated(strings)))
        return key_figures(value["title"].translated(strings), tuple(figures))
    # image: a photo of the centre, by its id, shown with its caption
    if photos is None:
        value.fail("images are for centre pages, which have photos")
    if isinstance(value.value, dict):
        value.mapping(required=("photo",), optional=("caption",))
        photo = photo_by_id(value["photo"], photos)
        return image(photo, value["caption"].translated(strings))
    photo = photo_by_id(value, photos)
    return image(photo, photo.caption)


def photo_by_id(field, photos):
    key = field.text()
    if key not in photos:
        field.fail(f"no photo {key!r} in this file's photos (there are: {', '.join(photos)})")
    return photos[key]
