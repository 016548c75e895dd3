"""Feeds inside the language prefixes: /feeds/… (English), /fr/feeds/…, /es/feeds/…."""

from django.urls import path
from django.views.decorators.cache import cache_control

from cec_site.feeds import feeds

app_name = "feeds"

# Feed readers poll often; a short shared cache keeps them cheap and new items still show soon.
FEED_MAX_AGE = 15 * 60


def cached(feed):
    return cache_control(public=True, max_age=FEED_MAX_AGE)(feed)


urlpatterns = [
    path("publications/rss/", cached(feeds.PublicationFeed()), name="publications_rss"),
    path("publications/atom/", cached(feeds.PublicationAtomFeed()), name="publications_atom"),
    path(
        "publications/<str:topic>/rss/",
        cached(feeds.PublicationFeed()),
        name="publications_topic_rss",
    ),
    path(
        "publications/<str:topic>/atom/",
        cached(feeds.PublicationAtomFeed()),
        name="publications_topic_atom",
    ),
    path("projects/rss/", cached(feeds.ProjectFeed()), name="projects_rss"),
    path("projects/atom/", cached(feeds.ProjectAtomFeed()), name="projects_atom"),
    path("projects/<str:topic>/rss/", cached(feeds.ProjectFeed()), name="projects_topic_rss"),
    path("projects/<str:topic>/atom/", cached(feeds.ProjectAtomFeed()), name="projects_topic_atom"),
]
