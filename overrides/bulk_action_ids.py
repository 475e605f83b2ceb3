"""Wagtail's bulk actions, reading the ids they are given as the rest of the site does.

Works around a gap in Wagtail 8.0: the bulk action views
(``/admin/bulk/<app>/<model>/<action>/?id=…&childOf=…``) filter by the raw
``id`` and ``childOf`` values, so an id Django cannot read as a number (``²``,
20 digits) ends in a server error for any editor. This view drops such ids, as
``overrides.page_chooser`` does for the page chooser, then hands over to
Wagtail's own dispatcher; ``overrides/urls.py`` routes the URL here, ahead of
Wagtail's admin URLs. Which objects the user may act on is still Wagtail's check.

Delete it (and its URL) when Wagtail validates the ids of bulk actions itself.
"""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action

from home.url_numbers import number_or_none

#: The largest id a row can have (a 32-bit integer key in PostgreSQL).
MAX_ID = 2**31 - 1


def _ids(values):
    numbers = (number_or_none(value, minimum=1, maximum=MAX_ID) for value in values)
    return [str(number) for number in numbers if number is not None]


def bulk_action(request, app_label, model_name, action):
    query = request.GET.copy()
    ids = query.getlist("id")
    query.setlist("id", ["all"] if "all" in ids else _ids(ids))
    if "childOf" in query:
        query.setlist("childOf", _ids(query.getlist("childOf")))
    request.GET = query
    return wagtail_bulk_action(request, app_label, model_name, action)


bulk_action = require_admin_access(bulk_action)
