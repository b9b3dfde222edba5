"""modelsearch's SQLite FTS5 backend with the title column weighted in bm25 (see
search/backends.py). Imported only on SQLite: its models exist only there."""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText

# Weight of the FTS5 table's title column (its columns: autocomplete, body, title).
TITLE_WEIGHT = 5.0


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 1.0, 1.0, {TITLE_WEIGHT})", []


class WeightedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            rank = WeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def get_index_vectors(self):
        # One bm25 over all columns, already weighted: no separate title term.
        return [(None, 1.0)]


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
