"""Run Wagtail's page-chooser hook in the "chosen multiple" view too.

Works around a gap in Wagtail 8.0: ``ChosenMultipleView``
(``/admin/choose-page/chosen-multiple/?id=…``) returns the title, edit URL
and address of any page id it is given, without calling the
``construct_page_chooser_queryset`` hooks that the browse and search views
call. A centre editor could read the title of another centre's draft by
guessing ids. This view drops the ids the hooks hide, then hands over to
Wagtail's own view; ``overrides/urls.py`` routes the URL here, ahead of
Wagtail's admin URLs.

Delete it (and its URL) when Wagtail's view applies the hook itself.
"""

from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page

from home.url_numbers import number_or_none

#: The largest id a page can have (its primary key is a 32-bit integer in PostgreSQL).
MAX_ID = 2**31 - 1


class HookedChosenMultipleView(ChosenMultipleView):
    def get(self, request):
        pages = Page.objects.all()
        for hook in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = hook(pages, request)
        # Ids Wagtail's view would choke on ("²", 20 digits) are dropped like hidden ones.
        asked = {number_or_none(pk, minimum=1, maximum=MAX_ID) for pk in request.GET.getlist("id")}
        asked.discard(None)
        shown = pages.filter(pk__in=asked).values_list("pk", flat=True)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in shown])
        return super().get(request)


chosen_multiple = require_admin_access(HookedChosenMultipleView.as_view())
