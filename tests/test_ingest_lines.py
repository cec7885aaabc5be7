"""The line classifier and the metadata parsers, one line at a time (invented lines)."""

from __future__ import annotations

import pytest

from quizgen.ingest.boilerplate import Kind, classify
from quizgen.ingest.metadata import (credit_outlet, date_line, parse_byline, parse_date, parse_stamp_line,
                                     split_title_suffix, spelled_out)
from quizgen.ingest.plaintext import clean_plain_text


@pytest.mark.parametrize(("line", "kind"), [
    ("Leave a Reply", Kind.END),
    ("You May Also Like", Kind.LINKS),
    ("Recent Posts", Kind.LINKS),
    ("3 Comments", Kind.LINKS),
    ("comments powered by Disqus", Kind.END),
    ("Keep Reading", Kind.JUNK),
    ("Advertisement", Kind.JUNK),
    ("Share on Facebook Share on Twitter Email", Kind.JUNK),
    ("Home » World » Europe", Kind.JUNK),
    ("Subscribe | Sign In | E-Edition", Kind.PITCH),
    ("This website uses cookies.", Kind.JUNK),
    ("We use cookies to give you the best experience. Accept", Kind.JUNK),
    ("Your email address will not be published. Required fields are marked *", Kind.JUNK),
    ("Sign up for our daily newsletter to get the top stories in your inbox.", Kind.PITCH),
    ("This is a developing story and will be updated.", Kind.JUNK),
    ("© 2024 Quiet Bay Times. All rights reserved.", Kind.JUNK),
    ("Related Article : Council approves new harbor lights | What to know", Kind.RELATED),
    ("More: Five things to know about the strike", Kind.RELATED),
    ("ALSO READ | Ferry timetable changes this weekend", Kind.RELATED),
    ("Read the full report here.", Kind.RELATED),
    ("This article originally belongs to Quietbaytimes.com", Kind.CREDIT),
    ("This article is owned by Quiet Bay Times", Kind.CREDIT),
    ("By | July 24, 2022", Kind.BYLINE),
    ("Written by Anna Berg", Kind.BYLINE),
    ("By Anna Berg, Staff Writer", Kind.BYLINE),
    ("Anna Berg, Senior Correspondent", Kind.BYLINE),
    ("November 25, 2024", Kind.DATE),
    ("Updated: 23-07-2022 20:29 IST", Kind.DATE),
    ("https://www.quietbay.example/news/ferry", Kind.URL),
    ("Big news: the ferry is back pic.twitter.com/AbC123 — Quiet Bay (@quietbay) May 2, 2024", Kind.EMBED),
    ("The pier's new lights, seen from the water on Friday evening.", Kind.CAPTION),
    ("Drone image showing the flooded fields north of town.", Kind.CAPTION),
    ("Firefighters work at the scene on Monday. Photo: Quiet Bay Times", Kind.CAPTION),
    ("The ferry will return to service on Monday, the operator said…", Kind.TEASER),
    ("Parents packed the meeting to argue for a later bell… Read More", Kind.TEASER),
    # article text, including lines that share words with furniture
    ("The operator said the ferry would return to service on Monday.", Kind.TEXT),
    ("By the end of the week, more than 300 homes had power again, the utility said.", Kind.TEXT),
    ("NASA released a view of the asteroid on Monday, officials said.", Kind.TEXT),
    ("The council will read the full report at its next meeting, the mayor said.", Kind.TEXT),
    ("Residents said cookies and coffee were handed out at the shelter.", Kind.TEXT),
    ("The bakery will use cookies from local farms.", Kind.TEXT),
    ("The mayor said in her weekly newsletter that the pier would close.", Kind.TEXT),
    ("“Tell us what you saw,” police said in comments to reporters.", Kind.TEXT),
    ("Officials urged residents to donate today at the Red Cross shelter.", Kind.TEXT),
    ("What caused the bloom", Kind.TEXT),
    ("Subscribe for $1 a week", Kind.PITCH),
    ("Tags: ferry, harbor, weather", Kind.END),
    ("Source: Reuters", Kind.RELATED),
    ("5 min read", Kind.DATE),
    ("Sponsored: Compare ferry fares near you", Kind.JUNK),
    ("What do you think? Let us know in the comments below.", Kind.JUNK),
    ("Quiet Bay Times is supported by readers like you. Donate today.", Kind.JUNK),
    ("Republish this story for free under our Creative Commons license.", Kind.JUNK),
    ("Posted by admin on July 24, 2022", Kind.DATE),
    ("Jul 24, 2022 | 10:45 AM", Kind.DATE),
    ("* * *", Kind.JUNK),
    ("Advertisement - Scroll to continue", Kind.JUNK),
    ("Media playback is unsupported on your device", Kind.JUNK),
    ("(Reporting by Anna Berg; Editing by Tom Lee)", Kind.BYLINE),
    ("Anna Berg/AP", Kind.CAPTION),
    ("AFP via Getty Images", Kind.CAPTION),
    ("Image copyright Getty Images", Kind.CAPTION),
    ("Reporting by officials suggests the ferry was late.", Kind.TEXT),
    ("Adding to the confusion, officials said the ferry was late.", Kind.TEXT),
    ("Updated 2 hours ago", Kind.DATE),
])
def test_classify(line: str, kind: Kind) -> None:
    assert classify(line) is kind


@pytest.mark.parametrize(("text", "iso"), [
    ("July 24, 2022", "2022-07-24"), ("24 July 2022", "2022-07-24"), ("Sept. 26, 2022", "2022-09-26"),
    ("2022-10-12T07:30:00Z", "2022-10-12"), ("23-07-2022 20:29 IST", "2022-07-23"), ("07/23/2022", "2022-07-23"),
    ("2024/03/02", "2024-03-02"), ("no date here", None), ("2022-13-40", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_date_line_is_only_a_date() -> None:
    assert date_line("Posted on March 3, 2024 10:15 am") == "2024-03-03"
    assert date_line("It rained on March 3, 2024.") is None


def test_parse_byline() -> None:
    assert parse_byline("By Anna Berg | March 3, 2024") is not None
    assert parse_byline("By Anna Berg | March 3, 2024").published == "2024-03-03"
    assert parse_byline("By Anna Berg, Reuters").author == "Anna Berg"
    assert parse_byline("By Tuesday, officials said the storm had passed.") is None
    assert parse_byline("By the time crews arrived, the fire was out.") is None


def test_credit_outlet() -> None:
    assert credit_outlet("Source: | This article originally belongs to Nbcnews.com") == "NBC News"
    assert credit_outlet("This story first appeared on Quiet Bay Times.") == "Quiet Bay Times"
    assert credit_outlet("Source: the author") is None
    assert credit_outlet("The council said the vote belongs to the people.") is None


def test_stamp_line_gives_wire_and_date() -> None:
    assert parse_stamp_line("Reuters | Updated: 23-07-2022 20:29 IST | Created: 23-07-2022 20:26 IST") == (
        "Reuters", "2022-07-23")
    assert parse_stamp_line("The council updated its plan.") is None


def test_split_title_suffix() -> None:
    assert split_title_suffix("Ferry back in service | Quiet Bay Times") == ("Ferry back in service",
                                                                              "Quiet Bay Times")
    assert split_title_suffix("Storm hits coast - BBC News") == ("Storm hits coast", "BBC News")
    assert split_title_suffix("Russia - Ukraine talks resume") == ("Russia - Ukraine talks resume", None)


def test_spelled_out() -> None:
    text = "Anna Berg covers the harbor for The Quiet Bay Times. Email anna@quietbaytimes.example."
    assert spelled_out("Quietbaytimes.com", text) == "The Quiet Bay Times"
    assert spelled_out("harborgazette", text) is None


def test_date_prefix_and_title_at_the_top() -> None:
    cleaned = clean_plain_text(" date 2024-05-06 Ferry service resumes after storm\n\n"
                               "The ferry returned to service on Monday, the operator said.\n")
    assert cleaned.hints.published == "2024-05-06"
    assert cleaned.hints.title == "Ferry service resumes after storm"
    assert cleaned.paragraphs == ["The ferry returned to service on Monday, the operator said."]


def test_truncated_last_line_and_subheadings_stay() -> None:
    text = ("The ferry returned to service on Monday, the operator said.\n\nWHAT COMES NEXT\n\n"
            "Repairs to the pier will take two more weeks, officials said.\n\nThe operator ha")
    assert clean_plain_text(text).paragraphs == [
        "The ferry returned to service on Monday, the operator said.", "WHAT COMES NEXT",
        "Repairs to the pier will take two more weeks, officials said.", "The operator ha"]


def test_sidebar_before_the_article_is_skipped() -> None:
    text = ("Recent Posts\nCouncil delays vote\nIce rink reopens\n"
            "The ferry returned to service on Monday after a week of repairs, the operator said on Sunday.\n")
    assert clean_plain_text(text).paragraphs == [
        "The ferry returned to service on Monday after a week of repairs, the operator said on Sunday."]


def test_author_box_before_recent_posts() -> None:
    text = ("The ferry returned to service on Monday, the operator said.\n"
            "Repairs to the pier will take two more weeks.\n"
            "Quiet Bay Times\nI write about ferries, bridges and the people who use them.\nRecent Posts\n")
    cleaned = clean_plain_text(text, "quietbaytimes")
    assert cleaned.paragraphs == ["The ferry returned to service on Monday, the operator said.",
                                  "Repairs to the pier will take two more weeks."]
    assert cleaned.hints.masthead_outlet == "Quiet Bay Times"


def test_inline_link_block_does_not_end_the_article() -> None:
    text = ("The ferry returned to service on Monday, the operator said on Sunday.\n"
            "Related Stories\nCouncil delays vote on pier\nIce rink reopens after repair\n"
            "Repairs to the pier will take two more weeks, officials said, and the work will cost about 2 million.\n"
            "Engineers found cracks in three of the pier's supports during an inspection in March, the city said.\n"
            "You May Also Like\nSchool board debates start times\n")
    assert clean_plain_text(text).paragraphs == [
        "The ferry returned to service on Monday, the operator said on Sunday.",
        "Repairs to the pier will take two more weeks, officials said, and the work will cost about 2 million.",
        "Engineers found cracks in three of the pier's supports during an inspection in March, the city said."]


def test_site_tagline_after_the_article_is_dropped() -> None:
    text = ("Ferry back in service - Quiet Bay Times\nQUIET BAY TIMES\n"
            "The ferry returned to service on Monday, the operator said.\n"
            "Quiet Bay Times is your guide to life on the bay.\n")
    cleaned = clean_plain_text(text, "quietbaytimes")
    assert cleaned.paragraphs == ["The ferry returned to service on Monday, the operator said."]
    assert cleaned.hints.title == "Ferry back in service"
    assert cleaned.hints.masthead_outlet == "Quiet Bay Times"


def test_a_wire_name_on_the_page_is_a_wire_not_the_outlet() -> None:
    text = "Reuters\nThe ferry returned to service on Monday, the operator said.\nSource: Reuters\n"
    cleaned = clean_plain_text(text, "quietbaytimes")
    assert cleaned.paragraphs == ["The ferry returned to service on Monday, the operator said."]
    assert (cleaned.hints.wire, cleaned.hints.masthead_outlet, cleaned.hints.credit_outlet) == ("Reuters", None, None)


def test_only_a_headline_is_kept_as_text() -> None:
    cleaned = clean_plain_text("Ferry back in service after storm")
    assert cleaned.paragraphs == ["Ferry back in service after storm"]
    assert cleaned.hints.title is None


def test_end_paragraphs_that_only_look_like_bios_stay() -> None:
    text = ("The ferry returned on Monday, the operator said.\nWhat Happens Next\n"
            "“I was scared and I ran,” said Tom Reyes.\n"
            "Tom Reyes covers his windows with plywood every storm season.\n"
            "Anyone with information can email tips@police.example.\n")
    assert len(clean_plain_text(text).paragraphs) == 5


def test_author_bio_alone_at_the_end_is_dropped() -> None:
    text = ("The ferry returned on Monday, the operator said.\n"
            "Anna Berg covers transport for The Quiet Bay Times. Reach her at anna@quietbay.example.\n")
    assert clean_plain_text(text).paragraphs == ["The ferry returned on Monday, the operator said."]


def test_caption_after_a_caption_label_is_dropped() -> None:
    text = ("Ferry capsizes near Quiet Bay\nImage source, Getty Images\nImage caption,\n"
            "Passengers were pulled from the water by coast guard crews\n"
            "A ferry capsized near the mouth of Quiet Bay on Thursday, the coast guard said.\n"
            "Media caption,\nWatch: the rescue from the air\nThe cause was not yet known.\n")
    cleaned = clean_plain_text(text)
    assert cleaned.hints.title == "Ferry capsizes near Quiet Bay"
    assert cleaned.paragraphs == ["A ferry capsized near the mouth of Quiet Bay on Thursday, the coast guard said.",
                                  "The cause was not yet known."]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = ("The council voted on Tuesday to close the pier for repairs after\n"
            "engineers found cracks in three supports, officials said. Work on the\n"
            "pier starts in May and is expected to last until the end of August,\n"
            "according to the city, which has set aside 2 million for the job.\n\n"
            "Residents who use the pier to fish said they were disappointed. The\n"
            "city said it would open a temporary platform at the marina.\n")
    assert clean_plain_text(text).paragraphs == [
        "The council voted on Tuesday to close the pier for repairs after engineers found cracks in three "
        "supports, officials said. Work on the pier starts in May and is expected to last until the end of "
        "August, according to the city, which has set aside 2 million for the job.",
        "Residents who use the pier to fish said they were disappointed. The city said it would open a "
        "temporary platform at the marina."]


def test_a_long_line_continued_in_lower_case_is_one_paragraph() -> None:
    text = "Ferry back in service\nThe ferry returned on Monday after repairs, officials\nsaid on Sunday.\n"
    assert clean_plain_text(text).paragraphs == [
        "The ferry returned on Monday after repairs, officials said on Sunday."]


@pytest.mark.parametrize("date", ["April 28, 2013", "28 April 2013", "Sept. 3, 2021", "2013-04-28"])
@pytest.mark.parametrize("frame", ["This story is from {date}", "This article was first published on {date}."])
def test_a_date_is_no_outlet_in_a_credit_line(date, frame):
    """Rana Plaza (r46): "This story is from April 28, 2013" named the outlet "April 28"."""
    assert credit_outlet(frame.format(date=date)) is None
    assert credit_outlet(frame.format(date="the Kelso Courier")) == "the Kelso Courier"
