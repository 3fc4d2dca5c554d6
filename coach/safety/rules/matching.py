"""The engine: which rules fire on a text, at what level, and when a message reads as softened.

A rule that fires inside a negation ("he has never hit me", "I'm not suicidal") still matters,
but only as a ``concern``: the person raised the topic. Rules prone to banter ("I'll kill you")
carry the level to use when the sentence is plainly a joke.
"""

from __future__ import annotations

import re

from coach.safety.rules.catalogue import RULES
from coach.safety.rules.model import CHILD, LEVEL_RANK, SEXUAL, VIOLENCE, Hit, Level, compile_rule
from coach.safety.rules.vocabulary import PARTNER, TRIVIAL_STAKES
from coach.safety.text import HUMOUR, sentence_span

_NEGATION = re.compile(
    r"(?:\b(?:not|never|nobody|no one|nothing|without|hardly|barely)\b|n't)(?:\s+[\w']+){0,2}\s*$"
)
_NOT_NEGATION = re.compile(
    r"(?:didn't|doesn't|don't|did not|never|wasn't|isn't)\s+(?:mean|meant|means|intend|intended|"
    r"want)\s+to\b|\bnot\s+(?:the first|for the first|only|just|even the first|once but)\b|"
    r"(?:can't|couldn't|won't|wouldn't|didn't)\s+stop\b|\bnever\s+stop|\bno longer\s+(?:hides|"
    r"pretends)|\bnot\s+sure\b|\bdon't\s+know\b|\bdidn't\s+know\b|\bdon't\s+care\b|\bcan't\s+(?:believe|"
    r"remember)|\bnot\s+(?:scared|afraid)\b"
)


def _own_body(matched: str, before: str) -> bool:
    """ "I banged my head", "she bit her lip", "he hit his head": someone's own body, by their hand."""
    words = f" {matched} "
    if " my " in words and _SELF_BEFORE.search(before):
        return True
    if " her " in words and _SHE_BEFORE.search(before):
        return True
    return " his " in words and _HE_BEFORE.search(before) is not None


_SHE_BEFORE = re.compile(r"\b(?:she|she's|she'd|she just|she accidentally) (?:\w+ )?$")
_HE_BEFORE = re.compile(r"\b(?:he|he's|he'd|he just|he accidentally) (?:\w+ )?$")
_SELF_BEFORE = re.compile(r"\b(?:i|i've|i'd|i had|i just|i accidentally|i must have) (?:\w+ )?$")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n]| but | and then | then ")


def _negated(text: str, start: int) -> bool:
    window = text[max(0, start - 48) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    match = _NEGATION.search(window)
    if match is None:
        return False
    # From the start of the negating word: "n't" alone would cut "can't stop" to "n't stop".
    word_start = window.rfind(" ", 0, match.start()) + 1
    return _NOT_NEGATION.search(window[word_start:]) is None


_NOT_A_NOUN = re.compile(
    r" (?:so|hard|harder|again|and|in|on|with|across|around|until|till|because|when|while|for|to|into|"
    r"against|back|repeatedly|twice|once|then|the|a|an|over|before|after|at|but|up|down|off|out|"
    r"by|from|too|really|badly|several|multiple|many|a few|last|this|that|every|all|just|as|if|"
    r"or|like|till|whenever|very|full|right|several|three|two|four|five|in front)\b"
)


def _possessive_her(text: str, match: re.Match[str]) -> bool:
    """ "slammed her bedroom door": the word after "her" is what was hit, not her."""
    if not match.group(0).endswith("her"):
        return False
    rest = text[match.end() :]
    if not rest.startswith(" ") or not rest[1:2].isalpha():
        return False
    return _NOT_A_NOUN.match(rest) is None


def _escalates(pattern: re.Pattern[str], sentence: str) -> bool:
    return any(not _negated(sentence, m.start()) for m in pattern.finditer(sentence))


def _before(text: str, start: int) -> str:
    return text[max(0, start - 40) : start]


def find_hits(text: str) -> list[Hit]:
    """Every rule that fires on ``text`` (normalised and idiom-free), with its effective level."""
    hits: list[Hit] = []
    for rule in RULES:
        if rule.requires is not None and rule.requires.search(text) is None:
            continue
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            key_start = match.start("key") if "key" in rule.pattern.groupindex else start
            if rule.not_before is not None and rule.not_before.search(_before(text, key_start)):
                continue
            if rule.not_after is not None and rule.not_after.match(text, end):
                continue
            if rule.her_object and _possessive_her(text, match):
                continue
            if rule.skip_self and _own_body(match.group(0), _before(text, start)):
                continue
            s_start, s_end = sentence_span(text, start, end)
            sentence = text[s_start:s_end]
            if rule.unless is not None and rule.unless.search(sentence):
                continue
            if rule.name == "grooming_age" and not _age_gap(text):
                continue
            level: Level = rule.level
            if level == "concern" and rule.escalate is not None and _escalates(rule.escalate, sentence):
                level = "crisis"
            negated = rule.negatable and _negated(text, key_start)
            if negated and level == "crisis":
                level = "concern"
            humour = rule.on_humour
            if humour is not None and LEVEL_RANK[humour] < LEVEL_RANK[level] and HUMOUR.search(sentence):
                level = humour
            if level == "crisis" and _told_at_a_distance(sentence):
                level = "concern"
            if SEXUAL in rule.categories and _RESPECTED.search(sentence):
                continue
            if (VIOLENCE in rule.categories or CHILD in rule.categories) and _PROTECTIVE.search(sentence):
                continue
            if level == "ok":
                continue
            hits.append(Hit(rule.name, rule.categories, level, match.group(0), negated))
            break
    return hits


# A story's plot or the speaker's own childhood: the topic is raised, the danger is not in the
# relationship now, so it earns a check-in rather than crisis routing.
_FICTION = re.compile(
    r"\b(?:film|movie|book|novel|series|show|episode|documentary|thriller|drama|podcast|soap|"
    r"storyline|plot|character|article|the news)\b[^.!?]{0,30}\b(?:where|in which|about|who|whose)\b"
)
_CHILDHOOD = re.compile(
    r"\bmy (?:dad|mum|mom|father|mother|parents|stepdad|stepmum|stepfather|stepmother) used to\b|"
    r"\b(?:as (?:a )?(?:kids?|child|children|teens?|teenagers?|little (?:girls?|boys?))|when (?:i was|we "
    r"were) (?:a kid|kids|children|little|young|small|a child|a teen\w*|teens|at school|growing up)|"
    r"growing up)\b"
)
_NOW_PARTNER = re.compile(
    rf"\b(?:my {PARTNER}|(?<!behind us )(?<!behind me )now|still|again|these days|lately|does it too|did it too|he does|she does)\b"
)


# "I said no and he was fine about it": a refusal that was respected is the opposite of coercion.
_RESPECTED = re.compile(
    r"\b(?:(?:he|she|they) (?:was|were|is|'s) (?:totally |completely |really |so |absolutely )?(?:fine|ok|"
    r"okay|cool|lovely|great|respectful|understanding|sweet|kind) (?:about|with) it|respected (?:that|it|"
    r"my|me)|stopped (?:straight|right) away|backed off (?:straight|right) away|and (?:he|she) stopped|"
    r"(?:he|she) said (?:that's|it's|that is) (?:fine|ok|okay)(?![^.!?]*\b(?:anyway|then|but|still)\b))\b"
)
# Force used to keep someone from harm: "grabbed her wrist so she wouldn't touch the hot pan".
_PROTECTIVE = re.compile(
    r"\b(?:so (?:she|he|they|i) (?:wouldn't|didn't|won't|doesn't|couldn't) (?:touch|fall|get hit|step|run|"
    r"burn|trip|walk|go|crack|bang|hit|choke|drive) (?:into|out|off|in|on|the|near|his|her|their|my)?|during (?:a|his|her|the) "
    r"(?:seizure|fit)|(?:sleeve|hair|scarf|clothes|coat|hand|arm|leg) (?:caught|got caught|stuck|trapped) (?:on|in) (?:the|a) |to stop (?:her|him|me|them) (?:from )?(?:falling|"
    r"stepping|running|touching|walking|tripping|getting hit)|out of the (?:road|way of (?:a|the) "
    r"(?:car|bike|bus|van|cyclist))|(?:a|the) (?:car|bike|bus|van|lorry|truck|cyclist|tram|train) (?:was|were) "
    r"(?:coming|speeding|heading|right there)|(?:ran|run|runs|running|dashed|darted|bolted) (?:out )?(?:at|into|towards|onto|for) "
    r"the (?:road|street|traffic)|heimlich|cpr|chest compressions|first aid|(?:taxi|car|bus|van|lorry|truck|bike|cyclist|train)\b"
    r"[^.!?]{0,30}\bnearly (?:hit|took|knocked|ran))\b"
)
_SOMEONE_ELSES = re.compile(
    rf"\b(?:my|a|our|her|his) (?:friend|mate|colleague|neighbour|neighbor|sister|brother|cousin|"
    rf"coworker|co-worker|boss)(?:'s)? {PARTNER}\b"
)


_HARM_TO_ME = re.compile(
    r"\b(?:hit|hits|hurt|hurts|beat|beats|kick\w*|punch\w*|slap\w*|push\w*|shov\w*|grab\w*|chok\w*|"
    r"threat\w*|attack\w*|touch\w*|rap\w*|forc\w*|strangl\w*) me\b|\b(?:my|our) (?:kids|children|son|daughter)\b"
)


# Someone else's partner harming them is still a crisis to route: the helplines serve the friend who
# is worried too. It is told at a distance only once it is over: an ex, a past habit, a person now safe.
_OVER_NOW = re.compile(
    r"\b(?:used to|ex|ex-\w+|left (?:him|her|them)|(?:is|are|she's|he's) (?:staying|living) with (?:us|me)|"
    r"moved out|got out|years ago)\b"
)


# Harm to the speaker that ended long ago: "she slapped me once, two years back, and it's never
# happened again", "my ex used to hit me, that was 3 years ago and im safe now".
_LONG_OVER = re.compile(
    r"\b(?:(?:has|had|it's|its|it has) never happened again|(?:hasn't|has not) happened since|(?:i'm|i am) safe now|"
    r"(?:\w+ )?years (?:ago|back)|once in (?:19|20)\d\d|and never again)\b"
)
_GOING_ON = re.compile(
    r"\b(?:still|lately|last (?:night|week|month)|yesterday|today|tonight|this (?:morning|week)|keeps?|"
    r"started|(?<!happened )(?<!never )again)\b"
)


_STILL_AT_IT = re.compile(r"\b(?:keeps?|kept|still|(?<!happened )again|every (?:day|night|week))\b")


def _told_at_a_distance(sentence: str) -> bool:
    if _LONG_OVER.search(sentence) and not _GOING_ON.search(sentence):
        return True
    if _SOMEONE_ELSES.search(sentence) and not _HARM_TO_ME.search(sentence):
        # an ex who "keeps turning up" is not over
        return bool(_OVER_NOW.search(sentence)) and not _STILL_AT_IT.search(sentence)
    if _FICTION.search(sentence) and not re.search(r"\b(?:to me|me too|like (?:he|she) does)\b", sentence):
        return True
    return bool(_CHILDHOOD.search(sentence)) and not _NOW_PARTNER.search(sentence)


def softened(text: str) -> bool:
    """Force used to protect, a refusal respected, trivial stakes ("he'll kill me if I leave my towels
    on the floor"), a plot, a childhood or someone else's story.

    The screen asks the classifier to be as sure as with an idiom before it calls such a message a
    crisis: "I pulled him back so he wouldn't step into the traffic" sits close to violence in
    embedding space.
    """
    return bool(
        _PROTECTIVE.search(text)
        or _SPORT.search(text)
        or _HORSEPLAY.search(text)
        or _RESPECTED.search(text)
        or _TRIVIAL.search(text)
        or _SUPPOSED.search(text)
        or _SQUABBLE.search(text)
        or _MISHAP_OR_DUTY.search(text)
        or _told_at_a_distance(text)
    )


# A household mishap or the hazards of a job: "slashed my thumb open on a clamshell packet", "got
# headbutted making an arrest tonight".
_MISHAP_OR_DUTY = re.compile(
    r"\b(?:cut|sliced|slashed|nicked|gashed|burnt|burned) my (?:thumb|finger|hand|palm) (?:open )?on\b|"
    r"\b(?:making an arrest|on duty|on shift|a patient|the patient|a prisoner|in custody|on the ward|night shift)\b"
)


# Small children hurting each other: "our son bit his little sister at nursery".
_SQUABBLE = re.compile(
    r"\b(?:our|my) (?:son|daughter|boy|girl|toddler|kid|little one)\b[^.!?]{0,20}\b(?:bit|hit|pushed|kicked|scratched|"
    r"smacked|whacked)\b[^.!?]{0,10}\b(?:his|her|their) (?:little |big |baby |twin )?(?:sister|brother|cousin|friend)\b"
)


# "If he ever took my wages I'd leave": harm only supposed, with the speaker's resolve to go. "Again"
# says it has happened before.
_SUPPOSED = re.compile(
    r"^(?![^.!?]*\b(?:again|any ?more|this time|next time|already)\b)[^.!?]*(?:\bif (?:he|she|they|my [\w-]+) "
    r"(?:ever|even|so much as|ever tried to|tried to)\b[^.!?]{0,60}\b(?:i'd|i would|i'll|i will|i'm|i am)"
    r"(?: so| be| just)? (?:leave|leaving|gone|out|walk out|call the police|report (?:him|her)|divorce|dump|"
    r"done|finished)\b|\b(?:i'd|i would|i'll|i will)(?: \w+)? (?:leave|be out|be gone|walk out|divorce|dump|"
    r"call the police)\b[^.!?]{0,30}\bif (?:he|she|they|my [\w-]+) (?:ever|even|so much as)\b)",
    re.MULTILINE,
)


_TRIVIAL = compile_rule(TRIVIAL_STAKES)
# Horseplay and running talk sit close to violence and to being timed in embedding space.
_HORSEPLAY = compile_rule(
    r"\b(?:tickl\w*|pillow|play ?fight\w*|messing about|mucking about|snowball|water fight|nerf|"
    r"personal best|pb|parkrun|my run|5k|10k|half marathon|twirl\w*|spun me (?:round|around)|into the pool|"
    r"in the pool)\b"
)
# Contact sport and training put tackles, knocks and marks in ordinary talk.
_SPORT = compile_rule(
    r"\b(?:five-a-side|5-a-side|football|footy|rugby|hockey|netball|basketball|boxing|sparring|judo|karate|"
    r"mma|jiu.?jitsu|kickboxing|wrestling|martial arts|training session|the pitch|the match|ref|referee|"
    r"studs?|stud marks|tackl\w*)\b"
)


_AGE = re.compile(
    r"\b(\d{1,2}) year old\b|\b(?:she's|he's|she is|he is|who's|who is|aged|age|they're|only|just|"
    r"she was|he was|(?:daughter|son|girl|boy|niece|nephew|kid|child)(?:'s| is)) (\d{1,2})\b(?! (?:minutes|mins|hours|days|weeks|months|years|quid|pounds|"
    r"dollars|euros|%|times|o'clock|am|pm|miles|km|kg|stone|lbs|feet|foot|inches|cm|degrees)\b)"
)


def _age_gap(text: str) -> bool:
    """An adult and a child under 16 in one message: "my 15 year old is seeing a 26 year old"."""
    ages = [int(a or b) for a, b in _AGE.findall(text)]
    return bool(ages) and min(ages) < 16 and max(ages) >= 18
