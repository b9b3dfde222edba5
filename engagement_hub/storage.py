from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's hashed, compressed static files, with the hashed names also written
    into JavaScript module imports (app.mjs imports the GOV.UK Frontend module)."""

    support_js_module_import_aggregation = True
