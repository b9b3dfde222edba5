"""Switch off Wagtail's default "Moderators approval" workflow, if `migrate` made it.

On this site Moderators review consultation responses, not pages; the communications
team publishes pages itself, and briefing packs have their own review (the oversight
panel). Deactivated, not deleted, so its history stays readable."""

from django.db import migrations


def deactivate(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for workflow in Workflow.objects.filter(name="Moderators approval"):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_translation_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(deactivate, migrations.RunPython.noop)]
