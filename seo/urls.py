"""Addresses of the feeds and sitemaps. ``language_urlpatterns`` go under ``i18n_patterns``."""

from django.urls import path

from . import feeds, views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
]

language_urlpatterns = [
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("feeds/stories.rss", feeds.NetworkFeed(), name="feed_network_rss"),
    path("feeds/stories.atom", feeds.NetworkAtomFeed(), name="feed_network_atom"),
    path("feeds/centres/<slug:slug>.rss", feeds.CentreFeed(), name="feed_centre_rss"),
    path("feeds/centres/<slug:slug>.atom", feeds.CentreAtomFeed(), name="feed_centre_atom"),
    path("feeds/awards/<slug:slug>.rss", feeds.AwardFeed(), name="feed_award_rss"),
    path("feeds/awards/<slug:slug>.atom", feeds.AwardAtomFeed(), name="feed_award_atom"),
]
