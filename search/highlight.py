"""Snippets of result text with the searched words marked, safe by construction: the
text is matched raw, and every piece is escaped before `<mark>` is put around a match."""

import re
from collections.abc import Iterable, Iterator

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

SNIPPET_CHARS = 280
CONTEXT_BEFORE = 80


def _pattern(words: Iterable[str]) -> re.Pattern | None:
    words = sorted({w for w in words if len(w) > 1}, key=len, reverse=True)
    if not words:
        return None
    # Word starts, so that "congest" marks "congestion" as the stemmed search found it.
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)


def highlight(text: str, words: Iterable[str], *, length: int = SNIPPET_CHARS) -> SafeString:
    """At most `length` characters of `text` around the first searched word, escaped,
    with each searched word wrapped in <mark>."""
    text = " ".join(text.split())
    pattern = _pattern(words)
    match = pattern.search(text) if pattern else None
    start = 0
    if match and match.start() > CONTEXT_BEFORE:
        start = text.rfind(" ", 0, match.start() - CONTEXT_BEFORE) + 1
    window = text[start : start + length]
    if start + length < len(text):
        window = window[: window.rfind(" ")] if " " in window else window
    pieces = ["… " if start else ""]
    last = 0
    for found in pattern.finditer(window) if pattern else ():
        pieces.append(escape(window[last : found.start()]))
        pieces.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    pieces.append(escape(window[last:]))
    if start + len(window) < len(text):
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above


def contains_any(text: str, words: Iterable[str]) -> bool:
    pattern = _pattern(words)
    return bool(pattern and pattern.search(text))


def page_texts(page) -> Iterator[str]:
    """Texts of a result to draw a snippet from, best first, produced lazily: summary,
    body and other text fields, then attached documents and session transcripts."""
    yield getattr(page, "summary", "") or page.search_description
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "stream_block"):
        yield " ".join(body.stream_block.get_searchable_content(body))
    for name in ("question", "introduction", "biography"):
        value = getattr(page, name, "")
        if isinstance(value, str) and value:
            yield strip_tags(value)
    if hasattr(page, "attached_document_text"):
        yield page.attached_document_text()
    if hasattr(page, "public_session_text"):  # a topic's agendas and public transcripts
        yield page.public_session_text()


def snippet(page, words: Iterable[str]) -> SafeString:
    """The snippet for one result: from the first text that mentions a searched word,
    else the first text there is."""
    words = list(words)
    first = None
    for text in page_texts(page):
        if not text:
            continue
        first = first or text
        if contains_any(text, words):
            return highlight(text, words)
    return highlight(first or "", words)


def sessions_mentioning(page, words: Iterable[str]) -> list:
    """The public sessions of a topic whose agenda or transcript mentions a searched
    word, so that a result can link to them (the sessions are prefetched with the
    results: no query). Never a private deliberation."""
    sessions = getattr(page, "sessions", None)
    if sessions is None or not hasattr(page, "public_session_text"):
        return []
    pattern = _pattern(words)
    if pattern is None:
        return []
    return [
        session
        for session in sessions.all()
        if not session.is_private
        and (pattern.search(strip_tags(session.agenda)) or pattern.search(session.transcript))
    ]
