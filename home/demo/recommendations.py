"""The town centre jury's 14 recommendations (the first four as in its report), the
council's response of 20 July 2026, and progress since."""

from dataclasses import dataclass
from datetime import date as D


@dataclass(frozen=True)
class Progress:
    date: D
    status: str  # a ProgressStatus value
    note: str


@dataclass(frozen=True)
class RecommendationSpec:
    wording: str
    votes: tuple[int, int, int]  # for, against, abstained
    response: str  # a ResponseStatus value
    reasons: str
    owner: str
    due: D | None
    progress: tuple[Progress, ...] = ()


REGENERATION = "Regeneration and Economy"
HOUSING = "Housing Services"
HIGHWAYS = "Highways and Transport"
MARKETS = "Markets and Events"
CULTURE = "Culture and Leisure"
PLANNING = "Planning"

TOWN_CENTRE_RECOMMENDATIONS = (
    RecommendationSpec(
        "Bring empty space above shops back into use as homes, with grants and, where owners "
        "do not respond, the council's enforcement powers.",
        (28, 1, 1),
        "accepted",
        "The council will offer grants of up to £25,000 a flat from the Levelling Up Fund and "
        "will use empty dwelling management orders where owners do not respond within a year.",
        HOUSING,
        D(2028, 3, 31),
        (
            Progress(D(2026, 9, 1), "in_progress", "Grant scheme opened; 19 owners applied."),
            Progress(D(2026, 11, 2), "in_progress", "First six flats approved for grants."),
        ),
    ),
    RecommendationSpec(
        "Close Market Street to traffic between 10am and 5pm for an 18-month trial, with "
        "deliveries before 10am, blue badge parking kept on Bridge Street and a public report "
        "on footfall and takings at 6 and 12 months.",
        (24, 5, 1),
        "accepted",
        "The trial needs a traffic order, which the council made in September 2026.",
        HIGHWAYS,
        D(2028, 4, 30),
        (
            Progress(D(2026, 8, 20), "in_progress", "Traders and blue badge holders consulted."),
            Progress(D(2026, 10, 5), "done", "The trial started on 5 October 2026."),
        ),
    ),
    RecommendationSpec(
        "Reopen the Corn Exchange as a covered market, food hall and venue, run by a "
        "community benefit society rather than sold.",
        (26, 2, 2),
        "accepted_in_part",
        "The council will reopen the Corn Exchange and lease it to a community benefit "
        "society, but cannot afford a food hall until the roof is repaired (about £1.8 "
        "million), so it will open first as a covered market and venue.",
        CULTURE,
        D(2027, 9, 30),
        (Progress(D(2026, 10, 15), "in_progress", "Roof survey done; repair tender issued."),),
    ),
    RecommendationSpec(
        "Cut market stall fees for new traders by half for their first year, and extend the "
        "market to Thursday evenings from April to September.",
        (27, 2, 1),
        "accepted",
        "Fees for new traders were halved from 1 September 2026.",
        MARKETS,
        D(2027, 4, 1),
        (
            Progress(D(2026, 9, 1), "done", "Half-price first-year fees in place."),
            Progress(D(2026, 9, 30), "in_progress", "Thursday market planned for April 2027."),
        ),
    ),
    RecommendationSpec(
        "Plant trees and add benches along Market Street and Bridge Street, with shade "
        "and somewhere to sit at least every 100 metres.",
        (25, 3, 2),
        "accepted",
        "Included in the Market Street trial design.",
        HIGHWAYS,
        D(2027, 6, 30),
        (Progress(D(2026, 10, 5), "in_progress", "Twelve benches installed; trees in winter."),),
    ),
    RecommendationSpec(
        "Make the route from the bus station to Market Street step-free and well lit, "
        "designed with the Disability Forum.",
        (29, 0, 1),
        "accepted",
        "Funded from the highways maintenance budget.",
        HIGHWAYS,
        D(2027, 12, 31),
        (Progress(D(2026, 11, 10), "not_started", "Design workshop with the Disability Forum."),),
    ),
    RecommendationSpec(
        "Give community groups free use of empty council-owned shops until a tenant is found.",
        (22, 6, 2),
        "accepted_in_part",
        "Free use for up to six months at a time; groups pay the utility bills.",
        REGENERATION,
        D(2027, 3, 31),
        (Progress(D(2026, 10, 1), "done", "Two shops let to a repair café and a youth club."),),
    ),
    RecommendationSpec(
        "Charge owners of shops left empty for more than two years a higher business rate.",
        (19, 9, 2),
        "not_accepted",
        "Business rates are set by national government; the council cannot charge more. It "
        "will ask the government for the power.",
        REGENERATION,
        None,
    ),
    RecommendationSpec(
        "Hold a free evening event in the town centre once a month, run with local groups.",
        (23, 4, 3),
        "accepted",
        "The events budget for 2027 has been moved from two large festivals to monthly events.",
        MARKETS,
        D(2027, 12, 31),
    ),
    RecommendationSpec(
        "Require new town-centre buildings to have shops or workshops on the ground floor.",
        (21, 7, 2),
        "under_consideration",
        "To be decided in the review of the Local Plan in 2027.",
        PLANNING,
        D(2027, 7, 31),
    ),
    RecommendationSpec(
        "Publish footfall counts for the town centre every month on the council's website.",
        (30, 0, 0),
        "accepted",
        "Counts are published from October 2026.",
        REGENERATION,
        D(2026, 10, 31),
        (Progress(D(2026, 10, 31), "done", "First monthly figures published."),),
    ),
    RecommendationSpec(
        "Run a free shuttle bus between the retail park and the town centre on Saturdays.",
        (16, 11, 3),
        "not_accepted",
        "A trial in 2019 carried fewer than 40 people a day. The money will go to the "
        "step-free route instead.",
        HIGHWAYS,
        None,
    ),
    RecommendationSpec(
        "Open public toilets in the town centre, including a Changing Places toilet.",
        (28, 1, 1),
        "accepted",
        "A Changing Places toilet will be part of the Corn Exchange works.",
        CULTURE,
        D(2027, 9, 30),
    ),
    RecommendationSpec(
        "Bring the jury back in 2027 to check what the council has done on these recommendations.",
        (27, 1, 2),
        "under_consideration",
        "The council will decide in its 2027 budget.",
        REGENERATION,
        D(2027, 2, 28),
    ),
)

RECOMMENDATIONS_BY_TOPIC = {"town-centre": TOWN_CENTRE_RECOMMENDATIONS}

# What the town centre process published besides the hub's own pages: (kind, link), the
# link a document of the demo, a page path or a web address.
LEVELLING_UP_FUND = (
    "https://www.gov.uk/government/collections/new-levelling-up-and-community-investments"
)
PUBLISHED_ITEMS_BY_TOPIC = {
    "town-centre": (
        ("process_design", "page:about"),
        ("funding", LEVELLING_UP_FUND),
        ("jury_report", "document:TOWN_CENTRE_REPORT"),
    ),
}
