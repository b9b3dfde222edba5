"""Juror access: inviting jurors, one-time sign-in links, and removing jurors.

A juror is not a CMS user: a Django user with no usable password and no admin access,
in their jury's group. Membership of `jury.group` is what lets them read their jury's
packs (the packs' Wagtail privacy names that group), so nothing here grants anything
else. They sign in with a one-time link: only a SHA-256 hash of its random token is
stored, it expires after settings.JUROR_SIGN_IN_LINK_HOURS, and it works once.
"""

import datetime
import hashlib
import logging
import re
import secrets
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import BaseUserManager
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import Juror, JurorSignInLink, Jury

logger = logging.getLogger(__name__)

INVITED = "deliberations.juror_invited"
LINK_SENT = "deliberations.juror_sign_in_link_sent"
REMOVED = "deliberations.juror_removed"

# What secrets.token_urlsafe(32) makes: 43 URL-safe characters. Anything else is refused
# before the database is asked.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{40,64}")


def normalise_email(email: str) -> str:
    """The address as stored: trimmed, domain in lower case. Raises ValidationError."""
    email = BaseUserManager.normalize_email((email or "").strip())
    validate_email(email)
    return email


def validate_invitation(topic, email: str) -> None:
    """Raise ValidationError unless `email` may be invited to the jury of `topic`: it must
    not belong to a staff account (one that may use the admin), nor to a juror of
    another jury. Inviting a juror of this same jury again is allowed (it is a no-op)."""
    users = get_user_model().objects.filter(email__iexact=email)
    for user in users:
        if user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"):
            raise ValidationError(
                _(
                    "This e-mail address belongs to a member of staff. Jurors need their "
                    "own address, with no access to the admin."
                ),
                code="staff_address",
            )
    other_jury = Juror.objects.filter(user__in=users).exclude(jury__topic_id=topic.pk)
    if other_jury.exists():
        raise ValidationError(
            _("This e-mail address belongs to a member of another jury."),
            code="other_jury",
        )


def invite_juror(jury: Jury, email: str, name: str, invited_by=None) -> Juror:
    """Make `email` a member of `jury`, and return the juror. Does not send anything
    (see `send_sign_in_link`).

    Guarantees: the account has no admin access and is in `jury.group`; an account
    created here has an unusable password. An existing account with that address is
    reused (its password untouched) unless it belongs to staff or to another jury's
    juror: then ValidationError, and nothing changes. Idempotent: inviting a juror of
    this jury again returns them unchanged.
    """
    email = normalise_email(email)
    validate_invitation(jury.topic, email)
    User = get_user_model()
    with transaction.atomic():
        existing = Juror.objects.filter(jury=jury, user__email__iexact=email).first()
        if existing:
            return existing
        user = User.objects.filter(email__iexact=email, juror__isnull=True).first()
        if user is None:
            user = User(
                # Not the address: usernames show in places where addresses should not.
                username=f"juror-{uuid.uuid4().hex[:16]}",
                email=email,
                first_name=name[:150],
            )
            user.set_unusable_password()
            user.save()
        user.groups.add(jury.group)
        juror = Juror.objects.create(jury=jury, user=user, name=name, invited_by=invited_by)
        _log(juror, INVITED, invited_by)
    return juror


def _log(juror: Juror, action: str, user, **data) -> None:
    # Audit entries outlive the juror: they name the jury and the record, not the person,
    # and never hold a token.
    log(
        instance=juror,
        action=action,
        user=user,
        title=f"Juror #{juror.pk} ({juror.jury})",
        data={"jury": juror.jury_id, **data},
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def safe_next_path(value: str | None) -> str:
    """`value` if it is a path on this site ("/juries/..."), otherwise ""."""
    value = value or ""
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return ""
    if len(value) > 500 or any(ord(char) < 32 for char in value):
        return ""
    return value


def base_url(juror: Juror) -> str:
    """Where the site is: settings.WAGTAILADMIN_BASE_URL, else the jury's site root."""
    configured = (settings.WAGTAILADMIN_BASE_URL or "").rstrip("/")
    if configured:
        return configured
    site = juror.jury.topic.get_site()
    return site.root_url.rstrip("/") if site else ""


def issue_sign_in_link(juror: Juror, next_path: str = "") -> str:
    """Make a new one-time sign-in link for `juror` and return its absolute URL.

    Only the token's hash is stored; the URL returned is the only copy of the token.
    Links the juror has used, or that have expired, are deleted on the way.
    """
    now = timezone.now()
    token = secrets.token_urlsafe(32)
    juror.sign_in_links.filter(Q(used_at__isnull=False) | Q(expires_at__lte=now)).delete()
    JurorSignInLink.objects.create(
        juror=juror,
        token_hash=_token_hash(token),
        created_at=now,
        expires_at=now + datetime.timedelta(hours=settings.JUROR_SIGN_IN_LINK_HOURS),
    )
    url = base_url(juror) + reverse("juror_sign_in", kwargs={"token": token})
    next_path = safe_next_path(next_path)
    return f"{url}?{urlencode({'next': next_path})}" if next_path else url


def usable_link(token: str) -> JurorSignInLink | None:
    """The unused, unexpired link of this token, if there is one. Uses nothing up."""
    if not isinstance(token, str) or not TOKEN_PATTERN.fullmatch(token):
        return None
    return (
        JurorSignInLink.objects.filter(
            token_hash=_token_hash(token),
            used_at__isnull=True,
            expires_at__gt=timezone.now(),
            juror__user__is_active=True,
        )
        .select_related("juror__user")
        .first()
    )


def redeem_sign_in_link(token: str) -> Juror | None:
    """Use up the link of `token` and return its juror, or None if the token is unknown,
    malformed, expired or already used (or the account is deactivated).

    Works at most once per link, even for concurrent requests: the link is marked used
    by one conditional UPDATE, which only one of them can win. Sets the juror's
    `last_signed_in_at`. Signing in (the session) is the caller's job.
    """
    link = usable_link(token)
    if link is None:
        return None
    now = timezone.now()
    with transaction.atomic():
        won = JurorSignInLink.objects.filter(
            pk=link.pk, used_at__isnull=True, expires_at__gt=now
        ).update(used_at=now)
        if not won:
            return None
        juror = link.juror
        juror.last_signed_in_at = now
        juror.save(update_fields=["last_signed_in_at"])
    return juror


def send_sign_in_link(juror: Juror, *, next_path: str = "", sent_by=None) -> None:
    """E-mail `juror` a new sign-in link, from a Celery task enqueued after the current
    transaction commits. Never raises: if the broker is down, it logs a warning and the
    juror (or staff) can ask again."""
    _log(juror, LINK_SENT, sent_by, by_staff=sent_by is not None)
    juror_id, next_path = juror.pk, safe_next_path(next_path)
    transaction.on_commit(lambda: enqueue_sign_in_link(juror_id, next_path))


def enqueue_sign_in_link(juror_id: int, next_path: str = "") -> bool:
    """Hand the sign-in e-mail to Celery. Never raises; False if it could not."""
    from .tasks import send_juror_sign_in_link

    try:
        send_juror_sign_in_link.delay(juror_id, next_path)
    except Exception:
        logger.warning("Could not enqueue a sign-in link for juror %s", juror_id)
        return False
    return True


def email_sign_in_link(juror_id: int, next_path: str = "") -> bool:
    """Make a link and e-mail it (the task's work). The link is stored only if the mail
    server accepts the e-mail. Returns False if the juror no longer exists."""
    juror = (
        Juror.objects.select_related("user", "jury__topic")
        .filter(pk=juror_id, user__is_active=True)
        .first()
    )
    if juror is None or not juror.user.email:
        return False
    with transaction.atomic():
        url = issue_sign_in_link(juror, next_path)
        language = juror.jury.topic.locale.language_code
        with translation.override(language):
            context = {
                "juror": juror,
                "url": url,
                "hours": settings.JUROR_SIGN_IN_LINK_HOURS,
                "topic": juror.jury.topic,
                "request_url": base_url(juror) + reverse("juror_request_link"),
            }
            send_mail(
                subject=render_to_string(
                    "deliberations/email/juror_sign_in_link_subject.txt", context
                ).strip(),
                message=render_to_string("deliberations/email/juror_sign_in_link.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[juror.user.email],
            )
    return True


def remove_juror(juror: Juror, removed_by=None) -> None:
    """Take `juror` off their jury: out of the jury's group, their links and reading
    record deleted, and the account itself deleted when it exists only to be a juror
    (no password, no other group, not staff), which also ends their sessions."""
    with transaction.atomic():
        user = juror.user
        _log(juror, REMOVED, removed_by)
        user.groups.remove(juror.jury.group)
        juror.delete()
        juror_only = not (
            user.is_staff or user.is_superuser or user.has_usable_password() or user.groups.exists()
        )
        if juror_only:
            user.delete()
