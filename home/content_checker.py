"""The accessibility checker in Wagtail's user bar, with the rules that matter for our content.

Wagtail runs axe-core on the page an editor is looking at and lists what it
finds (https://docs.wagtail.org/en/stable/advanced_topics/accessibility_considerations.html).
Its default set checks structure only; our pages are photo galleries and
stories written by centre editors, so we also check what editors can get
wrong: alt texts, headings, link texts, contrast of what they paste, the
language of quoted text. ``AccessibilityItem`` is deprecated in Wagtail 8 in
favour of ``ContentCheckerItem``, which this subclasses.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

EDITOR_RULES = [
    # Images: every photo needs a real alt text (galleries enforce it on upload).
    "image-alt",
    "image-redundant-alt",
    "alt-text-quality",
    "role-img-alt",
    # Headings: the outline of a story.
    "empty-heading",
    "heading-order",
    "page-has-heading-one",
    "p-as-heading",
    # Links and buttons: names a screen reader can announce.
    "link-name",
    "button-name",
    "input-button-name",
    # Colour contrast of pasted or styled text.
    "color-contrast",
    # Language: the page and quoted passages in another language.
    "html-has-lang",
    "html-lang-valid",
    "valid-lang",
    # Lists and tables pasted from word processors.
    "list",
    "listitem",
    "empty-table-header",
    "th-has-data-cells",
    # Embedded media and metadata.
    "frame-title",
    "empty-meta-description",
]


class NetworkContentChecker(ContentCheckerItem):
    axe_run_only = EDITOR_RULES
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alt text"),
            "help_text": _("Describe what the photo shows for people who cannot see it"),
        },
        "color-contrast": {
            "error_name": _("Text contrast is too low"),
            "help_text": _("Use the site's own text colours instead of pasted styles"),
        },
        "valid-lang": {
            "error_name": _("Unknown language code"),
            "help_text": _("Use a language code such as pl, en or uk"),
        },
    }


def use_network_content_checker(request, items, page):
    """Swap Wagtail's checker in the user bar (and the editor's preview) for ours.

    Wagtail 8 still builds its bar with the deprecated ``AccessibilityItem``, a
    ``ContentCheckerItem`` subclass.
    """
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, NetworkContentChecker):
            items[position] = NetworkContentChecker(in_editor=item.in_editor)
