"""Public views routed by a topic page (`DeliberationTopicPage`): one session, with its
agenda, speakers, recording and transcript, and the topic's oversight panel.

A private deliberation session shows its agenda and says it is not streamed: never a
recording or a transcript, whatever the database holds."""

import logging

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.models import Page

from home.localizing import in_default_language, localized_children
from home.queries import exclude_private

logger = logging.getLogger(__name__)


def _page_context(request, topic) -> dict:
    # Only what every page's template reads (the layout, breadcrumbs, language links):
    # not the topic page's own listings. `route_url`: the canonical address is the
    # route's own, and the topic's translations are not its alternates.
    context = Page.get_context(topic, request)
    context["route_url"] = request.build_absolute_uri(request.path)
    return context


def recording_embed(url: str):
    """The embed of a recording, or None when it cannot be had (no provider for the
    address, the provider does not answer, no network): the template then links to it.
    Never an error page for a visitor."""
    if not url:
        return None
    try:
        return get_embed(url)
    except EmbedException:
        return None
    except Exception:  # a provider's unexpected answer must not take the page down
        logger.warning("Could not embed the recording %s", url, exc_info=True)
        return None


def session(request, topic, pk):
    from .models import SpeakerPage

    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    found = topic.sessions.filter(pk=pk).first()
    if found is None:
        raise Http404
    # Speakers link to the sessions of the topic in the default language.
    speakers = localized_children(
        exclude_private(SpeakerPage.objects.live())
        .filter(sessions__translation_key=found.translation_key)
        .distinct()
        .with_photos()
        .order_by("title"),
        topic,
    )
    context = _page_context(request, topic)
    context.update(
        session=found,
        speakers=speakers,
        recording_url=found.public_recording_url,
        recording=recording_embed(found.public_recording_url),
        transcript=found.public_transcript,
    )
    return TemplateResponse(request, "deliberations/session_page.html", context)


def oversight_panel(request, topic):
    from transparency import oversight

    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    original = in_default_language(topic)
    context = _page_context(request, topic)
    context.update(
        members=oversight.members(original),
        minutes=oversight.minutes(original),
        decisions=oversight.review_decisions(original, request),
    )
    return TemplateResponse(request, "deliberations/oversight_panel.html", context)
