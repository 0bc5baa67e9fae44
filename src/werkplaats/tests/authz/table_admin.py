"""Django's admin: who gets past its login, and who may do what with each model there.

Only staff (network editors and administrators) get past the admin's login; members and
coordinators are sent to it like visitors. ``MODELS`` states, per registered model, the row of its
list, add, change, delete and history pages; a model registered in the admin without a row here
fails ``test_every_url_is_in_the_matrix`` (its URL names have no case).
"""

from django.contrib import admin
from django.urls import reverse

from .outcomes import DONE, FORBIDDEN, HIDDEN, LOGIN, NOT_ALLOWED, OK
from .rows import ADMINISTRATORS_ADMIN, EDITORS_ADMIN, NOBODY_ADMIN, Case, done

ACTIONS = ("changelist", "add", "change", "delete", "history")
EDITORS = dict.fromkeys(ACTIONS, EDITORS_ADMIN)
ADMINISTRATORS = dict.fromkeys(ACTIONS, ADMINISTRATORS_ADMIN)
#: Kept by the system: looked up, never added by hand.
EDITORS_LOOK_UP = {**EDITORS, "add": NOBODY_ADMIN}
ADMINISTRATORS_LOOK_UP = {**ADMINISTRATORS, "add": NOBODY_ADMIN}

# fmt: off
MODELS = {
    # Registry and vocabularies: network editors (``network.admin.EditorAdmin``).
    "network_theme": EDITORS, "network_competence": EDITORS,
    "network_organisationkind": EDITORS, "network_participantrole": EDITORS,
    "network_municipality": EDITORS, "network_organisation": EDITORS,
    "network_researchgroup": EDITORS, "network_person": EDITORS, "network_workshop": EDITORS,
    "network_partnership": EDITORS,
    "projects_project": EDITORS, "projects_learningform": EDITORS,
    "projects_beneficiarygroup": EDITORS, "projects_fundingkind": EDITORS,
    "projects_educationlinkkind": EDITORS,
    "communities_learningcommunity": EDITORS, "communities_meeting": EDITORS,
    "communities_reflection": EDITORS,
    "library_product": EDITORS, "library_productkind": EDITORS,
    "publications_publication": EDITORS,
    "dossier_article": EDITORS,
    # The education bridge: programmes and cases kept by editors, offers and groups looked up
    # (each of their changes is a step of the journey in the site).
    "education_programme": EDITORS, "education_teachingcase": EDITORS,
    "education_assignmentoffer": EDITORS_LOOK_UP, "education_studentgroup": EDITORS_LOOK_UP,
    # Every change to a question is a triage step in the site: the admin only looks up and
    # deletes (spam). Withdrawn publications stay for harvesters for ever.
    "questions_practicequestion": EDITORS_LOOK_UP,
    "publications_deletedpublication": {
        **EDITORS, "add": NOBODY_ADMIN, "delete": NOBODY_ADMIN,
    },
    # Users and roles: administrators only (``accounts.admin.UserAdmin``).
    "accounts_user": ADMINISTRATORS, "auth_group": ADMINISTRATORS,
    # API keys are made and revoked by coordinators in the site; administrators may look them up.
    "apiaccess_apitoken": ADMINISTRATORS_LOOK_UP,
    # The audit log: read by administrators, changed by nobody.
    "privacy_auditentry": {**ADMINISTRATORS_LOOK_UP, "delete": NOBODY_ADMIN},
    # Failed logins and lock-outs (issue 8, another helper's work in progress).
    "accounts_failedlogin": ADMINISTRATORS_LOOK_UP, "accounts_loginlock": ADMINISTRATORS_LOOK_UP,
    # Django's model permissions, which network editors are not given: administrators.
    "monitoring_evaluationreport": ADMINISTRATORS, "newsletter_issue": ADMINISTRATORS,
    "oai_deletedproduct": ADMINISTRATORS_LOOK_UP,
    "django_tasks_database_dbtaskresult": {**ADMINISTRATORS_LOOK_UP, "delete": NOBODY_ADMIN},
}

# Pages of the admin site itself.
#                    visitor  member  coordinator outsider  net. editor administrator
SITE_PAGES = {
    "admin:index": EDITORS_ADMIN,
    # The admin's login hands over to the site's (with its second factor).
    "admin:login": (LOGIN,) * 6,
    "admin:password_change": EDITORS_ADMIN,
    "admin:password_change_done": EDITORS_ADMIN,
    "admin:jsi18n": EDITORS_ADMIN,
    "admin:app_list": EDITORS_ADMIN,
    "admin:app_list [accounts]": (*ADMINISTRATORS_ADMIN[:4], HIDDEN, OK),
    "admin:view_on_site": done(EDITORS_ADMIN),
    "admin:autocomplete": (LOGIN, LOGIN, LOGIN, LOGIN, FORBIDDEN, FORBIDDEN),
    "admin:auth_user_password_change": ADMINISTRATORS_ADMIN,
    # Any other address under /admin/: the login first, then "not found".
    "<unnamed admin/(?P<url>.*)$>": (LOGIN, LOGIN, LOGIN, LOGIN, HIDDEN, HIDDEN),
}
# fmt: on


def _object(model):
    """The first object of a model, made by ``world.build`` (the test says which are missing)."""
    return model._default_manager.order_by("pk").first()


#: Models the world holds no object of (task results: the tests run tasks at once): their
#: object pages are asked about a missing object, which the admin answers with a redirect.
WITHOUT_OBJECTS = {
    "django_tasks_database_dbtaskresult",
    "accounts_failedlogin",
    "accounts_loginlock",
}


def _model_url(model, action):
    def address(world):
        info = (model._meta.app_label, model._meta.model_name)
        name = f"admin:{info[0]}_{info[1]}_{action}"
        if action in ("change", "delete", "history"):
            if "_".join(info) in WITHOUT_OBJECTS:
                return reverse(name, args=["00000000-0000-0000-0000-000000000000"])
            instance = _object(model)
            assert instance is not None, f"the world has no {model.__name__} for {name}"
            return reverse(name, args=[instance.pk])
        return reverse(name)

    return address


def _missing(row):
    """A page about an object that does not exist: whoever may see it is sent to the index."""
    return tuple(DONE if outcome == OK else outcome for outcome in row)


def _object_redirect(model):
    def address(world):
        change = _model_url(model, "change")(world)
        return change.removesuffix("change/")

    return address


def _site_page(key):
    from django.contrib.contenttypes.models import ContentType

    name = key.split(" [")[0]

    def address(world):
        if name == "admin:app_list":
            return reverse(name, kwargs={"app_label": "accounts" if "[" in key else "network"})
        if name == "admin:view_on_site":
            content_type = ContentType.objects.get_for_model(world.project)
            return reverse(name, args=[content_type.pk, world.project.pk])
        if name == "admin:auth_user_password_change":
            return reverse(name, args=[world.mila.pk])
        if name.startswith("<unnamed"):
            return reverse("admin:index") + "geen-pagina/"
        if name == "admin:autocomplete":
            return reverse(name) + "?app_label=network&model_name=person&field_name=lector"
        return reverse(name)

    return address


def cases() -> dict:
    table = {}
    for key, row in SITE_PAGES.items():
        table[key] = Case(_site_page(key), row)
    # The admin's log-out: staff log out by POST (GET is not offered); anyone else is sent on.
    table["admin:logout"] = Case(
        lambda w: reverse("admin:logout"),
        (DONE, DONE, DONE, DONE, NOT_ALLOWED, NOT_ALLOWED),
        (DONE,) * 6,
        changes_on=(),
    )
    for model in admin.site._registry:
        label = f"{model._meta.app_label}_{model._meta.model_name}"
        rows = MODELS.get(label)
        if rows is None:
            continue
        for action in ACTIONS:
            row = rows[action]
            if label in WITHOUT_OBJECTS and action == "history":
                row = (LOGIN, LOGIN, LOGIN, LOGIN, DONE, DONE)  # checked after the lookup
            elif label in WITHOUT_OBJECTS and action != "changelist":
                row = _missing(row)
            table[f"admin:{label}_{action}"] = Case(_model_url(model, action), row)
        # ``/admin/<app>/<model>/<id>/`` (no name) sends staff on to the change page.
        route = (
            f"<unnamed admin/{model._meta.app_label}/{model._meta.model_name}/<path:object_id>/>"
        )
        table[route] = Case(_object_redirect(model), done(EDITORS_ADMIN))
    # A few forms sent, to see the refusals change nothing and the allowed ones work.
    table["admin:network_theme_add [POST]"] = Case(
        lambda w: reverse("admin:network_theme_add"),
        None,
        done(EDITORS_ADMIN),
        {"slug": "wonen", "name": "Wonen", "position": 1, "is_active": "on"},
    )
    table["admin:accounts_user_delete [POST]"] = Case(
        lambda w: reverse("admin:accounts_user_delete", args=[w.mila.pk]),
        None,
        done(ADMINISTRATORS_ADMIN),
        {"post": "yes"},
    )
    return table


ADMIN = cases()
