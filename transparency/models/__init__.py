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
    "Recommendation",
    "RecommendationProgressUpdate",
    "ResponseStatus",
]
