"""The demo site's content as plain data: Northbridge Borough Council's citizens' juries.

Northbridge is fictional; its three juries are modelled on real UK mini-publics (the
Innovation in Democracy programme's assemblies of 2019, Camden's climate assembly, the
Leeds and Kendal climate juries, Climate Assembly UK). Everything here is fixed: the
loader turns it into pages, so the demo is the same every time it is built.

Body blocks are written with the small helpers below as (block_type, value) pairs; values
may hold references (`PageRef`, `Picture`, `DocumentSpec`, `Recording`) that the loader
resolves into database ids once those objects exist.
"""

import datetime
from dataclasses import dataclass, field
from html import escape
from typing import Any

ORGANISATION = "Northbridge Borough Council"
SITE_NAME = "Northbridge Citizens' Juries"
CONTACT_EMAIL = "juries@northbridge.example"
EMAIL_DOMAIN = "northbridge.example"

D = datetime.date


# --- References resolved by the loader ------------------------------------------------


@dataclass(frozen=True)
class PageRef:
    """A demo page, by its slugs below the home page, e.g. "citizens-juries/town-centre"."""

    path: str


@dataclass(frozen=True)
class Picture:
    """A generated image; `title` is its stable identity in the image library."""

    title: str
    kind: str  # "street", "bus", "bins", "meeting" (see media.render_scene), or "logo"
    label: str
    colour: str


@dataclass(frozen=True)
class DocumentSpec:
    """A generated PDF; `title` is its stable identity in the document library."""

    title: str
    sections: tuple[tuple[str, str], ...]  # ("h", heading) or ("p", paragraph)
    author: str = ORGANISATION


@dataclass(frozen=True)
class Recording:
    """A video with its transcript. The YouTube ids are placeholders for the demo."""

    title: str
    youtube_id: str
    transcript: tuple[str, ...]

    @property
    def url(self) -> str:
        return f"https://www.youtube.com/watch?v={self.youtube_id}"


# --- Block helpers --------------------------------------------------------------------

Block = tuple[str, Any]


def text(*paragraphs: str) -> str:
    """Rich text from plain-text paragraphs."""
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def bullets(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{escape(i, quote=False)}</li>" for i in items) + "</ul>"


def heading(value: str, level: str = "h2") -> Block:
    return ("heading", {"text": value, "level": level})


def paragraph(html: str) -> Block:
    return ("paragraph", html)


def quote(words: str, attribution: str = "", role: str = "") -> Block:
    return ("quote", {"quote": words, "attribution": attribution, "role": role})


def call_to_action(title: str, body: str, link: PageRef | str, button_label: str) -> Block:
    target = {"page": link, "url": ""} if isinstance(link, PageRef) else {"page": None, "url": link}
    return (
        "call_to_action",
        {"heading": title, "text": body, "link": target, "button_label": button_label},
    )


def accordion(title: str, *items: tuple[str, str]) -> Block:
    """Items are (heading, rich text) pairs."""
    return (
        "accordion",
        {"heading": title, "items": [{"heading": h, "content": c} for h, c in items]},
    )


def key_dates(title: str, *dates: tuple[datetime.date, str, str]) -> Block:
    return (
        "key_dates",
        {
            "heading": title,
            "dates": [{"date": d, "title": t, "description": desc} for d, t, desc in dates],
        },
    )


def figure(picture: Picture, alt_text: str, caption: str = "") -> Block:
    return (
        "figure",
        {
            "image": {"image": picture, "decorative": False, "alt_text": alt_text},
            "caption": caption,
        },
    )


def document_link(document: DocumentSpec, title: str = "", description: str = "") -> Block:
    return ("document", {"document": document, "title": title, "description": description})


def recording(value: Recording) -> Block:
    return ("embed", value)


# --- Content types --------------------------------------------------------------------


@dataclass(frozen=True)
class Perspective:
    name: str
    description: str


@dataclass(frozen=True)
class Session:
    title: str
    date: datetime.date
    location: str
    description: str
    agenda: tuple[str, ...] = ()  # items, as a bulleted list
    private: bool = False  # a private deliberation: no recording, no transcript
    recording: Recording | None = None


@dataclass(frozen=True)
class PanelMember:
    name: str
    organisation: str
    role: str  # a transparency.models.PanelRole value


@dataclass(frozen=True)
class RosterJuror:
    first_name: str
    area: str
    listed_publicly: bool


@dataclass(frozen=True)
class Speaker:
    slug: str
    name: str
    role: str
    organisation: str
    summary: str
    biography: tuple[str, ...]
    declared_interests: str
    sessions: tuple[int, ...]  # 1-based numbers of the topic's sessions
    photo_alt_text: str
    portrait_colour: str

    @property
    def picture(self) -> Picture:
        return Picture(
            title=f"Photo of {self.name}",
            kind="portrait",
            label=self.name,
            colour=self.portrait_colour,
        )


@dataclass(frozen=True)
class Evidence:
    slug: str
    title: str
    evidence_type: str  # an EvidenceType value
    perspective: str  # a Perspective name
    source: str
    publisher: str
    publication_date: datetime.date
    summary: str
    paragraphs: tuple[str, ...]
    speakers: tuple[str, ...] = ()  # speaker slugs in the same topic
    pdf_title: str | None = None  # attach a generated PDF of this evidence
    recording: Recording | None = None

    @property
    def document(self) -> DocumentSpec | None:
        """The PDF attached to this evidence, if any: the evidence itself, as a paper."""
        if not self.pdf_title:
            return None
        publisher = self.publisher or self.source
        return DocumentSpec(
            title=self.pdf_title,
            author=publisher,
            sections=(
                ("p", f"Evidence for the citizens' jury: {self.title}"),
                ("p", f"Published by {publisher}, {self.publication_date:%-d %B %Y}."),
                ("h", "Summary"),
                ("p", self.summary),
                ("break", ""),
                ("h", "The evidence"),
                *(("p", p) for p in self.paragraphs),
                ("break", ""),
                *ABOUT_EVIDENCE_DOCUMENTS,
                ("p", f"Source of this evidence: {self.source}."),
            ),
        )


@dataclass(frozen=True)
class Update:
    slug: str
    title: str
    date: datetime.date
    summary: str
    body: tuple[Block, ...]


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    summary: str
    question: str
    authority: str
    status: str  # a TopicStatus value
    jury_size: int
    selection_method: tuple[str, ...]
    picture: Picture
    picture_alt_text: str
    body: tuple[Block, ...]
    sessions: tuple[Session, ...]
    speakers: tuple[Speaker, ...]
    evidence: tuple[Evidence, ...]
    updates: tuple[Update, ...] = field(default=())
    oversight_panel: tuple[PanelMember, ...] = field(default=())
    # Minutes of the oversight panel's meetings: (meeting date, document).
    oversight_minutes: tuple[tuple[datetime.date, DocumentSpec], ...] = field(default=())
    roster: tuple[RosterJuror, ...] = field(default=())


@dataclass(frozen=True)
class StandardPageSpec:
    slug: str
    title: str
    summary: str
    body: tuple[Block, ...]
    show_in_menus: bool = False


@dataclass(frozen=True)
class DemoUser:
    username: str
    group: str | None  # None for the superuser
    first_name: str
    last_name: str

    @property
    def email(self) -> str:
        return f"{self.username}@{EMAIL_DOMAIN}"


# The last page of every evidence PDF.
ABOUT_EVIDENCE_DOCUMENTS = (
    ("h", "About this document"),
    (
        "p",
        f"This document was given to a citizens' jury run by {ORGANISATION}. The jury reads "
        "evidence from the council, businesses, campaigners, researchers and residents. The "
        "council publishes it all so that anyone can see what the jury heard; publishing it "
        "does not mean the council agrees with it.",
    ),
    ("h", "Other formats"),
    (
        "p",
        "If you need this document in another format, such as large print, easy read, audio "
        f"or braille, e-mail {CONTACT_EMAIL} or call 01632 960 000.",
    ),
)


# --- Site-wide -------------------------------------------------------------------------

LOGO = Picture(
    title="Northbridge Borough Council logo",
    kind="logo",
    label=ORGANISATION,
    colour="#ffffff",  # drawn in white: the header is the dark brand colour
)
JURY_AT_WORK = Picture(
    title="Jury members at work in the Town Hall",
    kind="meeting",
    label="The jury at work",
    colour="#d9c8a9",
)

USERS = (
    DemoUser("comms", "Communications team", "Hannah", "Okafor"),
    DemoUser("moderator", "Moderators", "Tom", "Birch"),
    DemoUser("oversight", "Oversight panel", "Margaret", "Ellis"),
    DemoUser("administrator", "Administrators", "Sam", "Patel"),
    DemoUser("admin", None, "Demo", "Superuser"),
)

PERSPECTIVES = (
    Perspective("Council", "Evidence from Northbridge Borough Council's own officers and data."),
    Perspective("Local business", "Shops, traders and employers in the borough."),
    Perspective("Residents' group", "Tenants' and residents' associations and community forums."),
    Perspective("Campaign group", "Groups that campaign for a particular change."),
    Perspective(
        "Academic research",
        "Universities and independent researchers, reviewing what is known elsewhere.",
    ),
    Perspective("Transport operator", "Companies that run buses, trains or taxis in the borough."),
    Perspective("Waste industry", "Companies that collect, sort and process the borough's waste."),
)

INDEX_SLUG = "citizens-juries"
INDEX_TITLE = "Citizens' juries"
INDEX_INTRODUCTION = (
    "A citizens' jury is a group of residents, chosen by lottery, who spend several days "
    "learning about a question, hearing from experts and people affected, and agreeing "
    "recommendations. The council has promised to respond to every recommendation in public."
)
INDEX_SUMMARY = (
    "Every citizens' jury the council has run or is running, and where each one is up to."
)

HOME_TITLE = "Have your say: Northbridge Citizens' Juries"
HOME_SLUG = "home"
HOME_INTRODUCTION = (
    "Residents chosen by lottery are helping Northbridge Borough Council decide what to do "
    "about the town centre, transport and recycling. Follow their work, read the evidence "
    "they hear and see what they recommend."
)
HOME_SUMMARY = (
    "Northbridge Borough Council's citizens' juries: residents chosen by lottery who hear "
    "the evidence and recommend what the council should do."
)
HOME_BODY = (
    heading("How the juries work"),
    paragraph(
        text(
            "Each jury is between 24 and 40 residents, chosen by a lottery so that together "
            "they look like Northbridge: young and old, from every ward, with and without "
            "cars, renters and owners. They meet five or six times, usually on Saturdays.",
            "The jury hears from council officers, businesses, campaigners, researchers and "
            "residents with first-hand experience. Everything they hear is published here, "
            "with who produced it and any interests the speakers have declared.",
        )
    ),
    figure(
        JURY_AT_WORK,
        "Residents sitting around three round tables in a hall, with notes on a flip chart.",
        "Jury members discussing evidence at the Town Hall, February 2026.",
    ),
    quote(
        "I came because the letter said I'd be paid for my Saturday. I stayed because, for "
        "once, someone actually asked what I thought and listened to the answer.",
        "A member of the town centre jury",
    ),
    call_to_action(
        "See what the juries are working on",
        "Read the questions, the evidence and the recommendations so far.",
        PageRef(INDEX_SLUG),
        "See the citizens' juries",
    ),
)


# --- Standard pages --------------------------------------------------------------------

ABOUT = StandardPageSpec(
    slug="about",
    title="About the citizens' juries",
    summary=(
        "What a citizens' jury is, how members are chosen by lottery, what they are paid and "
        "what the council does with their recommendations."
    ),
    show_in_menus=True,
    body=(
        heading("What a citizens' jury is"),
        paragraph(
            text(
                "A citizens' jury is a group of residents who are asked to answer a difficult "
                "question on behalf of everyone who lives in Northbridge. Members are not "
                "experts or campaigners. They are chosen by lottery, so that the jury is a "
                "fair cross-section of the borough.",
                "Over several sessions the jury learns about the question, hears from people "
                "with different points of view, asks them questions and talks it through in "
                "small groups with the help of independent facilitators. At the end, members "
                "write and vote on their recommendations.",
                "Juries and assemblies like these have been used across the UK: Climate "
                "Assembly UK for Parliament in 2020, the councils in the government's "
                "Innovation in Democracy programme in 2019, and climate juries and assemblies "
                "in Camden, Leeds and Kendal.",
            )
        ),
        heading("How members are chosen"),
        paragraph(
            text(
                "We post invitation letters to thousands of addresses picked at random from "
                "Royal Mail's list of every address in the borough. Anyone aged 16 or over "
                "living at an invited address can reply. From everyone who replies, an "
                "independent organisation runs a second lottery, balanced so that the jury "
                "matches Northbridge's population by age, gender, ethnicity, disability, "
                "where people live and whether they have a car.",
                "Councillors, council officers and people who campaign on the question "
                "cannot take part, so that the jury stays independent.",
            )
        ),
        heading("What members get"),
        paragraph(
            bullets(
                "A payment of £75 for each session they attend, as a thank you for their time.",
                "Travel costs, and childcare or care costs for the hours they are with us.",
                "Lunch, refreshments and a quiet room at every session.",
                "Support to take part: large print, a British Sign Language interpreter, a "
                "loan laptop or a hearing loop, whatever a member needs.",
            )
        ),
        accordion(
            "Frequently asked questions",
            (
                "Will the council do what the jury recommends?",
                text(
                    "The council has promised to respond in public to every recommendation "
                    "within three months: saying what it will do, what it will not do and "
                    "why. The response is debated at a meeting of the full council."
                ),
            ),
            (
                "Who decides what evidence the jury hears?",
                text(
                    "An oversight panel of seven people, including two councillors from "
                    "different parties, a local academic and representatives of community "
                    "groups, checks that the evidence is balanced. Jury members can also ask "
                    "to hear from people who are not on the programme."
                ),
            ),
            (
                "I wasn't invited. How can I have my say?",
                text(
                    "You can send evidence to the jury by e-mail to "
                    "juries@northbridge.example. The oversight panel reads everything that "
                    "is sent in and passes a summary to the jury. You can also watch the "
                    "recordings of the sessions where speakers present their evidence."
                ),
            ),
            (
                "Are the discussions recorded?",
                text(
                    "Presentations by speakers are filmed and published with a transcript. "
                    "The small-group discussions between jury members are not recorded, so "
                    "that members can speak freely and change their minds."
                ),
            ),
            (
                "Who runs the sessions?",
                text(
                    "Sessions are designed and facilitated by an independent organisation "
                    "appointed through an open tender. Council officers attend to answer "
                    "factual questions but do not take part in the discussions."
                ),
            ),
        ),
        key_dates(
            "Key dates in 2026",
            (
                D(2026, 1, 17),
                "Town centre jury begins",
                "The first of five Saturday sessions at the Town Hall.",
            ),
            (
                D(2026, 4, 20),
                "Town centre recommendations published",
                "The jury's 14 recommendations are handed to the Leader of the Council.",
            ),
            (
                D(2026, 5, 9),
                "Transport jury begins",
                "Forty residents start work on congestion and public transport.",
            ),
            (
                D(2026, 9, 12),
                "Waste and recycling jury begins",
                "Twenty-four residents start work on how the borough's waste is collected.",
            ),
        ),
        quote(
            "The jury didn't tell us what we wanted to hear. It told us what residents would "
            "accept if we explained the trade-offs honestly, which is far more useful.",
            "Cllr Denise Farrow",
            "Leader, Northbridge Borough Council",
        ),
        call_to_action(
            "Follow a jury",
            "See each jury's question, sessions, evidence and speakers.",
            PageRef(INDEX_SLUG),
            "See the citizens' juries",
        ),
    ),
)

PRIVACY_NOTICE = StandardPageSpec(
    slug="privacy-notice",
    title="Privacy notice",
    summary=(
        "How Northbridge Borough Council uses personal information about people who take "
        "part in, give evidence to or contact the citizens' juries."
    ),
    body=(
        paragraph(
            text(
                "This notice explains how Northbridge Borough Council uses your personal "
                "information when you are invited to a citizens' jury, reply to an invitation, "
                "take part as a jury member, give evidence as a speaker or contact us about "
                "the juries. It was last updated on 5 January 2026."
            )
        ),
        heading("Who we are"),
        paragraph(
            text(
                "Northbridge Borough Council, Town Hall, Market Street, Northbridge, is the "
                "data controller for the information described here. Our Data Protection "
                "Officer can be contacted at dpo@northbridge.example or by post at the Town "
                "Hall, marked 'Data Protection Officer'."
            )
        ),
        heading("What information we collect"),
        paragraph(
            bullets(
                "Invitations: the postal addresses chosen at random. We do not know who lives "
                "at an address unless someone replies.",
                "Replies: your name, contact details, age, gender, ethnicity, disability, ward, "
                "whether you have a car and your answer to one question about the topic.",
                "Jury members: your bank details for payments, any support you need to take "
                "part, dietary needs and emergency contact details.",
                "Speakers: your name, role, photograph, biography and declared interests, "
                "which we publish.",
                "Anyone who writes to us: your message and contact details.",
            )
        ),
        heading("Why we use it and our lawful basis"),
        paragraph(
            text(
                "We use this information to run a fair lottery, to support jury members, to "
                "pay them and to publish the evidence the jury hears. Under UK GDPR our "
                "lawful basis is that this is a task carried out in the public interest "
                "(Article 6(1)(e)): involving residents in decisions about local services.",
                "Information about ethnicity and health is special category data. We use it "
                "only to make sure the jury reflects the borough and to provide support, on "
                "the basis of substantial public interest (Article 9(2)(g)) and our duties "
                "under the Equality Act 2010. It is never shared with the jury or published.",
            )
        ),
        heading("Who we share it with"),
        paragraph(
            text(
                "We share replies with the independent organisation that runs the second "
                "lottery and facilitates the sessions, under a contract that allows them to "
                "use the information only for this purpose. Payments are made by the "
                "council's finance team. We do not sell your information or use it for "
                "marketing."
            )
        ),
        heading("How long we keep it"),
        paragraph(
            text(
                "We delete replies from people who were not selected six months after the "
                "jury's last session. We keep jury members' payment records for six years, "
                "as the law requires for financial records. Speakers' published pages stay "
                "online as part of the public record of the jury."
            )
        ),
        heading("Your rights"),
        paragraph(
            text(
                "You have the right to ask for a copy of your information, to have it "
                "corrected, to object to how we use it and in some cases to have it deleted. "
                "To use these rights, contact our Data Protection Officer. If you are unhappy "
                "with how we have handled your information, you can complain to the "
                "Information Commissioner's Office at ico.org.uk or on 0303 123 1113."
            )
        ),
    ),
)

ACCESSIBILITY_STATEMENT = StandardPageSpec(
    slug="accessibility-statement",
    title="Accessibility statement",
    summary=(
        "How accessible this website is, what to do if you cannot use part of it, and how "
        "to report a problem."
    ),
    body=(
        paragraph(
            text(
                "This accessibility statement applies to the Northbridge Citizens' Juries "
                "website. It is run by Northbridge Borough Council. We want as many people "
                "as possible to be able to use it. For example, you should be able to:",
            )
            + bullets(
                "change colours, contrast levels and fonts using browser or device settings",
                "zoom in up to 400% without the text spilling off the screen",
                "navigate most of the website using just a keyboard or speech recognition",
                "listen to most of the website using a screen reader",
                "read a transcript of every video the jury watched",
            )
        ),
        heading("How accessible this website is"),
        paragraph(
            text(
                "We know some parts of this website are not fully accessible:",
            )
            + bullets(
                "some older PDF documents supplied by organisations giving evidence are not "
                "fully accessible to screen reader software",
                "videos embedded from YouTube and Vimeo use those services' players, whose "
                "controls we cannot change; every recording has a transcript on the page",
            )
        ),
        heading("Feedback and contact information"),
        paragraph(
            text(
                "If you need information on this website in a different format, like "
                "accessible PDF, large print, easy read, audio recording or braille, e-mail "
                "juries@northbridge.example or call 01632 960 000. We will consider your "
                "request and get back to you in 5 working days.",
                "If you are a member of a jury, your briefing pack is also available on "
                "paper, in large print or read aloud: ask the jury's facilitators.",
            )
        ),
        heading("Reporting accessibility problems with this website"),
        paragraph(
            text(
                "We are always looking to improve the accessibility of this website. If you "
                "find any problems not listed on this page or think we are not meeting "
                "accessibility requirements, e-mail juries@northbridge.example.",
            )
        ),
        heading("Enforcement procedure"),
        paragraph(
            text(
                "The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
                "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                "Accessibility Regulations 2018 (the 'accessibility regulations'). If you are "
                "not happy with how we respond to your complaint, contact the Equality "
                "Advisory and Support Service (EASS)."
            )
        ),
        heading("Technical information about this website's accessibility"),
        paragraph(
            text(
                "Northbridge Borough Council is committed to making its website accessible, "
                "in accordance with the accessibility regulations."
            )
        ),
        heading("Compliance status", "h3"),
        paragraph(
            text(
                "This website is partially compliant with the Web Content Accessibility "
                "Guidelines version 2.2 AA standard, due to the non-compliances listed below."
            )
        ),
        heading("Non-accessible content", "h3"),
        paragraph(
            text(
                "The content listed below is non-accessible for the following reasons.",
                "Non-compliance with the accessibility regulations: some PDF documents "
                "published as evidence were produced by other organisations and are not "
                "tagged, so screen readers may not read them in the right order. This fails "
                "WCAG 2.2 success criterion 1.3.1 (Info and Relationships). Where this "
                "happens, the page for that evidence summarises the document in plain text, "
                "and we will provide an accessible version on request. We plan to replace "
                "these documents by 31 March 2027.",
                "Disproportionate burden: we are not claiming disproportionate burden for "
                "any content on this website.",
                "Content that's not within the scope of the accessibility regulations: "
                "recordings of jury sessions streamed live are not in scope while live; "
                "each recording is captioned and transcribed within 14 days.",
            )
        ),
        heading("What we're doing to improve accessibility", "h3"),
        paragraph(
            text(
                "Every page type, form and briefing pack of this website is checked "
                "automatically against WCAG 2.2 AA in a real browser each time the website's "
                "software changes, including with the keyboard only and at 320 pixels wide. "
                "Jury briefing packs are published as tagged "
                "PDFs with a table of contents, for screen readers.",
            )
        ),
        heading("Preparation of this accessibility statement"),
        paragraph(
            text(
                "This statement was prepared on 12 January 2026. It was last reviewed on "
                "1 June 2026. The website was last tested on 20 May 2026 against the WCAG 2.2 "
                "AA standard by the council's digital team, using automated tools and manual "
                "testing with screen readers, keyboard navigation and zoom."
            )
        ),
    ),
)

STANDARD_PAGES = (ABOUT, PRIVACY_NOTICE, ACCESSIBILITY_STATEMENT)

SELECTION_TEMPLATE = (
    "In {month} we posted invitation letters to {letters:,} addresses chosen at random from "
    "Royal Mail's Postcode Address File, with extra letters to the wards where fewer people "
    "usually reply. In all, {replies} people aged 16 or over replied to say they would like "
    "to take part.",
    "An independent organisation then held a stratified lottery (sometimes called a civic "
    "lottery or sortition) to choose {size} members who together match the borough's "
    "population by age, gender, ethnicity, disability, ward, housing tenure and {attitude}.",
    "Members are paid £75 a session, with travel, childcare and care costs covered, so that "
    "taking part does not depend on being able to afford a free Saturday.",
)


def selection_method(month: str, letters: int, replies: int, size: int, attitude: str):
    return tuple(
        line.format(month=month, letters=letters, replies=replies, size=size, attitude=attitude)
        for line in SELECTION_TEMPLATE
    )


# --- Topic 1: the town centre ----------------------------------------------------------

TOWN_CENTRE_PICTURE = Picture(
    title="Market Street, Northbridge town centre",
    kind="street",
    label="Market Street, Northbridge",
    colour="#5b9bd5",
)

TOWN_CENTRE_REPORT = DocumentSpec(
    title="Town centre citizens' jury: recommendations report",
    sections=(
        ("h", "What the jury was asked"),
        (
            "p",
            "What should Northbridge town centre be like in 2040, and what should the council "
            "do first to get there? Thirty residents chosen by lottery met five times between "
            "17 January and 14 March 2026 to answer this question. They heard from 14 "
            "speakers and read nine pieces of evidence.",
        ),
        ("break", ""),
        ("h", "The jury's vision"),
        (
            "p",
            "In 2040 Northbridge town centre is a place people live in, not just shop in: "
            "busy in the evening as well as the day, easy and safe to walk around, with the "
            "market at its heart and the Corn Exchange in use again.",
        ),
        ("h", "Recommendations with the strongest support"),
        (
            "p",
            "1. Bring empty space above shops back into use as homes, with grants and, where "
            "owners do not respond, the council's enforcement powers. Supported by 28 of 30 "
            "members.",
        ),
        (
            "p",
            "2. Close Market Street to traffic between 10am and 5pm for an 18-month trial, "
            "with deliveries before 10am, blue badge parking kept on Bridge Street and a "
            "public report on footfall and takings at 6 and 12 months. Supported by 24 of 30.",
        ),
        (
            "p",
            "3. Reopen the Corn Exchange as a covered market, food hall and venue, run by a "
            "community benefit society rather than sold. Supported by 26 of 30.",
        ),
        (
            "p",
            "4. Cut market stall fees for new traders by half for their first year, and "
            "extend the market to Thursday evenings from April to September. Supported by "
            "27 of 30.",
        ),
        ("break", ""),
        ("h", "What the jury could not agree"),
        (
            "p",
            "Members were split on car parking charges. Fifteen wanted the first hour free "
            "in council car parks; twelve wanted charges kept and the income spent on buses; "
            "three were undecided. The jury asks the council to treat this as unresolved.",
        ),
        ("h", "What happens next"),
        (
            "p",
            "The council has promised a written response to every recommendation by "
            "20 July 2026, to be debated at the full council meeting on 22 July 2026.",
        ),
    ),
)

TOWN_CENTRE_RECORDING = Recording(
    title="Session 2: panel on shops, homes and culture in the town centre",
    youtube_id="Nb7tQx2LmP0",
    transcript=(
        "Facilitator: Welcome back, everyone. This afternoon we have three speakers, each "
        "with ten minutes, and then forty minutes for your questions. First, Dr Amira Shah "
        "from the University of Northbridge.",
        "Dr Amira Shah: Thank you. I want to start with one number: in 2019 there were 31 "
        "empty shop units in the town centre, and today there are 46. But footfall on Market "
        "Street has fallen by much less, about 12 per cent. People are still coming; they are "
        "just doing different things when they get here.",
        "Dr Amira Shah: Towns that have turned this around, and Altrincham is the example "
        "everyone quotes, did three things together: a market people wanted to visit, more "
        "people living in the centre, and streets that were pleasant to stay in.",
        "Gary Whitfield: I run a hardware shop on Bridge Street that my father opened in "
        "1979. Half my customers drive in for one thing, often something heavy. If they "
        "can't park near the shop, they will go to the retail park, and they won't come back.",
        "Tariq Mahmood: The market is down to 38 stalls on a Saturday from 70 ten years ago. "
        "Fees are part of it. A new trader pays £42 a day before they've sold anything.",
        "Juror: Question for Mr Whitfield. If the street were closed to cars but you had a "
        "loading bay at the end, and a trolley, would that work for your customers?",
        "Gary Whitfield: For some of them, yes. For the builders, no. I'd want to see a "
        "trial, not a permanent decision.",
    ),
)

TRADER_RECORDING = Recording(
    title="Thirty years on Northbridge Market: Tariq Mahmood in his own words",
    youtube_id="qM3vTr8kWc4",
    transcript=(
        "Tariq Mahmood: My dad had the fruit and veg stall before me, and I took it over in "
        "1995. Back then you queued for a pitch. Now there are gaps all along the row.",
        "Tariq Mahmood: What's changed? The supermarket on the ring road opened in 2004, "
        "that was the first thing. Then the bus station moved, so people don't walk past us "
        "any more. And the fees went up every year while the footfall went down.",
        "Tariq Mahmood: I'm not against closing Market Street to cars. On a Saturday nobody "
        "can drive down it anyway. But we need somewhere to unload the vans at six in the "
        "morning and somewhere to park them all day.",
        "Tariq Mahmood: If you want my one idea: a Thursday evening market in the summer, "
        "with food. The young people would come. We tried it once in 2018 and it was packed.",
    ),
)


def panel_minutes(month: str, date: str, reviewed: str) -> DocumentSpec:
    return DocumentSpec(
        title=f"Town centre jury oversight panel: minutes, {month} 2026",
        sections=(
            ("h", f"Oversight panel meeting, {date}"),
            (
                "p",
                "Present: Professor Ruth Adeyemi (chair), Imran Qureshi, Sian Griffiths and "
                "Margaret Ellison. In attendance: the council's engagement officer.",
            ),
            ("h", "Briefing material reviewed"),
            ("p", reviewed),
            ("h", "Balance of speakers"),
            (
                "p",
                "The panel checked that each side of the main questions has a speaker and "
                "that every speaker's declared interests are published.",
            ),
        ),
    )


TOWN_CENTRE_PANEL_MINUTES_JANUARY = panel_minutes(
    "January",
    "9 January 2026",
    "The panel reviewed the council's briefing for session 1 and asked for the figures on "
    "empty shops to give their source. The speakers proposed for session 2 were agreed.",
)
TOWN_CENTRE_PANEL_MINUTES_FEBRUARY = panel_minutes(
    "February",
    "20 February 2026",
    "The panel reviewed the briefing pack for session 4 and approved it after one change: "
    "the arguments for and against parking charges now have equal space.",
)

TOWN_CENTRE_BRIEFING_RECORDING = Recording(
    title="Session 1: the council's briefing on the town centre",
    youtube_id="Tc1bRf7nQw2",
    transcript=(
        "Facilitator: Good morning, and welcome to the first session of the Northbridge "
        "town centre citizens' jury. Thank you all for giving up your Saturday.",
        "Helen Marsh: I lead the council's regeneration team. I want to tell you what the "
        "council owns in the town centre, what money there is, and what we can and cannot "
        "do with it. The council owns the Corn Exchange, the Market Hall and three car parks.",
        "Helen Marsh: The Levelling Up Fund gives us £6.2 million, which must be spent by "
        "2028. It cannot be spent on running costs, only on buildings and streets.",
        "Juror: Can the money be used to buy empty shops?",
        "Helen Marsh: In principle yes, if the purchase is part of a plan to bring them back "
        "into use. That is one of the options you may want to weigh.",
    ),
)

GETTING_AROUND_RECORDING = Recording(
    title="Session 3: getting in and getting around",
    youtube_id="Ga3kMv9sPe4",
    transcript=(
        "Facilitator: This morning two organisations present opposing cases on parking, "
        "buses and walking. Each has twenty minutes, then your questions.",
        "Chamber of Trade: Two thirds of our members say most of their customers arrive by "
        "car. Remove the parking on Market Street and many of those shops will close.",
        "Streets for People: Footfall counts in towns that closed a main street to traffic "
        "rose within two years. People stay longer where the streets are pleasant.",
        "Juror: Has anyone counted how people actually arrive in Northbridge?",
        "Facilitator: The council's 2025 survey is in your evidence pack: 41 per cent by "
        "car, 33 per cent on foot, 22 per cent by bus and 4 per cent by bicycle.",
    ),
)

RECOMMENDATIONS_RECORDING = Recording(
    title="Session 5: agreeing recommendations",
    youtube_id="Rv5hLw8cKd1",
    transcript=(
        "Facilitator: Today you vote on the recommendations your groups drafted. A "
        "recommendation needs the support of at least 20 of the 30 members.",
        "Juror: I propose we add 'with a loading bay at each end' to the Market Street "
        "trial. That answers what the traders told us in session 2.",
        "Facilitator: The amendment is carried, 26 in favour. We now vote on the "
        "recommendation as amended.",
        "Facilitator: That is 14 recommendations agreed. Your report goes to the council "
        "next month, and the council has promised a written response to each one.",
    ),
)

TOWN_CENTRE = Topic(
    slug="town-centre",
    title="The future of Northbridge town centre",
    summary=(
        "Thirty residents met five times in early 2026 to decide what the town centre should "
        "be like in 2040. Their 14 recommendations were published in April 2026."
    ),
    question=(
        "What should Northbridge town centre be like in 2040, and what should the council do "
        "first to get there?"
    ),
    authority=ORGANISATION,
    status="authority_responded",
    jury_size=30,
    selection_method=selection_method(
        "November 2025", 10_000, 612, 30, "how often they visit the town centre"
    ),
    picture=TOWN_CENTRE_PICTURE,
    picture_alt_text=(
        "A row of three- and four-storey brick buildings with shop fronts on the ground floor."
    ),
    body=(
        heading("Why we asked this question"),
        paragraph(
            text(
                "Northbridge town centre has changed fast. Since 2019 the number of empty "
                "shops has risen from 31 to 46, the indoor market has lost half its stalls and "
                "the Corn Exchange has been closed since 2021. At the same time more people "
                "want to live in the centre, and the council has £6.2 million from the "
                "government's Levelling Up Fund to spend by 2028.",
                "The council wants the money spent on what residents want, not only on what "
                "the loudest voices ask for. So it asked a citizens' jury.",
            )
        ),
        figure(
            TOWN_CENTRE_PICTURE,
            "A row of three- and four-storey brick buildings with shop fronts on the ground floor.",
            "Market Street, where the jury recommended a daytime traffic-free trial.",
        ),
        heading("The recommendations"),
        paragraph(
            text(
                "The jury agreed 14 recommendations. The four with the strongest support were "
                "homes above shops, a traffic-free trial on Market Street, reopening the Corn "
                "Exchange, and cheaper stalls for new market traders."
            )
        ),
        document_link(
            TOWN_CENTRE_REPORT,
            description="All 14 recommendations, with how many members supported each one.",
        ),
        quote(
            "We came in with 30 different town centres in our heads. We left with one we "
            "could all live with.",
            "A member of the jury",
        ),
    ),
    sessions=(
        Session(
            "Session 1: Getting to know the town centre",
            D(2026, 1, 17),
            "Northbridge Town Hall, Council Chamber",
            "Members meet each other, agree how they will work together and hear the "
            "council's briefing on the town centre today, followed by a guided walk along "
            "Market Street and Bridge Street.",
            agenda=(
                "10:00 Welcome and introductions (the facilitators)",
                "10:45 How we will work together",
                "11:30 The town centre today: the council's briefing (Helen Marsh)",
                "13:30 Guided walk along Market Street and Bridge Street",
                "15:30 What we noticed, and questions for the next sessions",
            ),
            recording=TOWN_CENTRE_BRIEFING_RECORDING,
        ),
        Session(
            "Session 2: Shops, homes and culture",
            D(2026, 1, 31),
            "The Corn Exchange (temporary reopening)",
            "A panel of a researcher, a shop owner and a market trader, with questions from "
            "the jury.",
            agenda=(
                "10:00 Recap of session 1",
                "10:30 Panel: Dr Amira Shah, Gary Whitfield and Tariq Mahmood",
                "11:15 Questions from the jury to the panel",
                "13:30 Small-group discussion: what makes a town centre worth visiting",
            ),
            recording=TOWN_CENTRE_RECORDING,
        ),
        Session(
            "Session 3: Getting in and getting around",
            D(2026, 2, 14),
            "Northbridge Town Hall, Council Chamber",
            "Parking, buses and walking: the Chamber of Trade and Northbridge Streets for "
            "People present opposing cases.",
            agenda=(
                "10:00 Recap of session 2",
                "10:30 The case for keeping car access (Northbridge Chamber of Trade)",
                "11:15 The case for a traffic-free centre (Northbridge Streets for People)",
                "13:30 Questions from the jury to both speakers",
            ),
            recording=GETTING_AROUND_RECORDING,
        ),
        Session(
            "Session 4: Weighing the options",
            D(2026, 2, 28),
            "Riverside Community Centre",
            "Members work in small groups on the trade-offs, in private, and can call back "
            "any speaker with follow-up questions.",
            agenda=(
                "10:00 Recap of the evidence so far",
                "10:30 Small groups weigh the options (private deliberation)",
                "14:00 Follow-up questions to speakers called back by the jury",
            ),
            private=True,
        ),
        Session(
            "Session 5: Agreeing recommendations",
            D(2026, 3, 14),
            "Northbridge Town Hall, Council Chamber",
            "Members draft, amend and vote on their recommendations.",
            agenda=(
                "10:00 Draft recommendations from session 4",
                "11:00 Amendments proposed by members",
                "13:30 Voting on each recommendation",
                "15:30 Next steps: the jury's report and the council's response",
            ),
            recording=RECOMMENDATIONS_RECORDING,
        ),
    ),
    speakers=(
        Speaker(
            slug="helen-marsh",
            name="Helen Marsh",
            role="Head of Regeneration",
            organisation=ORGANISATION,
            summary="Leads the council's regeneration team, which manages the Levelling Up Fund.",
            biography=(
                "Helen has worked for Northbridge Borough Council for eleven years and leads "
                "its regeneration team of nine people. Before that she was a town centre "
                "manager in Rochdale.",
                "She was invited to give the council's factual briefing on the town centre: "
                "who owns what, what money is available and what the council can and cannot "
                "do with it.",
            ),
            declared_interests=(
                "Employed by Northbridge Borough Council, which owns the Corn Exchange, the "
                "Market Hall and three of the town centre's car parks."
            ),
            sessions=(1,),
            photo_alt_text="Helen Marsh, smiling, in a navy jacket.",
            portrait_colour="#3d6f8e",
        ),
        Speaker(
            slug="amira-shah",
            name="Dr Amira Shah",
            role="Senior Lecturer in Urban Planning",
            organisation="University of Northbridge",
            summary=(
                "Researches how small towns in the north of England recover from retail decline."
            ),
            biography=(
                "Amira researches what happens to town centres when shops close, and has "
                "studied 40 towns across the north of England since 2015.",
                "She was invited by the oversight panel to summarise the research evidence "
                "independently of any interest in the outcome.",
            ),
            declared_interests="None declared.",
            sessions=(2,),
            photo_alt_text="Dr Amira Shah, with short dark hair, against a blue background.",
            portrait_colour="#4f7d6b",
        ),
        Speaker(
            slug="gary-whitfield",
            name="Gary Whitfield",
            role="Chair",
            organisation="Northbridge Chamber of Trade",
            summary="Runs a hardware shop on Bridge Street and chairs the Chamber of Trade.",
            biography=(
                "Gary runs Whitfield's Hardware on Bridge Street, which his father opened in "
                "1979. He has chaired the Northbridge Chamber of Trade, which has 85 member "
                "businesses, since 2022.",
                "He was invited to present the views of town centre businesses.",
            ),
            declared_interests=(
                "Owns and runs a shop on Bridge Street and lets the two flats above it. Unpaid "
                "chair of the Northbridge Chamber of Trade."
            ),
            sessions=(2, 3),
            photo_alt_text="Gary Whitfield, grey-haired, in a dark red jumper.",
            portrait_colour="#8e5b3d",
        ),
        Speaker(
            slug="joanne-pryce",
            name="Joanne Pryce",
            role="Coordinator",
            organisation="Northbridge Streets for People",
            summary="Coordinates a residents' campaign for safer, quieter town centre streets.",
            biography=(
                "Joanne is a primary school teacher and the volunteer coordinator of "
                "Northbridge Streets for People, a campaign with about 600 supporters.",
                "She was invited to present the case for making Market Street traffic-free.",
            ),
            declared_interests=(
                "Unpaid coordinator of Northbridge Streets for People, which campaigns for "
                "Market Street to be pedestrianised. Lives in Castle ward."
            ),
            sessions=(3,),
            photo_alt_text="Joanne Pryce, with long fair hair, in a green top.",
            portrait_colour="#6b4f8e",
        ),
        Speaker(
            slug="tariq-mahmood",
            name="Tariq Mahmood",
            role="Market trader and chair",
            organisation="Northbridge Market Traders' Association",
            summary="Has run a fruit and vegetable stall on Northbridge Market since 1995.",
            biography=(
                "Tariq took over his father's fruit and vegetable stall in 1995 and chairs "
                "the Market Traders' Association, which represents 38 traders.",
                "He was invited to speak about the market from a trader's point of view.",
            ),
            declared_interests=(
                "Holds licences for two stalls on Northbridge Market, for which he pays fees "
                "to the council."
            ),
            sessions=(2, 4),
            photo_alt_text="Tariq Mahmood, with a short black beard, smiling.",
            portrait_colour="#8e3d55",
        ),
    ),
    evidence=(
        Evidence(
            slug="town-centre-briefing",
            title="Northbridge town centre today: a briefing for the jury",
            evidence_type="briefing_paper",
            perspective="Council",
            source="Northbridge Borough Council regeneration team",
            publisher=ORGANISATION,
            publication_date=D(2025, 12, 15),
            summary=(
                "The facts about the town centre: who owns the buildings, how many shops are "
                "empty, how many people live there and what money the council has to spend."
            ),
            paragraphs=(
                "The town centre covers about 40 hectares inside the inner ring road. It has "
                "312 ground-floor units, of which 46 (15 per cent) were empty in October 2025, "
                "compared with 31 (10 per cent) in 2019. The national average for town "
                "centres is about 14 per cent.",
                "Around 1,900 people live in the town centre, most in flats built since 2005 "
                "near the river. About 280 flats above shops are empty or used for storage. "
                "Bringing them back into use typically costs £35,000 to £60,000 per flat, "
                "mainly for fire safety and separate entrances.",
                "The council owns the Market Hall, the Corn Exchange, three car parks with "
                "640 spaces and the freehold of 23 shops. Most other buildings belong to "
                "private landlords, several of whom live outside the borough, which limits "
                "what the council can do directly.",
                "The council has £6.2 million from the Levelling Up Fund, which must be spent "
                "on capital projects by March 2028, and about £150,000 a year for town centre "
                "management. Car parks bring in £1.1 million a year, which currently pays for "
                "maintenance and supports subsidised bus routes.",
            ),
            speakers=("helen-marsh",),
            pdf_title="Northbridge town centre today: briefing paper",
        ),
        Evidence(
            slug="footfall-and-vacancies",
            title="Footfall and empty shops, 2019 to 2025",
            evidence_type="data",
            perspective="Council",
            source="Northbridge Borough Council, using counters on Market Street and Bridge Street",
            publisher=ORGANISATION,
            publication_date=D(2025, 11, 28),
            summary=(
                "Counts of people walking through the town centre and of empty shops each "
                "year since 2019, including how the pattern changed after the pandemic."
            ),
            paragraphs=(
                "Automatic counters on Market Street and Bridge Street recorded 5.8 million "
                "passers-by in 2019 and 5.1 million in 2025, a fall of 12 per cent. The fall "
                "is concentrated on weekdays; Saturday footfall has recovered to 97 per cent "
                "of its 2019 level.",
                "Evening footfall, after 6pm, is 8 per cent higher than in 2019, driven by "
                "the cinema and the four restaurants that opened on Bridge Street in 2023.",
                "Empty shops rose from 31 in 2019 to a peak of 52 in 2022 and have since "
                "fallen slightly to 46. Twenty of the empty units have been empty for more "
                "than three years, and 14 of those belong to just three landlords.",
                "The counters cannot tell residents from visitors, or why people came, so "
                "these figures should be read with the 2025 visitor survey.",
            ),
            pdf_title="Footfall and empty shops, 2019 to 2025: data tables",
        ),
        Evidence(
            slug="visitor-survey-2025",
            title="Who uses the town centre: visitor survey 2025",
            evidence_type="data",
            perspective="Council",
            source="Face-to-face survey of 1,024 people in the town centre, June 2025",
            publisher=ORGANISATION,
            publication_date=D(2025, 9, 5),
            summary=(
                "Why people come to the town centre, how they get there and what would make "
                "them come more often, from 1,024 interviews in June 2025."
            ),
            paragraphs=(
                "Interviewers spoke to 1,024 people on six days in June 2025, including a "
                "market day, a Sunday and two evenings. Most (58 per cent) lived within two "
                "miles of the centre.",
                "The most common reasons for visiting were the market and food shopping "
                "(41 per cent), banks and services (23 per cent) and eating out (14 per cent). "
                "Only 6 per cent came mainly for clothes or other non-food shopping.",
                "Forty-four per cent arrived by car, 27 per cent on foot, 22 per cent by bus "
                "and 4 per cent by bike. People who came by bus or on foot visited more often "
                "and, over a month, spent slightly more than people who drove.",
                "Asked what would make them visit more, the most common answers were more "
                "independent shops and cafés (38 per cent), cheaper or easier parking "
                "(31 per cent), cleaner and safer streets (29 per cent) and more events "
                "(22 per cent).",
            ),
        ),
        Evidence(
            slug="what-makes-a-high-street-work",
            title="What makes a high street work? A review of the evidence",
            evidence_type="research",
            perspective="Academic research",
            source="Dr Amira Shah, University of Northbridge",
            publisher="University of Northbridge",
            publication_date=D(2025, 12, 1),
            summary=(
                "A review of research on towns that have recovered from retail decline, and "
                "what the evidence does and does not say about parking and pedestrianisation."
            ),
            paragraphs=(
                "This review looks at 60 studies of town centres in the UK and northern Europe "
                "published since 2010. Towns that recovered from rising vacancy rates rarely "
                "did so by attracting new chain stores. They did it by giving people more "
                "reasons to visit and stay: markets, food, culture, services and homes.",
                "Traders consistently overestimate how many of their customers arrive by car. "
                "In several studies, shopkeepers guessed that around two-thirds of customers "
                "drove, when surveys found the true figure was closer to a third. This matters "
                "when judging the effect of losing parking spaces.",
                "Pedestrianisation schemes usually increase footfall, but the effect on "
                "takings varies. Shops selling bulky goods, and those relying on quick "
                "drive-up visits, can lose trade; cafés, restaurants and food shops usually "
                "gain. Trials with clear measures of success were more likely to be kept.",
                "The evidence on free parking is weak. Where towns introduced free parking, "
                "spaces filled with all-day parkers such as commuters, and turnover fell. "
                "Short-stay limits had more effect on trade than price.",
                "Living in the centre makes the biggest long-term difference. Each household "
                "living in a town centre spends an estimated £7,000 to £9,000 a year locally "
                "and keeps the streets busy in the evening.",
            ),
            speakers=("amira-shah",),
            pdf_title="What makes a high street work? Evidence review",
        ),
        Evidence(
            slug="living-above-the-shop",
            title="Living above the shop: residents of Market Street",
            evidence_type="lived_experience",
            perspective="Residents' group",
            source="Town Centre Residents' Association",
            publisher="",
            publication_date=D(2026, 1, 20),
            summary=(
                "Four residents who live in flats above shops describe what works, what "
                "doesn't and what would persuade more people to live in the town centre."
            ),
            paragraphs=(
                "We asked members of the Town Centre Residents' Association who live above "
                "shops on Market Street and Castle Street to tell the jury what it is like. "
                "Four of them wrote to us; we have shortened what they said.",
                "Dani, 29, rents a one-bedroom flat above a phone shop: 'I can walk to work, "
                "to the station and to the pub. What I can't do is sleep on a Friday night, "
                "because the delivery lorries start at five on Saturday for the market.'",
                "Ray, 71, has lived above the former bank for 22 years: 'When I moved in, "
                "every flat on this row had someone in it. Now it's me and one other. The "
                "street feels empty after six, and that makes it feel unsafe, even though "
                "nothing has ever happened to me.'",
                "Priya, 35, lives with her partner and a baby: 'There is nowhere to leave a "
                "pushchair or put the bins, and the only way in is through the yard at the "
                "back. We love it, but we will have to move when the baby walks.'",
                "All four said that more people living in the centre would make the biggest "
                "difference, and three of the four supported closing Market Street to traffic "
                "during the day.",
            ),
        ),
        Evidence(
            slug="chamber-of-trade-position",
            title="Keep the town centre open for business: Chamber of Trade statement",
            evidence_type="position_statement",
            perspective="Local business",
            source="Northbridge Chamber of Trade",
            publisher="Northbridge Chamber of Trade",
            publication_date=D(2026, 2, 2),
            summary=(
                "The Chamber of Trade's case for keeping car access and parking, and for a "
                "trial rather than a permanent closure of Market Street."
            ),
            paragraphs=(
                "The Northbridge Chamber of Trade represents 85 businesses, most of them "
                "independent shops with fewer than ten staff. Our members support the jury's "
                "work and want a busier town centre as much as anyone.",
                "A survey of our members in January 2026 found that 62 per cent believe "
                "closing Market Street to cars would reduce their takings. Businesses selling "
                "bulky goods, and those whose customers are older or disabled, are most "
                "worried.",
                "We ask the jury to recommend that any change is trialled first, with footfall "
                "and takings measured independently before and after, and that loading and "
                "blue badge parking stay close to the shops.",
                "We also ask for the first hour in council car parks to be free, as in several "
                "neighbouring towns, and for business rates relief for shops that fill empty "
                "units.",
            ),
            speakers=("gary-whitfield",),
        ),
        Evidence(
            slug="town-centre-for-people",
            title="A town centre for people: the case for a traffic-free Market Street",
            evidence_type="position_statement",
            perspective="Campaign group",
            source="Northbridge Streets for People",
            publisher="Northbridge Streets for People",
            publication_date=D(2026, 2, 2),
            summary=(
                "Northbridge Streets for People argues that a traffic-free Market Street "
                "would bring more visitors, cleaner air and safer walking."
            ),
            paragraphs=(
                "Market Street carries about 4,200 vehicles a day, most of them driving "
                "through to the ring road rather than stopping. The pavements are 1.8 metres "
                "wide at their narrowest, too narrow for two pushchairs or a wheelchair and "
                "a pedestrian to pass.",
                "Between 2020 and 2024 there were 19 collisions on Market Street in which "
                "someone was injured, 11 of them involving people walking.",
                "Towns that have closed their main street to traffic, from Altrincham to "
                "Kirkcaldy, have seen more people visiting. We think Northbridge can do the "
                "same, especially with the market and the Corn Exchange on the street.",
                "We support keeping access for deliveries before 10am and for blue badge "
                "holders at both ends of the street. We would support an 18-month trial if "
                "the results are published.",
            ),
            speakers=("joanne-pryce",),
        ),
        Evidence(
            slug="session-2-panel-recording",
            title="Recording: panel on shops, homes and culture (session 2)",
            evidence_type="recording",
            perspective="Council",
            source="Filmed by Northbridge Borough Council at the jury's second session",
            publisher=ORGANISATION,
            publication_date=D(2026, 2, 3),
            summary=(
                "The full recording of the panel the jury heard at its second session, with "
                "a transcript, and the questions jury members asked."
            ),
            paragraphs=(
                "At its second session, on 31 January 2026, the jury heard from a researcher, "
                "a shop owner and a market trader about the future of shops, homes and "
                "culture in the town centre.",
                "Each speaker spoke for about ten minutes. Jury members then asked questions "
                "for forty minutes. The small-group discussions that followed were not "
                "recorded.",
                "The transcript has been checked against the recording and lightly edited to "
                "remove repetition.",
            ),
            speakers=("amira-shah", "gary-whitfield", "tariq-mahmood"),
            recording=TOWN_CENTRE_RECORDING,
        ),
        Evidence(
            slug="thirty-years-on-the-market",
            title="Thirty years on Northbridge Market",
            evidence_type="lived_experience",
            perspective="Local business",
            source="Tariq Mahmood, Northbridge Market Traders' Association",
            publisher="",
            publication_date=D(2026, 2, 10),
            summary=(
                "A market trader describes how the market has changed since 1995 and what "
                "would bring shoppers and new traders back."
            ),
            paragraphs=(
                "Tariq Mahmood has run a fruit and vegetable stall on Northbridge Market "
                "since 1995. The jury asked to hear more from him after the second session, "
                "so we filmed this short interview.",
                "He describes a market that had a waiting list for pitches in the 1990s and "
                "now has 38 stalls on a Saturday. He links the decline to the out-of-town "
                "supermarket, the move of the bus station and rising stall fees.",
                "He supports daytime closure of Market Street if traders can still load "
                "early in the morning, and suggests a summer evening market with food stalls.",
            ),
            speakers=("tariq-mahmood",),
            recording=TRADER_RECORDING,
        ),
    ),
    updates=(
        Update(
            slug="jury-met-second-time",
            title="The jury met for the second time",
            date=D(2026, 2, 2),
            summary=(
                "The jury spent Saturday in the Corn Exchange hearing about shops, homes and "
                "the market."
            ),
            body=(
                paragraph(
                    text(
                        "Twenty-nine of the 30 jury members met on Saturday 31 January in the "
                        "Corn Exchange, opened for the day for the first time since 2021.",
                        "They heard from Dr Amira Shah of the University of Northbridge, Gary "
                        "Whitfield of the Chamber of Trade and market trader Tariq Mahmood, "
                        "and asked them 34 questions between them. Members then asked to hear "
                        "more from residents who live above shops, which the oversight panel "
                        "has arranged for the next session.",
                    )
                ),
                quote(
                    "I didn't know the council owned this building. Standing in it, empty, "
                    "made the question feel very real.",
                    "A jury member",
                ),
            ),
        ),
        Update(
            slug="recordings-now-online",
            title="Recordings now online",
            date=D(2026, 2, 20),
            summary="Watch the panel from the jury's second session, with a full transcript.",
            body=(
                paragraph(
                    text(
                        "The recording of the panel the jury heard on 31 January is now "
                        "online, with a full transcript. We have also published a short "
                        "interview with market trader Tariq Mahmood, which the jury asked for."
                    )
                ),
                call_to_action(
                    "Watch the panel",
                    "Dr Amira Shah, Gary Whitfield and Tariq Mahmood answer the jury's questions.",
                    PageRef("citizens-juries/town-centre/session-2-panel-recording"),
                    "Watch the recording",
                ),
            ),
        ),
        Update(
            slug="recommendations-published",
            title="The jury's recommendations are published",
            date=D(2026, 4, 20),
            summary=(
                "The town centre jury has handed its 14 recommendations to the Leader of the "
                "Council, who will respond in public by July."
            ),
            body=(
                paragraph(
                    text(
                        "The town centre jury presented its 14 recommendations to the Leader of "
                        "the Council, Cllr Denise Farrow, at the Town Hall on 20 April 2026.",
                        "The recommendations with the strongest support were bringing empty "
                        "flats above shops back into use, a daytime traffic-free trial on "
                        "Market Street, reopening the Corn Exchange and cheaper stalls for new "
                        "market traders. The jury could not agree on car parking charges.",
                        "The council will publish a written response to every recommendation "
                        "by 20 July 2026.",
                    )
                ),
                document_link(
                    TOWN_CENTRE_REPORT,
                    description="The jury's report, with the votes on each recommendation.",
                ),
            ),
        ),
    ),
    oversight_panel=(
        PanelMember("Professor Ruth Adeyemi", "University of Northbridge", "chair"),
        PanelMember("Imran Qureshi", "Northbridge Chamber of Trade", "member"),
        PanelMember("Sian Griffiths", "Northbridge Streets for People", "member"),
        PanelMember("Margaret Ellison", "Northbridge Older People's Forum", "independent"),
    ),
    oversight_minutes=(
        (D(2026, 1, 9), TOWN_CENTRE_PANEL_MINUTES_JANUARY),
        (D(2026, 2, 20), TOWN_CENTRE_PANEL_MINUTES_FEBRUARY),
    ),
    roster=(
        RosterJuror("Aisha", "Castle ward", True),
        RosterJuror("Tom", "Riverside", True),
        RosterJuror("Grace", "Northbridge East", True),
        RosterJuror("Dafydd", "Hill Top", False),
    ),
)


# --- Topic 2: transport and congestion ------------------------------------------------

TRANSPORT_PICTURE = Picture(
    title="Buses at Northbridge Interchange",
    kind="bus",
    label="Northbridge Interchange",
    colour="#7fb3d5",
)

TRANSPORT_SESSION_1_RECORDING = Recording(
    title="Session 1: the transport picture in Northbridge",
    youtube_id="Tr4nSp0rt1a",
    transcript=(
        "Facilitator: Good morning and welcome to the first session of the Northbridge "
        "transport jury. Before we start, a reminder that these presentations are filmed; "
        "your discussions at the tables are not.",
        "Mark Ellison: Thank you. I'm going to give you the facts, not opinions. Northbridge "
        "has about 128,000 residents and 71,000 jobs. Every weekday morning about 38,000 "
        "trips start between seven and ten, and 64 per cent of them are made by car.",
        "Mark Ellison: The worst delays are on the A-road corridor from the motorway junction "
        "to the town centre, the Relief Road and Station Road. A bus from Eastfield to the "
        "town centre takes 14 minutes at 6am and 31 minutes at 8.15am.",
        "Mark Ellison: The council's transport budget is £9.4 million a year, of which "
        "£2.1 million supports bus routes that would not run commercially.",
        "Juror: How many of the cars in the morning queue are people from outside the borough?",
        "Mark Ellison: About a third of morning peak trips on the main corridor start outside "
        "the borough. I'll bring the exact figure to the next session.",
    ),
)

DISABILITY_FORUM_RECORDING = Recording(
    title="Getting around with a disability: members of Northbridge Disability Forum",
    youtube_id="Dsf0rUm22Xq",
    transcript=(
        "Interviewer: Can you tell the jury how you get into town?",
        "Maureen: I have a blue badge and I drive. If I can't park within about 50 metres of "
        "where I'm going, I can't go. It's as simple as that.",
        "Jamal: I use a wheelchair and I take the bus. The new buses are fine, but if the "
        "wheelchair space has a pushchair in it, I wait for the next one, which might be "
        "half an hour.",
        "Sue: I'm partially sighted. Shared spaces where cars and people mix frighten me, "
        "because I can't see where the kerb is. Whatever you decide, please keep a kerb or a "
        "clear edge I can follow with my cane.",
        "Interviewer: What is one thing the jury should remember?",
        "Jamal: That disabled people aren't one group. What works for Maureen doesn't work "
        "for me. Ask us, and ask early.",
    ),
)

TRANSPORT = Topic(
    slug="transport-and-congestion",
    title="Public transport and congestion",
    summary=(
        "Forty residents are meeting six times between May and July 2026 to recommend how "
        "to cut congestion and make it easier to get around without a car."
    ),
    question=(
        "How should we reduce congestion in Northbridge and make it easier for everyone to "
        "get around?"
    ),
    authority=ORGANISATION,
    status="in_session",
    jury_size=40,
    selection_method=selection_method(
        "March 2026", 12_000, 745, 40, "how they usually travel to work or school"
    ),
    picture=TRANSPORT_PICTURE,
    picture_alt_text=(
        "Two single-decker buses, one red and one blue, in front of a row of buildings."
    ),
    body=(
        heading("Why we are asking this question"),
        paragraph(
            text(
                "Morning traffic on Northbridge's main roads is the slowest in the county, "
                "and bus journeys at peak times take twice as long as they do early in the "
                "morning. Fewer buses mean more people drive, which slows the buses further.",
                "Any answer involves hard choices: about road space, parking, what people pay "
                "and who pays. The council wants residents to weigh those choices before it "
                "writes its next Local Transport Plan in 2027.",
            )
        ),
        figure(
            TRANSPORT_PICTURE,
            "Two single-decker buses, one red and one blue, in front of a row of buildings.",
            "Northbridge Interchange, the borough's main bus station.",
        ),
        heading("What the jury is doing now"),
        paragraph(
            text(
                "The jury has met twice, hearing the council's briefing and then evidence on "
                "road pricing, air quality and health. At the next session members will hear "
                "from the bus company and from local businesses. Recordings and transcripts "
                "of every presentation are published below."
            )
        ),
        recording(TRANSPORT_SESSION_1_RECORDING),
    ),
    sessions=(
        Session(
            "Session 1: How Northbridge gets around",
            D(2026, 5, 9),
            "Northbridge Town Hall, Council Chamber",
            "Introductions, how the jury will work and the council's briefing on travel in "
            "the borough.",
        ),
        Session(
            "Session 2: Road pricing, air quality and health",
            D(2026, 5, 23),
            "Northbridge Town Hall, Council Chamber",
            "Researchers present the evidence on charging for road use and on the health "
            "effects of traffic.",
        ),
        Session(
            "Session 3: Buses and business",
            D(2026, 6, 6),
            "Eastfield Community Hub",
            "Northbridge Buses and the Northbridge and District Business Forum present, with "
            "questions from the jury.",
        ),
        Session(
            "Session 4: Walking, cycling and everyday journeys",
            D(2026, 6, 20),
            "Online (video call), 6.30pm to 8.30pm",
            "An evening session online: the Cycle Campaign, the Disability Forum and residents "
            "of Eastfield without a car.",
        ),
        Session(
            "Session 5: Weighing the options",
            D(2026, 7, 4),
            "Riverside Community Centre",
            "Members work through the options in small groups and can recall any speaker.",
        ),
        Session(
            "Session 6: Agreeing recommendations",
            D(2026, 7, 18),
            "Northbridge Town Hall, Council Chamber",
            "Members draft, amend and vote on their recommendations.",
        ),
    ),
    speakers=(
        Speaker(
            slug="mark-ellison",
            name="Mark Ellison",
            role="Transport Planning Manager",
            organisation=ORGANISATION,
            summary="Manages the council's transport planning and its bus contracts.",
            biography=(
                "Mark has been a transport planner for 18 years, the last six at Northbridge "
                "Borough Council, where he is responsible for the Local Transport Plan and "
                "the contracts for subsidised bus routes.",
                "He was invited to give the jury the council's factual briefing.",
            ),
            declared_interests="Employed by Northbridge Borough Council.",
            sessions=(1,),
            photo_alt_text="Mark Ellison, with glasses, in a grey suit jacket.",
            portrait_colour="#3d5f8e",
        ),
        Speaker(
            slug="ruth-adebayo",
            name="Professor Ruth Adebayo",
            role="Professor of Transport Studies",
            organisation="University of Northbridge",
            summary="Researches road pricing and how people choose how to travel.",
            biography=(
                "Ruth leads the University of Northbridge's Institute for Transport Studies. "
                "Her research looks at how charges, parking policy and public transport "
                "change the way people travel, and who gains and loses.",
                "She was invited by the oversight panel to summarise the evidence on road "
                "pricing and workplace parking levies.",
            ),
            declared_interests=(
                "Her research group has received funding from the Department for Transport "
                "and Transport for the North. She has advised two English cities on workplace "
                "parking levies, unpaid."
            ),
            sessions=(2, 5),
            photo_alt_text="Professor Ruth Adebayo, with short grey hair, in a purple top.",
            portrait_colour="#5b3d8e",
        ),
        Speaker(
            slug="grace-lim",
            name="Dr Grace Lim",
            role="Consultant in Public Health",
            organisation=ORGANISATION,
            summary="Leads the council's public health work on air quality.",
            biography=(
                "Grace is a consultant in public health and leads the council's work on air "
                "quality and active travel. She previously worked for the UK Health Security "
                "Agency.",
                "She was invited to explain what is known about traffic, air pollution and "
                "health in Northbridge.",
            ),
            declared_interests="Employed by Northbridge Borough Council.",
            sessions=(2,),
            photo_alt_text="Dr Grace Lim, with shoulder-length black hair, smiling.",
            portrait_colour="#2f7f7a",
        ),
        Speaker(
            slug="kevin-doyle",
            name="Kevin Doyle",
            role="Commercial Director",
            organisation="Northbridge Buses",
            summary="Responsible for Northbridge Buses' routes, fares and timetables.",
            biography=(
                "Kevin has worked in the bus industry for 25 years and has been Commercial "
                "Director of Northbridge Buses since 2019. He is responsible for the "
                "company's routes, fares and timetables.",
                "He was invited to present the bus operator's view.",
            ),
            declared_interests=(
                "Employed by Northbridge Buses Ltd, which runs about 80 per cent of bus "
                "services in the borough, some of them under contract to the council."
            ),
            sessions=(3,),
            photo_alt_text="Kevin Doyle, bald, in a blue shirt and tie.",
            portrait_colour="#8e6f3d",
        ),
        Speaker(
            slug="sunita-rao",
            name="Sunita Rao",
            role="Policy Manager",
            organisation="Northbridge and District Business Forum",
            summary="Represents the views of 300 employers in and around Northbridge.",
            biography=(
                "Sunita is Policy Manager at the Northbridge and District Business Forum, "
                "whose 300 members employ about 14,000 people. She previously ran a "
                "logistics company.",
                "She was invited to present the views of employers and delivery businesses.",
            ),
            declared_interests=(
                "Employed by the Northbridge and District Business Forum, which is funded by "
                "its members' subscriptions."
            ),
            sessions=(3,),
            photo_alt_text="Sunita Rao, with long dark hair tied back, in a black jacket.",
            portrait_colour="#8e3d3d",
        ),
        Speaker(
            slug="owen-pritchard",
            name="Owen Pritchard",
            role="Volunteer campaigner",
            organisation="Northbridge Cycle Campaign",
            summary="Campaigns for safe cycling routes to Northbridge's schools.",
            biography=(
                "Owen is a mechanical engineer and a father of two who cycles to work. He has "
                "volunteered with the Northbridge Cycle Campaign since 2020.",
                "He was invited to present the case for safer walking and cycling routes.",
            ),
            declared_interests="None declared.",
            sessions=(4,),
            photo_alt_text="Owen Pritchard, with a red beard, in a green waterproof jacket.",
            portrait_colour="#4f8e3d",
        ),
    ),
    evidence=(
        Evidence(
            slug="getting-around-northbridge",
            title="Getting around Northbridge: transport briefing for the jury",
            evidence_type="briefing_paper",
            perspective="Council",
            source="Northbridge Borough Council transport planning team",
            publisher=ORGANISATION,
            publication_date=D(2026, 4, 24),
            summary=(
                "How people travel in Northbridge, where and when congestion is worst, what "
                "the council controls and what it spends."
            ),
            paragraphs=(
                "Northbridge has about 128,000 residents and 71,000 jobs. On a weekday "
                "morning about 38,000 trips start between 7am and 10am. Sixty-four per cent "
                "are by car, 15 per cent on foot, 13 per cent by bus, 4 per cent by train and "
                "3 per cent by bike.",
                "Delays are worst on the corridor from the motorway junction to the town "
                "centre, on the Relief Road and on Station Road. A bus from Eastfield to the "
                "town centre takes 14 minutes at 6am and 31 minutes at 8.15am.",
                "One household in four in Northbridge has no car. In Eastfield and Riverside "
                "wards the figure is closer to one in two.",
                "The council is the highway authority for all roads except the motorway and "
                "can change road layouts, parking and bus lanes. It does not run buses, but "
                "it pays £2.1 million a year to keep 14 routes running that would not be "
                "profitable, and could take more control through a bus franchising scheme.",
                "Any charge for driving or parking at work would need the government's "
                "approval and a public consultation, and the money raised would have to be "
                "spent on transport.",
            ),
            speakers=("mark-ellison",),
            pdf_title="Getting around Northbridge: transport briefing",
        ),
        Evidence(
            slug="traffic-counts-main-corridor",
            title="Traffic counts and journey times on the main corridor, 2015 to 2025",
            evidence_type="data",
            perspective="Council",
            source="Northbridge Borough Council automatic traffic counters and bus GPS data",
            publisher=ORGANISATION,
            publication_date=D(2026, 4, 24),
            summary=(
                "Ten years of traffic counts and journey times on the borough's busiest "
                "roads, showing when and where traffic has grown."
            ),
            paragraphs=(
                "Weekday traffic on the main corridor from the motorway to the town centre "
                "grew from 24,800 vehicles a day in 2015 to 27,300 in 2025, a rise of 10 per "
                "cent. Most of the growth is in vans, which rose by 38 per cent.",
                "Average car journey times along the 4.2-mile corridor at 8am have risen "
                "from 13 to 19 minutes. Journey times at midday have barely changed.",
                "About a third of morning peak traffic on the corridor starts outside the "
                "borough, and 22 per cent of it is travelling to the two large business "
                "parks at the motorway junction.",
                "School holidays cut morning peak traffic by about 12 per cent, which is "
                "enough to make journey times near normal. Small changes in demand make a big "
                "difference on roads that are close to full.",
            ),
            pdf_title="Traffic counts and journey times, 2015 to 2025: data tables",
        ),
        Evidence(
            slug="bus-punctuality-and-passengers",
            title="Bus punctuality and passenger numbers, 2022 to 2025",
            evidence_type="data",
            perspective="Transport operator",
            source="Northbridge Buses",
            publisher="Northbridge Buses",
            publication_date=D(2026, 5, 1),
            summary=(
                "How many people use Northbridge Buses, how often buses run on time and how "
                "congestion affects the timetable and fares."
            ),
            paragraphs=(
                "Northbridge Buses carried 9.6 million passengers in 2025, up from 8.1 million "
                "in 2022 but still below the 11.2 million carried in 2019.",
                "In 2025, 78 per cent of buses ran on time (no more than one minute early or "
                "five minutes late), against a national target of 95 per cent. On routes using "
                "the main corridor the figure falls to 64 per cent in the morning peak.",
                "Because of congestion, the company needs four extra buses and drivers at peak "
                "times to keep a 10-minute frequency on its three busiest routes. This costs "
                "about £720,000 a year.",
                "The £2 national fare cap, now £3, increased passenger numbers by about 7 per "
                "cent. Passenger surveys show that reliability matters more to people than "
                "price once fares are capped.",
            ),
        ),
        Evidence(
            slug="charging-for-congestion",
            title="Charging for congestion: what the evidence says",
            evidence_type="research",
            perspective="Academic research",
            source=(
                "Professor Ruth Adebayo, Institute for Transport Studies, University of Northbridge"
            ),
            publisher="University of Northbridge",
            publication_date=D(2026, 5, 15),
            summary=(
                "What happened in places that charged for driving or for workplace parking, "
                "including Nottingham, London, Stockholm and Durham."
            ),
            paragraphs=(
                "Charging for road use reduces traffic wherever it has been tried. London's "
                "congestion charge cut traffic entering the zone by around 18 per cent in its "
                "first year. Stockholm's charge cut traffic across its cordon by about 20 per "
                "cent, and the cut has lasted.",
                "Public support often grows after a scheme starts. In Stockholm a majority "
                "opposed the charge before its trial in 2006 and a majority voted to keep it "
                "afterwards. Proposals in Manchester and Edinburgh were rejected in "
                "referendums before anyone had experienced them.",
                "Nottingham's workplace parking levy, introduced in 2012, charges employers "
                "with 11 or more parking spaces. It raises around £10 million a year, which "
                "paid for tram extensions and the rebuilding of the railway station. Most "
                "employers pass the charge on to staff.",
                "Charges fall hardest on people who must drive and have lower incomes, such "
                "as shift workers and carers. Schemes that exempt or discount these groups, "
                "and spend the money visibly on alternatives, are more accepted.",
                "For a town the size of Northbridge, the evidence is thinner. Durham's small "
                "city-centre charge, in place since 2002, cut traffic on its peninsula by "
                "about 85 per cent, but covers a single street.",
            ),
            speakers=("ruth-adebayo",),
            pdf_title="Charging for congestion: evidence review",
        ),
        Evidence(
            slug="air-pollution-and-health",
            title="Air pollution and health in Northbridge",
            evidence_type="research",
            perspective="Council",
            source="Northbridge Borough Council public health team",
            publisher=ORGANISATION,
            publication_date=D(2026, 5, 15),
            summary=(
                "How much traffic pollution there is in Northbridge, where it is worst and "
                "what it does to people's health."
            ),
            paragraphs=(
                "The council measures nitrogen dioxide at 42 sites. In 2025 two sites, on "
                "Station Road and at the Relief Road roundabout, were above the legal annual "
                "limit of 40 micrograms per cubic metre. Both are within 200 metres of a "
                "primary school.",
                "Public health estimates suggest that about 5 per cent of adult deaths in "
                "Northbridge each year, around 60 deaths, can be linked to long-term exposure "
                "to fine particles, which come from traffic, wood burning and other sources.",
                "The people most affected are children, older people and people with heart "
                "or lung conditions, and they are more likely to live in the poorer wards "
                "next to the busiest roads, where fewer households own a car.",
                "Traffic is also a barrier to physical activity. Only 31 per cent of "
                "Northbridge's primary school children walk or cycle to school, compared with "
                "about half nationally.",
            ),
            speakers=("grace-lim",),
        ),
        Evidence(
            slug="northbridge-buses-position",
            title="What Northbridge Buses needs to run a better network",
            evidence_type="position_statement",
            perspective="Transport operator",
            source="Northbridge Buses",
            publisher="Northbridge Buses",
            publication_date=D(2026, 5, 29),
            summary=(
                "The bus company's view: bus lanes and priority at junctions would let it run "
                "more frequent, more reliable buses at no extra cost to the council."
            ),
            paragraphs=(
                "Congestion is the biggest threat to Northbridge's buses. Every minute a bus "
                "waits in traffic costs money, and those costs end up in fares or in cuts to "
                "evening and Sunday services.",
                "We ask for bus lanes on the two worst sections of the main corridor and "
                "traffic-light priority at six junctions. We estimate that this would save "
                "seven minutes on a peak journey from Eastfield and let us put the four extra "
                "buses back into more frequent services.",
                "We are willing to sign a partnership agreement committing us to frequencies "
                "and fares in return. We do not believe franchising would improve services "
                "enough to justify its cost, which other areas have put at several million "
                "pounds.",
            ),
            speakers=("kevin-doyle",),
        ),
        Evidence(
            slug="business-forum-position",
            title="Deliveries, access and jobs: the Business Forum's view",
            evidence_type="position_statement",
            perspective="Local business",
            source="Northbridge and District Business Forum",
            publisher="Northbridge and District Business Forum",
            publication_date=D(2026, 5, 29),
            summary=(
                "Employers want less congestion but warn that charges on driving or parking "
                "could push jobs out of the borough."
            ),
            paragraphs=(
                "Congestion costs our members money: in a survey of 112 members in April "
                "2026, 71 per cent said delays on the main corridor had made deliveries or "
                "staff late at least once a week.",
                "Most of our members support bus priority and better cycle routes. A majority "
                "oppose a workplace parking levy, which they see as a tax on jobs at a time "
                "when two large employers are considering moving to sites outside the borough.",
                "If the jury recommends any charge, we ask that small businesses are exempt, "
                "that the money is ring-fenced for transport in Northbridge and that there is "
                "at least two years' notice.",
                "Many congestion problems could be eased by better timing of roadworks and "
                "deliveries, which cost little. We offer to work with the council on a "
                "delivery plan for the town centre.",
            ),
            speakers=("sunita-rao",),
        ),
        Evidence(
            slug="safe-routes-to-school",
            title="Safe routes to school: the Cycle Campaign's proposals",
            evidence_type="position_statement",
            perspective="Campaign group",
            source="Northbridge Cycle Campaign",
            publisher="Northbridge Cycle Campaign",
            publication_date=D(2026, 6, 12),
            summary=(
                "The Cycle Campaign proposes protected cycle routes to the borough's secondary "
                "schools and school streets outside primary schools."
            ),
            paragraphs=(
                "One in five cars on Northbridge's roads at 8.30am is on the school run. Most "
                "of those journeys are under two miles, an easy distance to walk or cycle if "
                "the route feels safe.",
                "We propose five protected cycle routes linking the main housing areas to the "
                "borough's four secondary schools and the college, costing an estimated "
                "£7.5 million, most of which could come from government active travel funds.",
                "We also propose 'school streets', closing the road outside a primary school "
                "to through traffic for 45 minutes at the start and end of the school day. "
                "Over 500 schools in England now have one.",
                "We recognise that not everyone can walk or cycle, and we support keeping "
                "access for blue badge holders and residents on every school street.",
            ),
            speakers=("owen-pritchard",),
        ),
        Evidence(
            slug="without-a-car-in-eastfield",
            title="Without a car in Eastfield",
            evidence_type="lived_experience",
            perspective="Residents' group",
            source="Eastfield Community Forum",
            publisher="",
            publication_date=D(2026, 6, 15),
            summary=(
                "Residents of Eastfield, where half of households have no car, describe "
                "getting to work, hospital appointments and the shops by bus and on foot."
            ),
            paragraphs=(
                "The Eastfield Community Forum held an evening meeting in May 2026 for "
                "residents to tell the jury about getting around without a car. Twenty-three "
                "people came; these are the main points they asked us to pass on.",
                "Evening and Sunday buses are the biggest problem. The last bus from the town "
                "centre to Eastfield leaves at 10.40pm, so people who work late shifts in "
                "hospitality or care pay £9 or more for a taxi home.",
                "Getting to Northbridge General Hospital means two buses and a change in the "
                "town centre, which can take over an hour. Several people said they had missed "
                "appointments because of late buses.",
                "Residents were divided on charges for driving. Some said drivers should pay "
                "for the congestion they cause; others worried about neighbours who need a car "
                "for work and cannot afford more costs.",
            ),
        ),
        Evidence(
            slug="session-1-recording",
            title="Recording: the transport picture in Northbridge (session 1)",
            evidence_type="recording",
            perspective="Council",
            source="Filmed by Northbridge Borough Council at the jury's first session",
            publisher=ORGANISATION,
            publication_date=D(2026, 5, 12),
            summary=(
                "The council's briefing to the jury at its first session, with the questions "
                "jury members asked, and a full transcript."
            ),
            paragraphs=(
                "At the jury's first session on 9 May 2026, Mark Ellison of the council's "
                "transport planning team gave a 20-minute briefing on how people travel in "
                "Northbridge and where congestion is worst.",
                "Jury members then asked questions for half an hour. Some answers needed "
                "figures that were not to hand; these were given in writing at the next "
                "session and are included in the briefing paper.",
                "The transcript has been checked against the recording.",
            ),
            speakers=("mark-ellison",),
            recording=TRANSPORT_SESSION_1_RECORDING,
        ),
        Evidence(
            slug="getting-around-with-a-disability",
            title="Getting around with a disability",
            evidence_type="lived_experience",
            perspective="Residents' group",
            source="Northbridge Disability Forum",
            publisher="",
            publication_date=D(2026, 6, 18),
            summary=(
                "Three members of the Northbridge Disability Forum explain how changes to "
                "roads, parking and buses affect disabled people in different ways."
            ),
            paragraphs=(
                "The Northbridge Disability Forum filmed three of its members talking about "
                "how they get around, so that the jury could hear from people who could not "
                "attend an evening session.",
                "Maureen drives and relies on blue badge parking close to where she is going. "
                "Jamal uses a wheelchair and the bus, and is let down when the wheelchair "
                "space is taken. Sue is partially sighted and finds shared spaces, where "
                "pavements and roads merge, frightening.",
                "Their message to the jury is that disabled people have different needs, "
                "which can conflict, and that they should be involved early in any change.",
            ),
            recording=DISABILITY_FORUM_RECORDING,
        ),
    ),
    updates=(
        Update(
            slug="jury-met-second-time",
            title="The jury met for the second time",
            date=D(2026, 5, 26),
            summary=(
                "The transport jury heard evidence on road pricing and on air quality and health."
            ),
            body=(
                paragraph(
                    text(
                        "Thirty-eight of the 40 jury members met at the Town Hall on Saturday "
                        "23 May to hear evidence on road pricing, air pollution and health.",
                        "Professor Ruth Adebayo described what happened in places that "
                        "charge for driving or for workplace parking, and Dr Grace Lim "
                        "explained where pollution is worst in Northbridge. Members asked for "
                        "more information on how charges would affect people on low incomes, "
                        "which will be provided at the fifth session.",
                    )
                ),
                quote(
                    "I drive to work because there's no bus at 5am. I want to hear how any of "
                    "this would work for people like me.",
                    "A jury member",
                ),
            ),
        ),
        Update(
            slug="recordings-now-online",
            title="Recordings now online",
            date=D(2026, 6, 9),
            summary="Watch the council's briefing to the transport jury, with a full transcript.",
            body=(
                paragraph(
                    text(
                        "The recording of the council's briefing at the transport jury's first "
                        "session is now online, with a full transcript. Recordings of later "
                        "sessions will follow within a week of each session."
                    )
                ),
                recording(TRANSPORT_SESSION_1_RECORDING),
            ),
        ),
    ),
)


# --- Topic 3: waste and recycling -----------------------------------------------------

WASTE_PICTURE = Picture(
    title="Bins out for collection on a terraced street",
    kind="bins",
    label="Bin day on Hollins Road",
    colour="#9fc5e8",
)

RECOVERY_FACILITY_RECORDING = Recording(
    title="Inside the materials recovery facility at Northbridge Business Park",
    youtube_id="MrF8wAst3Vd",
    transcript=(
        "Claire Dunmore: This is where everything from your blue bin comes. About 90 tonnes "
        "arrive every weekday, tipped on this floor, and go up that conveyor into the sorting "
        "line.",
        "Claire Dunmore: The first machines are screens that separate flat things, like paper "
        "and card, from round things, like bottles and cans. Then magnets take out steel "
        "cans, and an eddy current, which pushes aluminium off the belt, takes out drinks cans.",
        "Claire Dunmore: Plastics are sorted by infrared cameras that recognise each type of "
        "plastic and fire a jet of air to knock it into the right chute.",
        "Claire Dunmore: This is the problem. Everything on this belt is contamination: a "
        "nappy, a garden hose, food still in a tray, a bag of clothes. About 17 per cent of "
        "what comes in from Northbridge can't be recycled, and it costs the council to send it "
        "for incineration.",
        "Claire Dunmore: The single most helpful thing residents can do is keep food and "
        "nappies out of the blue bin. One dirty load can spoil a whole bale of paper.",
    ),
)

WASTE = Topic(
    slug="waste-and-recycling",
    title="Waste and recycling",
    summary=(
        "We are recruiting 24 residents to recommend how the borough's bins should be "
        "collected from 2028, when the council starts weekly food waste collections."
    ),
    question=(
        "How should Northbridge collect household waste and recycling from 2028, so that "
        "more is recycled and less is thrown away?"
    ),
    authority=ORGANISATION,
    status="recruiting",
    jury_size=24,
    selection_method=selection_method(
        "June 2026", 8_000, 388, 24, "how they live (house, flat or shared housing)"
    ),
    picture=WASTE_PICTURE,
    picture_alt_text="A row of blue and brown wheelie bins on a pavement in front of houses.",
    body=(
        heading("Why we are asking this question"),
        paragraph(
            text(
                "Northbridge recycles 38 per cent of household waste, below the England "
                "average of about 44 per cent. From 2026 the law requires councils to collect "
                "food waste weekly and to collect the same core recyclables everywhere, and "
                "the council's contract for bin collections ends in March 2029.",
                "Choices about bins affect every household: how many bins you have, how often "
                "each is emptied, what goes in which and what happens in flats with no room "
                "for bins. The council wants residents to decide these trade-offs.",
            )
        ),
        figure(
            WASTE_PICTURE,
            "A row of blue and brown wheelie bins on a pavement in front of houses.",
        ),
        key_dates(
            "Timetable",
            (D(2026, 6, 1), "Invitations posted", "Letters sent to 8,000 random addresses."),
            (D(2026, 7, 10), "Replies close", "The last day to reply to an invitation."),
            (D(2026, 9, 12), "First session", "The jury meets for the first time."),
            (D(2026, 11, 7), "Final session", "The jury agrees its recommendations."),
        ),
        call_to_action(
            "Received an invitation?",
            "If a letter came to your address, you can reply online until 10 July 2026.",
            "https://www.northbridge.example/jury-reply",
            "Reply to your invitation",
        ),
    ),
    sessions=(
        Session(
            "Session 1: Where our waste goes",
            D(2026, 9, 12),
            "Northbridge Town Hall, Council Chamber",
            "Introductions and the council's briefing on what happens to the borough's waste "
            "today.",
        ),
        Session(
            "Session 2: Visit to the materials recovery facility",
            D(2026, 9, 26),
            "Northbridge Business Park (coach from the Town Hall at 9.30am)",
            "A guided visit to the plant that sorts the borough's recycling, and evidence on "
            "food waste collections elsewhere.",
        ),
        Session(
            "Session 3: Reduce, reuse, then recycle",
            D(2026, 10, 10),
            "Riverside Community Centre",
            "Campaigners and residents of flats give evidence; members question the waste "
            "contractor.",
        ),
        Session(
            "Session 4: Weighing the options",
            D(2026, 10, 24),
            "Riverside Community Centre",
            "Small-group work on collection frequencies, bins for flats and costs.",
        ),
        Session(
            "Session 5: Agreeing recommendations",
            D(2026, 11, 7),
            "Northbridge Town Hall, Council Chamber",
            "Members draft, amend and vote on their recommendations.",
        ),
    ),
    speakers=(
        Speaker(
            slug="lisa-turner",
            name="Lisa Turner",
            role="Waste and Recycling Manager",
            organisation=ORGANISATION,
            summary="Manages the council's waste collection contract and recycling centres.",
            biography=(
                "Lisa has managed waste services for Northbridge Borough Council since 2017, "
                "including the collection contract and the two household recycling centres.",
                "She will give the jury the council's factual briefing.",
            ),
            declared_interests="Employed by Northbridge Borough Council.",
            sessions=(1,),
            photo_alt_text="Lisa Turner, with curly brown hair, in a yellow cardigan.",
            portrait_colour="#8e803d",
        ),
        Speaker(
            slug="peter-okonjo",
            name="Dr Peter Okonjo",
            role="Research Fellow, Centre for Resource Efficiency",
            organisation="University of Northbridge",
            summary="Studies how collection systems change what households recycle.",
            biography=(
                "Peter researches household recycling behaviour and has evaluated food waste "
                "collection trials in eight English councils.",
                "He will present the evidence on what has worked elsewhere.",
            ),
            declared_interests=(
                "Has carried out paid evaluations of food waste collections for two English "
                "councils. No connection with Northbridge's waste contractor."
            ),
            sessions=(2,),
            photo_alt_text="Dr Peter Okonjo, with close-cropped hair, in a white shirt.",
            portrait_colour="#3d8e6f",
        ),
        Speaker(
            slug="claire-dunmore",
            name="Claire Dunmore",
            role="Operations Director",
            organisation="Northbridge Waste Services Ltd",
            summary="Runs bin collections and the materials recovery facility for the borough.",
            biography=(
                "Claire is Operations Director of Northbridge Waste Services, which collects "
                "the borough's bins and runs the materials recovery facility on Northbridge "
                "Business Park. She trained as a chemical engineer.",
                "She will show the jury round the recycling plant and answer questions about "
                "how collections work.",
            ),
            declared_interests=(
                "Employed by Northbridge Waste Services Ltd, which holds the council's "
                "collection contract until March 2029 and may bid for the next one."
            ),
            sessions=(2, 3),
            photo_alt_text="Claire Dunmore, with a blonde bob, wearing a high-visibility vest.",
            portrait_colour="#3d6f8e",
        ),
        Speaker(
            slug="ben-hartley",
            name="Ben Hartley",
            role="Founder",
            organisation="Zero Waste Northbridge",
            summary="Founded Zero Waste Northbridge and runs a refill shop in the town centre.",
            biography=(
                "Ben founded Zero Waste Northbridge in 2019. The group runs a monthly repair "
                "café and campaigns for less packaging and more reuse.",
                "He will present the case for putting reducing and reusing waste first.",
            ),
            declared_interests=(
                "Unpaid founder of Zero Waste Northbridge. Owns a refill shop on Castle "
                "Street that sells household goods without packaging."
            ),
            sessions=(3,),
            photo_alt_text="Ben Hartley, with a dark ponytail, in a checked shirt.",
            portrait_colour="#6f8e3d",
        ),
    ),
    evidence=(
        Evidence(
            slug="where-your-waste-goes",
            title="Where your waste goes: a briefing for the jury",
            evidence_type="briefing_paper",
            perspective="Council",
            source="Northbridge Borough Council waste services team",
            publisher=ORGANISATION,
            publication_date=D(2026, 6, 1),
            summary=(
                "What the borough throws away, how it is collected, where it goes and what it "
                "costs, and the changes the law requires by 2028."
            ),
            paragraphs=(
                "Northbridge's 57,000 households produced 52,400 tonnes of waste in 2025, "
                "about 920 kilograms per household. Thirty-eight per cent was recycled or "
                "composted; the rest was burned to generate electricity at a plant 20 miles "
                "away. Almost none now goes to landfill.",
                "Households have a grey bin for general waste collected every two weeks, a "
                "blue bin for mixed recycling every two weeks and an optional brown bin for "
                "garden waste, which costs £48 a year. About 4,800 flats share communal bins.",
                "Collections cost £6.8 million a year. Burning a tonne of general waste costs "
                "the council £112, and recycling a tonne of clean mixed recycling costs about "
                "£35 after the value of the materials is taken into account.",
                "By law the council must start weekly food waste collections and collect "
                "the same core recyclables, including plastic film, by 2028. The government "
                "will pay most of the cost of the new food waste service.",
            ),
            speakers=("lisa-turner",),
            pdf_title="Where your waste goes: briefing paper",
        ),
        Evidence(
            slug="recycling-rates-by-ward",
            title="Recycling rates and contamination by ward, 2025",
            evidence_type="data",
            perspective="Council",
            source="Northbridge Borough Council collection data and bin audits",
            publisher=ORGANISATION,
            publication_date=D(2026, 6, 1),
            summary=(
                "How much each ward recycles, how much of it is contaminated and what is in "
                "the grey bins, from audits of 600 bins in 2025."
            ),
            paragraphs=(
                "Recycling rates vary from 51 per cent in Hollins ward, mostly houses with "
                "gardens, to 19 per cent in Riverside ward, where two-thirds of households "
                "live in flats.",
                "Seventeen per cent of what is collected in blue bins cannot be recycled. "
                "Contamination is highest from communal bins at flats, at 31 per cent.",
                "Audits of 600 grey bins in October 2025 found that 29 per cent of their "
                "contents by weight was food, and another 21 per cent could have gone in the "
                "blue bin. Only about half of the contents of a typical grey bin genuinely "
                "had to be thrown away.",
                "Households with a brown bin recycle 12 percentage points more than those "
                "without, but they are also more likely to own their homes and have gardens.",
            ),
            pdf_title="Recycling rates and contamination by ward, 2025: data tables",
        ),
        Evidence(
            slug="food-waste-collections-elsewhere",
            title="Weekly food waste collections: lessons from councils that started early",
            evidence_type="research",
            perspective="Academic research",
            source="Dr Peter Okonjo, Centre for Resource Efficiency, University of Northbridge",
            publisher="University of Northbridge",
            publication_date=D(2026, 6, 15),
            summary=(
                "What happened to recycling rates and general waste in councils that started "
                "weekly food waste collections before they had to."
            ),
            paragraphs=(
                "Councils in England that introduced weekly food waste collections typically "
                "collected between 1 and 2 kilograms per household each week, and saw general "
                "waste fall by a similar amount. Wales, where food waste has been collected "
                "everywhere for over a decade, recycles about two-thirds of household waste.",
                "How often the general waste bin is emptied makes the biggest difference. "
                "Councils that moved general waste to every three weeks at the same time as "
                "starting food waste saw recycling rates rise by 5 to 10 percentage points.",
                "Less frequent collections are unpopular at first, and complaints peak in the "
                "first three months. Councils that gave households larger recycling bins and "
                "clear information before the change had fewer complaints.",
                "Flats are the hardest problem. Schemes with well-placed, clearly labelled "
                "communal food caddies and a named caretaker did much better than those that "
                "simply added a bin to the bin store.",
            ),
            speakers=("peter-okonjo",),
        ),
        Evidence(
            slug="collection-contractor-position",
            title="Collection frequency and what it costs: the contractor's view",
            evidence_type="position_statement",
            perspective="Waste industry",
            source="Northbridge Waste Services Ltd",
            publisher="Northbridge Waste Services Ltd",
            publication_date=D(2026, 6, 20),
            summary=(
                "The borough's waste contractor sets out the costs and practicalities of "
                "different collection patterns."
            ),
            paragraphs=(
                "We collect about 115,000 bins a week with 26 vehicles. Adding weekly food "
                "waste will need about 11 new smaller vehicles and 25 more staff.",
                "If general waste moved to every three weeks, the savings would pay for "
                "around two-thirds of the running cost of food waste collections. Keeping "
                "fortnightly general waste collections as well as adding food waste would "
                "cost the council about £1.4 million a year more than now.",
                "The quality of recycling matters as much as the quantity. Contaminated "
                "loads are worth less and cost more to process. We recommend separate "
                "collection of paper and card, which is worth three times as much when clean.",
            ),
            speakers=("claire-dunmore",),
        ),
        Evidence(
            slug="reduce-reuse-then-recycle",
            title="Reduce, reuse, then recycle: Zero Waste Northbridge's proposals",
            evidence_type="position_statement",
            perspective="Campaign group",
            source="Zero Waste Northbridge",
            publisher="Zero Waste Northbridge",
            publication_date=D(2026, 6, 20),
            summary=(
                "Zero Waste Northbridge argues that the council should put more effort into "
                "reducing and reusing waste, not only recycling it."
            ),
            paragraphs=(
                "Recycling is better than burning, but the best waste is waste that is never "
                "made. Our repair café fixed 412 items in 2025, from toasters to bicycles, "
                "that would otherwise have been thrown away.",
                "We propose a reuse shop at each household recycling centre, where usable "
                "furniture and electrical goods are sold rather than crushed. Councils that "
                "have done this cover their costs and create jobs.",
                "We also propose free real-nappy vouchers for new parents. Disposable nappies "
                "make up an estimated 5 per cent of Northbridge's grey-bin waste.",
                "We are concerned that burning waste under a long-term contract gives the "
                "council a reason to keep producing it, and ask the jury to consider this.",
            ),
            speakers=("ben-hartley",),
        ),
        Evidence(
            slug="recycling-in-flats",
            title="Recycling in flats: residents of Riverside Court",
            evidence_type="lived_experience",
            perspective="Residents' group",
            source="Riverside Court Tenants' Association",
            publisher="",
            publication_date=D(2026, 6, 25),
            summary=(
                "Tenants in a block of 96 flats explain why recycling is hard where bins are "
                "shared, and what would help."
            ),
            paragraphs=(
                "Riverside Court has 96 flats over eight floors and one bin store, at the "
                "back of the car park. There is no lift to the bin store, and the chute was "
                "sealed in 2019 after a fire.",
                "Tenants told us that the recycling bins are often full by the weekend, so "
                "people put recycling in the general waste bins, or leave bags on the floor. "
                "Several people said they had given up trying.",
                "Ideas from residents included more frequent collections for flats, "
                "recycling bins on each landing emptied by the caretaker, and information in "
                "the five languages most spoken in the block.",
                "Residents were worried that food waste caddies in the bin store would smell "
                "and attract rats unless they were emptied weekly without fail.",
            ),
        ),
        Evidence(
            slug="inside-the-recovery-facility",
            title="Inside the materials recovery facility",
            evidence_type="recording",
            perspective="Waste industry",
            source="Northbridge Waste Services Ltd",
            publisher=ORGANISATION,
            publication_date=D(2026, 6, 25),
            summary=(
                "A ten-minute film from the plant that sorts Northbridge's recycling, showing "
                "how it works and what goes wrong."
            ),
            paragraphs=(
                "Before the jury visits the materials recovery facility in September, this "
                "film shows what happens to the contents of Northbridge's blue bins.",
                "Claire Dunmore of Northbridge Waste Services explains how the plant "
                "separates paper, card, cans and plastics, and shows the items that cannot be "
                "recycled and cause problems on the sorting line.",
                "The film was made by the contractor; the council checked the figures in it "
                "against its own data.",
            ),
            speakers=("claire-dunmore",),
            recording=RECOVERY_FACILITY_RECORDING,
        ),
    ),
    updates=(
        Update(
            slug="invitations-posted",
            title="Invitations posted to 8,000 households",
            date=D(2026, 6, 1),
            summary=(
                "Letters inviting residents to join the waste and recycling jury are arriving "
                "at 8,000 addresses chosen at random."
            ),
            body=(
                paragraph(
                    text(
                        "This week, 8,000 households across Northbridge will receive a letter "
                        "inviting them to join the waste and recycling jury. Addresses were "
                        "chosen at random from every address in the borough.",
                        "Anyone aged 16 or over who lives at an invited address can reply, "
                        "online or by freepost, until 10 July 2026. You do not need to know "
                        "anything about waste or recycling.",
                    )
                ),
                call_to_action(
                    "About the juries",
                    "How members are chosen, what they are paid and what they do.",
                    PageRef("about"),
                    "Read about the juries",
                ),
            ),
        ),
        Update(
            slug="how-we-will-choose-the-jury",
            title="How we will choose the 24 jury members",
            date=D(2026, 6, 22),
            summary=(
                "Almost 300 people have replied so far. Here is how the final 24 will be "
                "chosen from everyone who replies."
            ),
            body=(
                paragraph(
                    text(
                        "Thank you to the 296 people who have replied so far. When replies "
                        "close on 10 July, an independent organisation will run a lottery to "
                        "choose 24 members and 6 reserves.",
                        "The lottery is balanced so that the jury matches the borough: for "
                        "example, because about one household in three in Northbridge lives "
                        "in a flat, about eight of the 24 members will live in flats.",
                        "Everyone who replies will hear whether they have been selected by "
                        "31 July.",
                    )
                ),
            ),
        ),
    ),
)

TOPICS = (TOWN_CENTRE, TRANSPORT, WASTE)

# Every recording used above. Their embeds are stored even when the pages using them exist
# already, so that a deleted embed cache is repaired and rendering never needs the network.
RECORDINGS = (
    TOWN_CENTRE_BRIEFING_RECORDING,
    TOWN_CENTRE_RECORDING,
    GETTING_AROUND_RECORDING,
    RECOMMENDATIONS_RECORDING,
    TRADER_RECORDING,
    TRANSPORT_SESSION_1_RECORDING,
    DISABILITY_FORUM_RECORDING,
    RECOVERY_FACILITY_RECORDING,
)
