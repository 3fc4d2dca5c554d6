"""Feelings a message names or implies, and feeling words a reply uses.

The lexicon groups surface words under a plain feeling a listener could name back. Implied
feelings come from what people say when they do not name one ("you never help" carries feeling
alone and unsupported), which is most of the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# canonical feeling -> surface forms (regex fragments, matched on word boundaries)
LEXICON: dict[str, tuple[str, ...]] = {
    "exhausted": (
        "exhausted",
        "exhausting",
        "tired",
        "worn out",
        "worn down",
        "drained",
        "wiped",
        "knackered",
        "burn(?:ed|t) out",
        "run ragged",
        "dead on my feet",
    ),
    "overwhelmed": (
        "overwhelmed",
        "overwhelming",
        "swamped",
        "drowning",
        "too much",
        "stretched thin",
        "at the end of my rope",
        "can't keep up",
    ),
    "stressed": ("stressed", "stressful", "under pressure", "pressured", "frazzled", "on edge"),
    "alone": ("alone", "on my own", "by myself", "all by myself"),
    "lonely": ("lonely", "loneliness", "isolated", "disconnected"),
    "hurt": ("hurt", "hurts", "hurtful", "stung", "wounded", "cut deep"),
    "sad": (
        "sad",
        "sadness",
        "miserable",
        "unhappy",
        "crying",
        "cried",
        "in tears",
        "tearful",
        "feel(?:ing)? down",
        "feel(?:ing)? low",
    ),
    "heartbroken": ("heartbroken", "broken-hearted", "crushed", "devastated", "gutted"),
    "grieving": ("grieving", "grief", "mourning", "miss (?:him|her|them|mum|mom|dad)"),
    "angry": ("angry", "anger", "furious", "livid", "mad", "pissed(?: off)?", "fuming", "enraged", "so done"),
    "frustrated": (
        "frustrated",
        "frustrating",
        "fed up",
        "sick of",
        "sick and tired",
        "tired of",
        "annoyed",
        "annoying",
        "irritated",
        "exasperated",
    ),
    "resentful": ("resentful", "resent", "bitter"),
    "anxious": ("anxious", "anxiety", "nervous", "uneasy", "restless", "panicking", "panicked", "panic"),
    "worried": ("worried", "worry", "worrying", "concerned"),
    "scared": (
        "scared",
        "afraid",
        "frightened",
        "terrified",
        "fear",
        "freaking out",
        "freaked out",
        "scary",
        "petrified",
    ),
    "insecure": ("insecure", "not good enough", "inadequate", "second-guessing"),
    "jealous": ("jealous", "jealousy", "envious"),
    "unappreciated": ("unappreciated", "taken for granted", "thankless", "no thanks", "not appreciated"),
    "invisible": ("invisible", "unseen", "overlooked", "nobody notices", "no one notices"),
    "ignored": ("ignored", "ignore me", "ignoring me", "brushed off", "dismissed"),
    "unheard": ("unheard", "not listening", "don't listen", "never listen", "not heard"),
    "unimportant": ("unimportant", "not important", "not a priority", "an afterthought", "last on the list"),
    "rejected": ("rejected", "rejection", "unwanted", "turned down", "pushed away"),
    "betrayed": ("betrayed", "betrayal", "lied to", "deceived", "backstabbed"),
    "disappointed": ("disappointed", "disappointing", "let down", "letdown"),
    "embarrassed": ("embarrassed", "embarrassing", "mortified", "humiliated", "humiliating"),
    "ashamed": ("ashamed", "shame", "guilty", "guilt"),
    "disrespected": ("disrespected", "disrespectful", "disrespect", "belittled", "talked down to"),
    "unsupported": ("unsupported", "no support", "no backup", "no help"),
    "trapped": ("trapped", "stuck", "boxed in", "suffocated", "suffocating"),
    "helpless": ("helpless", "powerless", "hopeless", "pointless"),
    "confused": ("confused", "confusing", "feel(?:ing)? lost", "mixed up"),
    "torn": ("torn", "conflicted", "caught in the middle"),
    "unsure": ("unsure", "uncertain", "don't know what to do", "no idea what"),
    "excited": ("excited", "exciting", "thrilled", "pumped", "can't wait", "over the moon", "buzzing"),
    "happy": ("happy", "glad", "delighted", "joy", "joyful"),
    "proud": ("proud", "pride", "accomplished"),
    "hopeful": ("hopeful", "hoping", "optimistic"),
    "relieved": ("relieved", "relief"),
    "grateful": ("grateful", "thankful"),
    "nostalgic": ("nostalgic", "homesick"),
    "neglected": ("neglected", "forgotten", "left out", "excluded"),
    "misunderstood": ("misunderstood", "you don't get it", "don't get me"),
    "vulnerable": ("vulnerable", "exposed"),
    "numb": ("numb", "feel(?:ing)? empty"),
    "uprooted": ("uprooted", "homesick", "unsettled"),
}

# Empathic adjectives a listener uses about a situation ("that sounds exhausting").
EMPATHY_WORDS = (
    "hard",
    "painful",
    "heavy",
    "rough",
    "awful",
    "horrible",
    "tough",
    "difficult",
    "scary",
    "upsetting",
    "a lot",
    "brutal",
    "lonely",
    "exhausting",
    "frustrating",
    "hurtful",
    "devastating",
    "heartbreaking",
    "stressful",
    "overwhelming",
    "infuriating",
    "unfair to you",
    "draining",
    "wonderful",
    "exciting",
    "huge",
    "big deal to you",
    "mattered",
)


@dataclass(frozen=True)
class ImpliedFeeling:
    pattern: re.Pattern[str]
    feelings: tuple[str, ...]
    situation: str  # a neutral phrase for what happened, in the listener's voice


def _p(expression: str) -> re.Pattern[str]:
    return re.compile(expression, re.IGNORECASE)


# Ordered: the first matches are the most telling.
IMPLIED: tuple[ImpliedFeeling, ...] = (
    ImpliedFeeling(
        _p(
            r"\byou (?:never|don't|do not|didn't|won't) (?:\w+ )?(?:help|pitch in|lift a finger|do anything|clean|cook)"
        ),
        ("alone", "unsupported"),
        "carrying it without my help",
    ),
    ImpliedFeeling(
        _p(r"\b(?:i|i'm|i am) (?:the only one|always the one)|\bi do (?:everything|it all)\b|\ball on me\b"),
        ("alone", "overwhelmed"),
        "carrying all of it yourself",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:on|glued to|staring at|scrolling) (?:your|that) (?:phone|screen|laptop)|\bphone (?:at|during|through) (?:dinner|the meal)"
        ),
        ("lonely", "unimportant"),
        "my attention being on my phone instead of you",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:got the (?:job|bonus|offer|part|promotion)|got in|accepted|i did it|we did it|guess what|big news|first \w+ without stopping|passed (?:my|the)|nailed|made it)\b"
        ),
        ("excited", "proud"),
        "this big news",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:first (?:\w+ )?without (?:her|him|them)|since (?:she|he) (?:died|passed)|(?:mum|mom|dad)'s (?:birthday|anniversary))"
        ),
        ("grieving", "sad"),
        "missing them so much",
    ),
    ImpliedFeeling(
        _p(r"\bmiss(?:ed)? (?:us|you|our|the way|it|him|her|them|when)\b|\bused to\b"),
        ("sad", "lonely"),
        "missing how things were",
    ),
    ImpliedFeeling(
        _p(r"\bletting (?:\w+ )?down\b|\bsick about it\b|\bfelt (?:so )?bad\b"),
        ("guilty", "overwhelmed"),
        "how heavily this sits on you",
    ),
    ImpliedFeeling(
        _p(
            r"\bcan'?t compete\b|\bnot good enough\b|\bcompar(?:e|ing) myself\b|\bdoing (?:any of )?this right\b"
        ),
        ("insecure", "unsure"),
        "doubting yourself",
    ),
    ImpliedFeeling(
        _p(r"\b(?:lied|lying|lie to me|cheated|behind my back|trust you)\b"),
        ("betrayed", "hurt"),
        "trust between us taking a hit",
    ),
    ImpliedFeeling(
        _p(r"\byou (?:forgot|missed|didn't remember)\b"),
        ("hurt", "forgotten"),
        "me forgetting something that mattered to you",
    ),
    ImpliedFeeling(
        _p(r"\byou (?:never|don't|didn't|won't) (?:listen|hear|ask|notice|care)"),
        ("unheard", "alone"),
        "not feeling heard by me",
    ),
    ImpliedFeeling(
        _p(
            r"\byou (?:always|never) (?:take|side|back|defend)\b.*\b(?:mother|mom|mum|dad|father|family|sister|brother|parents)\b|\byour (?:mother|mom|mum|dad|father|family|parents|sister|brother)\b"
        ),
        ("hurt", "unsupported"),
        "how things go with my family",
    ),
    ImpliedFeeling(
        _p(r"\b(?:cancel+ed|bailed|flaked|stood (?:me|us) up|broke (?:your|a) promise|promised)\b"),
        ("disappointed", "let down"),
        "plans you were counting on falling through",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:don't|never|won't) (?:touch|kiss|hug|hold) me\b|\bno (?:sex|intimacy|affection)\b|\bturn(?:ed)? me down\b"
        ),
        ("rejected", "lonely"),
        "reaching for closeness and not finding it",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:texting|messaging|flirting|talking) (?:with|to)? ?(?:her|him|your ex|that guy|that girl)\b|\byour ex\b|\bcoworker\b.*\b(?:again|always|late)\b"
        ),
        ("insecure", "worried"),
        "someone else taking up space between us",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:passed away|died|funeral|anniversary of|lost (?:my|our) (?:mum|mom|dad|father|mother|baby|dog|cat|friend|brother|sister))\b"
        ),
        ("grieving", "sad"),
        "the loss you're carrying",
    ),
    ImpliedFeeling(
        _p(r"\b(?:test results|biopsy|diagnos\w*|scan|lump|doctor|hospital|surgery|symptoms)\b"),
        ("scared", "worried"),
        "waiting on something this frightening",
    ),
    ImpliedFeeling(
        _p(r"\b(?:laid off|fired|boss|deadline|overtime|manager|promotion|job)\b"),
        ("stressed", "worried"),
        "what's happening at work",
    ),
    ImpliedFeeling(
        _p(r"\b(?:bills|rent|mortgage|debt|credit card|savings|spent|money|afford|budget|paycheck)\b"),
        ("worried", "stressed"),
        "the pressure around money",
    ),
    ImpliedFeeling(
        _p(r"\b(?:move|moving|new city|relocat\w*|packing)\b"),
        ("anxious", "uprooted"),
        "everything changing with the move",
    ),
    ImpliedFeeling(
        _p(r"\b(?:kids|baby|bedtime|homework|daycare|school run|tantrum)\b"),
        ("exhausted", "overwhelmed"),
        "everything the kids need from you",
    ),
    ImpliedFeeling(
        _p(r"\b(?:your friends|my friends|the guys|the girls|party|out with)\b"),
        ("left out", "lonely"),
        "how our time with friends has been going",
    ),
    ImpliedFeeling(
        _p(r"\b(?:you|u) (?:always|never)\b"), ("frustrated", "hurt"), "this happening again and again"
    ),
    ImpliedFeeling(
        _p(r"\b(?:again|every (?:single )?(?:night|day|time|weekend)|all the time)\b"),
        ("worn down", "frustrated"),
        "this happening again and again",
    ),
    ImpliedFeeling(_p(r"\b(?:sorry|apologi[sz]e)\b"), ("regretful", "hopeful"), "wanting to make this right"),
    ImpliedFeeling(
        _p(r"\b(?:guess i'll|i'll just|never mind|forget it|doesn't matter)\b"),
        ("hurt", "let down"),
        "feeling like it isn't worth asking",
    ),
)

_LEXICON_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (feeling, re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE))
    for feeling, forms in LEXICON.items()
)
_EMPATHY_PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, EMPATHY_WORDS)) + r")\b", re.IGNORECASE)
# A named feeling that is negated ("I'm not angry") does not count as the one they feel.
_NEGATED = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class FeelingSpan:
    feeling: str
    start: int
    end: int
    text: str


def named_feelings(text: str) -> list[FeelingSpan]:
    """Feelings named in the text, in order of appearance, negated ones skipped."""
    found: list[FeelingSpan] = []
    for feeling, pattern in _LEXICON_PATTERNS:
        for match in pattern.finditer(text):
            if _NEGATED.search(text[max(0, match.start() - 20) : match.start()]):
                continue
            found.append(FeelingSpan(feeling, match.start(), match.end(), match.group(0)))
    found.sort(key=lambda s: s.start)
    return found


def implied(text: str) -> list[ImpliedFeeling]:
    return [rule for rule in IMPLIED if rule.pattern.search(text)]


def detect(text: str, limit: int = 3) -> list[str]:
    """Feelings a listener could name back: named ones first, then implied ones."""
    out: list[str] = []
    for span in named_feelings(text):
        if span.feeling not in out:
            out.append(span.feeling)
    for rule in implied(text):
        for feeling in rule.feelings:
            if feeling not in out:
                out.append(feeling)
    return out[:limit]


def empathy_spans(text: str, named: list[FeelingSpan] | None = None) -> list[str]:
    """Feeling or empathic words a reply uses; ``named`` is ``named_feelings(text)`` if known."""
    spans = [s.text for s in (named_feelings(text) if named is None else named)]
    spans += [m.group(0) for m in _EMPATHY_PATTERN.finditer(text)]
    return spans
