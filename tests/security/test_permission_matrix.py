"""Every URL as every role: the status the matrix expects, and nothing of a resource the
role may not see in the response. See `matrix.py` for the table and its scope."""

import re

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .matrix import ENTRIES, HUB_ADMIN_NAMESPACES, HUB_MODULE_PREFIXES, PENDING_ENTRIES
from .world import ROLES

pytestmark = pytest.mark.django_db

HUB_APPS = ("home", "deliberations", "consultations", "search")


def client_for(world, role) -> Client:
    client = Client()
    if role in world.users:
        client.force_login(world.users[role])
    return client


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_matrix_says(world, role):
    forbidden = world.forbidden_strings(role)
    problems = []
    for key, entry in {**ENTRIES, **PENDING_ENTRIES}.items():
        url = entry.url(world)
        client = client_for(world, role)  # a fresh client: no entry changes another's session
        response = getattr(client, entry.method)(url, entry.data or {})
        expected = entry.expected[role]
        if response.status_code != expected:
            problems.append(f"{key} ({url}): {response.status_code}, expected {expected}")
        text = body(response)
        leaked = sorted(
            name
            for name, marker in forbidden.items()
            if marker in text and name not in entry.may_show
        )
        if leaked:
            problems.append(f"{key} ({url}): shows {', '.join(leaked)}")
    assert not problems, f"{role}:\n" + "\n".join(problems)


# Coverage: a URL without an entry fails ------------------------------------------------------


def url_patterns(patterns=None, prefix="", namespace=""):
    """(route, namespaced name, view module) of every pattern the site serves."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            view = getattr(pattern.callback, "view_class", pattern.callback)
            name = namespace + pattern.name if pattern.name else ""
            yield prefix + str(pattern.pattern), name, view.__module__


def needs_an_entry(route, name, module) -> bool:
    if not route.startswith("admin/"):
        return True
    return name.split(":")[0] in HUB_ADMIN_NAMESPACES or module.startswith(HUB_MODULE_PREFIXES)


def test_every_url_pattern_has_an_entry():
    named = {entry.pattern for entry in {**ENTRIES, **PENDING_ENTRIES}.values()} - {""}
    missing = [
        f"{route} ({name or 'unnamed'})"
        for route, name, module in url_patterns()
        if needs_an_entry(route, name, module) and (name or route) not in named
    ]
    assert not missing, "URL patterns with no entry in tests/security/matrix.py: " + str(missing)


def hub_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in HUB_APPS
    ]


def test_every_route_of_every_routable_page_has_an_entry():
    covered = {entry.route for entry in {**ENTRIES, **PENDING_ENTRIES}.values()}
    missing = [
        f"{model.__name__}.{pattern.name}"
        for model in hub_page_models()
        if issubclass(model, RoutablePageMixin)
        for pattern in model.get_subpage_urls()
        # RoutablePageMixin's default "" route, which the page's own "" route replaces.
        if pattern.name != "index_route" and f"{model.__name__}.{pattern.name}" not in covered
    ]
    assert not missing, "Page routes with no entry in tests/security/matrix.py: " + str(missing)


def test_every_page_type_has_an_entry():
    covered = {entry.page_type for entry in ENTRIES.values()}
    missing = [model._meta.label for model in hub_page_models() if model._meta.label not in covered]
    assert not missing, "Page types with no entry in tests/security/matrix.py: " + str(missing)


def test_no_url_pattern_is_shadowed_by_an_earlier_one():
    """Two patterns with one route: the second is never reached (the results index was
    once answered by the moderation listing's partial this way)."""
    seen, shadowed = {}, []
    for route, name, _module in url_patterns():
        key = re.sub(r"<(\w+:)?\w+>", "<>", route)
        if key in seen:
            shadowed.append(f"{route}: {name} hidden by {seen[key]}")
        seen.setdefault(key, name)
    assert not shadowed, shadowed


def test_markers_show_where_allowed_so_their_absence_elsewhere_means_something(world):
    """A marker that never rendered anywhere would make every leak check pass."""
    from .world import Markers

    seen = {
        ("juror_a", world.pack_a.url): Markers.PACK_A,
        ("juror_a", world.pack_a_document.url): Markers.PACK_A_DOC,
        ("juror_a", f"{world.pack_a.url}pdf/"): Markers.PACK_A_PDF,
        ("juror_b", world.pack_b.url): Markers.PACK_B,
        ("editor", ENTRIES["view draft page"].url(world)): Markers.DRAFT,
        ("moderator", ENTRIES["response review"].url(world)): Markers.EMAIL,
        ("moderator", ENTRIES["moderation queue"].url(world)): world.other_submission.reference,
    }
    for (role, url), marker in seen.items():
        response = client_for(world, role).get(url)
        assert marker in body(response), (role, url)
