"""Appeals to the reader: donations, memberships, newsletters."""

from __future__ import annotations

from .base import CuePattern, Example, LinePattern, Page, cued_positions, detector, matching_positions

# Each cue is a phrase fundraising copy uses and news prose rarely does.
DONATION_CUES = CuePattern(
    r"\b(donate|donating|donation|chip in|make a (gift|contribution|donation)|give (today|now|whatever)"
    r"|gives? whatever|support (us|our (work|journalism|mission|reporting)|independent (media|journalism))"
    r"|support [\p{Lu}][\w&]*( [\p{Lu}][\w&]*)* today|readers like you|become a (member|patron|supporter|subscriber)"
    r"|(join|please join) us( today)?|we need (you|your (help|support))|without (your|reader) (help|support)"
    r"|(mid-year|year-end|end-of-year|annual|fundraising|membership) (campaign|drive|appeal)|fundrais\w*|crunch time"
    r"|independent journalism|(non-?profit|nonprofit|reader-funded|reader-supported) (media|news|newsroom|journalism)"
    r"|no (corporate advertisers|billionaire|paywall)|small gifts|keep(ing)? [\w ]{1,30} free for"
    r"|\$\d+, \$\d+|(one-time|monthly|recurring) (gift|donation|contribution)|patreon|paypal"
    r"|if you (enjoyed|liked|valued?) (this|our) (article|story|piece|post|journalism|work)|members get)\b",
)
# A block this short needs one cue; longer blocks need DONATION_MIN_CUES so
# that a news story mentioning a donation is not taken for an appeal.
DONATION_SHORT_WORDS = 15
DONATION_MIN_CUES = 2
DONATION_MAX_WORDS = 150


@detector("donation-appeal", examples=[
    Example(
        "The bill passed 52 to 48.\n"
        "Independent journalism needs your support. Please donate today; readers like you keep us going.\n"
        "Donate now",
        removed=("Independent journalism needs your support. Please donate today; readers like you keep us going.", "Donate now"),
    ),
    Example(
        "The talks resumed.\nIf you enjoyed this article, we have a proposition for you: members get all of our content.",
        removed=("If you enjoyed this article, we have a proposition for you: members get all of our content.",),
    ),
    Example("The billionaire pledged a donation of $5 million to the hospital, officials said on Monday, "
            "adding that construction would begin next spring after the planning board approves the design."),
])
def donation_appeal(page: Page) -> list[int]:
    """Fundraising and membership appeals ("Please donate", "readers like
    you", "chip in"). Counted cues, so one mention of a donation in a story
    is not enough for a long block; a block next to an appeal needs one cue."""
    words = [f.words for f in page.features]
    cues = [DONATION_CUES.count(b.text) if w <= DONATION_MAX_WORDS else 0 for b, w in zip(page.blocks, words)]
    hits = set(cued_positions(page, DONATION_CUES, short_words=DONATION_SHORT_WORDS,
                              min_cues=DONATION_MIN_CUES, max_words=DONATION_MAX_WORDS))
    # Revision by neighbours: appeals come in runs of blocks.
    for i in range(len(cues)):
        if cues[i] and ({i - 1, i + 1} & hits):
            hits.add(i)
    return sorted(hits)


NEWSLETTER_MAX_WORDS = 45
NEWSLETTER = LinePattern(
    r"^(sign up|subscribe|register)( now| today| here)?( for| to)( our| the| a)? .{0,60}\b(newsletters?|bulletin|briefing|digest|updates|emails?|alerts)\b",
    r"^(get|receive|have) .{0,60}\b(in|to|into|direct to|straight to|delivered to) your inbox\b",
    r"\bdirect(ly)? to your inbox\b",
    r"^(\w+('s)? )?(\w+ )?newsletters?:?$",
    r"^(enter|type) your e-?mail( address)?\b",
    r"^by (signing up|subscribing|clicking),? you (agree|acknowledge|consent)\b",
    r"^(thanks|thank you) for (signing up|subscribing)\b",
    r"^subscribe( now| today| here)?[.!]?$",
    r"^(sign up|subscribe) (to|for) (our|the) \w+( \w+)? newsletter\b",
    r"\b(subscribe to|sign up for|join) our (\w+ ){0,2}(newsletters?|mailing list|magazine|channel)\b",
    r"\b(you have|you've) (successfully |succesfully )?subscribed\b|\bactivation link\b",
    r"^want more (stories|articles|news|deals|content)\b.{0,20}\?",
    r"\bwe send (you )?(newsletters?|an e-?mail|e-?mails)\b|^every (day|week|morning) we send\b",
    r"^stay (up to date|informed|in the know|updated)\b.{0,60}$",
    r"^subscribe to (our|the) \w+|\bsubscribe to our\b",
    r"^subscribe to [\w.'-]+( [\w.'-]+){0,3} (and|for|to|on)\b",
    r"^get (breaking|the latest|our)\b.{0,80}\b(news|updates|headlines)\b.{0,60}[!.]?$",
    r"^no spam\b|\bunsubscribe (at any time|anytime)\b",
    r"^join (our|the) [\w ]{0,30}(forums?|community|mailing list)\b",
    max_words=NEWSLETTER_MAX_WORDS,
)


@detector("newsletter-prompt", examples=[
    Example("Sign up for our newsletter.\nGet the best stories delivered to your inbox every morning.\nThe river burst its banks.",
            removed=("Sign up for our newsletter.", "Get the best stories delivered to your inbox every morning.")),
    Example("Newsletter\nEnter your email address\nRain fell all week.", removed=("Newsletter", "Enter your email address")),
    Example("Want more stories like this?\nEvery day we send an email with our top stories.\nStay up to date with Example Corp.\n"
            "The plant will close in June.\nSubscribe to Example Weekly and stay smart.",
            removed=("Want more stories like this?", "Every day we send an email with our top stories.",
                     "Stay up to date with Example Corp.", "Subscribe to Example Weekly and stay smart.")),
    Example("The company's newsletter, sent to 40,000 investors, warned of losses ahead."),
])
def newsletter_prompt(page: Page) -> list[int]:
    """Newsletter and e-mail subscription prompts."""
    return matching_positions(page, NEWSLETTER)
