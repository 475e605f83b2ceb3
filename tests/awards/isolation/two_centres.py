"""Two centres, each with a live page, a draft and a change waiting for approval."""

import dataclasses

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site, TaskState
from wagtail_factories import DocumentFactory
from wagtail_localize.models import Translation, TranslationSource

from awards.factories import CentrePageFactory
from awards.models import CentreWorkspace
from awards.roles import REVIEWERS
from home.factories import NetworkHomePageFactory, NetworkImageFactory, StandardPageFactory
from home.models import StandardPage


@dataclasses.dataclass
class Centre:
    page: Page
    workspace: CentreWorkspace
    editor: object
    live: StandardPage  # published, nothing pending
    draft: StandardPage  # never published
    moderated: StandardPage  # published; a newer title waits in "Regional approval"
    task_state: TaskState  # the reviewers' task for that change
    image: object
    document: object

    @property
    def pending(self):
        """The change waiting for approval, as the reviewers see it."""
        return self.moderated.latest_revision.as_object()

    @property
    def name(self):
        return self.page.title

    @property
    def draft_titles(self):
        """What only the centre's own editors and the reviewers may see."""
        return [self.draft.title, self.moderated.draft_title]

    @property
    def live_titles(self):
        return [self.live.title, self.moderated.title]

    def english(self):
        """The live page in English: a draft translation, made with wagtail-localize."""
        english = Locale.objects.get_or_create(language_code="en")[0]
        page = self.live.get_translation_or_none(english)
        if page is None:  # unless publishing has already offered it for translation
            source, _created = TranslationSource.get_or_create_from_instance(self.live)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=english, defaults={"enabled": True}
            )
            translation.save_target(publish=False)
            page = self.live.get_translation(english)
        return page.specific


def build_centre(home, name, slug, reviewer):
    centre = CentrePageFactory(parent=home, title=name, slug=slug)
    workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
    editor = get_user_model().objects.create_user(f"edytor-{slug}", f"{slug}@example.com", "x")
    editor.groups.add(workspace.editors)

    def page(title, suffix):
        return StandardPageFactory(
            parent=centre,
            title=f"{name}: {title}",
            slug=f"{slug}-{suffix}",
            intro=f"{name}: {title}, wstęp.",
            live=False,
            owner=editor,
        )

    live = page("o nas", "o-nas")
    live.save_revision(user=editor).publish(user=reviewer)
    draft = page("szkic", "szkic")
    draft.save_revision(user=editor)
    moderated = page("kontakt", "kontakt")
    moderated.save_revision(user=editor).publish(user=reviewer)
    moderated.refresh_from_db()
    moderated.title = f"{name}: kontakt (zmiany)"
    moderated.intro = "Nowy numer telefonu, jeszcze nie zatwierdzony."
    moderated.save_revision(user=editor)
    workflow_state = moderated.get_workflow().start(moderated, editor)

    return Centre(
        page=centre,
        workspace=workspace,
        editor=editor,
        live=reload(live),
        draft=reload(draft),
        moderated=reload(moderated),
        task_state=workflow_state.current_task_state,
        image=NetworkImageFactory(collection=workspace.collection, title=f"{name}: zdjęcie"),
        document=DocumentFactory(
            collection=workspace.collection,
            title=f"{name}: sprawozdanie",
            file__filename=f"{slug}-sprawozdanie.txt",
        ),
    )


def reload(page):
    return Page.objects.get(pk=page.pk).specific


@dataclasses.dataclass
class Network:
    home: Page
    reviewer: object
    a: Centre
    b: Centre


def build_network():
    """The Polish network home as the default Site (like ``home_page``), a reviewer, A and B."""
    Locale.objects.get_or_create(language_code="pl")
    Site.objects.all().delete()
    Page.get_first_root_node().get_children().delete()
    home = NetworkHomePageFactory(parent=Page.get_first_root_node(), slug="zawsze-pomocni")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    reviewer = get_user_model().objects.create_user("mcps", "mcps@example.com", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    return Network(
        home=home,
        reviewer=reviewer,
        a=build_centre(home, "GOPS Domanice", "domanice", reviewer),
        b=build_centre(home, "MOPS Siedlce", "siedlce", reviewer),
    )
