"""Listings cost the same number of queries with 10 stories as with 100 (no N+1)."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.factories import (
    AwardFactory,
    AwardStoryPageFactory,
    CentrePageFactory,
    GalleryPhotoFactory,
)
from caching.generation import bump
from home.factories import NetworkImageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    """Queries of a full render: renditions made on the first view are not counted, and
    the rendered page is not taken from the fragment cache (caching/generation.py)."""
    assert client.get(url).status_code == 200
    bump()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


class Network:
    def __init__(self, home_page):
        self.home = home_page
        self.awards = AwardFactory.create_batch(3)
        self.images = NetworkImageFactory.create_batch(3)
        self.centres = []
        self.dates = (datetime.date(2010 + n % 15, 1 + n % 12, 1) for n in itertools.count())

    def grow(self, centres, stories):
        """Add centres (each with a logo and a gallery) and spread new stories over all of them."""
        for n in range(centres):
            centre = CentrePageFactory(
                parent=self.home,
                logo=self.images[n % 3],
                voivodeship=["mazowieckie", "slaskie"][n % 2],
            )
            GalleryPhotoFactory.create_batch(2, page__parent=centre, image=self.images[n % 3])
            self.centres.append(centre)
        for n in range(stories):
            AwardStoryPageFactory(
                parent=self.centres[n % len(self.centres)],
                award=self.awards[n % 3],
                hero_image=self.images[n % 3],
                date_awarded=next(self.dates),
            )


def listing_urls(network, award_index):
    first_centre = network.centres[0]
    first_story = first_centre.get_children().type(AwardStoryPageFactory._meta.model).first()
    first_gallery = first_centre.get_children().exclude(pk=first_story.pk).first()
    return {
        "home": network.home.url,
        "centre": first_centre.url,
        "story": first_story.url,
        "gallery": first_gallery.url,
        "award index": award_index.url,
        "award index, filtered": f"{award_index.url}?year=2014&region=mazowieckie",
    }


def test_listing_query_counts_do_not_grow_with_the_network(client, home_page, award_index):
    network = Network(home_page)
    network.grow(centres=2, stories=10)
    urls = listing_urls(network, award_index)
    with_10 = {name: queries_for(client, url) for name, url in urls.items()}

    network.grow(centres=8, stories=90)
    with_100 = {name: queries_for(client, url) for name, url in urls.items()}

    assert with_100 == with_10
