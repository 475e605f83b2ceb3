"""Setting up a centre: its editors' group, its collection and, optionally, its own Site.

Every route that creates a centre ends here: the admin (a new CentrePage, via
a signal), ``manage.py add_centre`` and the demo loader. Everything happens in
the caller's transaction, so a failure leaves nothing half-created.
"""

import re

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Collection, Site

from .models import CentrePage, CentreWorkspace
from .roles import (
    EDITOR_COLLECTION_PERMISSIONS,
    EDITOR_MODEL_PERMISSIONS,
    EDITOR_PAGE_PERMISSIONS,
    grant_collection,
    grant_pages,
    permissions,
)

# RFC 1123 host names: labels of letters, digits and inner hyphens.
HOSTNAME = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


GROUP_NAME_LENGTH = Group._meta.get_field("name").max_length


def editors_group_name(title):
    return f"{title}: editors"


def check_centre_name(centre):
    """Refuse a centre name that another centre or another group already uses."""
    title = centre.title
    if len(editors_group_name(title)) > GROUP_NAME_LENGTH:
        raise ValidationError(
            {
                "title": _("A centre's name can have at most %(count)s characters.")
                % {"count": GROUP_NAME_LENGTH - len(editors_group_name(""))}
            }
        )
    others = CentrePage.objects.filter(title__iexact=title).exclude(
        translation_key=centre.translation_key
    )
    if centre.locale_id:
        others = others.filter(locale_id=centre.locale_id)
    group_taken = Group.objects.filter(name__iexact=editors_group_name(title)).exclude(
        pk__in=CentreWorkspace.objects.filter(translation_key=centre.translation_key).values(
            "editors_id"
        )
    )
    if others.exists() or group_taken.exists():
        raise ValidationError(
            {"title": _("A centre called “%(name)s” already exists.") % {"name": title}}
        )


def clean_hostname(hostname):
    """The host name in lower case, or a ValidationError saying why it cannot be used."""
    hostname = hostname.strip().lower()
    if not HOSTNAME.match(hostname):
        raise ValidationError(
            _("“%(hostname)s” is not a valid host name, such as gops-domanice.pl.")
            % {"hostname": hostname}
        )
    if Site.objects.filter(hostname=hostname).exists():
        raise ValidationError(
            _("The host name “%(hostname)s” is already used by another site.")
            % {"hostname": hostname}
        )
    return hostname


@transaction.atomic
def provision_centre(centre, hostname=""):
    """Give ``centre`` (and its translations) its editors' group, collection and Site.

    Idempotent: a centre that has its workspace only gets what is missing,
    e.g. page permissions for a newly created translation of the centre.
    """
    workspace = CentreWorkspace.objects.filter(translation_key=centre.translation_key).first()
    if workspace is None:
        check_centre_name(centre)
        editors = Group.objects.create(name=editors_group_name(centre.title))
        editors.permissions.add(*permissions(EDITOR_MODEL_PERMISSIONS))
        collection = Collection.get_first_root_node().add_child(name=centre.title)
        workspace = CentreWorkspace.objects.create(
            translation_key=centre.translation_key, editors=editors, collection=collection
        )
        grant_collection(editors, collection, EDITOR_COLLECTION_PERMISSIONS)
    grant_pages(workspace.editors, centre, EDITOR_PAGE_PERMISSIONS)
    if hostname:
        Site.objects.create(
            hostname=clean_hostname(hostname), port=80, root_page=centre, site_name=centre.title
        )
    return workspace


def follow_centre_name(centre):
    """Keep the group's and the collection's names in step with the centre's published title.

    The title is read from the page's row, not from ``centre``: saving a draft
    (``save_revision``) signals ``post_save`` with the unapproved title in
    memory but stores it only in the revision, so the row keeps the title the
    public sees until a reviewer publishes the new one.
    """
    workspace = CentreWorkspace.objects.filter(translation_key=centre.translation_key).first()
    if workspace is None or not centre.locale.is_default:
        return
    title = CentrePage.objects.filter(pk=centre.pk).values_list("title", flat=True).first()
    if title is None:
        return
    Group.objects.filter(pk=workspace.editors_id).exclude(name=editors_group_name(title)).update(
        name=editors_group_name(title)
    )
    Collection.objects.filter(pk=workspace.collection_id).exclude(name=title).update(name=title)
