"""Put the demo network into the database: idempotently, in one transaction.

Everything is looked up by its natural key before it is made — a page by its
slug under its parent, an award by its slug, a project by its name, an image
by its title, the Site by hostname and port — and what is found is kept
exactly as it is, so a second run creates nothing and changes nothing.

``DemoLoader.run`` is the order of the load; the steps are in ``site``,
``snippets``, ``media``, ``pages``, ``translating`` and ``team``, each given
the loader, which holds what the steps share. The search index, Wagtail's
reference index and the photos' renditions are brought up to date once per
object at the end (``batching``).
"""

from django.conf import settings
from django.db import transaction

from . import batching, generated, media, pages, reading, site, snippets, team, translating
from .options import Options, Report
from .team import ADMIN_USERNAME

__all__ = ["ADMIN_USERNAME", "DemoLoader", "Options"]


class DemoLoader:
    def __init__(self, options, log=None):
        self.options = options
        self.log = log or (lambda message: None)
        self.report = Report()
        self.locale = None
        self.images = {}  # image title -> NetworkImage
        self.projects = {}  # project name -> Project
        self.awards = {}  # award slug -> Award
        self.workspaces = {}  # centre slug -> CentreWorkspace
        self.saved_files = []  # (storage, name) of every file written
        self._strings = {}  # (model, pk) -> the texts.Strings it was built with

    def run(self):
        network = reading.network()
        real_centres = reading.real_centres()
        generated_centres = ()
        if self.options.with_generated:
            generated_centres = generated.generate(
                self.options.seed, self.options.centres, self.options.stories
            )
        admin_password = team.plan_admin(self)
        try:
            with transaction.atomic(), batching.once_per_object():
                self.locale = site.default_locale(network.language)
                site.remove_wagtail_welcome(self)
                for spec in network.awards:
                    snippets.award(self, spec)
                home = pages.home(self, network)
                served = site.site(self, home, network.site)
                if served is not None:
                    site.network_settings(self, served, network.settings)
                media.eu_marking(self)
                pages.award_index(self, home, network.award_index)
                for spec in network.pages:
                    pages.standard_page(self, home, spec)
                pages.statement(self, home, network.statement)
                for spec in (*real_centres, *generated_centres):
                    pages.centre(self, home, spec)
                translating.translate_real_content(self, home, real_centres, generated_centres)
                team.create_admin(admin_password)
                if settings.DEBUG:
                    team.demo_team(self, real_centres)
        except BaseException:
            # The rows are gone with the transaction; don't leave their files behind.
            for storage, name in self.saved_files:
                storage.delete(name)
            raise
        return self.report

    # --- what the steps share ------------------------------------------------------

    def count(self, kind, created, label):
        (self.report.created if created else self.report.kept)[kind] += 1
        self.log(f"{'created' if created else 'kept   '} {kind}: {label}")

    def stream(self, blocks):
        return media.stream(self, blocks)

    def remember_strings(self, instance, spec):
        """Note the translations of the data item ``instance`` was built from (if any)."""
        strings = getattr(spec, "strings", None)
        if strings is not None:
            self._strings[(type(instance)._meta.concrete_model, instance.pk)] = strings

    def strings_of(self, instance):
        return self._strings.get((type(instance)._meta.concrete_model, instance.pk))
