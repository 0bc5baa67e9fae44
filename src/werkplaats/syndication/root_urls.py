"""The sitemap and ``robots.txt``, at the root of the site without a language prefix (the
sitemap lists both languages itself)."""

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from . import views
from .sitemaps import SITEMAPS

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    re_path(
        r"^sitemap-(?P<section>[a-z]+)\.xml$",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]
