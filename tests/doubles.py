"""Hand-written stand-ins for services outside the project."""

from smtplib import SMTPServerDisconnected

from django.core.mail.backends.base import BaseEmailBackend


class UnreachableSMTPBackend(BaseEmailBackend):
    """A mail server that is down: every send raises, as smtplib does."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")
