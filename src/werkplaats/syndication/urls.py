"""Feed addresses, namespace ``syndication`` (within the language prefixes, like every page):

- ``/feeds/`` lists the feeds;
- ``/feeds/<kind>.<rss|atom>``: network-wide;
- ``/feeds/<kind>/werkplaats/<slug>.<rss|atom>`` and ``/feeds/<kind>/thema/<slug>.<rss|atom>``.
"""

from django.urls import path, re_path

from . import views
from .feeds import FEEDS, FORMATS, SCOPES

app_name = "syndication"

KIND = "(?P<kind>{})".format("|".join(FEEDS))
FORMAT = r"\.(?P<fmt>{})".format("|".join(FORMATS))
SCOPE = "(?P<scope>{})".format("|".join(SCOPES))

urlpatterns = [
    path("feeds/", views.index, name="index"),
    re_path(rf"^feeds/{KIND}{FORMAT}$", views.feed, name="feed"),
    re_path(
        rf"^feeds/{KIND}/{SCOPE}/(?P<slug>[-a-zA-Z0-9_]+){FORMAT}$", views.feed, name="scoped_feed"
    ),
]
