from .checklist import PublishedItemKind, TopicPublishedItem
from .oversight import PanelRole, TopicOversightMember, TopicOversightMinutes
from .recommendations import (
    FinalWordingLocked,
    ProgressStatus,
    Recommendation,
    RecommendationProgressUpdate,
    ResponseStatus,
)

__all__ = [
    "FinalWordingLocked",
    "PanelRole",
    "ProgressStatus",
    "PublishedItemKind",
    "Recommendation",
    "RecommendationProgressUpdate",
    "ResponseStatus",
    "TopicOversightMember",
    "TopicOversightMinutes",
    "TopicPublishedItem",
]
