from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's hashed, compressed static files, with the hashed names also written
    into JavaScript module imports (app.mjs imports the GOV.UK Frontend module)."""

    support_js_module_import_aggregation = True


def private_storage():
    """Where files only some people may read live (briefing-pack PDFs): never under
    MEDIA_URL, served only through a view that checks who is asking."""
    from django.core.files.storage import storages

    return storages["private"]
