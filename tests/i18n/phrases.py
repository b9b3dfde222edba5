"""Interface phrases from the site's templates and forms. None may appear on a page read
in Welsh or Urdu (the page content itself may still be English if not translated)."""

ENGLISH_INTERFACE = [
    "Skip to main content",
    "Service information",
    "Languages",
    "this page is not translated yet",
    "Search",
    "Evidence",
    "Speakers",
    "Give your views",
    "Send your response",
    "Can we publish your response?",
    "Reading time",
    "Page not found",
    "There is a problem",
    "Follow updates",
]
