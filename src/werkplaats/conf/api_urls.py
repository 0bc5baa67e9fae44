"""The public REST API under ``/api/v1/``: each domain registers its read-only endpoints here."""

from django.urls import include, path
from django.utils.translation import gettext
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import routers

from werkplaats.communities import api as communities_api
from werkplaats.dossier import api as dossier_api
from werkplaats.education import api as education_api
from werkplaats.library import api as library_api
from werkplaats.network import api as network_api
from werkplaats.projects import api as projects_api
from werkplaats.publications import api as publications_api
from werkplaats.questions import api as questions_api
from werkplaats.search import api as search_api


class APIRootView(routers.APIRootView):
    """Public API of the Werkplaatsen Sociaal Domein, read-only except for submitting a practice
    question (`POST /api/v1/questions/`).

    Every list is paginated (`count`, `next`, `previous`, `results`), filterable and searchable with
    `?search=`. The OpenAPI schema is at `/api/v1/schema/`, its documentation at `/api/v1/docs/`.
    """

    def get_view_name(self):
        return gettext("Werkplaatsen Sociaal Domein API")


router = routers.DefaultRouter()
router.APIRootView = APIRootView
network_api.register(router)
questions_api.register(router)
communities_api.register(router)
projects_api.register(router)
library_api.register(router)
publications_api.register(router)
dossier_api.register(router)
education_api.register(router)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("search/", search_api.SearchView.as_view(), name="api-search"),
    path("", include("werkplaats.monitoring.api")),
    path("", include(router.urls)),
]
