"""Rendered fragments of page content, kept in the cache until any content changes.

A fragment (``{% page_fragment_cache "name" page %}…{% endpage_fragment_cache %}``,
home/templatetags/fragment_cache_tags.py) is stored under the page, its live
revision, the language, the host and the *content generation*: a token that
changes whenever any page, award, project, image or the network settings are
saved, deleted or moved. So a fragment may show other pages (breadcrumbs,
the centre, the award) and still never be stale, and publishing costs only
the fragments being rendered again. Previews and drafts are never cached.

Measured with bench/http.py and a story page: the fragment saves ten of the
story's 27 queries and about half of its render time.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import post_page_move

GENERATION_KEY = "content-generation"
FRAGMENT_TIMEOUT = 24 * 3600


def generation():
    """The current content generation, or None when the cache cannot say."""
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        cache.add(GENERATION_KEY, token, timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def bump():
    """Every cached fragment is out of date; once more when the transaction commits,
    so that a render in between cannot keep the old content under the new token."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None))


def _is_content(sender):
    from awards.models import Award, GalleryPhoto, Project, ProjectParticipantGroup

    from .models import EUMarkingSettings, NetworkImage, NetworkSettings

    return issubclass(
        sender,
        (
            Page,
            Award,
            Project,
            ProjectParticipantGroup,
            GalleryPhoto,
            NetworkImage,
            NetworkSettings,
            EUMarkingSettings,
        ),
    )


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, raw=False, **kwargs):
    if not raw and _is_content(sender):
        bump()


@receiver(post_page_move)
def page_moved(sender, **kwargs):
    bump()
