"""The jurors' own pages: ask for a sign-in link, sign in with it, see their packs,
sign out. Every refusal is a 4xx page that says what to do; nothing here may 500.

Rate limits (settings.JUROR_SIGN_IN_RATE_LIMIT) count sign-in attempts per client
address, and link requests per client address and per e-mail address.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail.models import Locale

from engagement_hub.ratelimit import is_rate_limited
from home.localizing import translated

from . import jurors
from .models import BriefingPackPage, Juror, PackSectionRead

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


class RequestLinkForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        max_length=254,
        help_text=gettext_lazy("The address the council invited you with."),
        error_messages={
            "required": gettext_lazy("Enter your e-mail address"),
            "invalid": gettext_lazy(
                "Enter an e-mail address in the correct format, like name@example.com"
            ),
        },
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput, max_length=500)


def _rate_limited(request, scope, key=None):
    return is_rate_limited(
        request, f"jurors:{scope}", rate=settings.JUROR_SIGN_IN_RATE_LIMIT, key=key
    )


def _too_many(request):
    return TemplateResponse(request, "deliberations/jurors/rate_limited.html", {}, status=429)


def _signed_in_juror(request) -> Juror | None:
    user = request.user
    return getattr(user, "juror", None) if user.is_authenticated else None


@never_cache
@require_GET
def home(request):
    """The signed-in juror's packs: every live pack of their jury, with their reading."""
    juror = _signed_in_juror(request)
    if juror is None:
        return redirect("juror_request_link")
    topic = juror.jury.topic
    live_packs = (
        BriefingPackPage.objects.live()
        .select_related("session")
        .prefetch_related("versions")
        .order_by("path")
    )
    # Each pack in the juror's language where it has been translated (and published).
    packs = translated(live_packs, list(live_packs.child_of(topic)), Locale.get_active().pk)
    read = {}
    for pack_id, key in PackSectionRead.objects.filter(juror=juror, pack__in=packs).values_list(
        "pack_id", "section_key"
    ):
        read.setdefault(pack_id, set()).add(key)
    entries = []
    for pack in packs:
        versions = sorted(pack.versions.all(), key=lambda version: version.number)
        if not versions:
            continue
        latest = versions[-1]
        keys = {section["key"] for section in latest.content["sections"]}
        entries.append(
            {
                "pack": pack,
                "url": pack.get_url(request),
                "version": latest,
                "sections": len(keys),
                "read": len(keys & read.get(pack.pk, set())),
            }
        )
    return TemplateResponse(
        request,
        "deliberations/jurors/home.html",
        {"juror": juror, "topic": topic, "entries": entries},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def request_link(request):
    """Ask for a sign-in link. The answer is the same whether or not the address
    belongs to a juror, so the form tells no one who is on a jury."""
    if request.method != "POST":
        form = RequestLinkForm(initial={"next": jurors.safe_next_path(request.GET.get("next"))})
        return _request_page(request, form)
    if _rate_limited(request, "request-link"):
        return _too_many(request)
    form = RequestLinkForm(request.POST)
    if not form.is_valid():
        return _request_page(request, form, status=400)
    email = form.cleaned_data["email"].strip()
    # Counted for every address asked about, so a 429 says nothing about the address.
    if _rate_limited(request, "request-link-email", key=email.casefold()):
        return _too_many(request)
    juror = (
        Juror.objects.select_related("jury")
        .filter(user__email__iexact=email, user__is_active=True)
        .first()
    )
    if juror is not None:
        jurors.send_sign_in_link(juror, next_path=form.cleaned_data["next"])
    return TemplateResponse(
        request,
        "deliberations/jurors/link_sent.html",
        {"email": email, "link_hours": settings.JUROR_SIGN_IN_LINK_HOURS},
    )


def _request_page(request, form, status=200):
    return TemplateResponse(
        request,
        "deliberations/jurors/request_link.html",
        {"form": form, "link_hours": settings.JUROR_SIGN_IN_LINK_HOURS},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def sign_in(request, token):
    """GET: a page with a "Sign in" button, so that a mail scanner opening the link
    does not use it up. POST: use the link up, sign in, and go to the packs (or to the
    page the juror was going to)."""
    next_path = jurors.safe_next_path(request.GET.get("next") or request.POST.get("next"))
    if request.method != "POST":
        if jurors.usable_link(token) is None:
            return _link_unusable(request)
        response = TemplateResponse(
            request, "deliberations/jurors/sign_in.html", {"next": next_path}
        )
        # The token is in this page's address: keep it out of Referer headers to other
        # sites. Not "no-referrer": browsers then send "Origin: null" with the form, and
        # Django's CSRF check rightly refuses it.
        response["Referrer-Policy"] = "same-origin"
        return response
    if _rate_limited(request, "sign-in"):
        return _too_many(request)
    juror = jurors.redeem_sign_in_link(token)
    if juror is None:
        return _link_unusable(request)
    # login() gives the session a new key (or a fresh session if someone else was
    # signed in), so a session id planted before sign-in is worthless after it.
    login(request, juror.user, backend=MODEL_BACKEND)
    return redirect(next_path or "juror_home")


def _link_unusable(request):
    # 410 Gone: the link may have worked once, and asking again will not bring it back.
    # One answer for expired, used and made-up links alike.
    return TemplateResponse(
        request,
        "deliberations/jurors/link_unusable.html",
        {"juror": _signed_in_juror(request)},
        status=410,
    )


@require_POST
def sign_out(request):
    logout(request)
    messages.success(request, _("You have signed out."))
    return redirect("juror_request_link")
