"""Briefing packs are published only through the "Briefing pack review" workflow, whose
one task is the oversight panel's approval; communications staff get the permissions
to manage glossary terms and jurors."""

from django.db import migrations

from engagement_hub.migration_helpers import create_all_permissions, grant

WORKFLOW_NAME = "Briefing pack review"
TASK_NAME = "Oversight panel review"
MANAGE = [
    ("deliberations", f"{action}_{model}")
    for model in ("glossaryterm", "juror")
    for action in ("add", "change", "delete", "view")
]


def create_workflow(apps, schema_editor):
    create_all_permissions(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    pack_type, _ = ContentType.objects.get_or_create(
        app_label="deliberations", model="briefingpackpage"
    )
    panel, _ = Group.objects.get_or_create(name="Oversight panel")
    task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
    task.groups.set([panel])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.update_or_create(
        content_type=pack_type, defaults={"workflow": workflow}
    )

    for group in ("Communications team", "Administrators"):
        grant(apps, group, MANAGE)


class Migration(migrations.Migration):
    dependencies = [
        ("deliberations", "0002_briefing_packs_and_juries"),
        ("home", "0003_administrators_do_not_edit_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
