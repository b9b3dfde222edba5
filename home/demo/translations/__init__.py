"""The demo in Welsh and Urdu: the town-centre topic with its sessions, two evidence
pages, two speakers, the consultation and the jury's briefing pack, and the pages above
them, translated from the PO files beside this module (a translator's work, entered as a
council's translators enter theirs, through wagtail-localize). Strings without an entry
stay in English until a translator gets to them."""

from functools import cache
from pathlib import Path

import polib

LANGUAGES = ("cy", "ur")
TOPIC = "town-centre"
# The topic's pages to translate, by slug; the pack is translated last, after the pages
# and glossary terms it lists, and goes through review like any pack.
PAGES = (
    "town-centre-briefing",
    "footfall-and-vacancies",
    "helen-marsh",
    "amira-shah",
    "have-your-say",
)
PACK = "briefing-pack-session-4"


@cache
def strings(language_code: str) -> dict[str, str]:
    """Source text -> its translation, from `<language_code>.po`."""
    catalogue = polib.pofile(str(Path(__file__).with_name(f"{language_code}.po")))
    return {entry.msgid: entry.msgstr for entry in catalogue.translated_entries()}
