"""Demo jurors: one per topic, so the demo shows what a juror sees.

The first topic's juror is `juror@example.invalid` (`make run` prints a sign-in link for
it), the second's `juror2@example.invalid`, and so on. `.invalid` addresses can never
receive mail, which is right for a demo.
"""

from deliberations.jurors import invite_juror
from deliberations.models import Juror, Jury

DEMO_JUROR_NAME = "Demo juror"
DEMO_JUROR_EMAIL = "juror@example.invalid"


def demo_juror_email(number: int) -> str:
    """1 -> juror@example.invalid, 2 -> juror2@example.invalid, ..."""
    local = "juror" if number == 1 else f"juror{number}"
    return f"{local}@example.invalid"


def create_demo_jurors(topics) -> list[tuple[Juror, bool]]:
    """A demo juror on the jury of each topic, in the order given, as (juror, created).
    Idempotent: a juror who exists already is returned unchanged. Sends no e-mail."""
    results = []
    for number, topic in enumerate(topics, start=1):
        jury = Jury.for_topic(topic)
        email = demo_juror_email(number)
        existed = Juror.objects.filter(jury=jury, user__email__iexact=email).exists()
        juror = invite_juror(jury, email, DEMO_JUROR_NAME)
        results.append((juror, not existed))
    return results


def roster_email(topic, first_name: str) -> str:
    return f"{first_name.lower()}.{topic.slug}@example.invalid"


def create_roster(topic, roster) -> list[tuple[Juror, bool]]:
    """Jurors of `topic` with what they agreed to publish: first name and area, listed
    only if `listed_publicly`. Their full names stay private (a made-up surname shows
    that it never appears). Idempotent, like `create_demo_jurors`."""
    jury = Jury.for_topic(topic)
    results = []
    for member in roster:
        email = roster_email(topic, member.first_name)
        existed = Juror.objects.filter(jury=jury, user__email__iexact=email).exists()
        juror = invite_juror(jury, email, f"{member.first_name} Privatesurname")
        if not existed:
            juror.public_first_name = member.first_name
            juror.area = member.area
            juror.listed_publicly = member.listed_publicly
            juror.save(update_fields=["public_first_name", "area", "listed_publicly"])
        results.append((juror, not existed))
    return results
