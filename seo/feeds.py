"""RSS 2.0 and Atom feeds of award stories: the network, a centre, an award; per language.

Built on Django's syndication framework
(https://docs.djangoproject.com/en/5.2/ref/contrib/syndication/). The feed
objects are shared by every request, so everything a request needs travels in
the ``FeedScope`` that ``get_object`` returns. Every text an editor typed goes
through ``xml_safe``: the feeds stay well-formed XML whatever was pasted.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from awards.models import Award, AwardIndexPage, AwardStoryPage, CentrePage
from home.models import NetworkHomePage, NetworkSettings

from .xml_text import xml_safe

STORIES_PER_FEED = 30


@dataclass
class FeedScope:
    request: HttpRequest
    locale: Locale
    title: str
    description: str
    link: str
    stories: QuerySet


def _locale():
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is None:
        raise Http404("No such language.")
    return locale


def _network_name(request):
    site = Site.find_for_request(request)
    return NetworkSettings.for_site(site).network_name if site else ""


def _absolute(request, page, fallback="/"):
    url = page.get_full_url(request) if page is not None else None
    return url or request.build_absolute_uri(fallback)


class StoryFeed(Feed):
    """The newest stories of a scope; subclasses say which scope."""

    feed_type = Rss201rev2Feed

    def scope(self, request, locale, **kwargs):
        raise NotImplementedError

    def get_object(self, request, **kwargs):
        return self.scope(request, _locale(), **kwargs)

    def title(self, scope):
        return xml_safe(scope.title)

    def description(self, scope):
        return xml_safe(scope.description)

    subtitle = description  # Atom's name for it

    def link(self, scope):
        return scope.link

    def feed_url(self, scope):
        return scope.request.build_absolute_uri(scope.request.path)

    def feed_guid(self, scope):
        return self.feed_url(scope)

    def items(self, scope):
        stories = list(
            scope.stories.live()
            .public()
            .filter(locale=scope.locale)
            .select_related("award", "centre")
            .order_by("-first_published_at", "-pk")[:STORIES_PER_FEED]
        )
        for story in stories:
            story.feed_link = story.get_full_url(scope.request)
        return stories

    def item_title(self, story):
        return xml_safe(story.title)

    def item_description(self, story):
        return xml_safe(story.lead)

    def item_link(self, story):
        return story.feed_link

    def item_guid(self, story):
        return story.feed_link

    def item_pubdate(self, story):
        return story.first_published_at

    def item_updateddate(self, story):
        return story.last_published_at

    def item_author_name(self, story):
        return xml_safe(story.centre.title) if story.centre else None

    def item_categories(self, story):
        return [xml_safe(story.award.name)]


class NetworkFeed(StoryFeed):
    def scope(self, request, locale):
        home = NetworkHomePage.objects.live().filter(locale=locale).first()
        name = _network_name(request)
        return FeedScope(
            request=request,
            locale=locale,
            title=_("%(network)s: award stories") % {"network": name},
            description=_("The newest award stories of every centre of the network."),
            link=_absolute(request, home),
            stories=AwardStoryPage.objects.all(),
        )


class CentreFeed(StoryFeed):
    def scope(self, request, locale, slug):
        centre = CentrePage.objects.live().public().filter(locale=locale, slug=slug).first()
        if centre is None:
            raise Http404("No such centre in this language.")
        return FeedScope(
            request=request,
            locale=locale,
            title=_("%(centre)s: award stories") % {"centre": centre.title},
            description=centre.official_name,
            link=_absolute(request, centre),
            stories=AwardStoryPage.objects.filter(centre=centre),
        )


class AwardFeed(StoryFeed):
    def scope(self, request, locale, slug):
        # The slug is the same in every language; an award not yet translated is
        # shown (and linked from stories) in the default language.
        awards = Award.objects.filter(slug=slug)
        award = (
            awards.filter(locale=locale).first()
            or awards.filter(locale=Locale.get_default()).first()
        )
        if award is None:
            raise Http404("No such award.")
        index = AwardIndexPage.objects.live().filter(locale=locale).first()
        link = _absolute(request, index)
        if index is not None:
            link = f"{link}?award={award.slug}"
        return FeedScope(
            request=request,
            locale=locale,
            title=_("Stories of the award “%(award)s”") % {"award": award.name},
            description=award.awarding_body,
            link=link,
            stories=AwardStoryPage.objects.filter(award__translation_key=award.translation_key),
        )


class NetworkAtomFeed(NetworkFeed):
    feed_type = Atom1Feed


class CentreAtomFeed(CentreFeed):
    feed_type = Atom1Feed


class AwardAtomFeed(AwardFeed):
    feed_type = Atom1Feed
