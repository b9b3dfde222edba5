"""The database search backend, with titles weighted on SQLite too.

Workaround for a gap in modelsearch 1.3: its SQLite FTS5 backend ranks with
`bm25(table)`, all columns weighted alike, so a word in a page's title counts no more
than the same word in its body (the PostgreSQL backend weights by boost). This backend
passes FTS5 column weights instead, and is otherwise modelsearch's own "database"
backend, which picks SQLite FTS5, PostgreSQL or the fallback by database vendor. Remove
it when modelsearch weights SQLite columns by boost.
"""

from modelsearch.backends.database import SearchBackend as select_database_backend


def SearchBackend(params):
    backend = select_database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from .sqlite_backend import WeightedSQLiteSearchBackend

        return WeightedSQLiteSearchBackend(params)
    return backend
