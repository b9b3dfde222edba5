"""The register reads a fixed number of queries, however many recommendations it lists."""

import pytest

from home.factories import fill_site_settings
from tests.deliberations.test_query_counts import count_queries
from tests.translation import translate
from transparency.factories import RecommendationFactory, RecommendationProgressUpdateFactory

pytestmark = pytest.mark.django_db

# View restrictions, topics, recommendations, their translations (in Welsh only) and
# progress updates; the HTML page also reads the site settings and the language links.
BUDGETS = {
    ("/recommendations/", "en-gb"): 4,
    ("/recommendations/", "cy"): 5,
    ("/recommendations.csv", "en-gb"): 4,
    ("/recommendations.csv", "cy"): 5,
    ("/recommendations.json", "en-gb"): 4,
    ("/recommendations.json", "cy"): 5,
}


def fill(topic, count):
    for _ in range(count):
        recommendation = RecommendationFactory(topic=topic)
        RecommendationProgressUpdateFactory.create_batch(2, recommendation=recommendation)
    return recommendation


@pytest.mark.parametrize("language", ["en-gb", "cy"])
@pytest.mark.parametrize(
    "path", ["/recommendations/", "/recommendations.csv", "/recommendations.json"]
)
def test_register_queries_do_not_grow_with_recommendations(
    client, home_page, topic_page, language, path
):
    fill_site_settings(home_page)
    prefix = "" if language == "en-gb" else f"/{language}"
    last = fill(topic_page, 3)
    translate(last, "cy", {})
    small = count_queries(client, prefix + path)
    fill(topic_page, 30)
    large = count_queries(client, prefix + path)
    assert small == large == BUDGETS[path, language]
