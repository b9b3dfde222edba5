"""A GIN index on `title || body` of Wagtail's search index table, on PostgreSQL only.

Workaround for a gap in modelsearch 1.3 (see search/backend_compat.py): its PostgreSQL
backend matches `(title || body) @@ query`, and the table only has GIN indexes on `title`
and `body` separately, so every search read and concatenated the stored vectors of every
row (a sequential scan, whatever the query). An index on the expression itself lets the
same SQL use a bitmap index scan. Adds an index; drops no data.
"""

from django.db import migrations

INDEX_NAME = "search_indexentry_title_body_gin"


def _table(apps, schema_editor):
    model = apps.get_model("wagtailsearch", "IndexEntry")
    return schema_editor.quote_name(model._meta.db_table)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} "
        f"ON {_table(apps, schema_editor)} USING gin ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_document_text"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
