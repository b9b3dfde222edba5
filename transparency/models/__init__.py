from .checklist import PublishedItemKind, TopicPublishedItem
from .recommendations import (
    FinalWordingLocked,
    ProgressStatus,
    Recommendation,
    RecommendationProgressUpdate,
    ResponseStatus,
)

__all__ = [
    "FinalWordingLocked",
    "ProgressStatus",
    "PublishedItemKind",
    "Recommendation",
    "RecommendationProgressUpdate",
    "ResponseStatus",
    "TopicPublishedItem",
]
