"""The demo's public consultations, one per jury, as plain data.

Each consultation is a `ConsultationPage` under its topic, with its questions, the themes
moderators tag responses with, and what the synthetic residents of `responses.py` tend
to answer: one weight per option of every question, and for free text a pool of
sentences per theme. Dates are fixed (UK time), never relative to today, so the demo is
the same whenever it is built: the town-centre consultation closed in January 2026 and
its results are published, the transport one stays open until the end of 2030 so the
form can be tried, and the waste one does not open until June 2030.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .content import TOWN_CENTRE, TRANSPORT, WASTE, Block, text

LONDON = ZoneInfo("Europe/London")

# Northbridge's wards, offered as the areas of the about-you questions. Each ward has its
# own postcode district (Castle is NB1, Eastfield NB2...), so answers to the postcode
# question agree with the ward a resident gives.
WARDS = (
    "Castle",
    "Eastfield",
    "Hollins",
    "Riverside",
    "Abbey",
    "Moorside",
    "Westgate",
    "St Anne's",
)
# How many of the synthetic residents live in each ward, relatively: the central wards
# and the older suburbs answer consultations more often than Riverside's flats.
WARD_WEIGHTS = (14, 13, 15, 9, 12, 13, 14, 10)

DEFAULT_ABOUT_YOU_INTRODUCTION = (
    "These questions are optional. We ask them to check that we have heard from people of "
    "all backgrounds. Your answers are kept separately from your views."
)
NO_PERSONAL_DETAILS = (
    "Please do not include your name, address or other details that could identify you or "
    "anyone else."
)
POSTCODE_HINT = (
    "For example NB3 2QT. We keep only the first half (NB3), to see which parts of the "
    "borough we have heard from."
)


def london(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


@dataclass(frozen=True)
class QuestionSpec:
    """One question of a consultation, and how the synthetic residents answer it.

    `weights` has one number per option: for a single choice how often each option is
    chosen, relatively; for a multiple choice the chance that each option is ticked; for
    a ranking how popular each option is (1 goes to the most popular more often). For an
    agreement scale it has five, from "strongly agree" to "strongly disagree".
    """

    kind: str  # a block type of consultations.blocks.QuestionStreamBlock
    label: str
    hint: str = ""
    required: bool = False
    options: tuple[str, ...] = ()
    weights: tuple[float, ...] = ()
    character_limit: int = 0  # long text only
    # The share of residents who answer the question when it is optional.
    answer_rate: float = 1.0
    # A multiple-choice option that excludes the others ("Nothing: recycling is easy").
    exclusive: str = ""

    def block(self) -> Block:
        value = {"label": self.label, "hint": self.hint, "required": self.required}
        if self.options:
            value["options"] = list(self.options)
        if self.kind == "long_text":
            value["character_limit"] = self.character_limit
        return (self.kind, value)


@dataclass(frozen=True)
class ThemeSpec:
    """A theme moderators tag responses with, and sentences of responses that raise it."""

    name: str
    description: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class ConsultationSpec:
    topic_slug: str
    slug: str
    title: str
    summary: str
    introduction: tuple[str, ...]  # paragraphs
    what_happens_next: tuple[str, ...]
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    questions: tuple[QuestionSpec, ...]
    themes: tuple[ThemeSpec, ...]
    results_published: bool = False
    results_summary: tuple[str, ...] = ()
    # The synthetic responses: how many, from which seed, and until when they arrive
    # (the closing time when None; an open consultation's responses stop at a fixed
    # date in the past, so none is dated in the future).
    responses: int = 0
    seed: int = 0
    responses_until: datetime.datetime | None = None
    # The share of the latest responses that moderators have not reviewed yet.
    pending_share: float = 0.0

    def blocks(self) -> list[Block]:
        """The questions as StreamField blocks, the about-you questions last."""
        about_you = {
            "introduction": DEFAULT_ABOUT_YOU_INTRODUCTION,
            "ask_age_band": True,
            "ask_gender": True,
            "ask_ethnicity": True,
            "ask_disability": True,
            "areas": list(WARDS),
        }
        return [question.block() for question in self.questions] + [("about_you", about_you)]

    @property
    def introduction_html(self) -> str:
        return text(*self.introduction)

    @property
    def what_happens_next_html(self) -> str:
        return text(*self.what_happens_next)

    @property
    def results_summary_html(self) -> str:
        return text(*self.results_summary) if self.results_summary else ""


def agreement(
    label: str, weights: tuple[float, ...] = (), *, required: bool = True, hint: str = ""
) -> QuestionSpec:
    return QuestionSpec("agreement_scale", label, hint=hint, required=required, weights=weights)


def postcode(answer_rate: float) -> QuestionSpec:
    return QuestionSpec(
        "postcode", "What is your postcode?", hint=POSTCODE_HINT, answer_rate=answer_rate
    )


# --- Sentences every consultation's free-text answers draw on -------------------------

OPENERS = (
    "I have lived in Northbridge for over thirty years.",
    "I moved to Northbridge with my family in 2019.",
    "I'm a student at Northbridge College.",
    "I run a small business in the borough.",
    "I'm retired and live on a fixed income.",
    "I use a wheelchair, so this matters to me more than most.",
    "I work shifts at the hospital.",
    "We have two children at primary school.",
    "I care for my mother, who lives on the other side of town.",
    "I grew up here, left for twenty years and came back.",
)
CLOSERS = (
    "Thank you for asking residents.",
    "I hope the jury listens to people like me.",
    "Please keep us updated on what happens next.",
    "I'd be happy to volunteer if it would help.",
    "Whatever you decide, please explain why.",
    "It's good that ordinary people are being asked for once.",
)
# Details that identify someone: moderators replace the second item with "[redacted]".
PERSONAL_DETAILS = (
    ("You can ring me on 07700 900461 if you want to know more.", "07700 900461"),
    (
        "My neighbour Mrs Patterson at 12 Mill Lane has exactly the same problem.",
        "Mrs Patterson at 12 Mill Lane",
    ),
    ("E-mail me at dave.hughes@example.org and I'll explain.", "dave.hughes@example.org"),
    (
        "My son Jake, who is in Year 5 at St Anne's Primary, goes this way every day.",
        "Jake, who is in Year 5 at St Anne's Primary,",
    ),
    (
        "I live at 4 Quarry Close and nobody from the council has ever replied to me.",
        "4 Quarry Close",
    ),
)
# Why moderators reject a response, and (when it replaces the resident's own answer)
# what the rejected response said.
REJECTIONS = (
    (
        "Advertising: not a response to the consultation.",
        "spam",
        "Best prices in Northbridge for driveways and patios. Free quotes, no job too "
        "small, visit our website today.",
    ),
    (
        "Abusive language about named council staff.",
        "abusive",
        "Whoever came up with this is an idiot and should be sacked along with the rest of "
        "them at the Town Hall.",
    ),
    ("A duplicate: the same resident sent the same response twice.", "duplicate", ""),
    (
        "Not about this consultation: passed to the highways team.",
        "off_topic",
        "When are you going to fix the streetlight outside my house? It has been broken "
        "since the summer.",
    ),
)

FIRST_NAMES = (
    "Aisha", "Alan", "Amy", "Andrzej", "Bernard", "Beth", "Chloe", "Colin", "Daniel",
    "Deepa", "Elaine", "Fatima", "Gareth", "Grace", "Hassan", "Helen", "Imran", "Jack",
    "Janet", "Jo", "Kerry", "Kwame", "Lauren", "Lee", "Maria", "Mohammed", "Natalie",
    "Nigel", "Olu", "Pat", "Priya", "Rachel", "Rob", "Ruth", "Sandra", "Shaun", "Siobhan",
    "Stuart", "Tom", "Wendy", "Yusuf", "Zofia",
)  # fmt: skip
LAST_NAMES = (
    "Ahmed", "Barker", "Begum", "Brown", "Clarke", "Davies", "Evans", "Green", "Hall",
    "Hughes", "Iqbal", "Jones", "Kaur", "Khan", "Kowalski", "Lewis", "Mensah", "Mitchell",
    "Nowak", "O'Brien", "Okoro", "Patel", "Roberts", "Shaw", "Singh", "Smith", "Taylor",
    "Thompson", "Walker", "Ward", "White", "Wilson", "Wood", "Wright",
)  # fmt: skip


# --- The town centre: closed, results published ---------------------------------------

TOWN_CENTRE_THEMES = (
    ThemeSpec(
        "Empty shops",
        "Vacant units, business rates and the mix of shops in the centre.",
        (
            "There are too many empty shops on Market Street and it makes the whole town "
            "feel run down.",
            "The rents and business rates are too high for anyone to open a new shop.",
            "We need shops that sell things you can't buy online, not more vape shops and "
            "charity shops.",
            "Let pop-up shops and artists use the empty units rent-free until they are let.",
            "When the bank closed I stopped coming into town on a Friday.",
        ),
    ),
    ThemeSpec(
        "Parking and getting into town",
        "Car parks, parking charges, buses into the centre and deliveries.",
        (
            "Parking is too expensive, so I drive to the retail park where it's free.",
            "The buses into town stop at six, so I can't get home after an evening out.",
            "If Market Street is closed to cars there must still be blue badge parking close by.",
            "Two hours' free parking on Saturdays would bring people back.",
            "Traders need somewhere to unload early in the morning.",
        ),
    ),
    ThemeSpec(
        "Market and Corn Exchange",
        "The indoor market, street stalls and reopening the Corn Exchange.",
        (
            "Reopen the Corn Exchange as a food hall, like they did in Altrincham.",
            "The indoor market is the heart of the town and it is dying.",
            "Stall rents should be cheaper for young people starting a business.",
            "A Thursday evening market with food in the summer would bring families in.",
            "The Corn Exchange is a beautiful building and it's a scandal it's been empty so long.",
        ),
    ),
    ThemeSpec(
        "Safety and cleanliness",
        "Feeling safe, lighting, litter and antisocial behaviour.",
        (
            "I don't feel safe walking through the bus station after dark.",
            "The streets need cleaning more often, especially on Sunday mornings.",
            "Better lighting on Castle Street and the alleys would make a big difference.",
            "There should be public toilets that are open all day.",
        ),
    ),
    ThemeSpec(
        "Homes in the town centre",
        "Flats above shops and new homes in the centre.",
        (
            "Turning the empty flats above shops into homes would bring life back after "
            "five o'clock.",
            "Any new flats must be affordable for local young people, not just investors.",
            "People living in the centre would use the shops and cafés every day.",
        ),
    ),
    ThemeSpec(
        "Green space and seating",
        "Trees, benches, play and places to sit.",
        (
            "There is nowhere to sit down in the town centre unless you buy a coffee.",
            "Plant trees along Market Street and put in some proper benches.",
            "A small play area would mean I could bring the kids into town with me.",
            "The riverside could be lovely with a bit of investment.",
        ),
    ),
)

TOWN_CENTRE_CONSULTATION = ConsultationSpec(
    topic_slug=TOWN_CENTRE.slug,
    slug="have-your-say",
    title="Your town centre in 2040: have your say",
    summary=(
        "We asked everyone in Northbridge what they want from the town centre, so the "
        "citizens' jury could weigh residents' views alongside the evidence. The "
        "consultation closed on 9 January 2026; the results are below."
    ),
    introduction=(
        "In January 2026 thirty residents chosen by lottery began meeting as a citizens' "
        "jury to decide what Northbridge town centre should be like in 2040. Before they "
        "started, we asked everyone else in the borough the same question.",
        "We wanted to know how you use the town centre today, what keeps you away and what "
        "the council should do first with the £6.2 million it has to spend by 2028.",
    ),
    what_happens_next=(
        "A team of council moderators read every response. They removed anything that "
        "could identify someone and grouped the comments into themes.",
        "The jury received a summary of all the responses, and a selection of comments in "
        "residents' own words, at its first session on 17 January 2026.",
    ),
    opens_at=london(2025, 11, 17, 9),
    closes_at=london(2026, 1, 9, 17),
    results_published=True,
    results_summary=(
        "Thank you to everyone who responded. Three in five people supported closing "
        "Market Street to traffic during the day, and filling empty shops came top of the "
        "priorities for the £6.2 million.",
        "The jury read these results, with a selection of comments, at its first session. "
        "Its recommendations were published in April 2026.",
    ),
    questions=(
        QuestionSpec(
            "single_choice",
            "How often do you visit Northbridge town centre?",
            required=True,
            options=(
                "Every day or most days",
                "At least once a week",
                "At least once a month",
                "Less than once a month",
                "Never",
            ),
            weights=(18, 34, 26, 16, 6),
        ),
        QuestionSpec(
            "multiple_choice",
            "What do you usually go into the town centre for?",
            hint="Select all that apply.",
            options=(
                "Shopping",
                "Work",
                "Eating and drinking",
                "The market",
                "Health or council services",
                "Culture and events",
                "Meeting friends and family",
            ),
            weights=(0.62, 0.22, 0.41, 0.33, 0.28, 0.19, 0.36),
            answer_rate=0.93,
        ),
        agreement(
            "Market Street should be closed to traffic between 10am and 5pm.",
            (27, 33, 12, 16, 12),
            hint="Deliveries would still be allowed before 10am.",
        ),
        agreement(
            "The council should help owners turn empty space above shops into homes.",
            (31, 38, 17, 9, 5),
        ),
        QuestionSpec(
            "ranking",
            "Put these priorities for the £6.2 million in order, with 1 for the most important.",
            options=(
                "Filling empty shops",
                "Reopening the Corn Exchange",
                "More homes in the centre",
                "Better paving, seating and trees",
                "Cheaper market stalls",
            ),
            weights=(34, 18, 16, 20, 14),
            answer_rate=0.85,
        ),
        QuestionSpec(
            "long_text",
            "What one change would make you use the town centre more, and why?",
            hint=NO_PERSONAL_DETAILS,
            character_limit=1500,
            answer_rate=0.8,
        ),
        postcode(0.82),
    ),
    themes=TOWN_CENTRE_THEMES,
    responses=340,
    seed=20260109,
)


# --- Transport: open -------------------------------------------------------------------

TRANSPORT_THEMES = (
    ThemeSpec(
        "Bus reliability",
        "Buses that are late, cancelled or too infrequent.",
        (
            "The number 7 is supposed to come every twenty minutes but often two turn up "
            "together and then nothing for an hour.",
            "I'd happily leave the car at home if I could trust the bus to turn up.",
            "There are no buses at all after 7pm on my estate, so I have to drive.",
            "The live bus times at the stops are wrong more often than they're right.",
            "Buses get stuck in the same queues as the cars, so give them their own lanes.",
        ),
    ),
    ThemeSpec(
        "Cost of fares",
        "Bus and train fares, tickets and concessions.",
        (
            "A return to town costs more than parking for the day, which is madness.",
            "Young people should travel free, like in some other areas.",
            "The £2 fare cap made a real difference and should be kept.",
            "A ticket that works on every company's buses would help a lot.",
        ),
    ),
    ThemeSpec(
        "Parking",
        "Car parks, residents' parking and charges.",
        (
            "Commuters park all day on our street, so residents can't park outside their "
            "own homes.",
            "Don't make parking more expensive until there is a real alternative.",
            "A park and ride at the ring road would keep cars out of the centre.",
            "The station car park is full by half past seven.",
        ),
    ),
    ThemeSpec(
        "Road safety",
        "Speeding, crossings and safety around schools.",
        (
            "Cars speed down Eastfield Road and there is no safe place to cross.",
            "The school run is dangerous: parents park on the zigzags every morning.",
            "20mph limits near schools and homes would make walking feel safer.",
            "The junction by the Interchange needs a proper pedestrian crossing.",
        ),
    ),
    ThemeSpec(
        "Cycling and walking routes",
        "Cycle lanes, pavements and paths.",
        (
            "The cycle lanes stop just where you need them most, at the junctions.",
            "Pavements are blocked by parked cars and bins, which is hard with a pushchair.",
            "A safe cycle route along the old railway line would get me out of the car.",
            "We need secure bike parking in the town centre and at the station.",
        ),
    ),
    ThemeSpec(
        "Air quality",
        "Pollution from traffic and its effect on health.",
        (
            "My son has asthma and the air on the main road makes it worse.",
            "Idling engines outside the school gates should be banned.",
            "Electric buses would cut the fumes at the Interchange.",
        ),
    ),
)

TRANSPORT_CONSULTATION = ConsultationSpec(
    topic_slug=TRANSPORT.slug,
    slug="have-your-say",
    title="Getting around Northbridge: have your say",
    summary=(
        "Tell us how you travel around the borough, what stops you leaving the car at home "
        "and which ideas the council should try first. Your answers go to the citizens' "
        "jury on transport and congestion."
    ),
    introduction=(
        "Forty residents chosen by lottery are meeting as a citizens' jury to recommend how "
        "to cut congestion in Northbridge and make it easier for everyone to get around.",
        "The jury hears from experts, campaigners, businesses and the bus company. It also "
        "wants to hear from you: how you travel today, what gets in the way and which "
        "changes you would support. It takes about ten minutes.",
    ),
    what_happens_next=(
        "Council moderators read every response and remove anything that could identify "
        "someone before it is shared. They group comments into themes, such as bus "
        "reliability or parking.",
        "The jury receives a summary of the responses, updated before each of its "
        "sessions. We will publish the results here once the consultation closes.",
    ),
    opens_at=london(2026, 1, 10, 9),
    closes_at=london(2030, 12, 31, 17),
    questions=(
        QuestionSpec(
            "single_choice",
            "How do you usually travel to work, school or college?",
            required=True,
            options=(
                "By car or van, as the driver",
                "By car, as a passenger",
                "By bus",
                "By train",
                "By bicycle",
                "On foot",
                "I work or study from home",
                "I do not work or study",
            ),
            weights=(38, 6, 17, 4, 5, 14, 7, 9),
        ),
        agreement(
            "I would use the bus more if buses were more frequent and more reliable.",
            (29, 33, 16, 12, 10),
        ),
        agreement(
            "The council should consider a charge for driving into the town centre at peak times.",
            (9, 15, 14, 24, 38),
            hint="The money raised would have to be spent on buses, walking and cycling.",
        ),
        QuestionSpec(
            "multiple_choice",
            "What stops you walking or cycling more?",
            hint="Select all that apply.",
            options=(
                "The distances are too long",
                "Traffic: it does not feel safe",
                "The weather",
                "Hills",
                "Carrying shopping or children",
                "A disability or health condition",
                "Nothing: I already walk or cycle",
            ),
            weights=(0.34, 0.41, 0.29, 0.12, 0.3, 0.11, 0.14),
            answer_rate=0.9,
            exclusive="Nothing: I already walk or cycle",
        ),
        QuestionSpec(
            "ranking",
            "Put these ideas in order, with 1 for the one you most want the council to try.",
            options=(
                "More frequent buses",
                "Cheaper fares",
                "Protected cycle lanes",
                "Safer routes to school",
                "A park and ride",
            ),
            weights=(28, 24, 12, 20, 16),
            answer_rate=0.8,
        ),
        QuestionSpec(
            "long_text",
            "Is there anything else you would like the jury to know about getting around "
            "Northbridge?",
            hint=NO_PERSONAL_DETAILS,
            character_limit=1000,
            answer_rate=0.72,
        ),
        postcode(0.8),
    ),
    themes=TRANSPORT_THEMES,
    responses=260,
    seed=20260110,
    responses_until=london(2026, 10, 31, 18),
    pending_share=0.15,
)


# --- Waste: opens in 2030 --------------------------------------------------------------

WASTE_THEMES = (
    ThemeSpec("Food waste", "Weekly food waste caddies and collections.", ()),
    ThemeSpec("Bins in flats", "Space for bins and shared bins in blocks of flats.", ()),
    ThemeSpec("Collection frequency", "How often each bin is emptied.", ()),
    ThemeSpec("Fly-tipping", "Dumped rubbish, bulky waste and the tip.", ()),
    ThemeSpec("Reuse and repair", "Reuse shops, repair cafés and buying less.", ()),
)

WASTE_CONSULTATION = ConsultationSpec(
    topic_slug=WASTE.slug,
    slug="have-your-say",
    title="Bins and recycling: have your say",
    summary=(
        "From June 2030 you can tell us how your bins should be collected: how often, "
        "what goes in which bin and what would help you recycle more."
    ),
    introduction=(
        "The council's contract for bin collections is ending, and the law now requires "
        "weekly food waste collections. Before we decide what comes next, a citizens' jury "
        "of 24 residents will weigh the options.",
        "This consultation asks everyone else the same questions, so the jury knows how "
        "people across the borough live with their bins today.",
    ),
    what_happens_next=(
        "Council moderators read every response and remove anything that could identify "
        "someone. The jury receives a summary of the responses before it starts weighing "
        "the options, and the results are published here after the consultation closes.",
    ),
    opens_at=london(2030, 6, 1, 9),
    closes_at=london(2030, 9, 1, 17),
    questions=(
        QuestionSpec(
            "single_choice",
            "What type of home do you live in?",
            required=True,
            options=(
                "A house or bungalow",
                "A flat with shared bins",
                "A flat above a shop",
                "A shared house",
                "Something else",
            ),
        ),
        agreement("I would separate my food waste into a caddy for a weekly collection."),
        QuestionSpec(
            "single_choice",
            "How often should your general rubbish bin be emptied?",
            options=("Every week", "Every two weeks", "Every three weeks"),
        ),
        QuestionSpec(
            "multiple_choice",
            "What makes recycling difficult for you?",
            hint="Select all that apply.",
            options=(
                "Not knowing what goes in which bin",
                "No space for more bins",
                "Bins are not emptied often enough",
                "Other people use my bins",
                "Nothing: recycling is easy",
            ),
        ),
        QuestionSpec(
            "ranking",
            "Put these ideas in order, with 1 for the one you would most like.",
            options=(
                "Weekly food waste collections",
                "Bigger recycling bins",
                "A reuse shop at the tip",
                "Clearer labels on bins",
                "One free bulky waste collection a year",
            ),
        ),
        QuestionSpec(
            "long_text",
            "What would help you throw away less and recycle more?",
            hint=NO_PERSONAL_DETAILS,
            character_limit=1000,
        ),
        postcode(1.0),
    ),
    themes=WASTE_THEMES,
)

CONSULTATIONS = {
    spec.topic_slug: spec
    for spec in (TOWN_CENTRE_CONSULTATION, TRANSPORT_CONSULTATION, WASTE_CONSULTATION)
}
