"""A newsletter box set between two paragraphs of a story (its prompt, a one-line pitch, the form's
e-mail field and button): the detectors remove the prompt, the button and the field (privacy-notice)
and leave the pitch. Kept as a paragraph, the pitch joined the story's last run, and the paragraph
under the box, set apart from it by the field, opened a teaser tail and went with the teasers under
it (issue 12, the perturbation probe's inline newsletter boxes). The form's field next to the prompt
now interrupts the story as the prompt does, and the pitch is the box's: the story's last paragraph
stays, the pitch and the teasers go. Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings

MENU = ["The Valley Courier", "Home", "News", "Sport", "Business", "Contact", ""]
HEADER = ["Old mill to become a music school", "By Clara Holt, 4 May 2024", ""]
STORY = [
    "The old paper mill on the river will become a music school, the town council decided on Tuesday evening.",
    "The building has stood empty for twelve years, and the council bought it last autumn for a symbolic price.",
    "Architects from the city will keep the brick walls and the tall windows of the main hall, where concerts "
    "will be held.",
    "The roof leaks in several places and will be replaced first, before the winter comes.",
    "A cafe on the ground floor will serve the pupils and their parents, and the town hopes to find a tenant "
    "for it by the summer.",
    "The music teachers of the old school in the market street will move to the mill once the work is done.",
]
PITCH = "Our pick of the day's stories from the valley, sent to you every morning."
BOX = ["", "Sign up for our newsletter", PITCH, "Your email address", "Subscribe", ""]
LAST = ("What do you think of the plan? The school will offer lessons to children and adults, the first courses "
        "should start next spring, and the council hopes that the concerts in the old hall will bring visitors "
        "from the whole region. Tell us in the comments below.")
TEASERS = [
    "Picked by our desk:",
    "Ferry timetable changes for the summer months ahead",
    "The operator struggles to find enough crew for the summer, and two evening crossings will go.",
    "Bakery on the square wins a regional prize for its bread",
    "The bakery on the square won a regional prize for its rye bread, and the owner plans a second shop.",
]
FOOTER = ["", "About us", "Privacy", "© 2024 The Valley Courier"]

PAGE = "\n".join([*MENU, *HEADER, *STORY, *BOX, LAST, *TEASERS, *FOOTER])


def with_settings(**changes: bool) -> Cleaner:
    return Cleaner(settings=replace(Settings(), **changes))


def lines(body: str) -> list[str]:
    return body.splitlines()


def test_the_story_s_last_paragraph_under_a_newsletter_box_stays(cleaner):
    body = lines(cleaner.clean(PAGE))
    assert all(line in body for line in STORY)
    assert LAST in body


def test_the_box_s_pitch_and_the_teasers_go(cleaner):
    body = lines(cleaner.clean(PAGE))
    assert PITCH not in body
    assert not any(line in body for line in TEASERS)


def test_before_the_last_paragraph_went_with_the_teasers():
    body = lines(with_settings(newsletter_form_consent_interrupts=False, newsletter_pitch_is_box=False).clean(PAGE))
    assert LAST not in body and PITCH in body


def test_the_form_s_field_keeps_the_last_paragraph_and_the_pitch_setting_takes_the_pitch():
    """The field next to the prompt interrupting the story is what keeps the story's last paragraph;
    the pitch read as the box's is what removes the pitch."""
    assert LAST not in lines(with_settings(newsletter_form_consent_interrupts=False).clean(PAGE))
    body = lines(with_settings(newsletter_pitch_is_box=False).clean(PAGE))
    assert LAST in body and PITCH in body


def test_a_privacy_notice_alone_still_ends_the_story(cleaner):
    """A privacy notice with no newsletter box beside it is the page's footer: the paragraph under it is
    not the story's last one."""
    notice = "We use your email address only to send you the newsletter you asked for."
    under = ("The bakery on the square won a regional prize for its rye bread, and the owner plans a second shop "
             "in the market street.")
    text = "\n".join([*MENU, *HEADER, *STORY, "", notice, "", under, "", *TEASERS[1:3], *FOOTER])
    body = lines(cleaner.clean(text))
    assert all(line in body for line in STORY)
    assert notice not in body


def test_a_story_paragraph_between_two_prompts_is_no_pitch(cleaner):
    """Longer than a pitch (newsletter_box_pitch_max_words): the story's own paragraph set between a
    prompt over it and a button under it stays."""
    paragraph = ("The council will also ask the people of the town what they want from the school, and a first "
                 "meeting will be held in the mill's old canteen on the first Monday of June, from seven in the "
                 "evening.")
    text = "\n".join([*MENU, *HEADER, *STORY[:3], "", "Sign up for our newsletter", paragraph, "Subscribe", "",
                      *STORY[3:], *FOOTER])
    assert paragraph in lines(cleaner.clean(text))
