"""The demo site: Northbridge Borough Council's citizens' juries.

`load_demo()` builds it (see `loader.py`); the content itself is plain data in
`content.py` and `consultations.py`, the pictures and PDFs are drawn by `media.py`, and
the consultations' synthetic responses are drawn from fixed seeds by `responses.py`.
"""

from .loader import DemoLoadError, DemoSummary, DemoUserRow, load_demo, rebuild_indexes

__all__ = ["DemoLoadError", "DemoSummary", "DemoUserRow", "load_demo", "rebuild_indexes"]
