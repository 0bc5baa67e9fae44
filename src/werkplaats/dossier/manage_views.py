"""Where network editors write the dossier: ``/dossier/nieuw/`` and ``/dossier/<slug>/bewerken/``.
Each view asks ``permissions`` first, lets ``ArticleEditor`` check and save, and redirects; a page
with errors comes back (status 400) with everything that was typed and nothing saved."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .constants import ArticleState
from .forms import ArticleEditor
from .models import Article
from .permissions import can_edit_articles


def _render(request, editor: ArticleEditor, article: Article | None):
    return render(
        request,
        "dossier/manage/form.html",
        {"editor": editor, "form": editor.form, "article": article},
        status=400 if request.method == "POST" else 200,
    )


def _saved(request, editor: ArticleEditor, article: Article):
    if article.is_public:
        messages.success(request, _("The article has been saved. It is public."))
    elif article.state == ArticleState.SCHEDULED:
        messages.success(
            request,
            _("The article has been saved. It becomes public by itself on %(when)s.")
            % {"when": _local(article.published_at)},
        )
    else:
        messages.success(request, _("The article has been saved as a draft: only editors see it."))
    if editor.removed:
        messages.warning(
            request,
            _("Unsafe markup was removed from the body: %(what)s. Check how the article reads.")
            % {"what": ", ".join(editor.removed)},
        )
    return redirect("dossier:edit", slug=article.slug)


def _local(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


@login_required
def create(request):
    if not can_edit_articles(request.user):
        raise PermissionDenied
    editor = ArticleEditor(request.user, None, request.POST or None, request.FILES or None)
    if request.method == "POST" and editor.is_valid():
        article = editor.save()
        if article is not None:
            return _saved(request, editor, article)
    return _render(request, editor, None)


@login_required
def edit(request, slug):
    if not can_edit_articles(request.user):
        raise PermissionDenied
    article = get_object_or_404(
        Article.objects.select_related("author").prefetch_related(
            "themes", "workshops", "projects", "products", "images"
        ),
        slug=slug,
    )
    editor = ArticleEditor(request.user, article, request.POST or None, request.FILES or None)
    if request.method == "POST" and editor.is_valid():
        saved = editor.save()
        if saved is not None:
            return _saved(request, editor, saved)
    return _render(request, editor, article)
