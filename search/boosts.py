"""How much a match in each kind of field counts, on every backend: title and a topic's
question > summary > body (the text of attached documents counts as body).

Page titles keep Wagtail's own boost (2). PostgreSQL maps boosts onto its four tsvector
weights (A-D), one per distinct boost in the whole project, and Wagtail's image and
document titles already take one (10): so there is room for exactly two more levels
above unboosted body text, title (2) and summary (1.5). SQLite's FTS5 backend only
tells the title from the rest; Elasticsearch uses the boosts as given.
"""

TITLE = 2  # Wagtail's own, on Page.title
QUESTION = TITLE
SUMMARY = 1.5
