"""The demo's jury briefing packs: one per topic, for the session where the jury weighs
the options, with notes from the communications team and a glossary in plain English."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PackSpec:
    topic_slug: str
    slug: str
    title: str
    session_number: int
    introduction: str
    glossary: tuple[tuple[str, str], ...]
    # Evidence slugs in the order the jury should read them, each with an editor's note.
    evidence_notes: tuple[tuple[str, str], ...]
    # How many approved, publishable written answers the moderators quote.
    quotations: int = 6
    change_note: str = ""
    tags: tuple[str, ...] = field(default=())


READING_ADVICE = (
    "<p>This pack brings together what you need before the session: the evidence the "
    "oversight panel agreed gives a balanced picture, the people you will hear from, the "
    "words that may be new, and what residents told us in the consultation.</p>"
    "<p>Read it in any order and at your own pace. If anything is unclear, write your "
    "question down: the facilitators will make time for it.</p>"
)

PACKS = (
    PackSpec(
        topic_slug="town-centre",
        slug="briefing-pack-session-4",
        title="Briefing pack: weighing the options for the town centre",
        session_number=4,
        introduction=READING_ADVICE,
        glossary=(
            ("Footfall", "How many people walk past a place in a given time, counted by sensors."),
            (
                "Vacancy rate",
                "The share of shop units that stand empty. Northbridge's is about one in six.",
            ),
            (
                "Meanwhile use",
                "Using an empty building for something temporary, such as a pop-up shop or a "
                "studio, until a long-term use is found.",
            ),
            (
                "Permitted development",
                "Building work or a change of use that does not need a planning application.",
            ),
        ),
        evidence_notes=(
            ("town-centre-briefing", "Start here: the council's overview of the town centre."),
            ("footfall-and-vacancies", "The figures most speakers refer to."),
            ("visitor-survey-2025", "What 1,200 visitors said about why they come, or don't."),
            ("what-makes-a-high-street-work", "What research elsewhere says works."),
            ("living-above-the-shop", ""),
            ("chamber-of-trade-position", "Local traders' view: read it with the next one."),
            ("town-centre-for-people", "A campaign group's view, which differs on parking."),
        ),
    ),
    PackSpec(
        topic_slug="transport-and-congestion",
        slug="briefing-pack-session-5",
        title="Briefing pack: weighing the options on transport and congestion",
        session_number=5,
        introduction=READING_ADVICE,
        glossary=(
            (
                "Modal shift",
                "People changing how they travel, for example from driving to the bus.",
            ),
            (
                "Congestion charge",
                "A daily fee for driving into a zone at busy times, used to cut traffic.",
            ),
            ("Patronage", "How many journeys passengers make on buses in a given period."),
            (
                "Nitrogen dioxide (NO2)",
                "A gas from vehicle exhausts that harms lungs; the legal limit is an average "
                "of 40 micrograms per cubic metre of air over a year.",
            ),
        ),
        evidence_notes=(
            ("getting-around-northbridge", "Start here: how people travel in Northbridge."),
            ("traffic-counts-main-corridor", "The traffic figures behind the congestion."),
            ("bus-punctuality-and-passengers", "The bus patronage data, year by year."),
            ("charging-for-congestion", "What happened where congestion charges were tried."),
            ("air-pollution-and-health", ""),
            ("northbridge-buses-position", "The bus company's view."),
            ("business-forum-position", "Businesses' concerns about charging."),
            ("without-a-car-in-eastfield", "Residents without a car, in their own words."),
        ),
        change_note="",
    ),
    PackSpec(
        topic_slug="waste-and-recycling",
        slug="briefing-pack-session-1",
        title="Briefing pack: where our waste goes",
        session_number=1,
        introduction=READING_ADVICE,
        glossary=(
            (
                "Materials recovery facility",
                "The plant where mixed recycling is sorted into paper, cans, glass and plastic.",
            ),
            ("Contamination", "Things in a recycling bin that cannot be recycled there."),
            ("Residual waste", "Everything left in the general rubbish bin."),
        ),
        evidence_notes=(
            ("where-your-waste-goes", "Start here: what happens after the bin lorry."),
            ("recycling-rates-by-ward", "How recycling differs across the borough."),
            ("collection-contractor-position", "What the waste contractor said."),
            ("recycling-in-flats", ""),
        ),
        quotations=4,
    ),
)

PACKS_BY_TOPIC = {spec.topic_slug: spec for spec in PACKS}
