from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from werkplaats.utils import views as utils_views

admin.site.site_header = "werkplaats"
admin.site.site_title = "werkplaats"

urlpatterns = [
    path("healthz", utils_views.healthz, name="healthz"),
    path("readyz", utils_views.readyz, name="readyz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/v1/", include("werkplaats.conf.api_urls")),
    path("", include("werkplaats.oai.urls")),
    path("", include("werkplaats.syndication.root_urls")),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("account/", include("werkplaats.accounts.urls")),
    path("", include("werkplaats.network.manage_urls")),
    path("", include("werkplaats.apiaccess.urls")),
    path("", include("werkplaats.questions.urls")),
    path("", include("werkplaats.imports.urls")),
    path("", include("werkplaats.projects.urls")),
    path("", include("werkplaats.education.urls")),
    path("", include("werkplaats.communities.urls")),
    path("", include("werkplaats.library.urls")),
    path("", include("werkplaats.publications.urls")),
    path("", include("werkplaats.dossier.urls")),
    path("", include("werkplaats.newsletter.urls")),
    path("", include("werkplaats.search.urls")),
    path("", include("werkplaats.monitoring.urls")),
    path("", include("werkplaats.privacy.urls")),
    path("", include("werkplaats.syndication.urls")),
    path("", include("werkplaats.network.urls")),
    prefix_default_language=False,
)

handler400 = "werkplaats.utils.views.bad_request"
handler403 = "werkplaats.utils.views.permission_denied"
handler404 = "werkplaats.utils.views.page_not_found"
handler500 = "werkplaats.utils.views.server_error"
