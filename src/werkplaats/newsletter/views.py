"""Public newsletter pages: sign-up, the subscriber's own signed links, and the archive.

Pages reached by a signed link are the subscriber's own; they never show the e-mail address
either (a forwarded mail's link must not reveal it) and ask search engines not to index them.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from werkplaats.network.views.pagination import paginate
from werkplaats.questions.services import spam

from .constants import IssueState, SubscriberStatus
from .forms import PreferencesForm, SignupForm
from .models import Issue
from .services import composing, subscriptions
from .tokens import Purpose, TokenExpired, TokenInvalid, make_token


@never_cache
@require_http_methods(["GET", "POST"])
def signup(request):
    if request.method != "POST":
        return _signup_page(request, SignupForm.blank())
    form = SignupForm(request.POST)
    if not form.is_valid():
        form.renew()
        return _signup_page(request, form, status=400)
    if form.looks_like_spam():
        form.add_error(
            None,
            _(
                "We could not accept the form: it was sent very quickly, or it was open for more"
                " than a day. Check your answers and send it again."
            ),
        )
        form.renew()
        return _signup_page(request, form, status=400)
    if not subscriptions.allow_signup(spam.client_address(request)):
        form.add_error(
            None,
            _(
                "Many sign-ups were sent from your network in the last hour. Wait an hour and"
                " send the form again."
            ),
        )
        form.renew()
        return _signup_page(request, form, status=429)
    subscriptions.sign_up(
        form.cleaned_data["email"],
        workshops=form.cleaned_data["workshops"],
        themes=form.cleaned_data["themes"],
        language=(get_language() or "nl")[:2],
    )
    # The same answer for every address: whether it was subscribed already is told only to it.
    return redirect("newsletter:signup_done")


def _signup_page(request, form, status=200):
    return render(request, "newsletter/signup.html", {"form": form}, status=status)


@require_GET
def signup_done(request):
    return render(request, "newsletter/signup_done.html")


def _link_problem(request, error):
    expired = isinstance(error, TokenExpired)
    return render(request, "newsletter/link_problem.html", {"expired": expired}, status=400)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """A GET only shows the button: mail scanners that open every link confirm nothing."""
    try:
        subscriber = subscriptions.subscriber_for(token, Purpose.CONFIRM)
        if request.method == "POST":
            subscriptions.confirm(subscriber)
            return render(
                request,
                "newsletter/confirmed.html",
                {"token": make_token(subscriber, Purpose.PREFERENCES)},
            )
    except (TokenExpired, TokenInvalid) as error:
        return _link_problem(request, error)
    if subscriber.status not in (SubscriberStatus.PENDING, SubscriberStatus.ACTIVE):
        return _link_problem(request, TokenInvalid())
    return render(
        request, "newsletter/confirm.html", {"already": subscriber.is_active, "token": token}
    )


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    try:
        subscriber = subscriptions.subscriber_for(token, Purpose.PREFERENCES)
    except (TokenExpired, TokenInvalid) as error:
        return _link_problem(request, error)
    if request.method == "POST" and subscriber.is_active:
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscriptions.update_preferences(
                subscriber, form.cleaned_data["workshops"], form.cleaned_data["themes"]
            )
            messages.success(request, _("Your choices have been saved."))
            return redirect("newsletter:preferences", token=token)
        status = 400
    else:
        form = PreferencesForm(
            initial={
                "workshops": list(subscriber.workshops.values_list("slug", flat=True)),
                "themes": list(subscriber.themes.values_list("slug", flat=True)),
            }
        )
        status = 200
    return render(
        request,
        "newsletter/preferences.html",
        {
            "form": form,
            "subscriber": subscriber,
            "unsubscribe_token": make_token(subscriber, Purpose.UNSUBSCRIBE),
        },
        status=status,
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058 one-click: a POST (``List-Unsubscribe=One-Click``, from a mail client, without
    cookies) unsubscribes at once; the signed token is the authentication, so this view alone is
    exempt from CSRF. A GET (a person following the link) asks for a click first."""
    try:
        subscriber = subscriptions.subscriber_for(token, Purpose.UNSUBSCRIBE)
    except (TokenExpired, TokenInvalid) as error:
        return _link_problem(request, error)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        return render(request, "newsletter/unsubscribed.html")
    return render(
        request,
        "newsletter/unsubscribe.html",
        {"token": token, "subscribed": subscriber.status != SubscriberStatus.UNSUBSCRIBED},
    )


@require_GET
def archive(request):
    # An issue being sent is in the archive already: its mails link to its page there.
    issues = (
        Issue.objects.exclude(state=IssueState.DRAFT)
        .only("slug", "subject", "sending_started_at", "introduction")
        .order_by("-sending_started_at", "-pk")
    )
    return render(request, "newsletter/archive.html", {"page_obj": paginate(request, issues)})


@require_GET
def archive_detail(request, slug):
    issue = get_object_or_404(Issue.objects.exclude(state=IssueState.DRAFT), slug=slug)
    return render(
        request,
        "newsletter/archive_detail.html",
        {
            "issue": issue,
            "entries": composing.issue_entries(issue),
            "paragraphs": [p.strip() for p in issue.introduction.split("\n\n") if p.strip()],
        },
    )
