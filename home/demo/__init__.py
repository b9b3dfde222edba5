"""The demo site: Northbridge Borough Council's citizens' juries.

`load_demo()` builds it (see `loader.py`); the content itself is plain data in
`content.py` and the pictures and PDFs are drawn by `media.py`.
"""

from .loader import DemoLoadError, DemoSummary, DemoUserRow, load_demo, rebuild_indexes

__all__ = ["DemoLoadError", "DemoSummary", "DemoUserRow", "load_demo", "rebuild_indexes"]
