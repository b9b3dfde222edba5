"""Issue 10, part 4: hostile input to every public form and query parameter.

Generated values (Hypothesis) mixed with known-hostile ones: very long strings, NUL
bytes, invalid UTF-8, HTML and script, SQL and template fragments, right-to-left
overrides, malformed postcodes, forged CSRF tokens, replayed idempotency tokens, wrong
content types, bodies over the size limit. The properties: never a server error; a
response is stored whole or not at all; nothing a resident wrote comes back unescaped.

Examples per test come from the "ci" profile (tests/security/conftest.py): derandomised,
so CI tries the same inputs every run. `--hypothesis-show-statistics` prints the counts.
"""

import uuid
from urllib.parse import quote, urlencode

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from consultations.models import Answer, Submission
from deliberations.models import JurorSignInLink
from tests.consultations.conftest import questions_by_kind, valid_answers

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning"),
]
NO_LIMITS = override_settings(
    CONSULTATION_RATE_LIMIT="1000000/60", JUROR_SIGN_IN_RATE_LIMIT="1000000/60"
)

KNOWN_HOSTILE = [
    "",
    " ",
    "\x00",
    "Market\x00Street",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "' OR '1'='1",
    "1; DROP TABLE consultations_submission;--",
    "%00%27%22",
    "{{ 7*7 }}{% debug %}",
    "${7*7}",
    "../../../../etc/passwd",
    "\r\nSet-Cookie: sessionid=forged",
    "\u202egpj.exe",
    "\u200f\u202b\u2067abc\u2069",
    '=HYPERLINK("http://evil.example","x")',
    "😀" * 500,
    "A" * 100_000,
    "-1",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "//evil.example/",
    "/\\evil.example",
]
MALFORMED_POSTCODES = [
    "",
    "NB1",
    "ZZ99 9ZZ",
    "NB1 4QTT",
    "NB14QT" * 20,
    "NB1\x004QT",
    "<b>NB1</b>",
    "ＮＢ１ ４ＱＴ",  # full-width
    "NB1\u202e4QT",
]
# Any text but lone surrogates, which cannot be sent as UTF-8 at all.
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300)
repeated = st.builds(
    lambda char, count: char * count,
    st.sampled_from(["A", "<", "\x00", "\u202e", "é", "'"]),
    st.integers(min_value=1_000, max_value=20_000),
)
markup = st.builds(
    lambda tag, text: f'<{tag} data-hostile="1">{text}</{tag}>',
    st.sampled_from(["script", "img", "b", "iframe", "svg", "style"]),
    any_text,
)
hostile = st.one_of(st.sampled_from(KNOWN_HOSTILE), any_text, repeated, markup)
postcodes = st.one_of(
    st.sampled_from(MALFORMED_POSTCODES),
    st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789 -\x00<", max_size=12),
)


def assert_no_server_error(response):
    assert response.status_code < 500, response.status_code


# Markup that, unescaped in a page, would run or inject: never in any response as is.
CANARIES = ['data-hostile="1"', "<script>alert(1)", "<img src=x onerror"]


def assert_escaped(response):
    content = response.content.decode(errors="replace") if not response.streaming else ""
    for canary in CANARIES:
        assert canary not in content, canary


# The consultation form ------------------------------------------------------------------


@NO_LIMITS
@given(data=st.data())
def test_consultation_form_stores_a_whole_response_or_nothing(world, data):
    consultation = world.consultation
    answers = valid_answers(consultation, token=str(uuid.uuid4()))
    q = questions_by_kind(consultation)
    field = data.draw(st.sampled_from([*answers, "unexpected_field"]), label="field")
    if field == q["postcode"].field_name:
        value = data.draw(postcodes, label="postcode")
    else:
        value = data.draw(st.one_of(hostile, st.lists(hostile, max_size=3)), label="value")
    answers[field] = value
    before = Submission.objects.count()

    response = Client().post(consultation.url, answers)

    assert_no_server_error(response)
    assert response.status_code in (302, 400)
    created = Submission.objects.count() - before
    assert created == (1 if response.status_code == 302 else 0)
    if created:
        submission = Submission.objects.latest("pk")
        answered = set(submission.answers.values_list("question_key", flat=True))
        mutated = {question.key for question in q.values() if question.field_name == field}
        assert answered >= {question.key for question in q.values()} - mutated
        for text in submission.answers.exclude(text="").values_list("text", flat=True):
            assert "\x00" not in text
    assert_escaped(response)


@NO_LIMITS
@given(text=hostile)
def test_what_residents_write_is_shown_escaped_to_moderators(world, text):
    consultation = world.consultation
    field = questions_by_kind(consultation)["long_text"].field_name
    response = Client().post(
        consultation.url, valid_answers(consultation, token=str(uuid.uuid4()), **{field: text})
    )
    assert_no_server_error(response)
    if response.status_code != 302:
        return
    stored = Answer.objects.filter(question_key=questions_by_kind(consultation)["long_text"].key)
    stored_text = stored.latest("pk").text
    moderator = Client()
    moderator.force_login(world.users["moderator"])
    submission = Submission.objects.latest("pk")
    page = moderator.get(reverse("consultation_responses:inspect", args=[submission.pk]))
    assert page.status_code == 200
    assert_escaped(page)
    if "<" in stored_text and len(stored_text.strip()) > 20:
        assert stored_text.strip() not in page.content.decode()


@NO_LIMITS
@given(replay=st.dictionaries(st.sampled_from(["short", "long", "postcode"]), hostile, max_size=3))
def test_a_replayed_token_never_stores_a_second_response_or_changes_the_first(world, replay):
    consultation = world.consultation
    q = questions_by_kind(consultation)
    token = str(uuid.uuid4())
    first = Client().post(consultation.url, valid_answers(consultation, token=token))
    assert first.status_code == 302
    stored = Submission.objects.latest("pk")
    answers_before = sorted(stored.answers.values_list("question_key", "text", "option_key"))
    fields = {"short": q["short_text"], "long": q["long_text"], "postcode": q["postcode"]}
    changed = {fields[name].field_name: value for name, value in replay.items()}

    again = Client().post(consultation.url, valid_answers(consultation, token=token, **changed))

    assert_no_server_error(again)
    assert Submission.objects.filter(consultation=consultation).latest("pk") == stored
    assert sorted(stored.answers.values_list("question_key", "text", "option_key")) == (
        answers_before
    )


@pytest.mark.parametrize("token", [None, "", "forged" * 11, "A" * 64])
def test_a_missing_or_forged_csrf_token_is_refused_and_stores_nothing(world, token):
    client = Client(enforce_csrf_checks=True)
    client.get(world.consultation.url)  # a real CSRF cookie, but not its token
    data = valid_answers(world.consultation)
    if token is not None:
        data["csrfmiddlewaretoken"] = token
    for url, form in (
        (world.consultation.url, data),
        (reverse("juror_request_link"), {"email": "juror.a@example.org"}),
        (f"{world.public_pack.url}text-size/", {"size": "large"}),
    ):
        response = client.post(url, form)
        assert response.status_code == 403, url
    assert Submission.objects.count() == 2  # the world's own two
    assert JurorSignInLink.objects.count() == 1  # the world's own link


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"email": "x@example.org"}', "application/json"),
        (b"<xml/>", "text/xml"),
        (b"email=%FF%FE%00", "application/x-www-form-urlencoded"),  # not UTF-8
        (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
        (b'--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n', "multipart/form-data"),
        (b"--x\r\ngarbage", "multipart/form-data; boundary=x"),
        (b"x" * 100, "multipart/form-data; boundary=" + "b" * 500),
    ],
)
def test_wrong_or_broken_bodies_get_a_clear_refusal(world, body, content_type):
    for url in (
        world.consultation.url,
        reverse("juror_request_link"),
        f"{world.public_pack.url}text-size/",
        reverse("juror_sign_in", args=[world.sign_in_token]),
    ):
        response = Client().generic("POST", url, body, content_type=content_type)
        assert_no_server_error(response)
    assert Submission.objects.count() == 2


def test_a_body_over_the_size_limit_is_refused_without_storing(world, settings):
    huge = "A" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    field = questions_by_kind(world.consultation)["long_text"].field_name
    for content in ("urlencoded", "multipart"):
        data = valid_answers(world.consultation, token=str(uuid.uuid4()), **{field: huge})
        if content == "urlencoded":
            response = Client().generic(
                "POST",
                world.consultation.url,
                urlencode(data, doseq=True),
                content_type="application/x-www-form-urlencoded",
            )
        else:
            response = Client().post(world.consultation.url, data)
        assert response.status_code == 400, content
    assert Submission.objects.count() == 2


def test_too_many_fields_are_refused(world, settings):
    data = {f"f{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = Client().post(world.consultation.url, data)
    assert response.status_code == 400


# Jurors ------------------------------------------------------------------------------------


@NO_LIMITS
@given(email=hostile, next_path=hostile)
def test_juror_link_request_never_fails_and_sends_nothing_for_nonsense(world, email, next_path):
    links = JurorSignInLink.objects.count()
    response = Client().post(reverse("juror_request_link"), {"email": email, "next": next_path})
    assert_no_server_error(response)
    assert response.status_code in (200, 400)
    assert JurorSignInLink.objects.count() == links
    assert_escaped(response)


@NO_LIMITS
@given(token=hostile, method=st.sampled_from(["get", "post"]))
def test_made_up_sign_in_tokens_are_refused_plainly(world, token, method):
    url = "/jurors/sign-in/" + quote(token, safe="") + "/"
    response = getattr(Client(), method)(url)
    assert_no_server_error(response)
    assert response.status_code in (404, 410)
    assert "_auth_user_id" not in Client().session


@pytest.mark.parametrize("raw", ["%FF%FE", "%C0%AF", "%00", "%ED%A0%80", "..%2F..%2F"])
def test_invalid_utf8_in_addresses_is_not_an_error(world, raw):
    for url in (
        f"/jurors/sign-in/{raw}/",
        f"/juries/{raw}/",
        f"/search/?q={raw}",
        f"/documents/1/{raw}",
        f"{world.consultation.url}confirmation/?reference={raw}",
    ):
        assert_no_server_error(Client().get(url))


@NO_LIMITS
@given(size=hostile, next_path=hostile)
def test_text_size_form_goes_back_only_to_this_site(world, size, next_path):
    response = Client().post(
        f"{world.public_pack.url}text-size/", {"size": size, "next": next_path}
    )
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith("//")
    assert "\\" not in location and "\n" not in location


# Query parameters of every public page -------------------------------------------------------


@given(q=hostile, topic=hostile, kind=hostile, page=hostile)
def test_search_parameters_never_fail_and_echo_nothing_unescaped(world, q, topic, kind, page):
    response = Client().get(reverse("search"), {"q": q, "topic": topic, "type": kind, "page": page})
    assert_no_server_error(response)
    assert response.status_code in (200, 400, 404)
    assert_escaped(response)


PUBLIC_GETS = [
    lambda w: w.home.url,
    lambda w: w.topic_a.url,
    lambda w: w.evidence.url,
    lambda w: w.consultation.url,
    lambda w: f"{w.consultation.url}confirmation/",
    lambda w: w.public_pack.url,
    lambda w: f"{w.public_pack.url}all/",
    lambda w: f"{w.public_pack.url}versions/",
    lambda w: w.public_document.url,
    lambda w: reverse("juror_request_link"),
    lambda w: reverse("juror_sign_in", args=[w.sign_in_token]),
    lambda w: reverse("sitemap"),
    lambda w: reverse("wagtailcore_login"),
]


@given(
    which=st.sampled_from(range(len(PUBLIC_GETS))),
    params=st.dictionaries(
        st.one_of(st.sampled_from(["next", "reference", "page", "q", "lang", "format"]), any_text),
        hostile,
        max_size=3,
    ),
)
def test_any_query_parameter_on_any_public_page_is_not_an_error(world, which, params):
    response = Client().get(PUBLIC_GETS[which](world), params)
    assert_no_server_error(response)
    assert_escaped(response)


# Every known-hostile value in every field and parameter, whatever Hypothesis draws ------------


@NO_LIMITS
def test_every_known_hostile_value_in_every_text_field_of_the_form(world):
    consultation = world.consultation
    q = questions_by_kind(consultation)
    values = {
        q["short_text"].field_name: KNOWN_HOSTILE,
        q["long_text"].field_name: KNOWN_HOSTILE,
        "display_name": KNOWN_HOSTILE,
        "email": KNOWN_HOSTILE,
        q["postcode"].field_name: MALFORMED_POSTCODES + KNOWN_HOSTILE[:6],
        **dict.fromkeys(("publication_consent", "token", "website"), KNOWN_HOSTILE[:6]),
    }
    for field, hostile_values in values.items():
        for value in hostile_values:
            before = Submission.objects.count()
            answers = valid_answers(consultation, token=str(uuid.uuid4()))
            response = Client().post(consultation.url, {**answers, field: value})
            assert response.status_code in (302, 400), (field, value[:40], response.status_code)
            stored = Submission.objects.count() - before
            assert stored == (1 if response.status_code == 302 else 0), (field, value[:40])
            assert_escaped(response)


def test_every_known_hostile_value_in_every_search_parameter(world):
    for value in KNOWN_HOSTILE:
        for name in ("q", "topic", "type", "page"):
            response = Client().get(reverse("search"), {"q": "bus", name: value})
            assert response.status_code in (200, 400, 404), (name, value[:40])
            assert_escaped(response)
