from .briefing import (
    BriefingPackPage,
    BriefingPackSection,
    BriefingPackVersion,
    PackPermissionTester,
    SectionKind,
)
from .evidence import EvidencePage, EvidencePageDocument, EvidencePageSpeaker, EvidenceType
from .glossary import GlossaryTerm
from .jurors import Juror, JurorSignInLink, Jury, PackSectionRead
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
    "BriefingPackPage",
    "BriefingPackSection",
    "BriefingPackVersion",
    "DeliberationIndexPage",
    "DeliberationTopicPage",
    "DeliberationTopicSession",
    "EvidencePage",
    "EvidencePageDocument",
    "EvidencePageSpeaker",
    "EvidenceType",
    "GlossaryTerm",
    "Juror",
    "JurorSignInLink",
    "Jury",
    "PackPermissionTester",
    "PackSectionRead",
    "Perspective",
    "SectionKind",
    "SpeakerPage",
    "TopicStatus",
    "UpdatePage",
]
