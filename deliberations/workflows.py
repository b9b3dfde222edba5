"""The end of a workflow. Wagtail's default finish action publishes as the approving
user, and fails when that user may not publish pages; on this site the oversight panel
approves briefing packs without being able to publish anything themselves (upstream:
`wagtail.workflows.publish_workflow_state` checks the approver's publish permission).
Only packs get that exception; any other page keeps Wagtail's own behaviour."""

from wagtail.workflows import publish_workflow_state


def publish_approved(workflow_state, user=None):
    """Publish the revision the reviewers approved (not a later one)."""
    from .models import BriefingPackPage

    content = workflow_state.content_object
    content = getattr(content, "specific", content)
    if not isinstance(content, BriefingPackPage):
        return publish_workflow_state(workflow_state, user=user)
    task_state = workflow_state.current_task_state
    revision = task_state.revision if task_state else content.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
