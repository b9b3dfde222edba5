"""Keep packs private from their creation and record a version at each publication."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import WorkflowState
from wagtail.signals import page_published

from .models import BriefingPackPage


@receiver(post_save, sender=BriefingPackPage)
def make_new_pack_private(sender, instance, created, raw=False, **kwargs):
    from .briefing import make_private

    if created and not raw:
        make_private(instance)


@receiver(page_published, sender=BriefingPackPage)
def record_pack_version(sender, instance, revision=None, **kwargs):
    from .briefing import make_private, publish_version

    make_private(instance)  # a copied or synced restriction is put right before anyone reads
    publish_version(instance, revision=revision, user=approver(instance))


def approver(pack):
    """Who approved the publication: the last reviewer of the pack's latest workflow."""
    state = (
        WorkflowState.objects.for_instance(pack)
        .filter(status=WorkflowState.STATUS_APPROVED)
        .order_by("-created_at")
        .first()
    )
    task_state = state and state.task_states.order_by("-finished_at").first()
    return task_state.finished_by if task_state else None
