"""Submissions are no longer in Wagtail's reference index (Submission's
`wagtail_reference_index_ignore`): remove the rows indexed before."""

from django.db import migrations


def forget_submission_references(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    content_type = ContentType.objects.filter(app_label="consultations", model="submission").first()
    if content_type is not None:
        ReferenceIndex.objects.filter(content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0008_rejection_category"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(forget_submission_references, migrations.RunPython.noop),
    ]
