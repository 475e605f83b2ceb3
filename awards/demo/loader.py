"""Put the demo network into the database: idempotently, in one transaction.

Everything is looked up by its natural key before it is made — a page by its
slug under its parent, an award by its slug, a project by its name, an image
by its title, the Site by hostname and port — and what is found is kept
exactly as it is, so a second run creates nothing and changes nothing. New
pages are saved as a draft and then published through a revision, exactly as
an editor's "Publish" would, so they are live with a revision history.
"""

import io
import secrets
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import (
    AccessibilityStatementPage,
    EUMarkingSettings,
    HomeFeaturedAward,
    NetworkHomePage,
    NetworkImage,
    NetworkSettings,
    StandardPage,
)

from ..models import (
    Award,
    AwardIndexPage,
    AwardStoryPage,
    CentrePage,
    CentreWorkspace,
    GalleryPage,
    GalleryPhoto,
    Project,
    ProjectParticipantGroup,
)
from ..roles import reviewers_group
from . import centres, generated, marking, network, photos, translations
from .spec import slugify

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"
ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@zawszepomocni.example"
REVIEWER_USERNAME = "recenzent"

# The order in which the summary lists what was made.
KINDS = (
    "images",
    "awards",
    "projects",
    "network pages",
    "centres",
    "award stories",
    "galleries",
    "sites",
    "site settings",
)


def whole_number(option, value, *, default, minimum, maximum=None, why_maximum=""):
    """``value`` as an int within bounds, or a CommandError that names the option."""
    if value is None:
        return default
    if isinstance(value, bool):
        raise CommandError(f"{option} must be a whole number, not {value!r}.")
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("+-").isdigit():
            raise CommandError(f"{option} must be a whole number, not {value!r}.")
        value = int(text)
    if not isinstance(value, int):
        raise CommandError(f"{option} must be a whole number, not {value!r}.")
    if value < minimum:
        raise CommandError(f"{option} must be at least {minimum}, not {value}.")
    if maximum is not None and value > maximum:
        raise CommandError(f"{option} can be at most {maximum}{why_maximum}, not {value}.")
    return value


@dataclass(frozen=True)
class Options:
    seed: int = generated.DEFAULT_SEED
    centres: int = generated.DEFAULT_CENTRES
    stories: int = generated.DEFAULT_STORIES
    with_generated: bool = True
    admin_password: str | None = None

    @classmethod
    def parse(
        cls, *, seed=None, centres=None, stories=None, no_generated=False, admin_password=None
    ):
        """Check raw option values (strings from the command line, or anything from
        ``call_command``) and raise CommandError with a plain message when one is wrong."""
        if no_generated and (centres is not None or stories is not None):
            raise CommandError(
                "--no-generated loads only the five real centres; "
                "leave out --centres and --stories, or leave out --no-generated."
            )
        if admin_password is not None and not str(admin_password).strip():
            raise CommandError("--admin-password must not be empty.")
        return cls(
            seed=whole_number("--seed", seed, default=generated.DEFAULT_SEED, minimum=0),
            centres=whole_number(
                "--centres",
                centres,
                default=generated.DEFAULT_CENTRES,
                minimum=1,
                maximum=generated.MAX_CENTRES,
                why_maximum=" (the demo knows that many fictional communes)",
            ),
            stories=whole_number(
                "--stories",
                stories,
                default=generated.DEFAULT_STORIES,
                minimum=1,
                maximum=generated.MAX_STORIES,
            ),
            with_generated=not no_generated,
            admin_password=None if admin_password is None else str(admin_password),
        )


@dataclass
class Report:
    created: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    notes: list = field(default_factory=list)
    admin: str = ""  # "created", "exists" or "refused"
    admin_password: str | None = None
    team: list = field(default_factory=list)  # (username, group name)
    team_password: str | None = None  # set when the demo logins were created in this run

    def rows(self):
        kinds = list(KINDS) + sorted((set(self.created) | set(self.kept)) - set(KINDS))
        return [
            (kind, self.created[kind], self.kept[kind])
            for kind in kinds
            if self.created[kind] or self.kept[kind]
        ]

    @property
    def created_anything(self):
        return any(self.created.values())


class DemoLoader:
    def __init__(self, options, log=None):
        self.options = options
        self.log = log or (lambda message: None)
        self.report = Report()
        self.images = {}
        self.projects = {}
        self.awards = {}
        self.workspaces = {}
        self.saved_files = []

    # --- the whole load ---------------------------------------------------------

    def run(self):
        admin_password = self._plan_admin()
        centre_specs = centres.REAL_CENTRES
        if self.options.with_generated:
            centre_specs += generated.generate(
                self.options.seed, self.options.centres, self.options.stories
            )
        try:
            with transaction.atomic():
                self.locale = self._default_locale()
                self._remove_wagtail_welcome()
                for spec in network.AWARDS:
                    self._award(spec)
                home = self._home()
                site = self._site(home)
                if site is not None:
                    self._settings(site)
                self._eu_marking()
                self._award_index(home)
                for spec in network.STANDARD_PAGES:
                    self._standard_page(home, spec)
                self._statement(home)
                for spec in centre_specs:
                    self._centre(home, spec)
                self._translations(home, centre_specs)
                self._admin(admin_password)
                if settings.DEBUG:
                    self._team()
        except BaseException:
            # The rows are gone with the transaction; don't leave their files behind.
            for storage, name in self.saved_files:
                storage.delete(name)
            raise
        return self.report

    def _count(self, kind, created, label):
        (self.report.created if created else self.report.kept)[kind] += 1
        self.log(f"{'created' if created else 'kept   '} {kind}: {label}")

    # --- locale, Wagtail's defaults, site ---------------------------------------

    def _default_locale(self):
        try:
            locale = Locale.get_default()
        except Locale.DoesNotExist:
            locale, _ = Locale.objects.get_or_create(language_code=network.LANGUAGE)
        if locale.language_code != network.LANGUAGE:
            raise CommandError(
                f"The default locale is {locale.language_code!r}; the demo network is Polish "
                f"and needs LANGUAGE_CODE = {network.LANGUAGE!r}."
            )
        return locale

    def _remove_wagtail_welcome(self):
        """Delete Wagtail's "Welcome" page and its Site, but only while nobody has touched them."""
        welcome = Page.objects.filter(
            depth=2,
            slug="home",
            title=WAGTAIL_WELCOME_TITLE,
            content_type=ContentType.objects.get_for_model(Page),
            numchild=0,
            latest_revision__isnull=True,
        ).first()
        if welcome is None:
            return
        sites = list(Site.objects.filter(root_page=welcome))
        untouched = all(
            site.hostname == "localhost" and site.port == 80 and not site.site_name
            for site in sites
        )
        if not untouched:
            self.report.notes.append(
                "Kept Wagtail's welcome page: a Site that someone has changed serves it."
            )
            return
        for site in sites:
            site.delete()
        welcome.delete()
        self.report.notes.append("Removed Wagtail's default welcome page and its default Site.")

    def _site(self, home):
        site = Site.objects.filter(hostname=network.SITE_HOSTNAME, port=network.SITE_PORT).first()
        if site is not None:
            self._count("sites", False, str(site))
            if site.root_page_id != home.pk:
                self.report.notes.append(
                    f"The Site {site} serves another page; it is left as it is, so the demo "
                    f"network is not served there. Point it at {home.url_path!r} to see the demo."
                )
                return None
            return site
        make_default = not Site.objects.filter(is_default_site=True).exists()
        site = Site.objects.create(
            hostname=network.SITE_HOSTNAME,
            port=network.SITE_PORT,
            site_name=network.SITE_NAME,
            root_page=home,
            is_default_site=make_default,
        )
        if not make_default:
            self.report.notes.append(
                f"Another Site is the default one; {site} was created but is not the default."
            )
        self._count("sites", True, str(site))
        return site

    def _settings(self, site):
        existing = NetworkSettings.objects.filter(site=site).first()
        if existing is not None:
            self._count("site settings", False, str(site))
            return
        NetworkSettings.objects.create(site=site, **network.SETTINGS)
        self._count("site settings", True, str(site))

    def _eu_marking(self):
        """Stand-in logos for the EU-funds marking, unless the regional centre set any."""
        logos = EUMarkingSettings.load()
        if any(getattr(logos, f"{mark.setting}_id") for mark in marking.MARKS):
            self._count("EU marking logos", False, "set by the regional centre")
            return
        for mark in marking.MARKS:
            image = NetworkImage.objects.filter(title=mark.title).first()
            created = image is None
            if created:
                image = self._save_image(
                    marking.render_jpeg(mark.setting),
                    title=mark.title,
                    description=mark.alt_text,
                    credit=marking.CREDIT,
                    nobody_identifiable=True,  # flags and logos
                )
            self._count("images", created, mark.title)
            setattr(logos, mark.setting, image)
        logos.save()
        self._count("EU marking logos", True, "stand-ins")

    # --- snippets and images ----------------------------------------------------

    def _award(self, spec):
        award = Award.objects.filter(slug=spec.slug, locale=self.locale).first()
        created = award is None
        if created:
            award = Award.objects.create(
                locale=self.locale,
                slug=spec.slug,
                name=spec.name,
                awarding_body=spec.awarding_body,
                level=spec.level,
                category=spec.category,
                description=spec.description,
            )
        self.awards[spec.slug] = award
        self._count("awards", created, spec.name)

    def _project(self, spec):
        if spec.name in self.projects:
            return
        project = Project.objects.filter(name=spec.name, locale=self.locale).first()
        created = project is None
        if created:
            project = Project(
                locale=self.locale,
                name=spec.name,
                programme=spec.programme,
                programme_period=spec.programme_period,
                fund=spec.fund,
                priority=spec.priority,
                action=spec.action,
                sub_action=spec.sub_action,
                start_date=spec.start_date,
                end_date=spec.end_date,
                results=spec.results,
            )
            for order, (label, count) in enumerate(spec.participants):
                project.participant_groups.add(
                    ProjectParticipantGroup(label=label, count=count, sort_order=order)
                )
            project.clean()
            project.save()
        self.projects[spec.name] = project
        self._count("projects", created, spec.name)

    def _image(self, photo, collection=None):
        if photo.title in self.images:
            return
        image = NetworkImage.objects.filter(title=photo.title).first()
        created = image is None
        if created:
            image = self._save_image(
                photos.render_jpeg(photo.title),
                title=photo.title,
                description=photos.alt_text(photo.title),
                credit=photo.credit,
                **photos.DEMO_CONSENT,
                **({"collection": collection} if collection else {}),
            )
        self.images[photo.title] = image
        self._count("images", created, photo.title)

    def _save_image(self, data, **fields):
        """A new image from generated JPEG ``data``; its file is remembered for clean-up."""
        image = NetworkImage(
            file_size=len(data), file_hash=hash_filelike(io.BytesIO(data)), **fields
        )
        image.file = ImageFile(io.BytesIO(data), name=f"{slugify(fields['title'])[:80]}.jpg")
        image.save()
        self.saved_files.append((image.file.storage, image.file.name))
        return image

    def _stream(self, blocks):
        """Body blocks in StreamField's stored form, with photos swapped for their images."""
        data = []
        for block_type, value in blocks:
            if block_type == "image":
                value = {
                    "image": self.images[value["photo"].title].pk,
                    "caption": value["caption"],
                    "credit": value["photo"].credit,
                }
            data.append({"type": block_type, "value": value})
        return data

    # --- pages ------------------------------------------------------------------

    def _page(self, parent, model, slug, kind, build):
        """The page ``slug`` under ``parent``: found and kept, or built, saved and published.

        Returns None (and says so) when a page of another type already has the slug.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            existing = existing.specific
            self._count(kind, False, existing.url_path)
            if not isinstance(existing, model):
                self.report.notes.append(
                    f"{existing.url_path} is a {type(existing).__name__}, not a "
                    f"{model.__name__}; it is kept and nothing is added under it."
                )
                return None
            return existing
        page = build()
        page.slug = slug
        page.locale = self.locale
        page.live = False  # a draft first; publishing the revision makes it live
        parent.add_child(instance=page)
        page.save_revision().publish()
        self._count(kind, True, page.url_path)
        return page

    def _home(self):
        def build():
            home = NetworkHomePage(
                title=network.HOME_TITLE,
                intro=network.HOME_INTRO,
                search_description=network.HOME_SEARCH_DESCRIPTION,
            )
            for order, spec in enumerate(network.AWARDS):
                home.featured_awards.add(
                    HomeFeaturedAward(award=self.awards[spec.slug], sort_order=order)
                )
            return home

        home = self._page(
            Page.get_first_root_node(), NetworkHomePage, network.HOME_SLUG, "network pages", build
        )
        if home is None:
            raise CommandError(
                f"A page with the slug {network.HOME_SLUG!r} already sits at the top of the page "
                "tree and is not a network home page; move or rename it and run again."
            )
        return home

    def _award_index(self, home):
        self._page(
            home,
            AwardIndexPage,
            network.AWARD_INDEX_SLUG,
            "network pages",
            lambda: AwardIndexPage(
                title=network.AWARD_INDEX_TITLE,
                intro=network.AWARD_INDEX_INTRO,
                show_in_menus=True,
            ),
        )

    def _standard_page(self, parent, spec):
        self._page(
            parent,
            StandardPage,
            spec.slug,
            "network pages",
            lambda: StandardPage(
                title=spec.title,
                intro=spec.intro,
                body=self._stream(spec.body),
                show_in_menus=True,
            ),
        )

    def _statement(self, home):
        fields = {**network.STATEMENT}
        slug = fields.pop("slug")
        fields["non_conformities"] = self._stream(fields["non_conformities"])
        self._page(
            home,
            AccessibilityStatementPage,
            slug,
            "network pages",
            lambda: AccessibilityStatementPage(**fields),
        )

    def _centre(self, home, spec):
        for project in spec.projects:
            self._project(project)

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

        centre = self._page(home, CentrePage, spec.slug, "centres", build)
        if centre is None:
            return
        workspace = CentreWorkspace.objects.get(translation_key=centre.translation_key)
        self.workspaces[spec.slug] = workspace
        for photo in spec.photos():
            self._image(photo, collection=workspace.collection)
        for story in spec.stories:
            self._story(centre, story)
        for gallery in spec.galleries:
            self._gallery(centre, gallery)

    def _story(self, centre, spec):
        def build():
            page = AwardStoryPage(
                title=spec.title,
                award=self.awards[spec.award],
                date_awarded=spec.date_awarded,
                ceremony_date=spec.ceremony_date,
                ceremony_place=spec.ceremony_place,
                conferred_by=spec.conferred_by,
                lead=spec.lead,
                body=self._stream(spec.body),
                hero_image=self.images[spec.hero.title] if spec.hero else None,
            )
            page.projects = [self.projects[name] for name in spec.projects]
            page.tags.add(*spec.tags)
            return page

        self._page(centre, AwardStoryPage, spec.slug, "award stories", build)

    def _gallery(self, centre, spec):
        def build():
            page = GalleryPage(title=spec.title, intro=spec.intro)
            for order, photo in enumerate(spec.photos):
                page.photos.add(
                    GalleryPhoto(
                        image=self.images[photo.title],
                        caption=photo.caption,
                        credit=photo.credit,  # on the photo too, so that it is translated
                        sort_order=order,
                    )
                )
            return page

        self._page(centre, GalleryPage, spec.slug, "galleries", build)

    # --- the demo admin ---------------------------------------------------------

    def _plan_admin(self):
        """Decide before loading anything: the password to create ``admin`` with, or None."""
        user_model = get_user_model()
        if user_model._default_manager.filter(username=ADMIN_USERNAME).exists():
            self.report.admin = "exists"
            return None
        password = self.options.admin_password
        if password is None:
            if not settings.DEBUG:
                self.report.admin = "refused"
                return None
            password = secrets.token_urlsafe(12)
            self.report.admin_password = password
        else:
            try:
                validate_password(password, user_model(username=ADMIN_USERNAME))
            except ValidationError as error:
                raise CommandError(
                    "--admin-password is too weak: " + " ".join(error.messages)
                ) from None
        self.report.admin = "created"
        return password

    def _admin(self, password):
        if password is None:
            return
        get_user_model()._default_manager.create_superuser(
            username=ADMIN_USERNAME, email=ADMIN_EMAIL, password=password
        )

    # --- English and Ukrainian versions of the real content --------------------

    def _translations(self, home, centre_specs):
        """Publish the English and Ukrainian versions of everything but generated content.

        The translated strings go into wagtail-localize's translation memory, as
        a translator's would, so the translation editor shows them later. The
        generated centres stay untranslated drafts in the other languages.
        """
        real_slugs = {spec.slug for spec in centres.REAL_CENTRES}
        snippets = [
            *Award.objects.filter(locale=self.locale),
            *(
                self.projects[project.name]
                for spec in centres.REAL_CENTRES
                for project in spec.projects
            ),
        ]
        pages = [home, *home.get_children().exclude(slug__in=self.generated_slugs(centre_specs))]
        pages += [
            page
            for centre in home.get_children().filter(slug__in=real_slugs)
            for page in centre.get_descendants()
            if not page.slug.endswith(centres.PENDING_STORY.slug)
        ]
        for locale_code, strings in translations.STRINGS.items():
            locale = Locale.objects.get(language_code=locale_code)
            for instance in [*snippets, *(page.specific for page in pages)]:
                self._translate(instance, locale, strings)

    @staticmethod
    def generated_slugs(centre_specs):
        real = {spec.slug for spec in centres.REAL_CENTRES}
        return [spec.slug for spec in centre_specs if spec.slug not in real]

    def _translate(self, instance, locale, strings):
        label = f"{locale.language_code}: {instance}"
        existing = instance.get_translation_or_none(locale)
        if (
            existing is not None
            and getattr(existing, "live", True)
            and not (isinstance(existing, Page) and existing.has_unpublished_changes)
        ):
            self._count("translations", False, label)
            return
        source, created = TranslationSource.get_or_create_from_instance(instance)
        if not created:
            source.update_from_db()
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            source_text = segment.string.data
            # Figures such as "54" read the same in every language.
            figure = None if any(char.isalpha() for char in source_text) else source_text
            text = strings.get(source_text, figure)
            if text is None:
                self.report.notes.append(
                    f"No {locale.language_code} text for {segment.string.data!r}"
                )
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": "manual"},
            )
        if isinstance(instance, Page):
            # Published here, not on commit as wagtail-localize would: the whole
            # load is one transaction and a second run must find it live.
            translation.save_target(publish=False)
            instance.get_translation(locale).get_latest_revision().publish()
        else:
            translation.save_target(publish=True)  # snippets have no drafts
        self._count("translations", True, label)

    # --- the demo team: one editor per real centre, one reviewer, one submission --

    def _team(self):
        """Demo logins (development only) so the approval loop can be tried at once.

        They all share one random password, printed once when they are created.
        """
        user_model = get_user_model()
        password = secrets.token_urlsafe(12)
        people = [(REVIEWER_USERNAME, reviewers_group())] + [
            (f"redaktor-{spec.slug}", self.workspaces[spec.slug].editors)
            for spec in centres.REAL_CENTRES
            if spec.slug in self.workspaces
        ]
        for username, group in people:
            user = user_model._default_manager.filter(username=username).first()
            created = user is None
            if created:
                user = user_model._default_manager.create_user(
                    username=username, email=f"{username}@zawszepomocni.example", password=password
                )
                user.groups.add(group)
                self.report.team_password = password
            self._count("demo logins", created, username)
            self.report.team.append((username, group.name))
        self._pending_submission()

    def _pending_submission(self):
        """A new Domanice story, written by its editor and waiting for the reviewer."""
        spec = centres.PENDING_STORY
        centre = CentrePage.objects.filter(slug=centres.DOMANICE_CENTRE.slug).first()
        editor = (
            get_user_model()
            ._default_manager.filter(username=f"redaktor-{centres.DOMANICE_CENTRE.slug}")
            .first()
        )
        if centre is None or editor is None or centre.get_children().filter(slug=spec.slug):
            return
        page = AwardStoryPage(
            title=spec.title,
            slug=spec.slug,
            locale=self.locale,
            award=self.awards[spec.award],
            date_awarded=spec.date_awarded,
            conferred_by=spec.conferred_by,
            lead=spec.lead,
            body=self._stream(spec.body),
            live=False,
            owner=editor,
        )
        centre.add_child(instance=page)
        revision = page.save_revision(user=editor, log_action=True)
        page.get_workflow().start(page, editor)
        self._count("submissions", True, f"{page.url_path} (revision {revision.pk})")
