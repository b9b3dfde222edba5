from .evidence import EvidencePage, EvidencePageDocument, EvidencePageSpeaker, EvidenceType
from .perspectives import Perspective
from .speakers import SpeakerPage
from .topics import (
    DeliberationIndexPage,
    DeliberationTopicPage,
    DeliberationTopicSession,
    TopicStatus,
)
from .updates import UpdatePage

__all__ = [
    "DeliberationIndexPage",
    "DeliberationTopicPage",
    "DeliberationTopicSession",
    "EvidencePage",
    "EvidencePageDocument",
    "EvidencePageSpeaker",
    "EvidenceType",
    "Perspective",
    "SpeakerPage",
    "TopicStatus",
    "UpdatePage",
]
