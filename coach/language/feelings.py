"""Feelings a message names or implies, and feeling words a reply uses.

The lexicon groups surface words (with their inflections) under a plain feeling a listener could
name back. A named feeling that is denied ("I'm not angry, just tired") does not count, and a
wished-for or missing good feeling ("I just want to feel heard", "I don't feel wanted") counts as
its absence. Implied feelings come from what people describe when they do not name one: being
ignored, let down, criticised, left out, carrying everything, losing someone, money or health
fears. Most messages name no feeling at all, so the implied rules do most of the work. They are
written as general shapes of situations, each with the feelings a couples therapist would name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.language import good_news
from coach.language.perspective import plain

# "touched me", "touched on it": a touch, not the feeling.
_NOT_A_TOUCH = r"(?! (?:me|her|him|them|it|on|my|your)\b)"
# canonical feeling -> surface forms (regex fragments, matched on word boundaries). Every
# canonical name reads naturally after "you sound" and "feeling".
LEXICON: dict[str, tuple[str, ...]] = {
    "exhausted": (
        "exhausted",
        "exhausting",
        "exhaustion",
        "tired",
        "tiring",
        "worn out",
        "drained",
        "draining",
        "wiped(?: out)?",
        "knackered",
        "shattered",
        "burn(?:ed|t|ing) out",
        "burnout",
        "run ragged",
        "running on empty",
        "dead on my feet",
        "running on fumes",
        "done in",
        "zonked",
        "cream crackered",
        "running on no sleep",
    ),
    "worn down": ("worn down", "ground down", "weary", "wearing me (?:down|out)"),
    "overwhelmed": (
        "overwhelm(?:ed|ing)?",
        "swamped",
        "drowning",
        "(?:it'?s|this is|it all|everything'?s|everything is|is) (?:all |just |getting |becoming )?(?:too much|a lot)",
        "(?:was|has been|'s been|have been) (?:all |just |so |a bit |honestly )?(?:too much|a lot)(?!\\s+(?:of|more|better|worse|easier|harder)\\b)",
        "stretched (?:too )?thin",
        "at the end of my (?:rope|tether)",
        "can'?t (?:keep up|cope|handle (?:it|this))",
        "falling apart",
        "snowed under",
        "losing my mind",
        "at breaking point",
        "can'?t think straight",
        "head(?:'s| is) (?:a mess|all over the place|fried|spinning)",
    ),
    "stressed": (
        "stress(?:ed|ful|ing)?",
        "under (?:so much |a lot of )?pressure",
        "pressured",
        "frazzled",
        "on edge",
        "tense",
        "wound up",
    ),
    "alone": ("alone", "on my own", "by myself", "all by myself"),
    "lonely": ("lonely", "loneliness", "lonesome"),
    "isolated": ("isolat(?:ed|ing)",),
    "disconnected": (
        "disconnected",
        "distant",
        "drifting apart",
        "like (?:a )?strangers?",
        "like (?:room|flat|house)mates",
    ),
    "hurt": ("hurt", "hurts", "hurting", "hurtful", "stung", "stings", "wounded", "cut (?:me )?deep"),
    "sad": (
        "sad",
        "sadder",
        "saddest",
        "sadness",
        "miserable",
        "unhappy",
        "crying",
        "cried",
        "cry",
        "in tears",
        "tearful",
        "down in the dumps",
        "feel(?:ing)? (?:so |really |a bit )?(?:down|low|blue)",
        "depressed",
        "teary",
        "bummed(?: out)?",
    ),
    "heartbroken": ("heartbroken", "broken-hearted", "heartbreak(?:ing)?", "devastat(?:ed|ing)", "crushed"),
    "grieving": ("griev(?:e|ing)", "grief", "mourn(?:ing)?", "bereaved"),
    "angry": (
        "angry",
        "angrier",
        "angriest",
        "anger",
        "furious",
        "livid",
        "mad",
        "pissed(?: off)?",
        "fuming",
        "enraged",
        "seething",
        "raging",
        "rage",
        "so done",
        "outraged",
        "(?:(?<=so )|(?<=bit )|(?<='m )|(?<=am )|(?<=was )|(?<=very )|(?<=really )|(?<=feel )|(?<=felt ))cross",
        "hacked off",
        "seeing red",
        "ropeable",
        "spitting feathers",
    ),
    "frustrated": (
        "frustrat(?:ed|ing|ion)",
        "fed up",
        "sick (?:and tired )?of",
        "tired of",
        "annoy(?:ed|ing|s)",
        "irritat(?:ed|ing)",
        "exasperat(?:ed|ing)",
        "aggravat(?:ed|ing)",
        "driving me (?:crazy|mad|nuts|up the wall)",
        "at my wits'? end",
        "(?:i'?ve|i have) had enough",
        "(?:i'?m|i am) (?:so |just |honestly )?over it",
        "miffed",
        "peeved",
        "narked",
        "cheesed off",
        "up to here",
    ),
    "resentful": ("resent(?:ful|ment|s)?", "bitter"),
    "anxious": (
        "anxious",
        "anxiety",
        "nervous",
        "uneasy",
        "restless",
        "panick(?:ing|ed|y)",
        "panic",
        "on eggshells",
        "dread(?:ing|ed)?",
        "knot in my stomach",
        "can'?t stop thinking",
        "jittery",
        "antsy",
        "on tenterhooks",
        "butterflies",
        "worked up",
    ),
    "worried": ("worr(?:ied|y|ying|ies)", "concerned", "troubled"),
    "scared": (
        "scared",
        "afraid",
        "frightened",
        "frightening",
        "terrified",
        "terrifying",
        "fear",
        "fears",
        "freak(?:ing|ed) out",
        "scary",
        "(?:scares|scared|frightens|frightened|terrifies|terrified) me",
        "petrified",
        "bricking it",
        "scared stiff",
        "spooked",
    ),
    "unsafe": ("unsafe", "not safe", "threatened"),
    "insecure": ("insecure", "insecurity", "second-guessing", "paranoid"),
    "inadequate": ("inadequate", "not good enough", "a failure", "useless", "worthless"),
    "self-conscious": ("self-conscious", "awkward", "uncomfortable in my (?:own )?(?:skin|body)"),
    "jealous": ("jealous", "jealousy", "envious", "envy"),
    "unappreciated": (
        "unappreciated",
        "taken for granted",
        "thankless",
        "no thanks",
        "not appreciated",
        "unvalued",
        "undervalued",
        "like (?:the|a|your) (?:maid|servant|housekeeper|cleaner|cash machine|atm|taxi|chauffeur|skivvy)",
    ),
    "unseen": ("unseen", "invisible", "nobody notices", "no one notices", "nobody sees"),
    "overlooked": (
        "overlooked",
        "passed over",
        "an afterthought",
        "last on the list",
        "like an option",
        "like a backup",
    ),
    "ignored": ("ignored", "ignor(?:e|es|ing) me", "brushed off", "blanked", "left on read"),
    "dismissed": ("dismissed", "dismissive", "brushed aside", "waved (?:it |me )?off"),
    "unheard": ("unheard", "not (?:being )?heard", "not listening", "don'?t listen", "never listen"),
    "unimportant": ("unimportant", "not important", "not a priority", "bottom of the list"),
    "rejected": ("rejected", "rejection", "unwanted", "turned down", "pushed away"),
    "unloved": ("unloved", "unlovable"),
    "betrayed": (
        "betray(?:ed|al)",
        r"(?<!\bi )(?<!\bi'd )(?<!\bi had )lied to",
        "deceived",
        "backstabbed",
        "stabbed in the back",
    ),
    "disappointed": ("disappoint(?:ed|ing|ment)", "gutted", "letdown", "let down"),
    "embarrassed": (
        "embarrass(?:ed|ing)",
        "mortif(?:ied|ying)",
        "cringe",
        "(?:felt|feel|feeling) (?:so )?(?:stupid|an idiot|a fool|small|thick)",
        "wanted the ground to swallow me",
        "red-faced",
    ),
    "humiliated": ("humiliat(?:ed|ing|ion)", "degraded"),
    # "shame about the rain", "what a shame": pity, not shame
    "ashamed": (
        "ashamed",
        "(?<=feel )shame|(?<=much )shame|(?<=such )shame|(?<=the )shame|(?<=of )shame|(?<=with )shame|(?<=in )shame",
        "(?<!what a )(?<!such a )(?<!it's a )(?<!its a )(?<!that's a )(?<!bit of a )(?<!a real )"
        "shame(?! about| that| on (?:you|u|him|her|them)\\b| (?:we|you|u|they|he|she|it|the|your)\\b)",
        "shameful",
    ),
    "guilty": (
        "like a burden",
        "guilty",
        "guilt",
        "terrible about",
        "awful about",
        "bad about",
        r"letting (?:\w+ ){0,2}down",
        r"like i'?m (?:abandoning|deserting|betraying|failing) (?:him|her|them|you|my|our|the)",
    ),
    # "I regret nothing" is a boast, not a regret.
    "regretful": ("regret(?:ful|s|ting)?(?! nothing)",),
    "judged": ("judged", "judg(?:ing|ey|mental)", "criticis(?:ed|ing)", "criticiz(?:ed|ing)", "picked apart"),
    "disrespected": ("disrespect(?:ed|ful)?", "belittl(?:ed|ing)", "talked down to", "patroni[sz](?:ed|ing)"),
    "unsupported": ("unsupported", "no support", "no backup", "no help"),
    "trapped": ("trapped", "stuck", "boxed in", "suffocat(?:ed|ing)", "no way out", "caged"),
    "helpless": ("helpless", "powerless"),
    "hopeless": ("hopeless", "pointless", "what'?s the point"),
    "defeated": ("defeated", "giving up", "ready to give up"),
    "confused": ("confus(?:ed|ing)", "feel(?:ing)? lost", "mixed up", "baffled"),
    "torn": ("torn", "conflicted", "caught in the middle", "pulled in (?:two|different) directions"),
    "uncertain": ("unsure", "uncertain", "don'?t know what to do", "no idea what to do"),
    "misunderstood": ("misunderstood", "you don'?t get it", "don'?t get me"),
    "vulnerable": ("vulnerable", "exposed"),
    "numb": ("numb", "feel(?:ing)? (?:so |a bit |kind of |just |really )?(?:empty|flat|blah|meh)", "hollow"),
    "uprooted": ("uprooted", "unsettled"),
    "homesick": ("homesick",),
    # "I'd forgotten we could be like that" is the speaker's own forgetting, not being forgotten.
    "neglected": (
        "neglected",
        "(?<!i'd )(?<!i had )(?<!we'd )(?<!we had )(?<!i've )(?<!i have )forgotten",
        "abandoned",
    ),
    "left out": ("left out", "excluded", "third wheel", "outsider"),
    "shut out": ("shut out", "stonewalled"),
    "upset": ("upset", "upsetting", "bothered", "bothers me", "gets to me"),
    "nostalgic": ("nostalgic",),
    "excited": (
        "excit(?:ed|ing)",
        "thrilled",
        "pumped",
        "stoked",
        "can'?t wait",
        "over the moon",
        # a phone or a door that keeps buzzing is not the speaker's excitement
        r"(?<!phone )(?<!phone's )(?<!phone was )(?<!phone is )(?<!phone kept )(?<!keeps )(?<!it's )buzzing",
        "ecstatic",
        "psyched",
        "hyped",
    ),
    "happy": (
        "happy",
        "happier",
        "glad",
        "delighted",
        "joy",
        "joyful",
        "chuffed",
        "rapt",
        "on cloud nine",
        "walking on air",
        "on top of the world",
        "grinning (?:like|from ear)",
        "beaming",
    ),
    "proud": ("proud", "pride", "accomplished"),
    "hopeful": ("hopeful", "optimistic"),
    "relieved": ("relieved", "relief", "weight off"),
    "grateful": ("grateful", "thankful"),
    # Only as a state: "he touched me" is no feeling, and may be a harm the safety screen reads.
    "touched": (
        "(?:so|really|very|deeply|truly|genuinely|honestly|quite|bit|feel|felt|feeling) touched"
        + _NOT_A_TOUCH,
    ),
    # The lookbehinds keep "I don't feel loved" for the absent-state reading (unloved).
    "loved": (
        "(?<!n't )(?<!not )(?<!never )(?:feel|feels|felt|feeling) (?:so |really |very |truly )?(?:loved|cared for)",
    ),
    "surprised": ("surprised", "taken aback", "caught off guard", "pleasantly surprised"),
    # Shock is mostly bad news: "I'm shocked" is not a surprise party.
    "shaken": (
        "shaken",
        "shocked",
        "gobsmacked",
        "floored",
        "stunned",
        "blindsided",
        "rattled",
        "thrown by",
        "(?:bit|so|proper|well|still|all|pretty|really|i'm|i am|i was|feeling) shook",
    ),
}

_REPLY_LEXICON: dict[str, tuple[str, ...]] = {
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
    "embarrassed": ("embarrassed", "embarrassing", "mortified", "mortifying", "humiliated", "humiliating"),
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
    "touched": ("touched" + _NOT_A_TOUCH, "moved by"),
    "loved": ("loved(?! (?:it|that|this|every|the|how|being|having|seeing|doing|going))", "cared for"),
    "nostalgic": ("nostalgic", "homesick"),
    "neglected": ("neglected", "forgotten", "left out", "excluded"),
    "misunderstood": ("misunderstood", "you don't get it", "don't get me"),
    "vulnerable": ("vulnerable", "exposed"),
    "numb": ("numb", "feel(?:ing)? empty"),
    "uprooted": ("uprooted", "homesick", "unsettled"),
}
_REPLY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (feeling, re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE))
    for feeling, forms in _REPLY_LEXICON.items()
)
_REPLY_NEGATED = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)

# Surface words that already carry high intensity ("furious" is more than "angry").
STRONG_FORMS = frozenset(
    [
        "furious",
        "livid",
        "enraged",
        "seething",
        "raging",
        "terrified",
        "petrified",
        "devastated",
        "devastating",
        "crushed",
        "heartbroken",
        "mortified",
        "humiliated",
        "exhausted",
        "shattered",
        "knackered",
        "miserable",
        "ecstatic",
        "thrilled",
        "desperate",
        "drowning",
    ]
)
_INTENSIFIER = re.compile(
    r"\b(?:so|really|very|incredibly|completely|totally|utterly|absolutely|extremely|massively|"
    r"beyond|deeply|super|seriously|properly)\s+$",
    re.IGNORECASE,
)
# Feelings that mean something went well: the composer celebrates rather than comforts.
POSITIVE = frozenset(
    {
        "excited",
        "happy",
        "proud",
        "hopeful",
        "relieved",
        "grateful",
        "surprised",
        "content",
        "touched",
        "loved",
    }
)
# Too vague to lead with when the situation says something more specific.
GENERIC = frozenset({"upset"})

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

# A good state that is missing ("I don't feel heard") or wished for ("I just want to feel safe")
# names the feeling of its absence.
_ABSENT_STATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"heard|listened to", ("unheard", "alone")),
    (r"seen|noticed", ("unseen", "overlooked")),
    (r"appreciated|valued|thanked|acknowledged", ("unappreciated", "overlooked")),
    (r"supported|backed up|helped", ("unsupported", "alone")),
    (r"wanted|desired|attractive|sexy|beautiful|pretty", ("rejected", "insecure")),
    (r"loved|cared (?:for|about)", ("unloved", "lonely")),
    (r"safe|secure", ("unsafe", "scared")),
    (r"important|a priority|prioriti[sz]ed|special|chosen", ("unimportant", "hurt")),
    (r"respected|taken seriously", ("disrespected", "dismissed")),
    (r"close(?: to you)?|connected", ("disconnected", "lonely")),
    (r"understood", ("misunderstood", "alone")),
    (r"included|welcome", ("left out", "hurt")),
    (r"good enough|enough|capable", ("inadequate", "insecure")),
    (
        r"good in my (?:own )?(?:body|skin)|comfortable in my (?:own )?(?:body|skin)|like myself",
        ("self-conscious", "ashamed"),
    ),
    (r"happy|myself|okay|ok|alright|fine", ("sad", "worn down")),
    (r"trusted|believed", ("misunderstood", "hurt")),
    (r"like a team|like partners|like an equal", ("unsupported", "resentful")),
)
# "you're not on my side anymore" says the same as "I don't feel supported".
_SIDE = re.compile(
    r"\b(?:not|never|no longer|stopped being|aren'?t|isn'?t|wasn'?t|weren'?t|(?:don'?t|doesn'?t|didn'?t|do not|never|can'?t) "
    r"(?:feel|think|believe|seem)(?: like| that| as if)? (?:you'?re|you are|you'?ve))\s+(?:\w+\s+)?(?:on my side|in my "
    r"corner|there for me|got my back|have my back|behind me)\b",
    re.IGNORECASE,
)
_MISSING = (
    r"(?:don'?t|do not|never|no longer|can'?t|cannot|haven'?t|didn'?t|rarely|hardly ever|stopped|not)"
    r"\s+(?:really\s+|even\s+|ever\s+|actually\s+|always\s+)?(?:feel(?:ing)?|felt)\s+(?:very\s+|so\s+|that\s+)?"
)
_WISHED = (
    r"(?:want|wanted|need|needed|wish|long|just|about|miss)\s+(?:to\s+)?(?:\w+\s+)?(?:feel(?:ing)?|felt|be)\s+"
    r"(?:\w+\s+)?"
)
_YOU_DONT = r"you\s+(?:don'?t|never|no longer|didn'?t|won'?t|stopped|barely|hardly)\s+(?:even\s+|ever\s+|really\s+|once\s+)?"
# "I don't feel like you care" doubts the partner's care as surely as "you don't care".
_DOUBT = (
    r"(?:don'?t|doesn'?t|didn'?t|do not|never|no longer|can'?t)\s+(?:really\s+)?(?:feel|think|believe|seem|"
    r"get the sense)(?:\s+like|\s+that|\s+as if)?"
    r"\s+you\s+(?:really\s+|even\s+|actually\s+|still\s+)?"
)
_OBJECT = r"\s+(?:me|us|how|what|that|anything|everything|when|it|my|about me|me or)\b"
_YOU_DONT_VERBS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"listen(?:ing)?(?: to me)?|hear" + _OBJECT, ("unheard", "alone")),
    (r"(?:see|notice|look at)" + _OBJECT + r"|notice", ("unseen", "overlooked")),
    (r"(?:appreciate|value|thank|acknowledge)" + _OBJECT, ("unappreciated", "hurt")),
    (r"(?:support|back|stand up for|stick up for|defend)" + _OBJECT, ("unsupported", "alone")),
    (r"(?:want|desire|fancy|touch|kiss|hug|hold)" + _OBJECT, ("rejected", "lonely")),
    (r"(?:love|care about|care for)" + _OBJECT + r"|care", ("unloved", "hurt")),
    (r"respect" + _OBJECT, ("disrespected", "hurt")),
    (r"(?:trust|believe)" + _OBJECT, ("misunderstood", "hurt")),
    (r"(?:understand|get)(?: it| me| how| what| that)\b", ("misunderstood", "alone")),
    # "you didn't even ask." with nothing after it asks after nothing either
    (r"ask(?: (?:about|how|after)|\s*(?:[.!?,]|$|though\b))|check (?:in )?on", ("overlooked", "lonely")),
    (r"(?:include|invite)" + _OBJECT, ("left out", "hurt")),
)


@dataclass(frozen=True)
class ImpliedFeeling:
    pattern: re.Pattern[str]
    feelings: tuple[str, ...]
    situation: str  # a neutral phrase for what happened, in the listener's voice
    # The open questions this situation calls for, asked before any card's: someone asking for
    # room is asked what would help, not what else they feel.
    questions: tuple[str, ...] = ()


def _p(expression: str) -> re.Pattern[str]:
    return re.compile(expression, re.IGNORECASE)


_FAMILY = (
    r"(?:mother|mom|mum|dad|father|family|parents|folks|sister|brother|in-laws|nan|gran|grandma|grandad)"
)
# What someone can feel they are failing at being.
_ROLE = (
    r"(?:mum|mom|mother|dad|father|parent|partner|wife|husband|girlfriend|boyfriend|friend|daughter|son|"
    r"person|human being|sister|brother|boss)"
)
_CLOSE = (
    r"(?:mum|mom|dad|father|mother|baby|dog|cat|puppy|friend|best friend|brother|sister|grandma|grandad|"
    r"grandmother|grandfather|nan|gran|husband|wife|son|daughter|uncle|aunt|auntie|cousin)"
)
_CHORES = (
    r"(?:dishes|washing(?: up)?|laundry|cleaning|hoover\w*|vacuum\w*|cooking|dinner|bins?|trash|garbage|"
    r"chores|housework|shopping|groceries|tidying|ironing|school run|nappies|diapers|bath ?time|bedtime|"
    r"kitchen|bathroom|mess|pick(?:ing)? up|drop(?:ping)? off)"
)
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a (?:hundred|thousand|million|dozen)|so many|how many|several|multiple)"
_SCREEN = (
    r"(?:phone|laptop|screen|ipad|tablet|computer|xbox|playstation|switch|games?|console|tv|telly|emails?)"
)

# Praise said to mean its opposite ("oh great, another weekend alone"): the good feeling words in it
# are not the speaker's, and saying the words back would sound like agreement or mockery.
SARCASM = _p(
    r"(?:^|[.!?]\s+)(?:oh|ooh|ah) (?:great|good|brilliant|lovely|fantastic|wonderful|perfect|joy|fab|super|nice|cool)\b(?! news)|"
    r"(?:^|[.!?]\s+)(?:lol |haha |ha |yeah |yep |well )?(?:great|brilliant|lovely|cool|perfect|fab|fantastic|wonderful|super|nice)"
    r"[,.!]* (?:so |another |just |now |thanks|again)\b|"
    r"\bthanks (?:a lot|so much) for (?:nothing|that|ruining)\b|\bthanks for nothing\b|"
    # thanks for a wrong done: "cheers for telling everyone I'm on a diet"
    r"\b(?:thanks|thank you|cheers|ta)(?: (?:a lot|so much|loads|a bunch|again))? for (?:ruining|wrecking|spoiling|"
    r"telling (?:everyone|everybody|the whole \w+|all (?:your|my|our|the) \w+)|announcing|broadcasting|blabbing|"
    r"leaving me (?:to (?:do|deal|clean|sort|it)|alone|on my own|out|stranded|hanging|in the lurch)|ditching|"
    r"forgetting|ignoring|embarrassing|humiliating|showing me up|dropping me in it|letting me down|standing me up|"
    r"blanking|abandoning|interrupting|making me look|wasting|mocking|laughing at|throwing me under)\b|"
    r"\b(?:because|cos|cause|coz) that (?:went|worked out|turned out) (?:so|really|super) well\b|"
    r"\bthat went (?:so|really) well last time\b|"
    r"\bonly took (?:you |them |him |her )?(?:\w+ ){0,2}(?:days?|weeks?|months?|years?|ages|forever|fortnights?|hours?)\b|"
    r"\btook (?:you )?long enough\b|\bnice of you to (?:show|turn|join|finally|bother)\b|\bmust be nice\b|"
    r"\bcan'?t wait to (?:spend|sit|do|be|eat|watch)\b[^.!?]*\b(?:again|alone|on my own|by myself|telly|tv)\b|"
    r"\bwell done (?:you|u)\b[^.!?]*\b(?:finally|only|again)\b|"
    r"\blove that for (?:me|us)\b|"
    # feeling heard, said with no one to feel it ("Really feel heard 👍"), after a reply too short to
    # hear anything; and folly praised as daring ("leaving the pans to soak for four days is a bold strategy")
    r"(?:^|[.!?]\s+)(?:really|so) feel(?:ing)? (?:so )?(?:heard|loved|valued|appreciated|special|seen|supported|cared for)\b|"
    r"\b(?:one|two|three|four|five|\d+)[- ]word (?:reply|answer|response|text)\b|\ba bold (?:strategy|choice|move)\b|"
    # "I love how you never listen", "love how you just assume I'll cook": love for a wrong done
    rf"\b(?:love|adore) (?:how|that|it when|the way) (?=[^.!?]*{good_news.LOVE_SOURED})(?:you|u)\b|"
    # the upside-down smile: words that say the opposite of what is meant
    r"🙃"
)


# Thanks closing a message ("...before I was ready. Thanks for that."): sincere after a kindness,
# bitter after a grievance, so the rest of the message decides which.
_CLOSING_THANKS = _p(
    # after a quote's closing mark too: "...you just said 'I'm only doing shakes now.' Thanks, na."
    r"(?:^|[.!?]['’\"”]?\s+)(?:(?:so|well|oh|yeah),? )?(?:(?:thanks|thank you|cheers|ta)(?: (?:very much|so much|a lot|a bunch|loads))?"
    r"(?: for (?:that|this|nothing|asking|the support|your support|the help|all the help|being there))?|"
    r"(?:really |much |very much )?appreciated|(?:i )?(?:really )?appreciate (?:it|that))"
    # a filler after it: "Thanks, na.", "cheers, mate."
    r"(?:,? (?:na|yaar|ya|la|lah|mate|babe|love|hun|then))?\s*[.!🙃]*\s*$"
)
_GRIEVANCE = frozenset(
    {
        "hurt",
        "betrayed",
        "unimportant",
        "disappointed",
        "frustrated",
        "angry",
        "resentful",
        "unappreciated",
        "embarrassed",
        "humiliated",
        "dismissed",
        "ignored",
        "disrespected",
        "overlooked",
        "worn down",
    }
)
_WORTH_IT = _p(r"\bhope (?:it|that|this|the \w+|they|she|he|you) (?:was|were|is|are) (?:all )?worth it\b")


def sarcastic(text: str) -> bool:
    if SARCASM.search(text) or _WORTH_IT.search(text):
        return True
    closing = _CLOSING_THANKS.search(text)
    if not closing or closing.start() == 0:
        return False
    # A grievance before it, not a hard time they helped with ("you sat with me all night").
    return any(set(rule.feelings) & _GRIEVANCE for rule in implied(text[: closing.start()]))


# Ordered: the first matches are the most telling; detect() takes the first feeling of each
# matching rule before the second ones, so two different sides of a message both get named.
IMPLIED: tuple[ImpliedFeeling, ...] = (
    # owning one's own part: "I got really defensive earlier and I'm sorry", "sorry for snapping"
    ImpliedFeeling(
        _p(
            r"\bi (?:got|was|snapped|shouted|overreacted|went off|lost it|lost my temper)\b[^.!?]*\bi'?m (?:really |so )?sorry\b|"
            r"\b(?:i'?m )?(?:really |so )?(?<!not )sorry (?:for|about) (?:earlier|last night|snapping|shouting|getting|being|what i said|"
            r"the way i|how i)\b"
        ),
        ("regretful", "vulnerable"),
        "how things went between us earlier",
    ),
    # two feelings at once: "it's the right thing and I hate it", "I should be over the moon"
    ImpliedFeeling(
        _p(
            r"\b(?:it'?s|is|was|that'?s|'s) (?:probably |definitely |absolutely )?(?:the right (?:thing|call|decision|choice)|"
            r"for the best)\b[^.!?]*\b(?:and|but|yet|still) (?:i|it)\b|"
            # "I can't wait and I also don't want to go in and pack up my classroom"
            r"\bcan'?t wait\b[^.!?]*\b(?:and|but) (?:i )?(?:also |at the same time )?(?:don'?t want|dread|hate)\b|"
            r"\b(?:should|ought to|supposed to) (?:be|feel) (?:so |really )?(?:happy|over the moon|excited|thrilled|glad|"
            r"grateful|pleased|relieved)\b|\btrying (?:so hard |really hard |my best )?to be (?:happy|glad|pleased|excited) for\b|"
            # "I'm happy for you, I really am, I just wish it wasn't so far away"
            r"\b(?:happy|glad|pleased|proud|thrilled) for (?:you|u|her|him|them)\b[^.!?]*\b(?:i (?:just )?wish|i'?ll miss|"
            r"i'?m going to miss|i'?m gonna miss|part of me)\b"
        ),
        ("torn", "sad"),
        "feeling two things at once",
    ),
    # good news and kindnesses
    ImpliedFeeling(
        _p(
            r"\b(?:she|he|they|my \w+|our \w+|the kids?)(?:'s| has| have)? (?:only |just |actually |finally )?(?:passed "
            r"(?:(?:her|his|their|the|my|our) )?(?:\w+ ){0,2}(?:test|exams?|course|degree|audition|probation|grade \d|"
            r"gcses?|a-?levels?|finals|bar|boards)|got (?:accepted|picked|selected|a distinction|top marks|full marks|"
            r"into (?:uni|university|college|the team|the squad|the school|medical school|law school))|"
            r"graduated|took (?:her|his|their) first steps?)\b"
        ),
        ("proud", "happy"),
        "how well they've done",
    ),
    ImpliedFeeling(
        # "I'm pregnant." and nothing more may be the best news or the most frightening: name what
        # both kinds share, a lot at once and not knowing yet, not a guess at joy or dread.
        _p(
            r"^\W*(?:(?:so|um+|ok(?:ay)?|well)\W+)?(?:i'?m|i am|im) (?:actually |definitely |really )?pregnant\W*$"
        ),
        ("overwhelmed", "uncertain"),
        "this big news",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:got|landed|won) (?:the|a|my|that) (?:job|bonus|offer|part|place|promotion|raise|house|flat|"
            r"apartment|loan|mortgage|grant|scholarship|contract|role|award)\b"
            # "everyone got a bonus except me" is the opposite of good news
            r"(?![^.!?]*\b(?:except|apart from|other than|but) me\b)|\bgot (?:accepted|promoted|engaged|hired)\b|"
            # "got into a fight" and "got in at 3am" are not news to celebrate
            r"\bgot in\s*!|\bgot (?:in|into) (?:uni|university|college|oxford|cambridge|medical school|law school|"
            r"grad school|the (?:course|programme|program|team|squad|band|school))\b|\b(?:i|we) (?:actually |finally )?(?:did it|made it|passed|nailed it)\b|"
            r"\bguess what\b|\b(?:big|good|great|amazing) news\b|\bwe'?re (?:pregnant|engaged|moving in)\b|"
            r"\b(?:finished|completed|ran|won|smashed) my (?:first )?\w+|\bmy first (?:ever )?\w+ (?:ever|without)\b"
        ),
        ("excited", "proud"),
        "this big news",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:finally|actually|can) (?:pay (?:off|back)|paid off|afford|breathe|relax|stop worrying)\b|"
            r"\bdebt[- ]free\b|\ball clear\b|\bbenign\b|\bnot (?:cancer|malignant|serious)\b|\bnothing serious\b|"
            r"\b(?:came back|results (?:were|are)) (?:clear|negative|fine|normal)\b"
        ),
        ("relieved", "hopeful"),
        "something heavy finally lifting",
    ),
    ImpliedFeeling(
        _p(
            r"(?<!nobody )(?<!no one )(?<!never )\b(?:actually|finally) (?:asked|said|remembered|noticed|thanked|apologi[sz]ed|called|came|"
            r"invited|complimented|listened)\b|\bdidn'?t expect (?:that|it|this)\b|\b(?:it|that) was (?:so |really )?"
            r"(?:nice|lovely|sweet|kind|thoughtful)\b|\bmade my day\b"
        ),
        ("surprised", "happy"),
        "a kindness you didn't see coming",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:thank you|thanks|thankyou|ty) (?:so much |again )?for (?!nothing\b)|\bmeant (?:so much|a lot|the world|"
            r"everything)\b|\b(?:was|were) (?:actually |so |really |just |honestly )*(?:lovely|amazing|brilliant|wonderful|"
            r"so kind|supportive|great|incredible) (?:about|with|to)\b"
        ),
        ("grateful", "happy"),
        "the care behind it",
    ),
    ImpliedFeeling(
        _p(
            r"(?<!never )(?<!n't )\b(?:made|brought|cooked|got|bought) me (?:breakfast|dinner|lunch|a cuppa|a cup of tea|"
            r"tea|coffee|flowers|a card|a present|soup)\b|\bbreakfast in bed\b|\bsurprised me with\b|"
            r"\bwithout (?:being|me) asking\b"
        ),
        ("grateful", "happy"),
        "the care behind it",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:i|i've|i just|i totally) (?:totally |completely |properly |really )?(?:bombed|failed|flunked|fluffed|"
            r"blew|botched|tanked) (?:the|my|it|that)\b|\bdidn'?t get (?:the|that) (?:job|place|part|role|promotion|"
            r"offer|grade|interview)\b|\bturned down for\b|"
            r"\b(?:i|i've|i have) (?:really |totally |completely |properly |badly )?(?:messed|screwed|fucked|cocked|stuffed) "
            r"(?:up|it up|things up)\b"
        ),
        ("disappointed", "embarrassed"),
        "how it went",
    ),
    ImpliedFeeling(
        _p(
            r"\bi was (?:way |well |totally )?(?:out of order|out of line|wrong|an idiot|a prat|a jerk|horrible)\b|"
            r"\bi shouldn'?t have (?!to\b|bothered\b)\w+|\b(?:it was|that was|it's|that's) (?:all )?my fault\b|"
            r"\bi owe you an apology\b|\b(?:i )?took it out on you\b|\bi know i (?:snapped|shouted|yelled|was (?:short|snappy|horrible|vile))\b|"
            r"\bi lost my (?:temper|rag|cool)\b|\bi (?:hate|regret) (?:that |how |what )?i\b|\b(?:keep|kept) replaying what i\b|"
            r"\bi made (?:you|u) (?:cry|upset|sad|feel)\b|\bno excuse\b|\bi know i said i'?d\b(?=[^.!?]*\band i (?:didn'?t|wasn'?t))|\b(?<!say )(?<!said )(?<!not )sorry (?:i|for|about) (?:\w+ )?"
            r"(?:snapped|shouted|yelled|said|was|did|forgot|missed|lost|made|being(?! (?:a |such a |so )?(?:mess|wreck|emotional|needy|clingy|quiet|weird|rubbish|useless|pain|downer|drag)\b)|what|last night|earlier)\b"
        ),
        ("regretful", "guilty"),
        "how things went between us",
    ),
    ImpliedFeeling(
        _p(r"\b(?:just|only) ['\"‘“]?(?:fine|ok|okay|alright|not bad|average)\b"),
        ("disappointed", "unappreciated"),
        "so much work getting so little back",
    ),
    # a scare on the road: a breakdown, a crash or a near miss
    ImpliedFeeling(
        _p(
            r"\b(?:car|van|bus|coach|train|engine) (?:broke down|crashed|skidded|spun|caught fire|cut out)\b|"
            r"\bbroke down on the (?:motorway|highway|freeway|expressway|road|bridge|m\d+|a\d+)\b|"
            r"\b(?:had|was in|were in|been in|got into) (?:a|an) (?:car |bike |small |bad |minor )?(?:accident|crash|collision|"
            r"prang|bump)\b|\bnearly (?:crashed|hit (?:a|the|someone|somebody)|got hit|ran (?:a|someone) over)\b|"
            r"\b(?:tyre|tire) (?:blew|burst|exploded)\b|\b(?:someone|a car|a lorry|a truck|a van) (?:hit|rear-?ended|went into) (?:me|us|my|our)\b"
        ),
        ("shaken", "scared"),
        "the scare on the road",
    ),
    # a break-in, theft or mugging: the loss, and the sense of being unsafe that comes after it
    ImpliedFeeling(
        _p(
            r"\b(?:broke into|broken into|break-in|burgled|burglary|burglars?|robbed(?! (?:me|us|him|her|them) of)|mugged|"
            r"pickpocket\w*|(?:someone|somebody|they|thieves?) (?:stole|nicked|swiped) (?:my|our)|(?:got|was|were|been) stolen|"
            r"(?:my|our) (?:\w+ )?(?:was|were|got|'s been|has been|have been) (?:stolen|nicked|taken))\b"
        ),
        ("shaken", "angry"),
        "having something taken from you",
    ),
    # loss and grief
    ImpliedFeeling(
        _p(
            r"\b(?:passed away|died|dying|death|funeral|grave|memorial|ashes|anniversary of|put (?:him|her|them) "
            r"down|(?:had to be|being|been|was|got) put down|put to sleep|(?:had to|have to|having to) put (?:our |my |the )?"
            r"(?!(?:foot|phone|book|deposit|name|bag|glass|drink|cup|kids|baby|boys|girls|twins|toddler|tools|pen|money|cash|"
            r"offer|card|receiver|shopping|box|boxes|it|that|this|them|him|her)\b)[a-z]+ down\b(?! (?:for|as|on|in|to))|(?:dog|cat|pup|puppy|horse|pony|rabbit|pet) (?:\w+ )?put down|stillb\w+|"
            r"miscarr\w+|since (?:she|he|they) (?:died|passed|went|left us)|(?:years?|months?|weeks?) since (?:my |our |we lost )?"
            + _CLOSE
            + r"\b(?! (?:said|told|asked|rang|called|came|visited|moved))|first \w+ without (?:her|him|them)|"
            r"(?:lost|losing) (?:my|our|her|his|the) " + _CLOSE + r"|only (?:a|an old) (?:dog|cat|pet)|"
            r"(?:late|dead) " + _CLOSE + r"|" + _CLOSE + r"'?s (?:voice|voicemail|voice ?notes?|handwriting|"
            r"clothes|things|grave|anniversary|(?:been )?gone (?:a|one|two|three|\d+|nearly a|almost a) (?:years?|months?))|(?:still )?miss (?:her|him) so)\b"
        ),
        ("heartbroken", "sad"),
        "the loss you're carrying",
    ),
    ImpliedFeeling(
        _p(
            r"\btrying (?:for a baby|to conceive|for another|for kids|for a family)\b|\bivf\b|\bfertility\b|"
            r"\b(?:another|a|the) (?:negative|bfn)\b|\bnegative (?:test|again)\b|\bcan'?t (?:get|fall|stay) pregnant\b"
        ),
        ("heartbroken", "hopeless"),
        "how hard the wait for a baby has been",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:stopped|everyone(?:'s)? stopped|(?:no one|nobody|no-one) (?:even )?mentions) (?:\w+ )?(?:asking|asks|checking|checks|"
            r"calling|calls|mentioning|mentions|talking about)\b|\b(?:everyone|everybody)(?: else)?(?:'s| has| have|"
            r" seems to have| seem to have)? (?:just )?moved on\b"
        ),
        ("alone", "forgotten"),
        "everyone else moving on while you're still in it",
    ),
    # fear for health, safety, future
    ImpliedFeeling(
        _p(
            r"\b(?:diagnosed with|it'?s|it is|i have|i've got) (?:\w+ )?(?:depression|anxiety disorder|adhd|autism|ptsd|"
            r"bipolar|ocd|endometriosis|pcos|fibromyalgia)\b"
        ),
        ("vulnerable", "relieved"),
        "putting a name to what you've been going through",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:memory|mind)(?:'s| is) (?:going|slipping|failing|not what it was)\b|\bdementia\b|\balzheimer'?s\b|"
            r"\bcall(?:ed|s)? me by (?:\w+ ){0,2}name\b|\b(?:didn'?t|doesn'?t) (?:even )?recogni[sz]e me\b"
        ),
        ("scared", "sad"),
        "watching someone you love change",
    ),
    # A penalty or reprimand: "a parking ticket outside the hospital", "a written warning at work".
    ImpliedFeeling(
        _p(
            r"\b(?:parking|speeding) (?:ticket|fine)\b|\b(?:got|been) (?:clamped|towed)\b|\b(?:written|final) warning\b|"
            r"\bdisciplinary\b|\bperformance (?:improvement )?plan\b"
        ),
        ("frustrated", "shaken"),
        "being penalised like that",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:test results|biopsy|diagnos\w*|scans?|lump|tumou?r|cancer|(?<!outside the )hospital|surgery|symptoms|"
            r"blood tests?|results back|chest pains?|specialist|a&e|emergency room|ambulance)\b|"
            # a call back with no reason given: "the doctor called. wants me back in tomorrow"
            r"\b(?:doctor|doctors|gp|consultant|clinic|surgery|nurse)(?:'s)? (?:called|rang|phoned)\b[^.!?]*(?:[.!?]\s*)?[^.!?]*"
            r"\b(?:back in|come in|see me|another appointment|more tests|didn'?t say why|wouldn'?t say)\b"
        ),
        ("scared", "worried"),
        "waiting on something this frightening",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:laid off|fired|let go|redundan\w*|(?:lose|losing|lost) my (?:job|role|position)|job cuts|"
            r"restructur\w*|(?:job|role|position) (?:no longer exists|is gone|has gone|was cut|has been cut|"
            r"(?:was|has been) eliminated))\b"
        ),
        ("scared", "worried"),
        "not knowing what happens with work",
    ),
    # Picked on about money is a complaint about being judged before it is a money worry.
    ImpliedFeeling(
        _p(
            r"\b(?:(?:always|constantly|forever|keep|keeps) (?:on at me|on my (?:case|back)|(?:having|getting) a go at me|"
            r"getting at me|nagging me|picking on me)|(?:on at me|on my case|on my back|getting at me|nagging me) "
            r"(?:all the time|constantly|about every)|(?:you'?re|she'?s|he'?s) (?:always |constantly )?on at me)\b"
        ),
        ("judged", "frustrated"),
        "being picked on",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:can'?t afford|behind on|overdraft|overdrawn|debt|in the red|credit card|statement|"
            r"savings (?:going|gone|are)|bailiffs?|repossess\w*|evict\w*|bills?|rent|mortgage|money|"
            r"cost(?:s|ing)? (?:more than|a fortune|an arm)|(?:going to|gonna|will) cost|repair bill|vet bill)\b"
        ),
        ("worried", "scared"),
        "the pressure around money",
    ),
    ImpliedFeeling(
        _p(
            r"\blandlord\b|\b(?:find|finding) (?:somewhere|a (?:new )?place)(?: (?:new|else))?(?: to (?:live|rent|move))?\s*(?:[.!?]|$)|"
            r"\b(?:find|finding) (?:somewhere|a (?:new )?place) to (?:live|rent)\b|\bnotice to (?:leave|quit)\b|"
            r"\bsection 21\b|\bnowhere to live\b|\bhouse[- ]?hunting\b"
        ),
        ("worried", "stressed"),
        "not knowing where you'll be living",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:not|isn'?t|wasn'?t|weren'?t|aren'?t|stopped) (?:even )?(?:answering|picking up)\b|\bno answer\b|"
            r"\bstraight to voicemail\b|\bhaven'?t heard from you\b|\bwhere (?:are|were|r) (?:you|u)\b|"
            r"\bsaid (?:you'?d|you would|ud) be (?:home|back|here)\b"
        ),
        ("worried", "hurt"),
        "not being able to reach me",
    ),
    # someone close drinking or gambling too much: "I think my sister is drinking too much"
    ImpliedFeeling(
        _p(
            r"\b(?:drinking|drinks|gambling|gambles|using) (?:way )?too much\b|"
            r"\b(?:is|are|'s|'re|been|keeps|has been) (?:drinking|gambling|using) (?:again|every (?:day|night)|a lot)\b"
        ),
        ("worried", "helpless"),
        "how much of it there's been",
    ),
    # asking not to talk yet: "I don't want to talk about it right now", "can we not do this tonight"
    ImpliedFeeling(
        _p(
            r"\b(?:i )?(?:don'?t|do not|can'?t|cannot) (?:want to |really want to |face |deal with )?(?:talk|talking|get into|"
            r"go into|go over|discuss|do this|have this conversation)(?: about)?(?: (?:it|this|that))?(?: with (?:you|u))? "
            r"(?:right now|now|yet|tonight|today|at the moment|atm)\b|"
            r"\bcan we (?:not|leave it|talk (?:about it )?(?:later|tomorrow|another time))\b"
        ),
        ("overwhelmed", "drained"),
        "needing some room before we talk about it",
        (
            "What would help you most while you take that room?",
            "When would feel like a better time for you?",
            "What would make it easier to come back to when you're ready?",
        ),
    ),
    # asking for reassurance: "are we okay?", "do you still want to be with me?", "did I upset you?"
    ImpliedFeeling(
        _p(
            r"\bare we (?:ok|okay|alright|all right|good|fine|still ok|still okay)\b|"
            r"\b(?:is|are) (?:everything|it|things|this|we) (?:ok|okay|alright|all right|fine|good) (?:with|between) (?:us|you and me)\b|"
            r"\bdo (?:you|u) (?:still )?(?:love|want|fancy|like) me\b|\bdo (?:you|u) still want (?:to be with me|this|us)\b|"
            r"\bare (?:you|u) (?:angry|mad|upset|annoyed|cross|pissed off|fed up) (?:with|at) me\b|"
            r"\bdid i (?:upset|hurt|annoy|offend) (?:you|u)\b|\bhave i (?:done|said) something\b|\bwhat did i do(?: wrong)?\?|"
            r"\b(?:keep )?(?:thinking|think|worried|scared|afraid|terrified) (?:that )?(?:you'?re|you are|u r) (?:going to|gonna|about to) "
            r"(?:leave|go|end it|walk out|get bored)\b"
        ),
        ("worried", "insecure"),
        "not knowing where you stand with me",
    ),
    ImpliedFeeling(
        _p(
            r"\bneeds? (?:some )?space\b(?! for)|\b(?:a|some) (?:break|time apart) from (?:us|me|this|each other)\b|"
            r"\bnot sure (?:about us|(?:if|whether) (?:she|he|they|you) (?:still )?(?:loves?|wants?))\b|"
            r"\b(?:doesn'?t|don'?t) know (?:if|whether) (?:she|he|they|you) (?:still )?(?:loves?|wants?)\b|"
            r"\bwants? to (?:separate|split up|end it)\b"
        ),
        ("scared", "confused"),
        "not knowing where we stand",
    ),
    ImpliedFeeling(
        _p(
            r"\bwhat if\b|\bkeeps? me (?:up|awake)\b|\b(?:can'?t|couldn'?t|didn'?t) (?:stop thinking|sleep|switch "
            r"off)\b|\bspiral\w*\b|\bgoing round (?:and round|in circles)\b|\b(?:mind|head|thoughts) (?:is |are |won'?t "
            r"stop )?racing\b|(?<!not )(?<!not ')(?<!not ‘)\boverthinking\b|\blying awake\b|\bhead won'?t (?:stop|switch off|shut up)\b"
        ),
        ("anxious", "worried"),
        "the what-ifs going round your head",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:day|shift|week|morning|night|work|job) (?:was|has been|is|'s) (?:\w+ )?(?:brutal|rough|hell|"
            r"hellish|a nightmare|horrendous|relentless|non-?stop|manic|carnage|chaos|insane|mental)\b|"
            r"\b(?:brutal|rough|hellish|long|manic|relentless) (?:day|shift|week)\b|\bcovered (?:for|all|every)\b"
        ),
        ("exhausted", "stressed"),
        "the day you've just had",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:do|does) (?:you|he|she) (?:even |still |actually |really )*(?:like|love|want|fancy|care about) me\b|"
            r"\bare you (?:even |still )?(?:into|attracted to|happy with|in love with) me\b|"
            r"\bhappier with (?:someone|somebody|anyone)\b|\bbetter off with(?:out me| someone)\b"
        ),
        ("insecure", "unloved"),
        "wondering how I feel about you",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:find|think) me (?:\w+ )?(?:attractive|sexy|beautiful|pretty|handsome|desirable|fit)\b|"
            r"\b(?:still|even) (?:want|fancy|desire) me\b(?! to\b| \w+ing\b| for\b| at\b| on\b| in\b)|\bam i (?:still )?(?:attractive|enough|desirable)\b"
        ),
        ("insecure", "rejected"),
        "wondering whether I still want you",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:only|just) (?:ever )?(?:talk|talked|speak|text|chat) about\b|\ball we (?:ever )?(?:talk|talked|"
            r"speak|text) about\b|\bnothing to (?:talk|say) to each other\b|"
            r"\b(?:just|like|more like) (?:flatmates|housemates|roommates|room-mates|co-workers|colleagues|business partners|"
            r"ships (?:that pass|passing))\b"
        ),
        ("disconnected", "lonely"),
        "how little of us is left in what we talk about",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:didn'?t|did not|never|forgot to) (?:even )?(?:wish me|call me|ring me|text me|message me|"
            r"remember my|say happy)\b"
        ),
        ("hurt", "forgotten"),
        "being forgotten by someone who matters",
    ),
    ImpliedFeeling(
        _p(
            r"(?<!\bi )(?<!\bi)\b(?:hasn'?t|haven'?t|has not|have not|'s not|'ve not) (?:even |once )?(?:called|rung|phoned|texted|"
            r"messaged|visited|been in touch|spoken to (?:me|us)|replied|picked up)\b|\bnot spoken to (?:me|us)\b"
        ),
        ("hurt", "lonely"),
        "the silence from someone who matters to you",
    ),
    ImpliedFeeling(
        _p(
            r"\bcares? (?:\w+ )?more about (?:\w+ ){0,3}(?:than (?:me|us)|and not me)\b|\bmore important (?:to you )?than "
            r"(?:me|us)\b|\b(?:always )?comes? (?:first|before me|before us)\b|\bsecond (?:place|best|fiddle)\b"
        ),
        ("unimportant", "hurt"),
        "wondering where you stand with me",
    ),
    # trust
    ImpliedFeeling(
        _p(
            r"\b(?:my|our) (?:\w+ )?"
            + _CLOSE
            + r"s?(?:'s| has| had| have| was| were)? (?:been )?(?:lying|lied|hiding|"
            r"hid|cheating|cheated|keeping (?:it|this|that|secrets))\b|\bfound out (?:that )?(?:my|our) (?:\w+ )?"
            + _CLOSE
            + r"s?\b[^.!?]*\b(?:lying|lied|hiding|hid|secret|cheating|cheated|affair)\b|"
            r"\b(?:my|our|a) (?:\w+ )?(?:friends?|mates?|sister|brother|colleagues?|boss|cousin|neighbour|neighbor)\b[^.!?]*"
            r"\b(?:behind my back|talking about me|slagging me off|bitching about me|gossiping about me)\b"
        ),
        ("betrayed", "shaken"),
        "finding out someone close wasn't honest",
    ),
    # Their own dishonesty confessed ("I lied to my wife about the bike") is guilt, not betrayal.
    ImpliedFeeling(
        _p(
            r"\bi(?:'ve| have| had|'d)? (?:been )?(?:lied|lying|hid|hiding|cheated|cheating|kept (?:it|this|that|things) from)\b"
        ),
        ("guilty", "ashamed"),
        "not having been honest",
    ),
    # the body's alarm at what they saw: "I just felt sick when I read it"
    ImpliedFeeling(
        _p(
            r"\b(?:felt|feel|feeling|went) (?:physically |actually |so )?(?:sick|cold) (?:when|as soon as|the moment|reading|"
            r"seeing|hearing|after i (?:read|saw|heard))\b"
        ),
        ("shaken", "anxious"),
        "what you saw",
    ),
    ImpliedFeeling(
        _p(
            # "I keep lying here thinking about it" lies down, it does not deceive
            r"\b(?:you )?(?:(?<!\bi )(?<!\bi've been )(?<!\bi have been )(?<!\bi'd )(?<!\bi had )(?:lied|"
            r"lying(?! (?:here|there|awake|in bed|in the dark|on (?:the|my|our)|down|next to|beside|around|still)\b)|hid|hiding|cheat(?:ed|ing)?)|"
            r"lie to me|lies|hidden|kept (?:it|this|that) from me|secret|"
            r"(?<!about me )behind my back|affair|pretend(?:ed|ing) to be (?:ill|sick|busy|asleep|working)|"
            r"faked? (?:being )?(?:ill|sick)|went through my (?:phone|messages|things)|found (?:the|your|those|"
            r"these|his|her) (?:receipts?|messages?|texts?|emails?|bank statements?|tabs?|bottles?|apps?|photos?|"
            r"pictures?|chats?|dms?|profile)|saw (?:the|your) (?:messages?|texts?|chats?|dms?|emails?)|you (?:told me|"
            r"said|swore|promised) (?:you'?d|you would|you had|you'?ve) (?:stopped|quit|given up|finished|ended|"
            r"deleted|blocked|cut))\b"
        ),
        ("betrayed", "hurt"),
        "trust between us taking a hit",
    ),
    # criticised, humiliated, judged, dismissed
    ImpliedFeeling(
        _p(
            r"\b(?:tore|ripped|picked|pulled) (?:\w+ ){0,3}apart\b[^.!?]*\b(?:in front of|everyone|whole)\b|"
            r"\b(?:mocked|made fun of|laughed at me|put me down|yelled at me|shouted at me|corrected me|"
            r"called me|told me off|snapped at me|criticis\w+|criticiz\w+|tore (?:into|apart)|had a go at me|"
            r"screamed at me|went off at me|blew up at me|rolled (?:your|his|her) eyes|humiliated me|embarrassed me)\b"
            r"[^.!?]*\b(?:in front of|everyone|whole|people|guests|friends|colleagues|kids|clients?|customers?)\b"
        ),
        ("humiliated", "hurt"),
        "being cut down in front of others",
    ),
    # Someone who matters shutting the speaker out: a parent, a sibling, a friend.
    ImpliedFeeling(
        _p(
            r"\b(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|hasn'?t|stopped|refuses? to|refused to) "
            r"(?:speak|speaking|talk|talking|spoken|talked|answer|answering|reply|replying) to me\b|"
            r"\b(?:blocked|ghosted|disowned|unfriended|unfollowed) me\b|\bcut me (?:off|out)\b|"
            r"\b(?:won'?t|doesn'?t|isn'?t|stopped) (?:answer|answering|return|returning|pick|picking up) my (?:calls|texts|messages)\b"
        ),
        ("hurt", "rejected"),
        "being shut out by someone who matters to you",
    ),
    # Dread of the work itself ("I hate my job", "can't face going in").
    ImpliedFeeling(
        _p(
            r"\b(?:hate|hating|loathe|dread|dreading) (?:my|this|the) (?:job|work|boss|manager|shifts?|commute|office|"
            r"course|placement)\b|\bcan'?t face (?:going (?:in|to work)|work|another (?:day|shift|week))\b"
        ),
        ("worn down", "trapped"),
        "dreading the work you go to every day",
    ),
    # Someone's verdict on the speaker ("Jess said I was boring", "told me my work was sloppy").
    ImpliedFeeling(
        _p(
            r"\b(?:said|says|saying|told me|tells me|telling me|thinks|thought|reckons|implied|called me)"
            r"(?: that)?(?: i'?m| i am| i was| i'?d been| me| my (?:\w+ ){1,2}(?:is|was|were|are))? (?:a |an |so |too |really |such a |just )?"
            r"(?:boring|lazy|selfish|useless|stupid|thick|fat|ugly|annoying|clingy|needy|cold|difficult|too much|"
            r"a mess|a failure|pathetic|immature|controlling|rude|weird|cheap|hopeless|irresponsible|sloppy|"
            r"rubbish|crap|not good enough|a bad (?:mum|mom|dad|mother|father|friend|wife|husband|partner|"
            r"parent|cook|driver)|a nag|a snob|bossy|arrogant|a letdown|a let-down|disappointing|a disappointment)\b"
        ),
        ("hurt", "judged"),
        "what was said about you",
    ),
    ImpliedFeeling(
        _p(r"\blaugh(?:ed|ing)? along\b|\bjoined in (?:with them|when they|laughing)\b"),
        ("humiliated", "betrayed"),
        "me siding with them instead of you",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:told|tells|telling) (?:everyone|people|the whole|all (?:your|our)|your (?:\w+ )?(?:friends|mates|"
            r"family|mum|mom|dad|sister|brother|colleagues))\b|\bposted (?:about|that|a photo|a picture)\b|"
            r"\b(?:shared|repeated|spread) (?:my|what i)\b"
        ),
        ("embarrassed", "betrayed"),
        "something private being shared",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:graded|judg\w+|scrutini[sz]\w+|under a microscope|watch(?:es|ing)? my every|nitpick\w*|"
            r"picks? (?:at|on) me|find(?:s)? fault|never (?:good )?enough for (?:you|them|her|him)|"
            r"looks? down on|tore (?:into|apart)|ripped (?:into|apart)|criticis\w+|criticiz\w+)\b"
        ),
        ("judged", "anxious"),
        "feeling measured and found wanting",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:over ?reacting|too sensitive|so sensitive|dramatic|being silly|crazy|calm down|get over it|"
            r"it'?s not a big deal|no big deal|making a fuss|you laughed (?:when|at)|laughed at (?:me|my|the idea)|"
            r"rolled (?:your|his|her) eyes|(?:just|only) (?:joking|a joke)|can'?t take a joke|"
            r"(?:like|as if|as though) (?:it|that|i|my \w+)(?: \w+)? (?:didn'?t|doesn'?t|don'?t) (?:even )?matter|"
            r"like it was nothing)\b"
        ),
        ("dismissed", "hurt"),
        "having your feelings brushed aside",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:tell(?:s|ing)?|told|show(?:s|ing|ed)?) me how to\b|\b(?:i get|gives? me|giving me|got) a lecture\b|"
            r"\blectur(?:e|es|ed|ing) me\b|\b(?:treats?|treating|treated) me like a (?:child|kid|baby|teenager|idiot)\b|"
            r"\bmak(?:e|es|ing) me feel like a (?:child|kid|teenager)\b|\bi'?m not a (?:child|kid|teenager|baby)\b"
        ),
        ("judged", "frustrated"),
        "being talked down to",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:act(?:ed|s|ing)?|carr(?:y|ied|ies) on|behav(?:ed|es|ing)) (?:like|as if|as though) nothing (?:ever )?"
            r"(?:happened|was wrong)\b|\bpretend(?:s|ed|ing)? nothing (?:ever )?happened\b"
        ),
        ("hurt", "confused"),
        "being expected to carry on as if nothing happened",
    ),
    ImpliedFeeling(
        _p(r"\bis (?:it|that) (?:so|too|really too) much to ask\b|\btoo much to ask\b"),
        ("frustrated", "unimportant"),
        "asking for something this basic",
    ),
    # not listened to, ignored, not a priority
    ImpliedFeeling(
        _p(
            r"\b(?:asked|told|reminded|begged) you (?:\w+ ){0,6}?" + _NUMBER + r" times\b|"
            r"\b" + _NUMBER + r" times\b[^.!?]*\b(?:asked|told|reminded)\b|\bnag(?:ging|ger|gy)?\b|"
            r"\bi (?:keep|kept) (?:asking|telling|reminding)\b|\bhad to ask (?:again|twice)\b|"
            r"\bhow many times\b|\bfor the (?:\w+ )?time\b"
        ),
        ("frustrated", "unheard"),
        "asking again and again and not feeling heard",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:while|when|as) i(?: was| am|'m|’m)? (?:talking|telling|speaking|explaining|trying to|crying|"
            r"opening up)\b|(?<!\bi )\b(?:didn'?t|don'?t|never|doesn'?t) (?:even )?(?:look up|look at me|answer|reply|"
            r"respond|text (?:me )?back|call (?:me )?back)\b|\btalking to a (?:wall|brick)\b|\bleft me on read\b|"
            r"\bcompet\w+ (?:with|against) (?:your|the|his|her) \w+|\bhalf[- ]listening\b|\bnot even listening\b|"
            r"\bzone[ds]? out\b|\bthe whole time i (?:was|am)\b|\bpretend(?:ing)? to (?:be interested|care|listen)\b|"
            r"\b(?:interested|listening) when i (?:talk|speak)\b|\bare you even listening\b|\bat least (?:pretend|look|act)\b"
        ),
        ("ignored", "hurt"),
        "not getting my attention when you reached for it",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:on|glued to|star\w* at|scroll\w*|buried in|check\w*|play\w*|laugh\w* at) "
            r"(?:your|that|his|her|the) " + _SCREEN + r"\b|\b" + _SCREEN + r" (?:at|during|through|over) "
            r"(?:dinner|the meal|breakfast|lunch|date night|the film|bed)\b|"
            # asked as a wish: "can we have one weekend without your phone?"
            r"\b(?:without|away from|put down|put away) (?:your|ur|the) " + _SCREEN + r"\b"
        ),
        ("ignored", "lonely"),
        "my attention being somewhere else",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:straight away|right away|instantly|immediately|within minutes)\b[^.!?]*\bi (?:wait|get|have to|"
            r"hear)\b|\b(?:before|over|instead of|rather than) (?:me|us)\b|\bafter (?:everyone|everything) else\b|"
            r"\bcomes? first\b|\btime for (?:everyone|everything|them|him|her) (?:else|except)\b|"
            r"\bmake time for\b|\bfit me in\b"
        ),
        ("unimportant", "hurt"),
        "coming second",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:walk(?:s|ed)?|storm(?:s|ed)?) (?:out|off|away)\b|\b(?:leave|leaves|left) the room\b|"
            r"\bshut(?:s|ting)? down\b|\bchange(?:s|d)? the subject\b|\b(?:won'?t|refuse to|never want to) "
            r"talk about\b|\bsilent treatment\b|\b(?:go|goes|went|gone|going) (?:quiet|silent|cold)\b|\bstop(?:ped)? talking to me\b"
        ),
        ("shut out", "frustrated"),
        "the conversation closing before it can start",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:would|wonder if|wondering if) you(?:'?d)? (?:even )?(?:notice|care|miss me)\b|"
            r"\bif i (?:disappeared|wasn'?t here|left)\b"
        ),
        ("unimportant", "lonely"),
        "wondering whether you matter to me",
    ),
    # Wanting to be noticed is about being seen, not about effort going unthanked.
    ImpliedFeeling(
        _p(
            r"\b(?:really |so |just )?(?:wanted|was hoping|hoped|needed) (?:you|u) to (?:notice|see|say something about|"
            r"comment on|mention|remember)\b"
        ),
        ("unseen", "disappointed"),
        "wanting me to notice",
    ),
    ImpliedFeeling(
        _p(
            r"\bi (?:cooked|cleaned|made|planned|organi[sz]ed|tidied|decorated|baked|wrapped|booked|arranged|"
            r"spent (?:hours|all day|ages|the whole|all morning|all week))\b[^.!?]*\b(?:and|but) you (?:said|didn'?t|"
            r"barely|just|never|hardly|only|ate|went)\b|\bhoping you'?d (?:notice|say|see|remember|ask|like)\b|"
            r"\b(?:nobody|no one|no-one|you) (?:even )?(?:noticed|said thank you|said thanks|thanked me|said anything)\b|"
            r"\b(?:nobody|no one|no-one|you) (?:didn'?t|did not|never|don'?t) (?:even )?(?:say thanks|say thank you|"
            r"thank me|notice|acknowledge)\b|"
            r"\bnot (?:even )?a thank you\b"
        ),
        ("unappreciated", "disappointed"),
        "the effort you put in going unnoticed",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:why (?:do )?i (?:even )?bother|what'?s the point)\b[^.!?]*\b(?:nobody|no one|no-one|never|"
            r"anyone)\b|\b(?:nobody|no one|no-one) (?:even )?(?:eats?|touch(?:es|ed)?|notices?|cares?|appreciates?|"
            r"thanks me|says thanks)\b"
        ),
        ("unappreciated", "hurt"),
        "putting in effort that nobody seems to value",
    ),
    # "nobody asks if I'm ok" is about being looked after, not about a loss.
    ImpliedFeeling(
        _p(
            r"\b(?:no one|nobody|no-one|not one person|none of them)(?: \w+){0,3}? (?:ever |even |bothers to |thinks to )?"
            r"(?:asks?|asked|checks?|checked|noticed|notices|remembered|remembers|cares?|cared)\b"
        ),
        ("overlooked", "alone"),
        "nobody seeing what you're carrying",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:took|takes|taking|stole|steals|claimed|claims) (?:all )?(?:the )?credit\b|"
            r"\b(?:pay ?rise|raise|bonus|promot\w*|recogni\w*|shout-?out|thank\w*|mention\w*)\b[^.!?]*"
            r"\b(?:except|apart from|but|other than|not) me\b|\bgave (?:it|the \w+) to (?:the new|someone else)\b"
        ),
        ("unappreciated", "overlooked"),
        "your work not being recognised",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:still|even) (?:doesn'?t|don'?t|does not|do not) (?:even )?know (?:how|what|when|that|my|i)\b|"
            r"\bnever (?:notices?|noticed) (?:when|if|that|what|how|my)\b"
        ),
        ("unseen", "unappreciated"),
        "not feeling truly known",
    ),
    ImpliedFeeling(
        _p(
            r"\blike (?:living with |being |sharing with )?(?:a |the )?(?:ghost|piece of furniture|furniture|wallpaper|lodger|flatmate|roommate|housemate|"
            r"stranger)\b|\b(?:invisible|don'?t exist)\b"
        ),
        ("unseen", "lonely"),
        "the way you get looked past",
    ),
    ImpliedFeeling(
        _p(
            r"\byou (?:just )?(?:nodded(?: along)?|sat there|stood there|sit there|sits there|stand there|said nothing|went along with (?:it|her|him|them)|"
            r"agreed with (?:her|him|them)|(?:always |never )?(?:take|takes|took|taking) (?:her|his|their|(?:the |your |ur |my )?\w+(?:'s|s'|’s|s’)) side|didn'?t (?:say a word|say anything|stick up|"
            r"stand up|back me|defend))\b"
        ),
        ("unsupported", "alone"),
        "having no backup from me when it mattered",
    ),
    ImpliedFeeling(
        _p(
            # Not when the speaker did something for the day and nothing went wrong: "I booked us
            # a weekend away for our anniversary" is a gift, "I made a cake and nobody came" is not.
            r"^(?!(?=[\s\S]*\b(?:i|we)(?:'ve| have)? (?:just |finally |already )?(?:booked|bought|got|planned|"
            r"made|organi[sz]ed|arranged|found|ordered|reserved|picked|cooked|baked)\b[^.!?]*\b(?:on|for) (?:our|my) )"
            r"(?![\s\S]*\b(?:no|nobody|no one|not|never|nothing|but|didn'?t|wasn'?t|forgot|missed|ruined|cancel\w*)\b))"
            r"[\s\S]*\b(?:on|for|missed|forgot|during) (?:our|my) (?:anniversary|birthday|valentine'?s|date night|"
            r"big day|graduation|leaving do|recital|show|match|game)\b"
        ),
        ("hurt", "unimportant"),
        "a day that mattered to you",
    ),
    ImpliedFeeling(
        _p(
            r"\bat (?:our|my) own (?:party|wedding|birthday|dinner|do|celebration|engagement|leaving do|table)\b"
        ),
        ("humiliated", "unimportant"),
        "being sidelined at your own celebration",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:later|next (?:year|month|time)|some ?day|one day|not now|not yet|when things calm down)\b[^.!?]*"
            r"\b(?:always|again|every time|keeps?|never)\b|\bkeep (?:saying|putting (?:it|this|me) off)\b|"
            r"\bput(?:ting)? (?:it|this|me) off\b|\balways later\b"
        ),
        ("frustrated", "dismissed"),
        "being asked to wait again",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:one|a single|an) (?:evening|night|day|hour|weekend|moment) (?:where|when|to myself|off)\b|"
            r"\b(?:a|five minutes'?|ten minutes'?) (?:break|breather|minute to myself|moment'?s peace)\b|"
            r"\btime (?:to|for) myself\b|\bneed (?:some )?space\b|\bcan'?t (?:switch off|breathe)\b"
        ),
        ("overwhelmed", "exhausted"),
        "how little room you get to breathe",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:talk|talking|speak|speaking|talked|spoke|spoken) to me like (?:that|this|a child|a kid|a dog|dirt|an idiot|"
            r"i'?m (?:stupid|an idiot|a child|nothing))\b|\bdon'?t (?:you )?(?:dare )?(?:talk|speak) to me like\b"
        ),
        ("disrespected", "angry"),
        "being spoken to like that",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:undermin\w+|overrul\w+|contradict\w*|went over my head with|talk(?:ed|s)? over) me\b|"
            r"\bgo(?:es|ne)? over my head\b"
        ),
        ("disrespected", "unsupported"),
        "being undercut",
    ),
    ImpliedFeeling(
        _p(
            r"(?:^|[.!?]\s*)(?:(?!\bi\b)[^.!?])*?"
            # the speaker's own outburst in public is not their embarrassment to name
            r"\bin front of (?:everyone|everybody|the whole|all (?:your|my|our|the)|people|the kids|the table|"
            r"(?:my|your|our) (?:friends|mates|family|colleagues|team|boss|parents|mum|mom|dad|kids))\b"
        ),
        ("embarrassed", "hurt"),
        "it happening in front of other people",
    ),
    # left out
    ImpliedFeeling(
        _p(
            r"\b(?:wasn'?t|weren'?t|was not|were not|not) (?:even )?(?:invited|asked|included)\b|"
            r"\b(?:nobody|no one|no-one) (?:even )?(?:asked|invited|included|told) (?:me|us)\b|"
            r"\b(?:didn'?t|don'?t|never|doesn'?t|won'?t) (?:even )?(?:invite|include) (?:me|us)\b|"
            r"\b(?:everyone|everybody)\b[^.!?]*\b(?:except|apart from|but|other than) me\b"
        ),
        ("left out", "hurt"),
        "not being included",
    ),
    ImpliedFeeling(
        _p(
            r"\bwithout (?:even )?(?:asking|checking with|telling|inviting|including|consulting) (?:me|us)\b|"
            r"\b(?:didn'?t|don'?t|never|doesn'?t) (?:even )?(?:ask|tell|consult) me\b|"
            r"\bleft me out\b|\bfound out (?:from|on|through)\b|\bmake plans (?:with|without)\b|"
            r"\bmade plans\b|\bbooked (?:it|a|the)\b[^.!?]*\bwithout\b"
        ),
        ("left out", "overlooked"),
        "being left out of the decision",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:no one|nobody|none of (?:my|them|our)|friends?|people) (?:\w+ )?(?:texts?|calls?|invites?|"
            r"asks?|messages?|rings?|visits?) (?:me )?(?:anymore|any more|these days)\b|"
            r"\b(?:don'?t|do not|never) know anyone\b|\bno friends (?:here|anymore)\b|"
            r"\bhaven'?t (?:made|got) (?:any )?friends\b"
        ),
        ("lonely", "left out"),
        # Not "how far away your own people feel": a party where they know nobody is no move away.
        "having none of your own people around you",
    ),
    # closeness and rejection
    ImpliedFeeling(
        _p(
            r"\b(?:don'?t|doesn'?t|no longer|never) (?:\w+ )?(?:want|desire|fancy|touch|kiss|hug|hold|cuddle) me\b|"
            r"\b(?:haven'?t|have not|hasn'?t|'ve not|'s not) (?:\w+ )?(?:been close|had sex|slept together|kissed|touched|"
            r"been intimate)\b|\bno (?:sex|intimacy|affection)\b|\bturn(?:ed|s)? me down\b|"
            r"\b(?:always|only ever) (?:me|i) (?:who|that) (?:starts?|initiates?|makes? the first move)\b|"
            r"\bi (?:always|have to) (?:initiate|start it|make the first move)\b|"
            r"\bpull(?:ed|s|ing)? away(?: from me)?\b|\bpushed me away\b|\bflinch\w*\b|\bsleep(?:ing)? on the sofa\b"
        ),
        ("rejected", "lonely"),
        "reaching for closeness and not finding it",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:even|when|while) you'?re (?:right )?(?:here|next to me|sat|sitting|beside me|in the same room|"
            r"home)\b|\bjust me and the\b|\b(?:you'?re|you are) (?:always |never |out )?(?:in|at|out in|on) the "
            r"(?:garage|shed|office|gym|pub|computer|study|golf course|allotment)\b|\bships (?:passing|that pass)\b|"
            r"\bhaven'?t (?:really )?talked\b|\bbarely (?:talk|see each other|speak)\b|\bdon'?t talk anymore\b|"
            r"\bhaven'?t (?:really )?(?:had|spent) (?:a |any )?(?:proper |real |decent |quality )?(?:conversation|talk|"
            r"chat|time together|date|evening together|night out)\b|\bin my own (?:house|home)\b"
        ),
        ("lonely", "disconnected"),
        "the distance between us lately",
    ),
    ImpliedFeeling(
        _p(
            r"\byour ex\b|\b(?:his|her) ex\b|\bcompete with\b|\bcan'?t compete\b|\bmeasure up\b|"
            r"\bcompar(?:e|ing) myself\b|\b(?:laughed|laughing|smiled|smiling|flirt\w*) (?:at|with) (?:his|her|their|"
            r"him|her)\b|\b(?:texts?|texting|texted|messag\w+|call\w*|repl\w+) (?:to )?\w+ back\b|"
            r"\b(?:she|he)'?s (?:so )?(?:gorgeous|beautiful|pretty|stunning|perfect|handsome|hot|fit)\b|"
            r"\bthe way you (?:look|looked|talk|talked) (?:at|to|about) (?:her|him)\b|"
            # the partner's colleague, not the speaker's own ("my coworker takes credit for my ideas")
            r"\b(?:your|ur|that|this|his|her|new) (?:co-?worker|colleague)\b|"
            r"\b(?:talking|chatting|dancing|texting|messaging|flirting) (?:to|with) (?:her|him|the \w+)\b|"
            r"\blik(?:e|es|ed|ing) (?:her|his|their|some \w+'?s?) (?:pictures?|pics?|photos?|posts?|selfies|selfie|stor(?:y|ies))\b|"
            r"\btexting (?:someone|somebody|some \w+|her|him) (?:\w+ )?(?:constantly|all the time|late|at night|non-?stop)\b|"
            r"\bwho(?:'?s| is) (?:texting|messaging|calling|ringing|snapchatting|dming) (?:you|u)\b|"
            r"\b(?:you two|the two of you|the pair of you) (?:\w+ )?(?:had|have|seemed|seem|looked|look|got on) "
            r"(?:\w+ )?(?:a lot|plenty|loads|so much|cosy|cozy|close|friendly|well)\b|"
            r"\b(?:her|his) name\b|\b(?:message|text|call|ring|see|meet|talk to|speak to)(?:s|ing|ed)? (?:her|him) "
            r"(?:every ?day|every night|all the time|constantly|so much|so often|daily)\b|\b(?:messages?|texts?) from (?:her|him)\b|\bwith (?:her|him) (?:all night|"
            r"the whole|again)\b"
        ),
        ("jealous", "insecure"),
        "someone else taking up space between us",
    ),
    # let down
    ImpliedFeeling(
        _p(
            r"\b(?:cancel+ed|bailed|flaked|stood (?:me|us) up|(?:didn'?t|never) (?:show|turn) up|no[- ]show|"
            r"broke (?:your|a|another|that) promise|you promised|you said you'?d|we (?:said|agreed)(?: no| not| we'?d| you'?d)|slept (?:through|in)|(?:weren'?t|wasn'?t) there|"
            r"didn'?t (?:come|make it)|had (?:\w+ ){0,3}planned|was (?:really )?looking forward|"
            r"(?:missed|forgot|forgotten) (?:it|the|my|our|his|her|about)|you forgot|didn'?t remember)\b"
        ),
        ("disappointed", "hurt"),
        "something you were counting on falling through",
    ),
    # the load at home
    ImpliedFeeling(
        _p(
            r"\byou (?:never|don'?t|do not|didn'?t|won'?t|barely|hardly) (?:\w+ )?(?:help|pitch in|lift a finger|"
            r"do anything|clean|cook|tidy|wash|share)"
        ),
        ("alone", "unsupported"),
        "doing it all without my help",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:i'?m|i am|always|being) the (?:only )?one (?:who|that|stuck|\w+ing)\b|\bi do "
            r"(?:everything|it all|all of it|most of it|all the)\b|\ball on me\b|\balways (?:have|had|got) to be "
            r"the one\b|\b(?:the bad guy|the bad cop|the nag|the strict one|the boring one|the maid|the "
            r"housekeeper|the servant|the cleaner|a single parent|the only adult)\b|"
            # "why is it always me who has to remember birthdays?"
            r"\b(?:always|only ever|it'?s|is it) me (?:who|that) (?:has|have|gets|ends up)\b|\bwhy do i (?:always )?have to be\b"
        ),
        ("resentful", "alone"),
        "carrying more than your share",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:so )?i'?m (?:just|only|basically) (?:the|your|a) (?:\w+ )?(?:cook|cleaner|maid|driver|taxi|chef|nanny|"
            r"babysitter|wallet|bank|secretary|pa|admin|help|staff|servant|housekeeper|mum|mom|parent)(?: now| here| round here)?\b"
        ),
        ("unappreciated", "resentful"),
        "being seen only for what you do",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:guess i'?ll|i'?ll just|fine,? i'?ll|looks like i'?ll|suppose i'?ll)\b[^.!?]*"
            r"\b(?:alone|by myself|on my own|myself|again)\b[^.!?]*$|\beat(?:ing)? alone\b|"
            r"\b(?:you'?re|you are|ur|you'?ve) (?:going|gone|heading|off) (?:out|to the pub|down the pub|to the bar|"
            r"for drinks|drinking|to the match|to the game|golfing|fishing)\b[^.!?]*\b(?:again|tonight)\b"
        ),
        ("lonely", "unimportant"),
        "being left on your own again",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:guess i'?ll|i'?ll just|fine,? i'?ll|looks like i'?ll|suppose i'?ll)\b[^.!?]*\b"
            + _CHORES
            + r"\b"
        ),
        ("resentful", "unsupported"),
        "picking up the slack again",
    ),
    ImpliedFeeling(
        _p(
            r"\byou (?:keep|still|just) (?:asking|expecting|wanting|telling) me to\b|\byou expect(?:ed)? me to\b|"
            r"\b(?:agony|in (?:so much )?pain|aching|migraine)\b"
        ),
        ("frustrated", "unseen"),
        "what you're dealing with not being seen",
    ),
    ImpliedFeeling(
        _p(
            r"\byou (?:spent|spend|bought|buy|got|get|go|went|had|have|sleep|slept|play|played)\b[^.!?]*\b(?:and|while|"
            r"meanwhile) (?:i|i'?ve|i'?m|i am|i have|i get|i'?d)\b|\bspent (?:£|\$|€)?\d+|\bspent (?:so much|all that|that "
            r"much|a fortune)\b|\b(?:you|i) get to\b[^.!?]*\b(?:and|while) (?:i|you)\b"
        ),
        ("resentful", "overlooked"),
        "how uneven things feel between us",
    ),
    ImpliedFeeling(
        _p(
            r"\bsent home from school\b|\b(?:excluded|suspended|expelled)\b[^.!?]*\bschool\b|"
            r"\bschool (?:called|rang|phoned|emailed)\b|\b(?:being|getting|was|got|been) bullied\b"
        ),
        ("worried", "helpless"),
        "the trouble at school",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:put on|gained) (?:\w+ ){0,2}(?:stone|pounds|lbs|kilos?|weight)\b|\bmy clothes (?:don'?t )?fit\b|"
            r"\bhate (?:how i look|my body|the way i look|my reflection)\b|\bcan'?t (?:stand )?(?:look|looking) (?:at myself|in the mirror)\b"
        ),
        ("self-conscious", "ashamed"),
        "how you feel about your body right now",
    ),
    # What the children see between their parents: a worry for them, not tiredness from them.
    ImpliedFeeling(
        _p(
            r"\b(?:argu\w*|fight\w*|fought|row\w*|shout\w*|yell\w*|scream\w*|bicker\w*) (?:\w+ ){0,3}in front of (?:the|our|my|your) "
            r"(?:kids|children|baby|boys|girls|son|daughter|little ones?)\b|\b(?:the|our) (?:kids|children) (?:heard|saw|see|hear|watch\w*) "
            r"(?:us|everything|the (?:row|fight|argument|shouting))\b"
        ),
        ("worried", "sad"),
        "what the kids see between us",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:bedtimes?|homework|daycare|nursery|school run|tantrums?|night feeds?|teething|nappies|diapers)\b|"
            r"\b(?:with|after|(?<!front )of|and|bath|feed|dress|settle|juggling|wrangling|sorting) (?:the|our|both|two|three) (?:kids|baby|toddler|twins|children)\b(?!['’])|"
            # the children's own demands, not every mention of them ("drove to get the kids")
            r"\b(?:the|our|both|two|three) (?:kids|baby|toddler|twins|children) (?:are|were|have been|has been|won'?t|wouldn'?t|"
            r"keep|kept|need|needs|wake|woke|fight|fought|scream\w*|cry\w*|were up|are up|was up|is up|had|have got|got|get)\b|\bwith the (?:kids|baby)\b"
        ),
        ("exhausted", "overwhelmed"),
        "everything the kids need from you",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:relentless|deadlines?|overtime|workload|long hours|back[- ]to[- ]back|non[- ]?stop|"
            r"(?:boss|manager|clients?) (?:keeps?|wants?|expects?|is|has))\b|"
            r"\b(?:boss|manager|clients?|work)\b[^.!?]*\b(?:emailed|emails|messag\w+|rang|rings|texted|expect\w*)\b"
            r"[^.!?]*\b(?:\d+ ?pm|midnight|late|weekend|day off|on holiday|by (?:the )?morning|first thing)\b"
        ),
        ("overwhelmed", "stressed"),
        "how much work is asking of you",
    ),
    # self-doubt, shame, body
    ImpliedFeeling(
        _p(
            r"\bhelp me (?:get dressed|dress|shower|wash|bathe|eat|walk|to the (?:toilet|loo|bathroom)|up|"
            r"out of bed)\b|\bcan'?t (?:do|manage) (?:it|things|anything|much) (?:myself|on my own|anymore)\b|"
            r"\b(?:my|this) (?:body|weight)\b|\bthe way i look\b|\bhow i look\b|\bgained\b"
        ),
        ("ashamed", "self-conscious"),
        "how you see yourself lately",
    ),
    ImpliedFeeling(
        _p(
            r"\bdoing (?:any of )?(?:this|it|things) (?:right|wrong)\b|\beveryone else (?:seems|is|has|knows|"
            rf"manages|gets)\b(?! (?:to have |just )?moved on)|\b(?:i'?m|i am|i feel like|like) (?:(?:a|such a) (?:failure|mess|(?:bad|terrible|awful|rubbish|useless|crap|horrible|lousy) {_ROLE})|the worst (?:\w+ )?{_ROLE})\b|\bcan'?t do anything right\b|\bwhat'?s wrong with me\b|"
            r"\b(?:i'?ve|i have) failed\b|\bfailed as a\b|"
            r"\bout of my depth\b|\bfailing\b|\bmess(?:ing|ed)? (?:it|everything|things) up\b"
        ),
        ("inadequate", "anxious"),
        "doubting yourself",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:people|couples|friends|everyone|all my friends|everybody)(?: \w+){0,3} (?:our|my) age\b|"
            r"\b(?:so|way|falling|fallen|really|years) behind\b|\bcompared to (?:everyone|them|other)\b"
        ),
        ("inadequate", "anxious"),
        "measuring us against everyone else",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:i'?ve )?apologi[sz]ed\b[^.!?]*\b(?:times|again|already|enough)\b|\bsaid (?:i'?m )?sorry "
            r"(?:\w+ )?(?:times|already|again)\b|\bdon'?t know what else (?:you want|to do|i can do|to say|"
            r"i can say)\b|\bnothing i (?:do|say) is (?:ever )?(?:enough|right)\b|\bhasn'?t forgiven\b|"
            r"\bwon'?t forgive\b|\bholds? a grudge\b"
        ),
        ("helpless", "frustrated"),
        "trying to make things right and getting nowhere",
    ),
    ImpliedFeeling(
        _p(
            r"\bis that (?:a )?(?:awful|bad|wrong|terrible|horrible|selfish|mean)\b|\bam i (?:a )?(?:awful|bad|terrible|"
            r"horrible|selfish|monster)\b|\bdoes that make me (?:a )?(?:bad|terrible|awful|selfish)\b"
        ),
        ("guilty", "ashamed"),
        "judging yourself for what you feel",
    ),
    # Hindsight turned on oneself: "I keep thinking I should have seen it coming".
    ImpliedFeeling(
        _p(
            r"\bi (?:should|could)(?:'ve| have) (?:seen (?:it|this|that) coming|known|noticed|spotted|done more|stopped (?:it|him|her))\b|"
            r"\bif only i(?:'d| had)\b"
        ),
        ("guilty", "sad"),
        "wondering what you could have done",
    ),
    ImpliedFeeling(
        _p(
            r"\bshould (?:be over(?! the moon)|have moved on|have got over|not still)\b|\bover it by now\b|"
            r"\bthought i'?d be (?:better|fine|okay|ok|over it|past (?:it|this))(?: by now)?\b|"
            r"\bi know it'?s (?:stupid|silly|dumb|petty|irrational|ridiculous|small)\b|\bsilly of me\b|"
            r"\bthis is (?:stupid|silly|petty)\b"
        ),
        ("embarrassed", "self-conscious"),
        "feeling you shouldn't feel this way",
    ),
    # family and time
    ImpliedFeeling(
        _p(
            r"\byour "
            + _FAMILY
            + r"\b[^.!?]*\b(?:rearrang\w*|reorgani[sz]\w*|moved|went through|threw (?:out|away)|let (?:herself|himself|"
            r"themselves) in|turns? up|turned up|showed up|shows up|unannounced|without asking)\b"
        ),
        ("disrespected", "frustrated"),
        "my family overstepping in our home",
    ),
    ImpliedFeeling(
        _p(
            r"\bevery (?:single )?(?:sunday|saturday|weekend|holiday|christmas|easter|summer|year|visit)\b[^.!?]*"
            r"\byour "
            + _FAMILY
            + r"|\byour "
            + _FAMILY
            + r"'?s?\b[^.!?]*\b(?:(?:over|round|here|visiting|staying|coming|going|there|theirs) (?:\w+ )?again|"
            r"every (?:single )?(?:sunday|saturday|weekend|week|holiday|christmas|easter|summer|year|visit))\b|"
            r"\b(?:christmas|easter|thanksgiving|holidays?|sundays?|weekends?) (?:at|with) your " + _FAMILY
        ),
        ("resentful", "trapped"),
        "how much of our time goes to my family",
    ),
    ImpliedFeeling(
        _p(
            r"\bhaven'?t seen (?:my|our) (?:own )?(?:family|friends|parents|mum|mom|dad|sister|brother|"
            r"people|home)\b|\bmiss (?:home|my (?:own )?(?:family|friends|country|home|hometown|people))\b|"
            r"\bso far from (?:home|everyone|my)\b"
        ),
        ("homesick", "sad"),
        "being so far from your own people",
    ),
    ImpliedFeeling(
        _p(
            r"\byour "
            + _FAMILY
            + r"\b[^.!?]*\b(?:always|never|said|says|thinks?|told|keeps?|made|won'?t|hasn'?t|"
            r"still|again|criticis\w*|comments?|comment|rude|hates?|doesn'?t like|rearranged|interfer\w*|judg\w*|"
            r"ignores?|ignored|blames?|blamed)\b|"
            r"\bcan'?t do another (?:\w+ )?(?:of|with) your\b"
        ),
        ("hurt", "unsupported"),
        "how things go with my family",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:we'?re moving|i'?m moving|packing|the move|new city|new town|new country|relocat\w*|since we moved)\b"
        ),
        ("anxious", "uprooted"),
        "everything changing with the move",
    ),
    ImpliedFeeling(
        _p(
            r"(?<!we)(?<!i)(?<!you)(?:'s|'re| is| are) (?:moving (?:away|abroad|overseas|to)|going (?:away|abroad|overseas))\b|"
            r"\bmoving away\b|\bemigrat\w+"
        ),
        ("sad", "lonely"),
        "someone close going far away",
    ),
    ImpliedFeeling(
        _p(r"\bmiss(?:ing)? (?:my |our |your )?" + _CLOSE + r"s?\b"),
        ("sad", "lonely"),
        "missing someone you love",
    ),
    ImpliedFeeling(
        _p(
            r"\bmiss(?:ed)? (?:us|you|our|the way|it|when|how)\b|\bused to\b|\banymore\b|\bthe old days\b|"
            r"\bremember when\b"
        ),
        ("sad", "lonely"),
        "missing how things were",
    ),
    ImpliedFeeling(
        _p(
            r"\byou(?:'re| are| get| got| seem| were)? (?:always |so |really |constantly |getting )*(?:angry|mad|cross|"
            r"short with me|snappy|irritable|moody|in a mood|grumpy)\b"
        ),
        ("hurt", "anxious"),
        "how things feel when I get like that",
    ),
    ImpliedFeeling(
        _p(
            r"\bwhen you'?(?:ve| have)? been drinking\b|\bwhen you'?re (?:drunk|wasted|hammered)\b|"
            r"\bafter (?:a few|your) drinks\b"
        ),
        ("scared", "hurt"),
        "how things change when I've been drinking",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:how|the way) you (?:talk|speak|spoke|talked) to me\b|\byour tone\b|\bthat tone\b|"
            r"\btak(?:e|es|ing) it out on me\b|\bsnap(?:s|ped|ping)? at me\b"
        ),
        ("hurt", "disrespected"),
        "how I speak to you",
    ),
    ImpliedFeeling(
        _p(
            r"\bwalk(?:ing)? on eggshells\b|\b(?:you|he|she) (?:yelled|shouted|screamed|slammed|threw|punched)\b"
        ),
        ("scared", "hurt"),
        "how tense things get between us",
    ),
    # Working up to telling something hard: the fear of saying it is the feeling, not a grievance.
    ImpliedFeeling(
        _p(
            r"\b(?:don'?t know|not sure) (?:if|whether|how) (?:i can|i could|to) (?:(?:tell|say) (?:you|this|it)|talk about (?:it|this)|"
            # not a preface to what follows: "I don't know how to say this without it sounding bad, but..."
            r"bring (?:it|this) up|open up)\b(?! without)(?![^.!?]*\bbut\b)|\b(?:don'?t know|not sure) (?:if|whether) i can\s*[.!]*$|\b(?:scared|afraid|terrified|nervous) "
            r"(?:to|of) (?:tell(?:ing)?|say(?:ing)?) (?:you|this|it)\b|\bi(?:'ve| have) never told (?:anyone|you|a soul)\b|"
            r"\b(?:thinks|says|wants me to|suggested) i (?:should )?tell you\b"
        ),
        ("scared", "vulnerable"),
        "having something this hard to tell me",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:thinking (?:of|about) (?:quitting|leaving|moving|changing|going back)|don'?t know (?:if|whether) "
            r"(?:i|we) should|(?:thinking|wondering) (?:about )?(?:if|whether) (?:i|we) should|can'?t decide|torn between|"
            r"(?:don'?t know|not sure) (?:if|whether) i can (?:do|face|go through|take|keep)|on the fence|(?:don'?t know|not sure) (?:if|whether) i (?:even )?want)\b"
        ),
        ("uncertain", "torn"),
        "the decision you're weighing up",
    ),
    # A wish said tentatively: "I think I want to go back to church".
    ImpliedFeeling(
        _p(r"\bi think i (?:might |really |actually )?(?:want|need|'?d like) to\b"),
        ("uncertain", "torn"),
        "wanting something you're not sure of yet",
    ),
    # Someone else's view of what they should do: "my therapist thinks I should set boundaries with my dad".
    ImpliedFeeling(
        _p(
            r"\b(?:therapist|counsell?or|counselor|doctor|gp|friends?|mates?|mum|mom|dad|sister|brother|boss|family|she|he|they) "
            r"(?:thinks|says|said|told me|reckons|suggested|keeps saying) (?:that )?i (?:should|need to|ought to|deserve)\b"
            # "...says I should tell you": working up to a disclosure, which its own rule reads
            r"(?! (?:\w+ )?tell (?:you|u)\b)"
        ),
        ("torn", "uncertain"),
        "the advice you've been given",
    ),
    # A step toward help: "I've booked the counselling session", "I'm starting therapy next week".
    ImpliedFeeling(
        _p(
            r"\b(?:booked|made|got|arranged) (?:us |me )?(?:in for )?(?:a |an |the |our |my )?(?:first )?(?:counsell?ing|counseling|"
            r"therapy|couples?|gp|doctor'?s?) (?:session|appointment|slot)s?\b|"
            r"\b(?:start|starting|started|begin|beginning) (?:with )?(?:a )?(?:therapy|counsell?ing|counseling|therapist|counsell?or)\b|"
            r"\bfound (?:us |me )?a (?:therapist|counsell?or|counselor)\b"
        ),
        ("vulnerable", "hopeful"),
        "taking that step toward getting support",
        ("What are you hoping it might help with?", "How are you feeling about going?"),
    ),
    # Not knowing yet what one feels is the feeling to reflect; guessing sad or glad overrides it.
    ImpliedFeeling(
        _p(
            r"\b(?:don'?t|do not|doesn'?t) (?:really |honestly |even )?know (?:how|what) (?:i|to) (?:feel|should feel|think)"
            r" (?:about|abt) (?:it|this|that|him|her|them|the \w+)\b|\b(?:not sure|unsure|can'?t work out|can'?t tell) "
            r"how i feel\b|\bmixed feelings\b|\ball over the place about\b"
        ),
        ("uncertain", "torn"),
        "how much there is to take in",
    ),
    ImpliedFeeling(
        _p(
            r"\bgoing through the motions\b|\bnothing (?:really )?matters\b|\bon autopilot\b|\bcan'?t feel anything\b|"
            r"\bjust existing\b"
        ),
        ("numb", "hopeless"),
        "everything feeling flat lately",
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:(?:your|my) (?:\w+ )?(?:friends|mates|buddies|pals)|the guys|the girls|the lads|out with(?! (?:you|u|me|us)\b)|nights? out)\b|"
            # staying behind while the partner goes: "I'll just be here."
            r"\bi'?ll just (?:be|stay|sit) (?:here|at home|home|in)\b"
        ),
        ("left out", "lonely"),
        "how our time with friends has been going",
    ),
    ImpliedFeeling(SARCASM, ("frustrated", "resentful"), "the same thing landing on you again"),
    ImpliedFeeling(
        _p(r"\b(?:you|u) (?:always|never|constantly)\b"),
        ("frustrated", "hurt"),
        "this happening again and again",
    ),
    ImpliedFeeling(
        _p(
            r"(?<!starting )(?<!start )(?<!all over )\b(?:again|every (?:single )?(?:night|day|time|weekend|morning|week)|"
            r"all the time|as usual)\b|"
            r"\banother (?:\w+ )?(?:weekend|night|evening|sunday|saturday|christmas|holiday|year|day) (?:of|with|at|alone)\b"
        ),
        ("worn down", "frustrated"),
        "this happening again and again",
    ),
    ImpliedFeeling(
        _p(r"\b(?:i'?m sorry|apologi[sz]e)\b"), ("regretful", "guilty"), "wanting to make this right"
    ),
    ImpliedFeeling(
        _p(
            r"\b(?:guess i'?ll|i'?ll just|never mind|forget it|doesn'?t matter|whatever)\b|"
            r"(?:^|[.!?]\s*)(?:i'?m |it'?s |im |its |that'?s |all )?fine\.(?!\w)|"
            # a whole message of one curt word is a door closing, not news
            r"^\W*(?:k+|ok|okay|sure|right|noted|cool)\W*$"
        ),
        ("hurt", "let down"),
        "feeling it's not worth asking any more",
    ),
)


def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first so "sick and tired of" wins over "tired".
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\b", re.IGNORECASE)


# Feelings whose own word is also an act ("he touched me", "she loved that film"): only their
# listed forms, which make it a state, count.
_FORMS_ONLY = frozenset({"touched", "loved"})
_LEXICON_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (feeling, _forms_pattern(forms if feeling in _FORMS_ONLY else (re.escape(feeling), *forms)))
    for feeling, forms in LEXICON.items()
)
_EMPATHY_PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, EMPATHY_WORDS)) + r")\b", re.IGNORECASE)
# A named feeling that is negated ("I'm not angry") does not count as the one they feel.
_NEGATED = re.compile(
    r"\b(?:not|n't|never|no longer|nor|without|stop(?:ped)? (?:being|feeling))\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# Words that break the scope of a negation: "not because I'm angry" still denies "angry", while
# "not now, I'm angry" does not.
_SCOPE_BREAK = re.compile(r"[,.;:!?]|\b(?:just|only|but|and|because)\b", re.IGNORECASE)
# The feeling belongs to someone else: "you're always so angry", "she seems stressed".
_OTHERS = re.compile(
    r"\b(?:you(?:'re| are| were| get| got| seem| seemed| look| looked| sound| always| never)?|he(?:'s| is| was| "
    r"gets| seems)?|she(?:'s| is| was| gets| seems)?|they(?:'re| are| were| get| seem)?|made (?:him|her|them|you)|(?:him|her|them|you) feel"
    # "you'd be happier with someone else" imagines their feeling, not the speaker's.
    r"|(?:you|he|she|they)(?:'d|'ll| would| will| could| might))\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
_I_SUBJECT = re.compile(r"\b(?:i|i'm|i've|me|my|myself)\b", re.IGNORECASE)
_ABSENT_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(r"\b(?:" + _MISSING + r"|" + _WISHED + r")(?:" + states + r")\b", re.IGNORECASE), named)
    for states, named in _ABSENT_STATES
) + tuple(
    (re.compile(r"\b(?:" + _YOU_DONT + r"|" + _DOUBT + r")(?:" + verbs + r")\b", re.IGNORECASE), named)
    for verbs, named in _YOU_DONT_VERBS
)


@dataclass(frozen=True)
class FeelingSpan:
    feeling: str
    start: int
    end: int
    text: str
    # 0 softened ("a bit annoyed"), 1 plain, 2 strong ("furious", "so hurt")
    intensity: int = 1


_SOFTENER = re.compile(
    r"\b(?:a bit|a little|slightly|kind of|kinda|sort of|somewhat|a touch)\s+$", re.IGNORECASE
)


def _intensity(text: str, start: int, surface: str) -> int:
    before = text[max(0, start - 24) : start]
    if _SOFTENER.search(before):
        return 0
    if surface.lower() in STRONG_FORMS or _INTENSIFIER.search(before):
        return 2
    return 1


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    match = _NEGATED.search(before)
    return match is not None and not _SCOPE_BREAK.search(before[match.end() :])


# Greetings and names that hold a feeling word without the feeling: "he didn't even wish me happy
# birthday" is not a happy message.
_SET_PHRASES = re.compile(
    r"\bhappy (?:birthday|bday|new year|christmas|xmas|holidays|easter|anniversary|hour|valentine'?s|"
    r"mother'?s day|father'?s day|mothers day|fathers day|diwali|eid|hanukkah|thanksgiving|hunting|medium)\b|"
    r"\bproud (?:boys?|parents? of)\b|\bjoy ?(?:ride|stick)\b|"
    # a thought that keeps coming back, or a road, is no trap the speaker is in
    r"\bstuck in (?:my|your|his|her|their|our) (?:head|mind|brain)\b|\bstuck (?:in|behind) (?:traffic|a queue|roadworks)\b|"
    r"\b(?:that|which|really|has|it|this) stuck with (?:me|him|her|us)\b|"
    # a court's or a boss's word, not a feeling: "Case dismissed."
    r"\b(?:case|charges?|claim|appeal|complaint|lawsuit|it was|got|been|was) dismissed\b",
    re.IGNORECASE,
)


def feeling_spans(text: str) -> list[FeelingSpan]:
    """Feelings a message names, from the broad lexicon, in order of appearance, denied ones skipped."""
    found: list[FeelingSpan] = []
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _SET_PHRASES.finditer(text)]
    matches = [
        (feeling, match)
        for feeling, pattern in _LEXICON_PATTERNS
        for match in pattern.finditer(text)
        if not _negated(text, match.start())
    ]
    # A longer phrase ("worn down") owns its words; a shorter match inside it is not another feeling.
    matches.sort(key=lambda pair: (-(pair[1].end() - pair[1].start()), pair[1].start()))
    for feeling, match in matches:
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        taken.append((match.start(), match.end()))
        found.append(
            FeelingSpan(
                feeling,
                match.start(),
                match.end(),
                match.group(0),
                _intensity(text, match.start(), match.group(0)),
            )
        )
    found.sort(key=lambda s: s.start)
    return found


_OTHER_PRONOUN = re.compile(r"\b(?:you|you'?re|he|he'?s|she|she'?s|they|they'?re)\b", re.IGNORECASE)


def _last_other(before: str) -> int:
    """Where the last mention of someone else starts: "I know you're stressed" is their stress."""
    starts = [m.start() for m in _OTHER_PRONOUN.finditer(before)]
    return starts[-1] if starts else 0


# "I should be over the moon", "trying to be happy for her": a good feeling they expect of
# themselves is not one they have.
_HYPOTHETICAL = re.compile(
    r"\b(?:should|ought to|supposed to|meant to|trying to|try to|want to|wanted to|pretend to|pretending to)"
    r"(?: be| feel)?(?: so| really| more)?\s+$",
    re.IGNORECASE,
)
_CRYING = frozenset({"cry", "cried", "crying", "in tears", "tearful", "😭", "🥹"})


def own_feelings(text: str) -> list[FeelingSpan]:
    """Named feelings that belong to the speaker, not to the person or thing they talk about."""
    out = []
    ironic = sarcastic(text)
    for span in feeling_spans(text):
        before = text[max(0, span.start - 24) : span.start]
        if _OTHERS.search(before) and not _I_SUBJECT.search(before[_last_other(before) :]):
            continue
        if span.feeling in POSITIVE and (ironic or _HYPOTHETICAL.search(before)):
            continue
        out.append(span)
    if any(s.feeling in POSITIVE for s in out):
        # "so relieved I could cry" is tears of relief, not sadness.
        out = [s for s in out if not (s.feeling == "sad" and s.text.lower() in _CRYING)]
    return out


def denied(text: str) -> set[str]:
    """Feelings the message names only to deny them ("I'm not angry, just tired")."""
    # The same negation test feeling_spans applies, so a word hidden by a set phrase ("happy
    # birthday") or inside a longer feeling phrase is not mistaken for a denial.
    negated = {
        feeling
        for feeling, pattern in _LEXICON_PATTERNS
        for match in pattern.finditer(text)
        if _negated(text, match.start())
    }
    return negated - {span.feeling for span in feeling_spans(text)}


_SELF_DENIAL = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:i'?m|i am|i was|i'?m just|i feel|it'?s not that i'?m|not that i'?m)\s+)"
    r"(?:really |even |just )?(?:not|never|no longer)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)


# "I'm not accusing you of anything, I just felt sick": no charge laid, so none to reflect.
_NOT_ACCUSING = re.compile(r"\bnot (?:accusing|blaming) (?:you|u|anyone)\b", re.IGNORECASE)


def disowned(text: str) -> set[str]:
    """Feelings the speaker denies having themselves ("I'm not angry", "not jealous, just...")."""
    out = {"betrayed", "angry"} if _NOT_ACCUSING.search(text) else set()
    for feeling, pattern in _LEXICON_PATTERNS:
        for match in pattern.finditer(text):
            if _SELF_DENIAL.search(text[max(0, match.start() - 30) : match.start()]):
                out.add(feeling)
    return out - {span.feeling for span in feeling_spans(text)}


def absent(text: str) -> list[tuple[str, ...]]:
    """Feelings of a good state that is missing or wished for ("I don't feel heard")."""
    found = [named for pattern, named in _ABSENT_PATTERNS if pattern.search(text)]
    if _SIDE.search(text):
        found.append(("unsupported", "alone"))
    return found


def implied(text: str) -> list[ImpliedFeeling]:
    text = plain(text)
    return [rule for rule in IMPLIED if rule.pattern.search(text)]


def intensity(text: str) -> int:
    """The strongest intensity among the feelings the speaker names (1 when none is named)."""
    return max((span.intensity for span in own_feelings(text)), default=1)


# Near-synonyms: naming both ("alone and lonely") says one feeling twice.
_CLOSE_KIN: tuple[frozenset[str], ...] = (
    frozenset({"alone", "lonely", "isolated"}),
    frozenset({"worried", "anxious"}),
    frozenset({"exhausted", "worn down"}),
    frozenset({"embarrassed", "humiliated"}),
    frozenset({"unseen", "overlooked"}),
)


def echoes(feeling: str, chosen: list[str]) -> bool:
    """Whether a near-synonym of ``feeling`` is already among ``chosen``."""
    return any(feeling in kin and kin & set(chosen) for kin in _CLOSE_KIN)


_TORN = "torn"
_DOWN = re.compile(
    r"\b(?:not|never|no|away|far|miss|without|alone|worr\w*|scar\w*|afraid|nervous|ignor\w*|anymore|keep saying)\b",
    re.IGNORECASE,
)
# The price of good news: "but it means moving to Manchester", "the commute's brutal though".
_PRICE = re.compile(
    r"\bmeans? (?:moving|leaving|relocating|giving up|less|fewer|more hours|longer hours|nights|weekends|being)\b|"
    r"\b(?:relocat\w*|moving (?:to|away|abroad|across)|commute|downside|the catch)\b",
    re.IGNORECASE,
)


# The partner's own lapse, told after the turn: "but you forgot the present".
_LAPSE = re.compile(
    r"\b(?:you|u) (?:(?:still |then |just |completely |totally )?(?:forgot|missed|ignored|left)|"
    # not the kindness in "you didn't need to" or "you never let me down"
    r"(?:didn'?t|did not|never)(?! (?:even )?(?:need|have|had) to\b| (?:once )?(?:let|fail))|couldn'?t (?:even )?be bothered)\b",
    re.IGNORECASE,
)


def _turns_down(tail: str | None) -> bool:
    """Whether what follows a good feeling's "but" (``good_news.after_turn``) is a worry or a loss."""
    if tail is None or len(tail.split()) < 3:
        return False
    if any(s.feeling in POSITIVE for s in feeling_spans(tail)):
        return False
    low = any(set(rule.feelings) - POSITIVE for rule in implied(tail))
    return (
        low
        or any(s.feeling not in POSITIVE for s in feeling_spans(tail))
        or bool(_DOWN.search(tail) or _PRICE.search(tail))
    )


def detect(text: str, limit: int = 3) -> list[str]:
    """Feelings a listener could name back, most telling first.

    Named feelings lead, then missing good states, then the situations the message describes.
    Each source gives its first feeling before any gives a second, so "I'm exhausted and you
    never help" is named as exhausted and alone rather than two words for the same thing.
    """
    text = plain(text)
    named = [span.feeling for span in own_feelings(text)]
    specific = [f for f in named if f not in GENERIC]
    groups: list[tuple[str, ...]] = [(f,) for f in dict.fromkeys(specific)]
    groups += absent(text)
    groups += [rule.feelings for rule in implied(text)]
    groups += [(f,) for f in dict.fromkeys(named) if f in GENERIC]
    out: list[str] = []
    depth = max((len(g) for g in groups), default=0)
    for level in range(depth):
        for group in groups:
            if level < len(group) and group[level] not in out and not echoes(group[level], out):
                out.append(group[level])
    if sarcastic(text):
        # "thanks so much for ruining dinner" thanks no one.
        out = [f for f in out if f not in POSITIVE]
    if _TORN in out and out[0] in POSITIVE:
        # "I'm happy for you, I really am, I just wish it wasn't so far away": the pull both
        # ways is the news, not the happiness alone.
        out.remove(_TORN)
        out.insert(0, _TORN)
    if out and out[0] in POSITIVE and not set(specific) - POSITIVE:
        tail = good_news.after_turn(text)
        if _LAPSE.search(tail or ""):
            # "You got me a card but you forgot the present": a lapse of theirs after the thanks
            # is what it came to, not a pull both ways.
            out = [f for f in out if f not in POSITIVE] or out
        else:
            # Good news mentioning "your dad" is not about family hurt: stay with the good feelings.
            out = [f for f in out if f in POSITIVE]
            if _turns_down(tail):
                # "so proud of you for the new job. But Perth is 4,000k away": both pulls are the news.
                out = [_TORN, *out]
    # "I'm not jealous, I just..." must not be told they sound jealous ("she said not to worry"
    # denies nothing of theirs).
    refused = disowned(text)
    return [f for f in out if f not in refused][:limit]


def likely(text: str, limit: int = 2) -> list[str]:
    """What ``detect`` finds, or, when the message shows nothing, the feelings most often behind
    such a message: a complaint to the partner usually carries hurt and frustration, news about
    something else usually sadness and worry. Naming a likely feeling tentatively invites the
    person to correct it, which a vague "upset" does not."""
    # Thanks or good news outweighs what the topic alone suggests ("couldn't have got through
    # the move without you" is not about the strain of moving), unless they name a feeling.
    # The cheap check goes first: most messages are not good news.
    ironic = sarcastic(text)
    good = None if ironic else good_news.read(text)
    # Tears at good news ("it's not cancer. I sat in the car and cried") are the news's own.
    if good and not any(
        span.feeling not in GENERIC and span.text.lower() not in _CRYING for span in own_feelings(plain(text))
    ):
        return good[:limit]
    if good is None and not ironic:
        # "I've been offered the place in Leeds, even though it means weekends apart": the news
        # is good and the "though" names its price, so both pulls are the feeling.
        before = good_news.before_turn(text)
        priced = _PRICE.search(good_news.after_turn(text) or "")
        head = good_news.read(before) if before and priced else None
        if head and head[0] in POSITIVE:
            return [_TORN, *head][:limit]
    found = detect(text, limit)
    if any(f not in GENERIC for f in found):
        return found
    default = ["hurt", "frustrated"] if good_news.addresses_partner(text) else ["sad", "worried"]
    return (default + [f for f in found if f not in default])[:limit]


_REPETITION = "this happening again and again"


def names_nothing(text: str) -> bool:
    """Whether the message names no feeling of the speaker's, present or missed: whatever
    ``likely`` says of it comes from its situation or is a guess."""
    text = plain(text)
    return not any(span.feeling not in GENERIC for span in own_feelings(text)) and not absent(text)


def reads_a_situation(text: str) -> bool:
    """Whether the rules read a situation into the message beyond repetition, which love tells as
    often as complaint ("every morning you make my tea before yours")."""
    return any(rule.situation != _REPETITION for rule in implied(text))


def named_feelings(text: str) -> list[FeelingSpan]:
    """Feeling words a reply uses, in order of appearance, negated ones skipped.

    The scorer's features count these, so this reads the narrower reply lexicon with its own
    simple negation: widening it would shift the fitted scorer, so it changes with the scorer.
    """
    found: list[FeelingSpan] = []
    for feeling, pattern in _REPLY_PATTERNS:
        for match in pattern.finditer(text):
            if _REPLY_NEGATED.search(text[max(0, match.start() - 20) : match.start()]):
                continue
            found.append(FeelingSpan(feeling, match.start(), match.end(), match.group(0)))
    found.sort(key=lambda s: s.start)
    return found


def empathy_spans(text: str, named: list[FeelingSpan] | None = None) -> list[str]:
    """Feeling or empathic words a reply uses; ``named`` is ``named_feelings(text)`` if known."""
    spans = [s.text for s in (named_feelings(text) if named is None else named)]
    spans += [m.group(0) for m in _EMPATHY_PATTERN.finditer(text)]
    return spans
