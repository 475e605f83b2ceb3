"""The network's pages, found by their slug under their parent or built and published.

A new page is saved as a draft and then published through a revision, exactly
as an editor's "Publish" would, so it is live with a revision history.
"""

from django.core.management.base import CommandError
from wagtail.models import Page

from home.models import AccessibilityStatementPage, HomeFeaturedAward, NetworkHomePage, StandardPage

from ..models import (
    AwardIndexPage,
    AwardStoryPage,
    CentrePage,
    CentreWorkspace,
    GalleryPage,
    GalleryPhoto,
)
from . import media, snippets


def page(load, parent, model, slug, kind, build, spec=None):
    """The page ``slug`` under ``parent``: found and kept, or built, saved and published.

    Returns None (and says so) when a page of another type already has the slug.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        existing = existing.specific
        load.count(kind, False, existing.url_path)
        if not isinstance(existing, model):
            load.report.notes.append(
                f"{existing.url_path} is a {type(existing).__name__}, not a "
                f"{model.__name__}; it is kept and nothing is added under it."
            )
            return None
        load.remember_strings(existing, spec)
        return existing
    new = build()
    new.slug = slug
    new.locale = load.locale
    new.live = False  # a draft first; publishing the revision makes it live
    parent.add_child(instance=new)
    new.save_revision().publish()
    load.count(kind, True, new.url_path)
    load.remember_strings(new, spec)
    return new


def home(load, network):
    spec = network.home

    def build():
        new = NetworkHomePage(
            title=spec.title, intro=spec.intro, search_description=spec.search_description
        )
        for order, award in enumerate(network.awards):
            new.featured_awards.add(
                HomeFeaturedAward(award=load.awards[award.slug], sort_order=order)
            )
        return new

    found = page(
        load, Page.get_first_root_node(), NetworkHomePage, spec.slug, "network pages", build, spec
    )
    if found is None:
        raise CommandError(
            f"A page with the slug {spec.slug!r} already sits at the top of the page "
            "tree and is not a network home page; move or rename it and run again."
        )
    return found


def award_index(load, home_page, spec):
    page(
        load,
        home_page,
        AwardIndexPage,
        spec.slug,
        "network pages",
        lambda: AwardIndexPage(title=spec.title, intro=spec.intro, show_in_menus=True),
        spec,
    )


def standard_page(load, parent, spec):
    page(
        load,
        parent,
        StandardPage,
        spec.slug,
        "network pages",
        lambda: StandardPage(
            title=spec.title,
            intro=spec.intro,
            body=media.stream(load, spec.body),
            show_in_menus=True,
        ),
        spec,
    )


def statement(load, home_page, spec):
    fields = {
        **spec.fields,
        "non_conformities": media.stream(load, spec.fields["non_conformities"]),
    }
    page(
        load,
        home_page,
        AccessibilityStatementPage,
        spec.slug,
        "network pages",
        lambda: AccessibilityStatementPage(title=spec.title, **fields),
        spec,
    )


def centre(load, home_page, spec):
    for project in spec.projects:
        snippets.project(load, project)

    def build():
        return CentrePage(
            title=spec.title,
            official_name=spec.official_name,
            kind=spec.kind,
            commune=spec.commune,
            county=spec.county,
            voivodeship=spec.voivodeship,
            street_address=spec.street_address,
            postal_code=spec.postal_code,
            city=spec.city,
            phone=spec.phone,
            email=spec.email,
            website=spec.website,
            bip_url=spec.bip_url,
            intro=spec.intro,
        )

    found = page(load, home_page, CentrePage, spec.slug, "centres", build, spec)
    if found is None:
        return
    workspace = CentreWorkspace.objects.get(translation_key=found.translation_key)
    load.workspaces[spec.slug] = workspace
    for photo in spec.photos():
        media.photo(load, photo, collection=workspace.collection)
    for story_spec in spec.stories:
        story(load, found, story_spec)
    for gallery_spec in spec.galleries:
        gallery(load, found, gallery_spec)


def story(load, centre_page, spec):
    def build():
        new = AwardStoryPage(
            title=spec.title,
            award=load.awards[spec.award],
            date_awarded=spec.date_awarded,
            ceremony_date=spec.ceremony_date,
            ceremony_place=spec.ceremony_place,
            conferred_by=spec.conferred_by,
            lead=spec.lead,
            body=media.stream(load, spec.body),
            hero_image=load.images[spec.hero.title] if spec.hero else None,
        )
        new.projects = [load.projects[name] for name in spec.projects]
        new.tags.add(*spec.tags)
        return new

    page(load, centre_page, AwardStoryPage, spec.slug, "award stories", build, spec)


def gallery(load, centre_page, spec):
    def build():
        new = GalleryPage(title=spec.title, intro=spec.intro)
        for order, photo in enumerate(spec.photos):
            new.photos.add(
                GalleryPhoto(
                    image=load.images[photo.title],
                    caption=photo.caption,
                    credit=photo.credit,  # on the photo too, so that it is translated
                    sort_order=order,
                )
            )
        return new

    page(load, centre_page, GalleryPage, spec.slug, "galleries", build, spec)
