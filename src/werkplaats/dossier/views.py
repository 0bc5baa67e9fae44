"""Public dossier pages: the list with filters, one article's page and its images. Editors also
see drafts and scheduled articles here: the article's page is their preview."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from werkplaats.network.views.pagination import paginate

from . import queries
from .forms import ArticleFilterForm
from .models import ArticleImage
from .permissions import articles_visible_to, can_edit_articles

#: An image is never run as a page: no script, frame or connection, whatever it contains.
IMAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def article_list(request):
    form = ArticleFilterForm(request.GET)
    return render(
        request,
        "dossier/list.html",
        {
            "form": form,
            "page_obj": paginate(request, queries.article_list(request.user, form.filters())),
            "can_edit": can_edit_articles(request.user),
        },
    )


def article_detail(request, slug):
    article = get_object_or_404(queries.detail_queryset(request.user), slug=slug)
    return render(
        request,
        "dossier/detail.html",
        {
            "article": article,
            "page": queries.article_page(article),
            "can_edit": can_edit_articles(request.user),
        },
    )


def article_image(request, image_uuid):
    """Streams an image to whoever may read its article: a draft's images are 404 for everyone
    else, exactly like the draft. The type is the one read from the content on upload."""
    image = get_object_or_404(
        ArticleImage.objects.select_related("article"),
        uuid=image_uuid,
        article__in=articles_visible_to(request.user),
    )
    try:
        handle = image.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, content_type=image.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = IMAGE_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = (
        "public, max-age=300" if image.article.is_public else "private, no-store"
    )
    return response
