from .pages import ConsultationPage, ConsultationState
from .submissions import (
    AboutYou,
    AgeBand,
    Answer,
    Channel,
    Disability,
    Ethnicity,
    Gender,
    PublicationConsent,
    RejectionCategory,
    Submission,
    SubmissionStatus,
)
from .themes import Theme

__all__ = [
    "AboutYou",
    "AgeBand",
    "Answer",
    "Channel",
    "ConsultationPage",
    "ConsultationState",
    "Disability",
    "Ethnicity",
    "Gender",
    "PublicationConsent",
    "RejectionCategory",
    "Submission",
    "SubmissionStatus",
    "Theme",
]
