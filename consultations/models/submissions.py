from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    PAPER = "paper", _("Paper")
    EMAIL = "email", _("E-mail")
    EVENT = "event", _("Event")


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class RejectionCategory(models.TextChoices):
    """Why a response was rejected, in words fit to publish: the moderator's own reason
    may hold personal details, so the public moderation summary counts these instead."""

    OFF_TOPIC = "off_topic", _("Not about this consultation")
    ABUSIVE = "abusive", _("Abusive or offensive")
    SPAM = "spam", _("Advertising or spam")
    DUPLICATE = "duplicate", _("A duplicate of another response")
    OTHER = "other", _("Another reason")


class PublicationConsent(models.TextChoices):
    FULL = "full", _("Publish my response with my name")
    ANONYMOUS = "anonymous", _("Publish my response anonymously")
    NONE = "none", _("Do not publish my response")


class Submission(models.Model):
    """One resident's response to a consultation. Opinions live in `answers`; the
    optional equality answers live apart, in `AboutYou`."""

    # Not in Wagtail's reference index: a response is not a "usage" of its consultation
    # page (thousands of them would bury the real ones), and indexing cost every
    # submission, and every change to one, two more queries.
    wagtail_reference_index_ignore = True

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.PROTECT, related_name="submissions"
    )
    reference = models.CharField(max_length=12, unique=True, editable=False)
    # Sent with the form: a second POST of the same form stores nothing new.
    idempotency_token = models.UUIDField(editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE)
    language = models.CharField(max_length=12, default="en")
    status = models.CharField(
        max_length=10, choices=SubmissionStatus.choices, default=SubmissionStatus.PENDING
    )
    rejection_reason = models.TextField(blank=True)
    rejection_category = models.CharField(
        max_length=12, choices=RejectionCategory.choices, blank=True
    )
    publication_consent = models.CharField(max_length=10, choices=PublicationConsent.choices)
    display_name = models.CharField(
        max_length=100, blank=True, help_text=_("Published only with consent 'with my name'.")
    )
    email = models.EmailField(blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    # How often the confirmation was handed to Celery, and when last: the sweep skips what
    # is still in the queue and gives up on addresses that never work.
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    confirmation_enqueued_at = models.DateTimeField(null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who typed in a paper, e-mail or event response."),
    )
    themes = models.ManyToManyField("consultations.Theme", blank=True, related_name="submissions")

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "idempotency_token"], name="unique_submission_token"
            )
        ]
        indexes = [models.Index(fields=["consultation", "status", "created_at"])]
        permissions = [
            ("moderate_submission", "Can approve, reject, redact and tag submissions"),
            ("view_personal_data", "Can see e-mail addresses, names and about-you answers"),
        ]
        verbose_name = _("submission")

    def __str__(self):
        return self.reference


class Answer(models.Model):
    """One answer to one question. Choice questions give a row per chosen option (with
    the rank for ranking questions), so counts are a GROUP BY in the database."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="answers")
    question_key = models.CharField(max_length=64)
    option_key = models.CharField(max_length=64, blank=True)
    number = models.SmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)
    # What everyone but moderators sees once a moderator has redacted the text.
    redacted_text = models.TextField(blank=True)
    is_redacted = models.BooleanField(default=False)
    # Moderators pick quotations for the jury's briefing pack; used only when the
    # resident consented to publication.
    quoted_for_jury = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["question_key", "option_key"])]
        verbose_name = _("answer")

    def __str__(self):
        return f"{self.question_key}: {self.option_key or self.number or self.text[:40]}"

    @property
    def public_text(self) -> str:
        return self.redacted_text if self.is_redacted else self.text


class AgeBand(models.TextChoices):
    UNDER_16 = "under_16", _("Under 16")
    FROM_16 = "16_24", _("16 to 24")
    FROM_25 = "25_34", _("25 to 34")
    FROM_35 = "35_44", _("35 to 44")
    FROM_45 = "45_54", _("45 to 54")
    FROM_55 = "55_64", _("55 to 64")
    FROM_65 = "65_74", _("65 to 74")
    FROM_75 = "75_plus", _("75 or over")
    UNSAID = "unsaid", _("Prefer not to say")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    OTHER = "other", _("In another way")
    UNSAID = "unsaid", _("Prefer not to say")


class Ethnicity(models.TextChoices):
    """The high-level groups of the 2021 Census for England and Wales."""

    ASIAN = "asian", _("Asian or Asian British")
    BLACK = "black", _("Black, Black British, Caribbean or African")
    MIXED = "mixed", _("Mixed or multiple ethnic groups")
    WHITE = "white", _("White")
    OTHER = "other", _("Another ethnic group")
    UNSAID = "unsaid", _("Prefer not to say")


class Disability(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNSAID = "unsaid", _("Prefer not to say")


class AboutYou(models.Model):
    """Optional equality answers: special category data under UK GDPR, so kept in their
    own table, given only with their own consent, and erased after the retention period."""

    submission = models.OneToOneField(
        Submission, on_delete=models.CASCADE, related_name="about_you"
    )
    consent_given_at = models.DateTimeField()
    age_band = models.CharField(max_length=10, choices=AgeBand.choices, blank=True)
    gender = models.CharField(max_length=12, choices=Gender.choices, blank=True)
    ethnicity = models.CharField(max_length=10, choices=Ethnicity.choices, blank=True)
    disability = models.CharField(max_length=10, choices=Disability.choices, blank=True)
    area = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = _("about you answers")
        verbose_name_plural = _("about you answers")

    def __str__(self):
        return f"About you: {self.submission_id}"
