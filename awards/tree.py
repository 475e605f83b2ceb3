"""The shape of the page tree: the one place that knows at which depth what stands.

    root (1) → network home of a locale (2) → centre (3) → its stories,
    galleries and pages (4 and deeper)

Every locale has a tree of this shape (wagtail-localize copies it). Which
centre a page belongs to is the page's own answer (``BasePage.centre_page``);
this module is for the queries that need it for many pages at once, in SQL.
"""

from wagtail.models import Page

#: Tree depth of a centre.
CENTRE_DEPTH = 3
#: Length of a centre's ``path``: the prefix every page of the centre starts with.
CENTRE_PATH_LENGTH = CENTRE_DEPTH * Page.steplen


def centre_path(path):
    """The ``path`` of the centre a page with ``path`` is or stands under; None above centres."""
    return path[:CENTRE_PATH_LENGTH] if len(path) >= CENTRE_PATH_LENGTH else None
