"""The network registry's part of the read-only REST API under ``/api/v1/``."""


def register(router):
    """Adds this domain's read-only endpoints to the API router."""
    from . import themes, views, writing

    router.register("workshops", views.WorkshopViewSet, basename="workshop")
    router.register("organisations", views.OrganisationViewSet, basename="organisation")
    router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
    router.register("people", views.PersonViewSet, basename="person")
    router.register("themes", themes.ThemeComparisonViewSet, basename="theme")
    router.register("competences", views.CompetenceViewSet, basename="competence")
    router.register(
        "organisation-kinds", views.OrganisationKindViewSet, basename="organisation-kind"
    )
    router.register("roles", views.ParticipantRoleViewSet, basename="role")
    router.register(
        f"workshops/(?P<workshop_slug>{writing.SLUG})/partners",
        writing.PartnershipViewSet,
        basename="workshop-partner",
    )
