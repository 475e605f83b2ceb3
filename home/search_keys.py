"""Text analysis done in Python, so that every search backend sees the same words.

Polish is highly inflected and visitors often type without diacritics. Rather
than relying on each engine's analysers (SQLite FTS5 and PostgreSQL have no
Polish stemmer; Elasticsearch needs a plugin), the site reduces every word
to a *search key* before it reaches any engine, both when a page is indexed
and when a visitor searches:

    "Nagrodę" -> lemma "nagroda" -> folded "nagroda"
    "ośrodka" -> lemma "ośrodek"  -> folded "osrodek"
    "osrodka" (typed without diacritics) -> restored "ośrodka" -> "osrodek"

Lemmas come from simplemma (dictionary lookup, pure Python, Polish, English
and Ukrainian); see docs/search.md for the measurements behind the choice.
Its dictionaries are read with simplemma's stream factory, which keeps the
resident memory near 70 MB instead of 400 MB for Polish.
"""

import itertools
import re
import threading
import unicodedata
from functools import lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamDictionaryFactory

#: Languages the lemmatiser knows; others are only folded.
LEMMATISED_LANGUAGES = frozenset({"pl", "en", "uk"})

#: Words are runs of letters and digits; everything else (quotes, brackets,
#: operators such as * ~ \ NEAR( ) separates words and is never sent on.
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

#: Longest word kept: longer "words" are noise (or an attack) and are dropped.
MAX_WORD_LENGTH = 40

#: Most query words kept; the rest of a pasted paragraph is ignored.
MAX_QUERY_WORDS = 12

# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"})

#: Letters a Polish visitor leaves out: a diacritic-free letter -> what it may stand for.
_POLISH_DIACRITICS = {
    "a": "ą",
    "c": "ć",
    "e": "ę",
    "l": "ł",
    "n": "ń",
    "o": "ó",
    "s": "ś",
    "z": "źż",
}
#: Restoring diacritics tries at most this many spellings of one word.
MAX_RESTORE_CANDIDATES = 2048


#: Function words left out of queries (all query words must match, and a
#: page that says "nagroda ministra" should match "nagroda dla ministra").
def _wordlist(text):
    return frozenset(text.split())


STOPWORDS = {
    "pl": _wordlist(
        "a aby ale albo bo by czy dla do i ich im jak jest jego jej lub na nad nie o od oraz "
        "po pod przez przy się są ta te to tu w we z za ze że ten tej tego który która które "
        "co gdy jako tym tych"
    ),
    "en": _wordlist(
        "a an and are as at be by for from has have in is it of on or that the their this "
        "to was were which with"
    ),
    "uk": _wordlist("а в від до з за і й на не по про та у що як це для при"),
}

_lock = threading.Lock()
_lemmatizer = None
_factory = None


def _get_lemmatizer():
    global _lemmatizer, _factory
    if _lemmatizer is None:
        with _lock:
            if _lemmatizer is None:
                _factory = StreamDictionaryFactory()
                _lemmatizer = Lemmatizer(
                    lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory)
                )
    return _lemmatizer


def language_of(language_code):
    """The lemmatiser language for a locale's language code ("pl", "en-gb" -> "en")."""
    return (language_code or "").split("-")[0].lower()


def fold(text):
    """Lower-case ``text`` and take the diacritics off Latin letters ("Łódź" -> "lodz").

    Cyrillic letters lose their combining marks too ("й" -> "и"), consistently
    on both sides of a search.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text):
    """The words of ``text``, in order, without punctuation or over-long tokens."""
    return [w for w in WORD_RE.findall(text or "") if len(w) <= MAX_WORD_LENGTH]


@lru_cache(maxsize=200_000)
def lemma(word, language):
    """The dictionary form of one word (lower case), or the word itself if unknown."""
    word = word.lower()
    if language not in LEMMATISED_LANGUAGES or word.isdigit():
        return word
    return _get_lemmatizer().lemmatize(word, lang=language)


@lru_cache(maxsize=200_000)
def key(word, language):
    """The search key of one word: its lemma, folded."""
    return fold(lemma(word, language))


def _is_known(word, language):
    _get_lemmatizer()
    return _factory.get_dictionary(language).get(word) is not None


@lru_cache(maxsize=20_000)
def restore_diacritics(word, language):
    """A Polish word typed without diacritics, spelled as the dictionary knows it.

    "osrodka" -> "ośrodka", "nagrode" -> "nagrodę". A word the dictionary
    knows as typed, an unknown word, or one with too many possible spellings
    is returned unchanged.
    """
    word = word.lower()
    if language != "pl" or _is_known(word, language):
        return word
    slots = [c + _POLISH_DIACRITICS.get(c, "") for c in word]
    spellings = 1
    for slot in slots:
        spellings *= len(slot)
    if spellings == 1 or spellings > MAX_RESTORE_CANDIDATES:
        return word
    for candidate in itertools.product(*slots):
        spelling = "".join(candidate)
        if _is_known(spelling, language):
            return spelling
    return word


def document_keys(texts, language):
    """The search keys of every word of ``texts``, space-separated, for the index."""
    language = language_of(language)
    return " ".join(key(w, language) for text in texts if text for w in words(text))


def query_keys(query, language):
    """The search keys of a visitor's query, deduplicated, in order; [] if nothing is left.

    Function words are left out unless the query has nothing else.
    """
    language = language_of(language)
    typed = words(query)[: MAX_QUERY_WORDS * 2]
    stop = STOPWORDS.get(language, frozenset())
    content = [w for w in typed if w.lower() not in stop] or typed
    keys = []
    for w in content:
        k = key(restore_diacritics(w, language), language)
        if k not in keys:
            keys.append(k)
    return keys[:MAX_QUERY_WORDS]


def prefix_keys(query):
    """Folded words of a partly typed query, for autocomplete (no lemmas: words are unfinished)."""
    return [fold(w) for w in words(query)][:MAX_QUERY_WORDS]


def warm_up(languages=("pl",)):
    """Load the dictionaries now (about 2 s for Polish) rather than on the first request."""
    for language in languages:
        key("test", language)
        _is_known("test", language)


__all__ = [
    "document_keys",
    "fold",
    "key",
    "language_of",
    "lemma",
    "prefix_keys",
    "query_keys",
    "restore_diacritics",
    "warm_up",
    "words",
]
