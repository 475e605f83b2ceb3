from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OverridesConfig(AppConfig):
    """Where the site replaces a part of Wagtail or wagtail-localize (docs/upgrading.md)."""

    name = "overrides"
    verbose_name = _("Overrides of Wagtail and wagtail-localize")
