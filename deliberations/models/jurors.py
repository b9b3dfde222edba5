from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection


class Jury(models.Model):
    """The jury of one topic: a Django group its members join (so Wagtail's page
    privacy can name it) and a collection for documents only the jury may read."""

    topic = models.OneToOneField(
        "deliberations.DeliberationTopicPage", on_delete=models.CASCADE, related_name="jury"
    )
    group = models.OneToOneField(Group, on_delete=models.PROTECT, related_name="jury")
    collection = models.OneToOneField(
        Collection, on_delete=models.PROTECT, related_name="jury", null=True
    )

    class Meta:
        verbose_name = _("jury")
        verbose_name_plural = _("juries")

    def __str__(self):
        return str(self.topic)

    @classmethod
    def for_topic(cls, topic) -> "Jury":
        """The jury of `topic`, made if it has none. A translated topic has the same jury
        as the topic in the default language: one jury reads the packs in any language."""
        from .topics import topic_in_default_language

        topic = topic_in_default_language(topic)
        jury = cls.objects.filter(topic_id=topic.pk).select_related("group").first()
        if jury:
            return jury
        # Group names are unique; the topic's id keeps two topics of one title apart.
        group, _created = Group.objects.get_or_create(
            name=f"Jurors: {topic.title[:100]} #{topic.pk}"
        )
        root = Collection.get_first_root_node()
        collection = root.add_child(name=f"Jury documents: {topic.title[:100]} #{topic.pk}")
        return cls.objects.create(topic_id=topic.pk, group=group, collection=collection)


class Juror(models.Model):
    """A member of a jury. Not a CMS user: a Django user with no password and no admin
    access, who signs in with a one-time link sent by e-mail."""

    jury = models.ForeignKey(Jury, on_delete=models.CASCADE, related_name="jurors")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="juror"
    )
    name = models.CharField(max_length=100, help_text=_("How we greet them in e-mails."))
    invited_at = models.DateTimeField(default=timezone.now)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_signed_in_at = models.DateTimeField(null=True, blank=True)
    # The public roster (topic page): only with the juror's agreement, and only these two.
    public_first_name = models.CharField(
        _("first name to publish"),
        max_length=40,
        blank=True,
        help_text=_("Their first name only, as they want it shown on the public roster."),
    )
    area = models.CharField(
        max_length=80,
        blank=True,
        help_text=_("Where they live, broadly: a ward or district, never an address."),
    )
    listed_publicly = models.BooleanField(
        _("agreed to be listed publicly"),
        default=False,
        help_text=_(
            "Only if they have agreed: their first name and area appear on the topic page. "
            "Untick it the moment they withdraw."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("juror")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.listed_publicly and not (self.public_first_name.strip() and self.area.strip()):
            raise ValidationError(
                _("To list a juror publicly, give the first name and area they agreed to.")
            )


class JurorSignInLink(models.Model):
    """A one-time sign-in link. Only a hash of its token is stored, so a copy of the
    database cannot be used to sign in."""

    juror = models.ForeignKey(Juror, on_delete=models.CASCADE, related_name="sign_in_links")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("juror sign-in link")

    def __str__(self):
        return f"{self.juror} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and self.expires_at > timezone.now()


class PackSectionRead(models.Model):
    """A juror opened a section of a pack: their reading progress, shown back to them."""

    juror = models.ForeignKey(Juror, on_delete=models.CASCADE, related_name="sections_read")
    pack = models.ForeignKey(
        "deliberations.BriefingPackPage", on_delete=models.CASCADE, related_name="+"
    )
    section_key = models.CharField(max_length=40)
    first_read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["juror", "pack", "section_key"], name="unique_section_read"
            )
        ]
        verbose_name = _("section read")

    def __str__(self):
        return f"{self.juror} read {self.section_key}"
