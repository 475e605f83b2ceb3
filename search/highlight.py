"""A short excerpt of a result with the words that matched marked.

Words are compared by search key (``home.search_keys``), so "nagrodę" in the
query marks "Nagroda" in the text, the same on every backend.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from home import search_keys

EXCERPT_WORDS = 30
WORDS_BEFORE = 8

_TOKEN_RE = re.compile(r"([^\W_]+)", re.UNICODE)


def _source_text(page):
    title = page.title
    texts = page.search_texts() if hasattr(page, "search_texts") else []
    summary = getattr(page, "summary", "") or ""
    parts = [strip_tags(str(summary))] + [strip_tags(t) for t in texts if t and t != title]
    seen, unique = set(), []
    for part in parts:
        part = " ".join(part.split())
        if part and part not in seen:
            seen.add(part)
            unique.append(part)
    return " ".join(unique)


def excerpt(page, keys, length=EXCERPT_WORDS):
    """Safe HTML: about ``length`` words around the first match, matches in ``<mark>``."""
    text = _source_text(page)
    if not text:
        return ""
    language = search_keys.language_of(page.locale.language_code)
    wanted = set(keys)
    words = text.split(" ")
    first = 0
    if wanted:
        for position, word in enumerate(words):
            if any(search_keys.key(w, language) in wanted for w in search_keys.words(word)):
                first = max(0, position - WORDS_BEFORE)
                break
    window = words[first : first + length]
    html = []
    for word in window:
        pieces = []
        for piece in _TOKEN_RE.split(word):
            if piece and _TOKEN_RE.fullmatch(piece) and search_keys.key(piece, language) in wanted:
                pieces.append(f"<mark>{escape(piece)}</mark>")
            else:
                pieces.append(escape(piece))
        html.append("".join(pieces))
    prefix = "… " if first > 0 else ""
    suffix = " …" if first + length < len(words) else ""
    return mark_safe(prefix + " ".join(html) + suffix)  # noqa: S308 - every piece is escaped
