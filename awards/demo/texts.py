"""The translations of one page or snippet, as wagtail-localize will ask for them.

A data file gives a translated text whole, in every language side by side
(``{pl: ..., en: ..., uk: ...}``). wagtail-localize asks for translations by
segment: a plain-text field is one segment; a rich-text value is cut into a
segment per paragraph or list item, with its inline tags (``<b>``, ``<br/>``).
``Strings`` cuts the Polish text and each translation the way
wagtail-localize does and pairs the segments in order, so that the loader can
answer "this Polish segment of this page, in English?" without ever keying a
translation by a Polish sentence in the data.
"""

from wagtail_localize.strings import StringValue, extract_strings

SOURCE_LANGUAGE = "pl"
TARGET_LANGUAGES = ("en", "uk")
LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


def is_rich_text(text):
    """Rich text (HTML) starts with a tag; anything else is plain text."""
    return text.lstrip().startswith("<")


def segments(text):
    """The segments wagtail-localize extracts from ``text``, as it stores them."""
    if is_rich_text(text):
        _template, strings = extract_strings(text)
        return [string.data for string, _attrs in strings]
    return [StringValue.from_plaintext(text).data]


def is_figure(segment):
    """A figure such as "54" or "2011–2012" reads the same in every language."""
    return not any(char.isalpha() for char in segment)


class Strings:
    """Polish segment -> translated segment, for each target language, of one item."""

    def __init__(self):
        self.by_language = {code: {} for code in TARGET_LANGUAGES}

    def same_everywhere(self, text):
        """``text`` reads the same in every language (a name, a slug)."""
        for segment in segments(text):
            for table in self.by_language.values():
                table.setdefault(segment, segment)

    def add(self, texts):
        """Pair the segments of ``texts`` ({language: text}); a ValueError says what is wrong."""
        source = segments(texts[SOURCE_LANGUAGE])
        for code in TARGET_LANGUAGES:
            translated = segments(texts[code])
            if len(translated) != len(source):
                raise ValueError(
                    f"the {code} text has {len(translated)} paragraphs or list items and the "
                    f"{SOURCE_LANGUAGE} text {len(source)}; they must match one to one"
                )
            table = self.by_language[code]
            for polish, text in zip(source, translated, strict=True):
                if table.get(polish, text) != text and table[polish] != polish:
                    raise ValueError(
                        f"{polish!r} is translated into {code} twice, differently: "
                        f"{table[polish]!r} and {text!r}"
                    )
                table[polish] = text

    def translate(self, language, segment):
        """The translation of a Polish ``segment``, or None when there is none."""
        text = self.by_language[language].get(segment)
        if text is None and is_figure(segment):
            return segment
        return text
