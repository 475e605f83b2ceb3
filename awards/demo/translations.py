"""English and Ukrainian texts of the demo network's real content, by language.

Each dictionary maps a Polish source string, exactly as wagtail-localize
extracts it, to its translation.
"""

from .translations_en import STRINGS as ENGLISH
from .translations_uk import STRINGS as UKRAINIAN

STRINGS = {"en": ENGLISH, "uk": UKRAINIAN}
