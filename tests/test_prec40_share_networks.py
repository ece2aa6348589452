"""Chrome text mode kept under the story (issue 12, precision; session 40): a developer blog's share row
names networks the list lacked ("Share this post Twitter LinkedIn Hacker News Copy link"; traf-dev 0863
has the buttons "Reddit" / "Lobste.rs" / "Hacker News"). The row goes by name (share-bar); a story's
sentence naming the sites stays. Pages and lines invented for these tests."""

from cleaner import explain

_STORY = [
    "Last spring our test suite took forty minutes to run on every pull request, and most of that time was "
    "spent waiting for a database that each test started from scratch.",
    "We moved the database into a shared container that every worker reuses, and the suite now finishes in "
    "eleven minutes on the same machines, without a single test rewritten.",
    "The post about it reached the front page of Hacker News and Lobste.rs within an hour, and the questions "
    "there led to a second change: the fixtures are now built once a day.",
]


def test_a_share_row_naming_hacker_news_goes_and_the_sentence_stays() -> None:
    row = "Share this post Reddit Lobste.rs Hacker News Copy link"
    page = "\n".join(["Build notes", "Faster tests with one database", "", *[f"{line}\n" for line in _STORY], row, ""])
    result = explain(page)
    removed_by = {decision.block.text: decision.removed_by for decision in result.decisions if not decision.kept}
    assert removed_by.get(row) == "share-bar"
    kept = result.text.splitlines()
    for line in _STORY:
        assert line in kept

