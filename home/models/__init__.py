"""The base layer's models: the image, the base page, the network's own pages, settings."""

from .accessibility import AccessibilityStatementPage
from .base_page import BasePage
from .images import WEBSITE_SCOPES, ConsentScope, NetworkImage, NetworkRendition
from .network_pages import (
    HOME_PAGE_SECTIONS_HOOK,
    HomeFeaturedAward,
    NetworkHomePage,
    StandardPage,
)
from .site_settings import EUMarkingSettings, NetworkSettings

__all__ = [
    "HOME_PAGE_SECTIONS_HOOK",
    "WEBSITE_SCOPES",
    "AccessibilityStatementPage",
    "BasePage",
    "ConsentScope",
    "EUMarkingSettings",
    "HomeFeaturedAward",
    "NetworkHomePage",
    "NetworkImage",
    "NetworkRendition",
    "NetworkSettings",
    "StandardPage",
]
