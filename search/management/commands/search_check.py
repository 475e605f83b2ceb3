"""Check the configured search engine before use and say exactly what is missing.

    manage.py search_check

Exit status 0 when everything needed is there, 1 otherwise. With the
database backend there is nothing external to check.
"""

from django.core.management.base import BaseCommand, CommandError
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page

from search.backends import POLISH_ANALYSIS, POLISH_PLUGINS


def _major(version):
    try:
        return int(str(version).split(".")[0])
    except ValueError:
        return None


def expected_engine(backend):
    """("elasticsearch" | "opensearch", major version) the backend class is written for."""
    module = type(backend).__module__
    digits = "".join(c for c in module.rsplit(".", 1)[-1] if c.isdigit())
    kind = "opensearch" if "opensearch" in module else "elasticsearch"
    return kind, int(digits) if digits else None


def uses_polish_analysis(backend):
    analyzer = backend.settings["settings"]["analysis"]["analyzer"]["default"]
    return analyzer == POLISH_ANALYSIS["settings"]["analysis"]["analyzer"]["default"]


class Command(BaseCommand):
    help = "Check the search engine: reachable, version, analysis plugin, index."

    def add_arguments(self, parser):
        parser.add_argument("--backend", default="default", help="WAGTAILSEARCH_BACKENDS name")

    def ok(self, message):
        self.stdout.write(self.style.SUCCESS(f"OK       {message}"))

    def missing(self, message):
        self.problems.append(message)
        self.stdout.write(self.style.ERROR(f"MISSING  {message}"))

    def handle(self, *args, backend, **options):
        self.problems = []
        engine = get_search_backend(backend)
        if not isinstance(engine, ElasticsearchBaseSearchBackend):
            self.ok(
                f"the {backend!r} backend is the database ({type(engine).__name__}); "
                "nothing external to check"
            )
            return
        kind, major = expected_engine(engine)
        hosts = ", ".join(
            f"{h.get('scheme', 'http')}://{h['host']}:{h['port']}" for h in engine.hosts
        )
        try:
            info = engine.es.info()
        except Exception as error:  # any client error means "not reachable"
            self.missing(f"{kind} at {hosts} does not answer: {type(error).__name__}: {error}")
            raise CommandError("The search engine is not usable; see above.") from error
        version = info.get("version", {})
        distribution = version.get("distribution", "elasticsearch")
        number = version.get("number", "?")
        self.ok(f"{distribution} {number} answers at {hosts}")

        if distribution != kind:
            variable = "OPENSEARCH_URL" if distribution == "opensearch" else "ELASTICSEARCH_URL"
            self.missing(
                f"the backend {type(engine).__module__} expects {kind}, the server is "
                f"{distribution}: set {variable} instead"
            )
        elif major and _major(number) != major:
            hint = " (set ELASTICSEARCH_VERSION)" if kind == "elasticsearch" else ""
            self.missing(
                f"the backend is written for {kind} {major}, the server runs {number}{hint}"
            )
        else:
            self.ok(f"the backend {type(engine).__module__} matches {kind} {major}")

        plugins = self._plugins(engine)
        if uses_polish_analysis(engine):
            plugin = POLISH_PLUGINS[kind]
            if plugin in plugins:
                self.ok(f"the analysis plugin {plugin} is installed")
            else:
                command = (
                    "bin/opensearch-plugin install"
                    if kind == "opensearch"
                    else "bin/elasticsearch-plugin install"
                )
                self.missing(
                    f"the analysis plugin {plugin} on every node ({command} {plugin}, then "
                    "restart), or SEARCH_ANALYSIS=builtin to do without Polish stemming"
                )
        else:
            self.ok("SEARCH_ANALYSIS=builtin: no analysis plugin needed")

        index = engine.get_index_for_model(Page)
        try:
            exists = (
                index.exists()
                if kind == "opensearch"
                else engine.es.indices.exists(index=index.name)
            )
        except Exception as error:
            exists = False
            self.missing(f"cannot tell whether the index {index.name} exists: {error}")
        if exists:
            count = engine.es.count(index=index.name)["count"]
            self.ok(f"the index {index.name} exists with {count} documents")
        else:
            self.missing(f"the index {index.name}: run `manage.py update_index`")

        if self.problems:
            raise CommandError(f"{len(self.problems)} problem(s); see above.")

    def _plugins(self, engine):
        try:
            nodes = engine.es.nodes.info(metric="plugins")["nodes"]
        except Exception:
            return set()
        return {plugin["name"] for node in nodes.values() for plugin in node.get("plugins", [])}
