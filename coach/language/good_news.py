"""Thanks, relief, enjoyment and exclaimed news in a message that names no feeling.

These outweigh what the topic alone suggests ("couldn't have got through the move without you"
is not about the strain of moving). Each reading is guarded by signs that the message is a
complaint after all: a "but", a denial, an order.
"""

from __future__ import annotations

import re

from coach.language.perspective import plain

# Thanks with no feeling word: weaker than "grateful", so it only speaks when nothing else does.
_THANKS = re.compile(
    # "nobody said thank you", "not even a thanks": thanks missing, not given
    r"\b(?:(?<!said )(?<!say )(?<!says )(?<!a )(?<!no )(?<!any )thank(?:s| you| u)\b(?! (?:a lot|so much) for (?:nothing|that)\b| for nothing\b)|"
    r"appreciate (?:it|you|that|this|everything|all)\b|\b(?:ta|cheers) for\b|"
    r"(?:couldn'?t|could not|wouldn'?t) have (?:done|managed|got through|made it through|survived) (?:\w+ ){0,4}?without you\b|"
    r"(?:means?|meant) (?:so much|the world|a lot|everything)\b)",
    re.IGNORECASE,
)
_RELIEF = re.compile(
    r"\b(?:thank (?:god|goodness|heavens|christ|fuck)|thank ?f(?:uc)?k|phew|what a relief|panic over|crisis averted|"
    r"(?:got|given) the all[- ]clear|can (?:finally )?breathe (?:again)?|(?:scan|test|tests|results|biopsy|bloods) "
    r"(?:came back |was |were |are |is )?(?:clear|normal|benign|fine)|(?:it'?s|it is|it was) not "
    r"(?:cancer|malignant|a tumou?r|serious|broken|his heart|her heart)|(?:in |the word |said )remission|"
    r"nothing (?:nasty|sinister|serious|to worry about)|(?:just|only) a cyst|"
    # a pregnancy scan: "Heartbeat. There's a heartbeat."
    r"there'?s a heartbeat|(?:heard|saw|seen) (?:the|a|its|his|her) heartbeat)\b",
    re.IGNORECASE,
)
# Enjoyment told as an appraisal of the time had ("such a lovely day at the beach", "loved every
# minute"): the appraisal carries the feeling, so a wistful "I wish every weekend was like that"
# is a happy memory, not a complaint about the other weekends.
_ENJOYED = re.compile(
    r"\b(?:(?:such|what) an? (?:lovely|wonderful|amazing|brilliant|great|perfect|beautiful|fantastic|"
    r"magical|gorgeous|fun|special|good|nice|cosy|cozy)|"
    r"(?:an?|the) (?:lovely|wonderful|amazing|brilliant|perfect|beautiful|magical|gorgeous|special) "
    r"(?:\w+ )?(?:day|time|evening|night|weekend|morning|afternoon|trip|holiday|meal|dinner|lunch|walk|"
    r"chat|date|week|party|wedding)|"
    r"(?:^|[.!?]\s+)(?:lovely|wonderful|amazing|brilliant|great|perfect|beautiful|magical|gorgeous|fab|fabulous|"
    r"fantastic|smashing) (?:\w+ )?(?:day|time|evening|night|weekend|morning|afternoon|trip|holiday|meal|dinner|"
    r"lunch|walk|date|party|wedding)\b(?! (?:to|for)\b))\b|"
    r"\b(?:loved|enjoyed|adored) (?:it|that|this|every|our|the|how|being|having|seeing|spending|today|"
    r"tonight|yesterday|watching|doing|going|us)\b|"
    r"\b(?:going to|gonna|think i'?ll|i could get used to) (?:like|love|enjoy) (?:this|it)\b|\bcould get used to (?:this|it)\b|"
    r"\bhad (?:so much|such) fun\b|\bhad (?:a|the) (?:blast|ball|laugh|great time|lovely time|best time|"
    r"wonderful time|good time|brilliant time)\b|"
    r"\b(?:the )?(?:best|loveliest|happiest) (?:day|night|weekend|time|holiday|evening|birthday|christmas|trip|"
    r"summer|meal)\b|\bhappiest (?:i'?ve|i have) (?:been|felt)\b|\bmade my (?:day|week|year)\b|\bso much fun\b|"
    # Praise of how someone was ("the kids were so good today", "she was so sweet with him").
    r"\b(?:was|were|is|are|been) (?:so|really|just so|absolutely) (?:good|sweet|lovely|adorable|gorgeous|kind|"
    r"cute|wonderful|brilliant|amazing|funny|gentle|patient)\b(?! (?:at|about) )",
    re.IGNORECASE,
)
# Warmth toward the partner or from someone close: "ur literally the best", "I still get that
# flutter when you come in", "your dad hugged me at the airport, a proper hug". Its "you" is no
# complaint.
# A compliment on how the partner looks or sounds; the composer never says it back, as the
# listener would be praising themselves. Not "you looked so happy": that is often a comparison
# ("...haven't seen that face at home in a long time").
COMPLIMENT = (
    r"(?:you|u) (?:look|looked|looking|smell|smelled|sound|sounded) (?:so |really |absolutely |proper |well |"
    r"amazingly |incredibly )?(?:good|great|gorgeous|beautiful|lovely|amazing|stunning|handsome|hot|fit|fab|"
    r"fabulous|incredible|sexy|cute|radiant|smart|sharp)\b"
)
_WARMTH = re.compile(
    r"\b(?:i )?love (?:you|u|ya)(?: (?:so much|loads|lots|to bits|x+))?\s*(?:[.!x❤♥]|$)|"
    r"\b(?:you'?re|ur|you are|u r) (?:literally |actually |honestly |just |seriously )?(?:the best|a star|a legend|"
    r"an angel|so good to me|so thoughtful|so sweet|so kind|amazing)\b(?![\s.…]*\bat\b)|"
    r"\b(?:you|u) remembered\b|\b(?:that|the) (?:flutter|butterflies)\b|\blucky to have (?:you|u)\b|"
    r"\bin a good way\b|\b(?:a )?proper hug\b|\bhugged me\b|\bthought (?:about|of) (?:you|u) the whole\b|"
    r"\b(?:still|been) (?:smiling|grinning)\b|\bbig love\b|\bnever been (?:prouder|happier)\b|\bproud of (?:you|u)\b|"
    r"\bstill (?:daft|mad|crazy|soft|nuts) (?:about|on) (?:each other|you|u)\b|"
    r"\b(?:you|u)'?d have loved\b|"
    # a compliment: "you looked really good tonight", "you look gorgeous in that"
    rf"\b{COMPLIMENT}|"
    r"\b(?:last night|today|tonight|yesterday|this weekend|the weekend|that|it) (?:was|has been) (?:so |really |just )?"
    r"(?:lovely|perfect|magical|wonderful|special|beautiful)\b",
    re.IGNORECASE,
)
# What turns "I love how you..." into a complaint: a wrong named, an assumption, a repeat.
LOVE_SOURED = (
    r"(?:\b(?:you|u)(?: (?:never|didn'?t|don'?t|doesn'?t|won'?t|can'?t|couldn'?t|wouldn'?t|aren'?t|are not)|"
    r"'re not|re not)\b|"
    r"\b(?:again|assumes?d?|expects?|expected|leaves?|left|forgets?|forgot|ignores?d?|late|mess|everywhere|"
    r"instead|for once|somehow|apparently|conveniently|magically|as usual|of course|nothing|anymore|any more)\b)"
)
_SOURED = re.compile(LOVE_SOURED, re.IGNORECASE)
# "I love how you make me coffee before I'm up", "love it when you sing in the kitchen": the
# sarcastic kind ("I love how you never listen") names a wrong, which the caller's sarcasm check
# catches first. "Love that you got the job" is left to the news it tells: pride in them.
_LOVE_HOW = re.compile(
    r"\b(?:i |i just |i really |i still |i do |i absolutely )?(?:love|adore) (?:how|it when|the way|when) "
    r"(?:you|u)\b",
    re.IGNORECASE,
)
# Words that turn warmth into a complaint, shared by the two readings below.
_GRIPES = r"anymore|any more|used to|why|wish|sick of|fed up|supposed to"
# Care noticed and love declared in words a complaint also uses ("Fifteen years. I've never once
# had to ask", "it's still always you"): the construction, not the "never" or "always", carries it.
_CHERISHED = re.compile(
    r"\bdon'?t think i (?:haven'?t|didn'?t) (?:noticed|seen|clocked)\b|"
    r"\bi (?:do |always |still )?(?:notice|see) (?:that|it|this|everything)\s*(?:[.!x❤♥]|$)|"
    r"\b(?:never|not) (?:once |even )?(?:had|have|needed|need) to ask\b|\bso (?:that )?i don'?t have to\b|"
    r"\b(?:it'?s|it is|it was|it'?s been) (?:still |always |only |ever )+(?:been )?(?:you|u)\b|^\W*(?:still |only )?always (?:you|u)\b|"
    r"\bstill (?:the )?(?:first|only) (?:person|one)\b|\bstill my favou?rite\b|"
    r"\bi'?d (?:still )?(?:pick|choose|marry|find) (?:you|u)(?: again| all over again| every time| out of)\b|"
    r"\bhappy anniversary\b(?! to me)|\b(?:get|give me|still get) (?:the )?butterflies\b|"
    r"\bthe (?:funniest|kindest|loveliest|sweetest|cleverest|bravest|best) (?:\w+ )?(?:person|man|woman|human|dad|mum|"
    r"husband|wife|partner) (?:i know|i'?ve ever (?:met|known)|alive|in the world)\b|"
    r"\b(?:keeping|keep) (?:it|this|them) forever\b|\b(?:i'?m|im) not crying,? you(?: are|'re)\b|"
    # what they are loved for: "I love that about you", "you always make me laugh when I'm down"
    r"\b(?:love|adore) (?:that|this|it) about (?:you|u)\b|\bwhat i (?:love|adore) (?:most )?about (?:you|u)\b|"
    r"\b(?:is|are) (?:honestly |genuinely |literally |still |always |easily )?(?:the best|my favou?rite) (?:part|bit|thing) "
    r"(?:of|about) my (?:day|week|life)\b|"
    r"\b(?:you|u) (?:always |still |can always |never fail to )?make me (?:laugh|smile|feel (?:safe|loved|better|special|"
    r"beautiful|at home|wanted))\b|"
    # praise of what they make or choose: "you always plan such good weekends"
    r"\b(?:you|u) (?:always |really |do |still )?(?:plan|make|cook|bake|pick|choose|find|organi[sz]e|put together|throw|"
    r"give|write|take|book)s? (?:(?:such|really|so many) (?:good|great|lovely|amazing|fun|nice|thoughtful|perfect|special|"
    r"beautiful|delicious|brilliant|wonderful|cosy|cozy|romantic|relaxing|gorgeous)\b|the (?:best|loveliest|nicest)\b"
    r"(?! (?:excuses|mess|drama|scenes?)\b))|"
    # a small kindness that reaches back years, or a fond scene not to be disturbed
    r"\b(?:nobody|no one|no-one)(?:'?s| has| had)? (?:ever )?(?:done|said|made|cooked|kept|left) (?:that|this|anything like "
    r"that) (?:for me )?since\b|\bdidn'?t have the heart to (?:move|wake|disturb|shift)\b|"
    # a kindness unasked for, or a gift that brought tears: "you bought me flowers for no reason and i nearly cried"
    r"\b(?:you|u) (?:bought|got|made|left|brought|wrote|sent|planned|booked|cooked|framed|fixed)\b[^.!?]{0,60}"
    r"\b(?:for no reason|out of the blue|just because|without (?:me )?having to ask)\b|"
    r"\b(?:you|u) (?:bought|got|made|left|brought|wrote|sent|framed|cooked) (?:me )?(?:a |an |some |the |my )?(?:\w+ )?"
    r"(?:flowers|note|card|letter|present|gift|breakfast|dinner|lunch|coffee|tea|cake|playlist|photo|poem|surprise)\b"
    r"[^.!?]{0,40}\band i (?:nearly |almost |actually |literally )?(?:cried|teared up|welled up|melted)\b",
    re.IGNORECASE,
)
# ...and what would turn it into a grievance.
_GRUDGE = re.compile(
    rf"\b(?:{_GRIPES}|should(?:n'?t)? have|for once|for a change|"
    r"would it kill|even once|not even|except|unlike|i guess|i suppose|without (?:telling|asking|checking|consulting))\b|\b(?:you|u) never (?!once\b|made me\b|let me\b)",
    re.IGNORECASE,
)
# ...unless the message also carries a complaint.
_COMPLAINT = re.compile(
    rf"\b(?:never(?! been (?:prouder|happier))|always|again|{_GRIPES}|should have|late|"
    r"and then|not really|mixed|"
    r"how (?:nice|kind|thoughtful|sweet|lovely|generous) of (?:you|u))\b",
    re.IGNORECASE,
)
# A good time set against a loss, an absence or a regret is a hurt, not a happy memory, and
# someone else's words ("you said you loved the job") are not the speaker's enjoyment.
_SPOILED = re.compile(
    r"\b(?:shame|pity|wish(?:ed)? you(?:'d| had| were| could)|without you|weren'?t|couldn'?t|shouldn'?t|"
    r"should have|used to|remember|miss(?:ed)?|last time|anymore|any more|ruined|spoil(?:ed|t)?|until|til|"
    r"till|gone|lost|sold|said|says|told|thought|at first|in the beginning)\b",
    re.IGNORECASE,
)
# Something the speaker (or "we") got done, told plainly: "I finished the painting, first one
# I've ever finished", "we finally paid off the card". Without an exclamation it needs a word of
# achievement ("passed", "graduated") or of a long road ended ("finally", "first ... ever"), since
# "I finished the report at 2am" is tiredness, not pride.
_ACHIEVED = re.compile(
    r"^(?=[\s\S]*\b(?:i|we)\b|\W*(?:finally|just|at last)?\s*(?:finished|completed|passed|got|did|sold|won|bought|cleared|"
    r"scored|guess who))(?:"
    # "Passed. Actually passed.", "bought the flat", "got the keys", "cleared the CA final"
    r"\W*(?:finally |just |actually )?passed\W*(?:$|[.!]\s)|[\s\S]*\b(?:bought (?:the|a|our) (?:flat|house|home|place)|got the "
    r"(?:flat|house|keys|place|visa|grant|offer|job)|cleared (?:the|my) \w+|(?:she|he|they|you) said yes)\b|"
    # "passed" needs what was passed: "nani passed" is a death.
    r"[\s\S]*\b(?:passed (?:my|the|our|it|both|all|every)|graduated|qualified|aced|nailed|got (?:the job|the offer|promoted|in|into|accepted)|"
    r"(?:was|were|got|have been|i'?ve been) (?:accepted|promoted|offered)|paid off|made it (?:to|through|into)|"
    # a first in sport, or still having it: "Scored my first goal for the vets team. Still got it."
    r"scored (?:my|a|the|our|his|her) (?:first |winning )?(?:goal|try|century|hat-?trick|basket|touchdown)|still got it)\b"
    r"|[\s\S]*\b(?:finished|completed|done|did|sold|won|ran|built|fixed|made|hit|reached|saved|"
    r"booked|published)\b[\s\S]*\b(?:finally|at last|first (?:\w+ )?(?:ever|time)|ever (?:actually )?"
    r"(?:finished|done|made|sold|won|completed))\b"
    r"|[\s\S]*\b(?:finally|at last)\b[\s\S]*\b(?:finished|completed|done|did it|sold|won|built|fixed|"
    r"passed|got|hit|reached|saved|booked|published|paid off)\b)",
    re.IGNORECASE,
)
# Time away planned for the two of them: "Booked the campervan. Scotland, three weeks. Just you and me, pet."
_TREAT = re.compile(
    r"^(?=[\s\S]*\bjust (?:you and me|you and i|u and me|the two of us|us two|us)\b)[\s\S]*\b(?:booked|planned|organised|organized|"
    r"sorted|got us|bought us)\b",
    re.IGNORECASE,
)
# Being picked for something still to come: hope and excitement rather than pride in a result.
_CHOSEN = re.compile(
    r"\b(?:being considered for|in the running for|shortlisted|short-listed|nominated|selected for|picked for|"
    r"(?:i'?ve|i have|i was|i got|i'?ve just been|i just got) (?:been )?offered|"
    r"chosen (?:for|to)|put (?:me|my name) forward|asked me to (?:lead|head|run|present|speak|join)|offered me|"
    r"got an interview|(?:invited|called) (?:back )?(?:to|for) (?:an |a second )?interview|second interview|"
    r"through to the (?:next|final) (?:round|stage)|"
    r"(?:we'?re|we are) (?:going to be|gonna be) (?:parents|grandparents|mums|dads|a family)|"
    r"(?:getting|being|got|been) published)\b",
    re.IGNORECASE,
)
# "Interview went well I think??": a good sign, not yet a result.
_WENT_WELL = re.compile(
    r"\bwent (?:really |so |quite |pretty |surprisingly )?(?:well|great|brilliant|amazing)\b", re.IGNORECASE
)
_ASKED = re.compile(r"[^.!?]*\?")
_BUT = re.compile(r"\b(?:but|though|although|except|however)\b", re.IGNORECASE)
_THOUGH_LAST = re.compile(r"(?:^|[.!?]\s*)([^.!?]*\w[^.!?]*?),?\s+though\W*$", re.IGNORECASE)
_TURN_WORD_END = re.compile(
    r"[\s,]*\b(?:(?:even )?(?:but|though|although)|except|however)\W*$", re.IGNORECASE
)
_STILL = re.compile(r"\W*still\b\W*(?:$|[.!]+)", re.IGNORECASE)
# Trouble with the law, a neighbour or a thief: news of it is never good news told flatly.
TROUBLE = (
    r"police|bitten|attacked|injur\w*|crash(?:ed)?|stolen|burgl\w*|broke into|keyed|smashed|"
    r"sacked|fired|sued|went for|furious|reported|complain\w*|fined|evict\w*|inspector|arrested"
)
_NOT_NEWS = re.compile(
    r"^\W*(?:stop|get|leave|don'?t|do not|go|shut|quit|give|just|why|how|what|who|seriously)\b|"
    r"\b(?:not|never|no(?! (?:more )?(?:debts?|chemo|evidence|sign of)\b)|nobody|"
    r"nothing(?! (?:owing|owed|outstanding|left to pay)\b)|again|can'?t(?! believe| wait| breathe| stop (?:smiling|grinning|crying|shaking))|won'?t|"
    r"didn'?t|doesn'?t|isn'?t|wasn'?t|hate|sick of|fed up|don'?t know (?:if|whether|how|what)|"
    + TROUBLE
    + r")\b",
    re.IGNORECASE,
)
# Signs of joy that exclaim as "!" does: tears held back, a ring, a party.
_JOY_SIGN = re.compile(r"🥹|💍|🎉|🥳|🙌|🍾")
# A smile exclaims too, but only on news that is not about the partner ("you were late again :)"
# smiles at a complaint) and not after a shrug or a martyr's sigh ("sure, I'll do it all myself :)").
_SMILE = re.compile(r"(?::-?\)|:-?D)(?!\w)|😊|😁|😄|😀|🤗")
_SHRUG = re.compile(
    r"^\W*(?:sure|fine|great|perfect|wonderful|lovely|brilliant|cool|whatever|ok(?:ay)?|k|no worries|of course|"
    r"right|yeah|yep|noted)\b|\b(?:myself|on my own|by myself|i guess|as usual|as always)\b",
    re.IGNORECASE,
)
# A heart or a kiss on exclaimed news to the partner ("booked the flight!!! be at arrivals ❤️").
_LOVING_SIGN = re.compile(r"❤️|❤|💕|💖|😍|🥰|😘|\bxx+\b|\blove you\b", re.IGNORECASE)
_TO_PARTNER = re.compile(
    r"\b(?:you|your|you'?re|you'?ve|you'?d|you'?ll|u|ur)\b(?! should(?:'?ve| have) seen\b)", re.IGNORECASE
)


# A short afterthought that blames no one: "Bit cold", "Long drive", "Pricey".
_SMALL_GRIPE = re.compile(
    rf"^\W*(?!.*\b(?:you|u|your|ur|{_GRIPES}|never|always|again|not|no|shame|pity|ruined|spoilt|spoiled)\b)"
    r"(?:\S+\s+){0,3}\S+\W*$",
    re.IGNORECASE,
)


def after_turn(text: str) -> str | None:
    """What comes after the last "but" or "though", or None when the message does not turn."""
    closing = _THOUGH_LAST.search(text)
    if closing:
        # "Got the job!! the commute's going to be brutal though": the turn is the sentence it ends.
        return closing.group(1)
    parts = _BUT.split(text)
    if len(parts) < 2 or _STILL.match(parts[-1]):
        # "it's only a phone screen but still": the "but" concedes, it does not turn.
        return None
    return parts[-1]


def before_turn(text: str) -> str | None:
    """What comes before the turn ``after_turn`` finds, without the turning word itself."""
    tail = after_turn(text)
    return None if tail is None else _head(text, tail)


def _head(text: str, tail: str) -> str:
    return _TURN_WORD_END.sub("", text[: text.rfind(tail)])


def addresses_partner(text: str) -> bool:
    return bool(_TO_PARTNER.search(text))


def read(text: str) -> list[str] | None:
    """The feelings of thanks, relief or good news, or None when the message is not that.

    Sarcasm is the caller's to rule out first ("thanks so much for ruining dinner").
    """
    turn = after_turn(text)
    if turn is not None:
        # "load shedding ruined dinner but honestly it was the best night in ages", "third attempt,
        # but cleared!!": what comes last is what it came to...
        turned = read(turn)
        if turned is not None or not _SMALL_GRIPE.match(turn) or not _THOUGH_LAST.search(text):
            return turned
        # ...unless it is a small gripe in a sentence of its own: "Lovely day out with you. Bit
        # cold though." is still a lovely day.
        return read(_head(text, turn))
    if _RELIEF.search(text):
        return ["relieved", "grateful"]
    if _THANKS.search(plain(text)):
        # "you sat with me through every appointment, thank you": its "you" is no complaint.
        return ["grateful", "happy"]
    appraised = _appraisal(text)
    if appraised:
        return appraised
    if (
        ("!" in text or _JOY_SIGN.search(text) or (_SMILE.search(text) and not _SHRUG.search(text)))
        and (not addresses_partner(text) or _LOVING_SIGN.search(text) or _JOY_SIGN.search(text))
        and not _NOT_NEWS.search(text)
    ):
        # Exclaimed news that blames no one and denies nothing is almost always good news
        # ("passed my test!"); an exclaimed order or complaint is not ("stop shouting at me!").
        return ["surprised", "happy"] if "?!" in text or "!?" in text else ["happy", "excited"]
    if _ACHIEVED.search(text) and not addresses_partner(text) and not _NOT_NEWS.search(text):
        return ["proud", "happy"]
    # "no alarms" is part of the treat; only a grudge ("you never...", "anymore") undoes it.
    if _TREAT.search(text) and not _GRUDGE.search(text):
        return ["excited", "happy"]
    if _WENT_WELL.search(text) and not _NOT_NEWS.search(text) and not _SPOILED.search(text):
        return ["hopeful", "happy"]
    # "I've been offered a job in Dubai. Would you come with me?": the question to the partner
    # does not make the offer a complaint.
    told = _ASKED.sub(" ", text)
    if _CHOSEN.search(told) and not addresses_partner(told) and not _NOT_NEWS.search(text):
        return ["excited", "hopeful"]
    return None


def _appraisal(text: str) -> list[str] | None:
    """A good time had, or warmth felt, with nothing set against it."""
    if _ENJOYED.search(text) and not _NOT_NEWS.search(text) and not _SPOILED.search(text):
        return ["happy", "content"]
    if _WARMTH.search(text) and not _COMPLAINT.search(text):
        return ["happy", "grateful"]
    if _LOVE_HOW.search(text) and not _SOURED.search(text):
        return ["happy", "grateful"]
    if _CHERISHED.search(text) and not _GRUDGE.search(text):
        return ["touched", "grateful"]
    return None
