import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_form_without_its_security_token_gets_a_plain_explanation(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/jurors/sign-in/", {"email": "someone@example.org"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "Your form could not be sent" in page
    assert "reload the page" in page
    assert "CSRF" not in page
