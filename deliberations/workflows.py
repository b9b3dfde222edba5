"""The end of a workflow. Wagtail's default finish action publishes as the approving
user and fails when that user may not publish pages directly; on this site the
oversight panel may approve packs without being able to publish anything themselves
(upstream: `wagtail.workflows.publish_workflow_state` checks the approver's publish
permission)."""


def publish_approved(workflow_state, user=None):
    """Publish the revision the workflow approved. Idempotent per workflow state."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
