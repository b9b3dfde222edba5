"""What the public must never read through the API or the feeds: each private thing's
title or text carries one of these markers."""

from wagtail.models import PageViewRestriction


class Secret:
    DRAFT_ONLY = "SECRETDRAFTONLY"  # a page never published
    UNPUBLISHED = "SECRETUNPUBLISHED"  # a page published, then withdrawn
    DRAFT_CHANGE = "SECRETDRAFTCHANGE"  # a live page's unpublished draft
    PASSWORD = "SECRETPASSWORD"
    LOGIN = "SECRETLOGIN"
    GROUPS = "SECRETGROUPS"
    PRIVATE_PACK = "SECRETJURYPACK"  # a briefing pack not made public
    SESSION = "SECRETSESSION"  # a jury session
    NOT_FINAL = "SECRETNOTFINAL"  # a recommendation's wording before it is final

    @classmethod
    def all(cls) -> list[str]:
        return [value for name, value in vars(cls).items() if name.isupper()]


def restrict(page, kind, **extra) -> PageViewRestriction:
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **extra)
