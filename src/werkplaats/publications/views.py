"""Publication pages: the list with filters, one publication, exports and the import."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from werkplaats.network.views.pagination import paginate

from . import queries
from .citation import apa_html
from .exports import CONTENT_TYPES, EXPORTERS
from .forms import ImportForm, PublicationFilterForm
from .importing import ImportFileError, import_publications
from .permissions import (
    can_edit_publication,
    can_import_publications,
    import_workshops_for,
    publications_visible_to,
)


def _filter_form(request) -> PublicationFilterForm:
    return PublicationFilterForm(request.GET, years=queries.years(request.user))


def publication_list(request):
    form = _filter_form(request)
    page = paginate(request, queries.publication_list(request.user, form.filters()))
    for publication in page.object_list:
        publication.citation_html = apa_html(publication)
    return render(
        request,
        "publications/list.html",
        {
            "form": form,
            "page_obj": page,
            "export_query": request.GET.urlencode(),
        },
    )


def publication_detail(request, slug):
    publication = get_object_or_404(queries.detail_queryset(request.user), slug=slug)
    authors = list(publication.authorships.all())
    named = [a for a in authors if a.is_named]
    return render(
        request,
        "publications/detail.html",
        {
            "publication": publication,
            "citation": apa_html(publication),
            "authors": named,
            "hidden_authors": len(authors) - len(named),
            "can_edit": can_edit_publication(request.user, publication),
        },
    )


def _download(text: str, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(text, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'inline; filename="{name}.{fmt}"'
    return response


def export_list(request, fmt):
    if fmt not in EXPORTERS:
        raise Http404
    form = _filter_form(request)
    publications = list(queries.publication_list(request.user, form.filters()))
    return _download(EXPORTERS[fmt](publications), fmt, "publicaties")


def export_one(request, slug, fmt):
    if fmt not in EXPORTERS:
        raise Http404
    publication = get_object_or_404(queries.detail_queryset(request.user), slug=slug)
    return _download(EXPORTERS[fmt]([publication]), fmt, publication.slug)


def _hide_invisible(result, user) -> None:
    """A duplicate may be another werkplaats's draft: say it is there, but not which it is."""
    ids = [d.existing.pk for d in result.duplicates if d.existing]
    visible = set(publications_visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))
    for duplicate in result.duplicates:
        if duplicate.existing and duplicate.existing.pk not in visible:
            duplicate.existing = None


@login_required
def import_file(request):
    if not can_import_publications(request.user):
        raise PermissionDenied
    workshops = import_workshops_for(request.user)
    form = ImportForm(request.POST or None, request.FILES or None, workshops=workshops)
    result, error, status = None, "", 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = import_publications(
                    form.text,
                    workshop=form.cleaned_data["workshop"],
                    filename=form.cleaned_data["file"].name,
                    publish=form.cleaned_data["publish"],
                )
            except ImportFileError as failure:
                error, status = str(failure), 400
            else:
                _hide_invisible(result, request.user)
        else:
            error = _("The file was not imported: correct the fields below.")
            status = 400
    return render(
        request,
        "publications/import.html",
        {"form": form, "result": result, "error": error},
        status=status,
    )
