"""High-precision phrase rules for each safety category, run on normalised, idiom-free text.

Each rule names a category and a level. A rule that fires inside a negation ("he has never hit
me", "I'm not suicidal") still matters, but only as a ``concern``: the person raised the topic.
Rules prone to banter ("I'll kill you") carry the level to use when the sentence is plainly a
joke. Rules that need a context ("with the kids in the car") check the whole text for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coach.safety.text import HUMOUR, sentence_span

Level = Literal["ok", "concern", "crisis"]
LEVEL_RANK: dict[str, int] = {"ok": 0, "concern": 1, "crisis": 2}

SELF_HARM = "self_harm"
VIOLENCE = "violence"
SEXUAL = "sexual_coercion"
THREATS = "threats"
CONTROL = "coercive_control"
CHILD = "child_harm"
CATEGORIES: tuple[str, ...] = (SELF_HARM, VIOLENCE, SEXUAL, THREATS, CONTROL, CHILD)


@dataclass(frozen=True)
class Rule:
    name: str
    categories: tuple[str, ...]
    level: Level
    pattern: re.Pattern[str]
    negatable: bool = True
    requires: re.Pattern[str] | None = None  # somewhere in the whole text
    unless: re.Pattern[str] | None = None  # nowhere in the match's sentence
    not_before: re.Pattern[str] | None = None  # searched in the few words before the match
    not_after: re.Pattern[str] | None = None  # matched at the text right after the match
    escalate: re.Pattern[str] | None = None  # in the sentence: raises a concern rule to crisis
    on_humour: Level | None = None  # the level when the sentence is plainly a joke
    skip_self: bool = False  # "I banged my head": the speaker's own body, by their own hand
    her_object: bool = False  # "slammed her door": "her" may be a possessive, not the victim


@dataclass(frozen=True)
class Hit:
    rule: str
    categories: tuple[str, ...]
    level: Level
    text: str
    negated: bool


def _c(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


# ---- Shared vocabulary ------------------------------------------------------------------------

PARTNER = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|fiancé|fiancée|ex|ex-husband|"
    r"ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|spouse|other half|man|missus|mrs|fella|bloke|"
    r"lover|date)"
)
KID = (
    r"(?:kids?|kiddos?|children|child|son|sons|daughter|daughters|baby|babies|toddler|infant|newborn|"
    r"stepson|stepdaughter|step-son|step-daughter|stepkids?|step-kids?|stepchild|stepchildren|"
    r"little ones?|boys|girls|boy|girl|niece|nephew|grandson|granddaughter|grandkids?|eldest|"
    r"youngest|twins|teen|teenager|\d{1,2} year olds?)"
)
_ADULT = rf"(?:me|you|him|her|them|us|my {PARTNER}|his {PARTNER}|her {PARTNER})"
_KID_OBJ = rf"(?:(?:the|my|our|his|her|their|your|both|both of (?:the|my|our)) (?:[\w']+ )?{KID})"
_SUBJECT_PRONOUN = rf"(?:he|she|they|my {PARTNER}|my \w+)"
_FUTURE = (
    r"(?:i'll|i'm going to|i swear i'll|i swear to god i'll|i will|i'm about to|he'll|she'll|they'll|"
    r"he's going to|she's going to|they're going to|he'd|she'd|they'd|i'd|he would|she would|"
    r"going to|will|would)"
)
CHILD_CONTEXT = _c(
    rf"\b{KID}\b|\b(?:wets? the bed|bed-?wetting|nappy|nappies|diaper|homework|school|nursery|daycare|"
    r"bedtime|potty|cot|crib|pram|buggy|stroller|stepdad|stepmum|step-dad|step-mum|mummy|daddy|"
    r"report card|bad marks|grades|playground|coddl\w*|tantrums?|naughty|misbehav\w*|grounded|"
    r"dummy|pacifier|bath ?time|wets? (?:the|his|her) bed|if (?:she|he) cries|(?:she's|he's|they're|"
    r"aged|only|just) (?:[1-9]|1[0-5])(?! (?:minutes|mins|hours|days|weeks|months|quid|pounds|times|"
    r"o'clock|am|pm|miles)))\b"
)
PERSON_CONTEXT = _c(
    rf"\b(?:he|she|him|her|they|them|his|you|your|my {PARTNER}|he's|she's|he'd|she'd|he'll|she'll)\b"
)
_THREAT_CONTEXT = (
    r"\bif (?:you|i|she|he) (?:ever |even |dare |try to |tries to |so much as |ever try to |think you can )?"
    r"(?:leave|leaves|left|go|goes|went|tell|tells|told|try|tries|call|calls|report|reports|ring|talk|"
    r"speak|see|sees|saw|cheat|take|takes|took|walk|move|break up|end|look at|text|message|contact|do "
    r"that again|say (?:that|anything|a word)|open your mouth|go to|went to|get|touch|speak to|talk to)|"
    r"\bunless\b|\bi swear\b|\bi mean it\b|\b(?:tell|say a word to|breathe a word to|say anything "
    r"to) (?:anyone|anybody|a soul|your \w+|the police|them)\b|\bor else\b|\bnot joking\b|\bi'm serious\b|\bone more (?:word|time)\b|"
    r"\bnext time\b|\bthreat|\bswore\b|\b(?:said|says|told me|warned|promised|keeps saying|kept saying|"
    r"has said|screamed|shouted|texted|messaged)\b|\bwhen you (?:least expect|leave|sleep|get home)\b|"
    r"\bwherever you\b|\bwith (?:my|his|her|these|my own) (?:bare )?hands\b|\bin your sleep\b|"
    r"\b(?:scared|afraid|terrified|frightened|fear)\b|\bone day\b|\bone of these days\b|\bi know (?:he|she)\b"
)
THREAT_CONTEXT = _c(_THREAT_CONTEXT)
# The subject of a violent verb that makes it figurative or harmless.
_INANIMATE_BEFORE = _c(
    r"\b(?:it|that|this|reality|news|song|film|movie|book|show|truth|realisation|realization|grief|"
    r"son|daughter|boy|girl|toddler|"
    r"loss|penny|wave|thought|memory|idea|ball|car|door|branch|bus|bike|wind|storm|rain|everything|"
    r"something|dog|cat|puppy|kitten|horse|bird|wasp|bee|mosquito|cold|heat|sun|hangover|tiredness|"
    r"exhaustion|anxiety|depression|panic|fever|flu|virus|covid|baby|toddler|babies|kid|kids|bug|"
    r"spider|game|level|boss fight|final boss|end boss|boss level|villain|monster|npc|baddie|"
    r"enemy|zombie|character|player|opponent|team|ref|referee|machine|"
    r"printer|shelf|cupboard|wardrobe|tree|waves?|smell|life|work|job|bill|price|flat ?pack|ikea|"
    r"deadline|deadlines|mortgage|debt|debts|stress|pressure|workload|rent|bills|exams?|guilt|silence|"
    r"commute|traffic|heat|humidity|tie|collar|jeans|paperwork|admin|inbox|essay|thesis|dissertation)"
    r"(?: [\w']+){0,2} $"
)
_MODAL_BEFORE = _c(
    r"\b(?:will|'ll|going to|want to|wanted to|wanna|could|might|would|should|'d like to|'d love to|"
    r"about to|threatens? to|threatened to|tempted to|urge to|feel like|felt like|dared? me to|"
    r"let me|lets me|allowed to)(?: [\w']+)? $"
)
_PLAY = _c(
    r"\b(?:play(?:ful|fully|ing|fight\w*|ed)?|mess(?:ing)? (?:about|around)|muck(?:ing)? about|by "
    r"accident|accidentally|sparring|boxing|karate|judo|jiu.?jitsu|mma|kickboxing|martial|wrestl\w*|"
    r"pillow ?fight\w*|tickl\w*|in (?:his|her|their|my) sleep|football|rugby|hockey|netball|basketball|"
    r"dodgeball|snowball|water fight|paintball|laser tag|joking|banter|jokingly|teasing|video ?game|"
    r"fortnite|in the game|on the playstation|on the xbox|chess|cards|monopoly|scrabble|arm wrestl\w*|"
    r"ping pong|tennis|squash|badminton|golf)\b"
)
# "I kind of like it", "we agreed": a choice the person endorses is not control.
_APPROVAL = (
    r"\b(?:i (?:kind of |actually |really |quite )?(?:like|love|appreciate|asked (?:him|her) to|prefer) it|"
    r"(?:it's|that's|which is|which was|it was|that was) (?:sweet|fair|fine|nice|romantic|cute|reasonable)|"
    r"fair enough|we (?:both )?agreed|"
    r"i asked (?:him|her) to|so we(?:'d| would)? (?:actually |can )?(?:talk|chat|connect|spend time)|so i'd (?:actually )?"
    r"relax|so i (?:can|could) (?:relax|sleep|rest))\b"
)
_NO_FEAR = _c(r"\b(?:lol|haha|joke|joking|kidding|banter|pillow)\b")
# What a "he'll kill me if..." is about when it is banter: a surprise or a spoiler, not a secret.
_TRIVIAL_STAKES = (
    r"\b(?:surprise|spoil\w*|the finale|the ending|secret santa|the score|presents?|gifts?|proposal|"
    r"the ring|karaoke|singing|my dancing|haircut|tattoo|my crush|baby photos?|forget (?:the|to get|to "
    r"buy|to pick up) (?:bread|milk|eggs|wine|tickets|cake|shopping|bins|washing|dog food)|if (?:i|you|we) "
    r"(?:leave|forget|lose|break|eat|drink|spend|miss|burn|scratch|dent|use|borrow|finish|touch) "
    r"(?:[\w']+ ){0,3}(?:towels?|socks|dishes|mugs?|cups?|plates?|shoes|clothes|bread|milk|chocolate|"
    r"biscuits|charger|remote|jumper|hoodie|leftovers|cake|wine|beer|coffee|tea|crumbs|bins|washing|"
    r"laundry|toilet seat|lid|lights? on|heating on|back door open))\b"
)


# "I'll bury you in paperwork": what someone is buried in says whether it is a threat.
_FIGURATIVE_BURY = (
    r"\bbury (?:you|him|her|me|them) (?:in|under) (?:paperwork|work|emails|kisses|presents|gifts|love|"
    r"admin|forms|washing|laundry|cuddles|compliments|questions|paper)\b"
)


_PATTERN_FIELDS = frozenset({"requires", "unless", "not_before", "not_after", "escalate"})


# ---- The rules --------------------------------------------------------------------------------


def _rules() -> list[Rule]:
    r: list[Rule] = []

    def add(
        name: str,
        categories: tuple[str, ...] | str,
        level: Level,
        expression: str,
        **kwargs: object,
    ) -> None:
        cats = (categories,) if isinstance(categories, str) else categories
        options: dict[str, object] = {}
        for key, value in kwargs.items():
            options[key] = _c(value) if key in _PATTERN_FIELDS and isinstance(value, str) else value
        r.append(Rule(name, cats, level, _c(expression), **options))  # type: ignore[arg-type]

    # -- self-harm and suicide ----------------------------------------------------------------
    reflexive = r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)"
    add(
        "suicide_word",
        SELF_HARM,
        "crisis",
        r"\b(?:suicid\w*|self-harm\w*|kill(?:ing|ed|s)? " + reflexive + r"|kms|take (?:my|his|her|"
        r"their) (?:own )?life|took (?:his|her|their|my) (?:own )?life|taking (?:my|his|her|their) "
        r"(?:own )?life|end(?:ing|ed)? (?:my|his|her|their) (?:own )?life|end(?:ing)? it all|"
        r"off(?:ing)? "
        + reflexive
        + r"|top(?:ping)? "
        + reflexive
        + r"|do(?:ing)? "
        + reflexive
        + r" in|neck(?:ing)? "
        + reflexive
        + r"|end "
        + reflexive
        + r"|hang(?:ing|ed)? "
        + reflexive
        + r"|overdos\w*|od'?d|(?:cut|cutting|slit|slitting|slashed|slash) (?:my|his|her|their) "
        r"wrists?)\b",
        unless=r"\bsuicide (?:squad|doors?|mission|run|bid for|pact with (?:the|my) diet)\b|"
        r"^(?!.*\b(?:again|lately|recently|started|relapse\w*|back to)\b).*\b(?:used to|years ago|as a "
        r"(?:teen|teenager|kid)|when i was (?:younger|a teen\w*|at school|little))\b[^.!?]*\b(?:(?:but|and) "
        r"(?:i'm|i've been|i am|it's|that's|things are|i'm doing) (?:fine|ok|okay|good|better|well|clean|"
        r"over|past|behind me|much better)|(?:therapy|counselling|treatment|medication|it) (?:really )?"
        r"helped|in a (?:good|better) place|doing (?:well|better|fine) now|recovered|better now|fine now)\b",
        on_humour="concern",
    )
    add(
        "want_to_die",
        SELF_HARM,
        "crisis",
        r"\b(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|prefer|longing|long|praying|"
        r"pray|hope|hoping) to (?:just )?(?:die|be dead|stop existing|not exist|not be alive|not be here|"
        r"disappear forever|go to sleep and not wake up|fall asleep and never wake up|not wake up|never "
        r"wake up|end (?:it|things|everything|my life|the pain))\b(?! (?:with|between|on|for (?:work|the)))",
        on_humour="concern",
    )
    add(
        "not_want_to_live",
        SELF_HARM,
        "crisis",
        r"\b(?:don't|doesn't|didn't|do not|no longer|not|never) (?:really )?(?:want|wanna|wanted) to "
        r"(?:be alive|exist|live|be here|wake up|go on|carry on|keep living|keep going|be around)"
        r"(?= anymore| any more| any longer| now| again| tomorrow\W*$|\W*$|[.!?,]| and| but| if| because)",
        negatable=False,
        not_after=r" (?:here|there|with|in|like|near|together|at|on|for work|to work|to school|early)\b",
        on_humour="concern",
    )
    add(
        "wish_dead",
        SELF_HARM,
        "crisis",
        r"\b(?:wish|wished|wishing) (?:that )?(?:i|he|she) (?:was|were|'d|had) (?:dead|never (?:been )?born|"
        r"not (?:born|here|alive|around)|gone for good)\b|\bwish (?:i|he|she) (?:wasn't|weren't) "
        r"(?:alive|here|around|born)\b|\bwish (?:i|he|she) (?:could|would) (?:just )?(?:die|not wake up|"
        r"go to sleep forever|sleep forever|stop existing|fall asleep and never)\b",
        on_humour="concern",
    )
    add(
        "better_off",
        SELF_HARM,
        "crisis",
        r"\b(?:the world|everyone|everybody|the kids|my family|her family|his family)(?:'d| would| will|'ll)? "
        r"be (?:a )?(?:better|happier|fine|better off|better place) (?:off )?without (?:me|her|him)"
        r"(?: in it)?\b|"
        r"\b(?:better off|happier|fine|easier|better) if (?:she|he) (?:just )?(?:went away|wasn't here|was "
        r"gone|disappeared|died|wasn't around|wasn't alive|was dead|never came back)\b|"
        r"\b(?:she|my wife|my girlfriend|my partner|my mum|my fiancee)\b[^.!?]{0,60}\b(?:better off|"
        r"happier|fine|easier) without her\b|\b(?:he|my husband|my boyfriend|my partner|my dad|my "
        r"fiance)\b[^.!?]{0,60}\b(?:better off|happier|fine|easier) without him\b|"
        r"\b(?:better off|better|happier|fine|easier|simpler|lighter|freer|be ok|be okay|be fine|relieved|"
        r"glad|better off|happy)"
        r"(?: off)?(?: for [\w' ]{1,25}?)? (?:without me|if i "
        r"(?:was|were|wasn't|weren't|didn't|just (?=disappeared|vanished|went|died|wasn't|weren't|left|ended|"
        r"stopped|didn't|was gone|was dead|never)|'m|'d|was never|were never|disappeared|died|was dead|"
        r"was gone|wasn't here|wasn't around|wasn't alive|no longer|stopped)|when i'm gone|once i'm "
        r"gone|after i'm gone|with me gone|with me dead|if i'm not here|if i'm gone|if i died|"
        r"with (?:someone|somebody) (?:else|better|who isn't me)|with a (?:different|better) (?:mum|dad|"
        r"mother|father|partner|wife|husband|parent))\b",
        negatable=False,
        not_after=r" (?:for (?:a|the|one|that|this) (?:week|weekend|night|day|while|trip|evening)|there\b|at (?:the|that|this)\b|"
        r"on (?:the|that|this) (?:trip|night|day)|tonight\b)",
    )
    add(
        "no_one_would_notice",
        SELF_HARM,
        "crisis",
        r"\b(?:no one|nobody|no-one|anyone|who) (?:would|'d|will|even|would even|would actually|"
        r"would really) (?:even )?(?:notice|care|miss me|mind) (?:if|when) i(?: was| were|'m) "
        r"(?:gone|dead|not here|not around)|\bwho(?:'d| would) (?:even )?miss me\b",
        negatable=False,
    )
    add(
        "notice_gone",
        (),
        "concern",
        r"\b(?:anyone|no one|nobody|who) would (?:even |actually |really )?(?:notice|care|miss me)\b",
        negatable=False,
    )
    add(
        "nobody_would_miss",
        SELF_HARM,
        "crisis",
        r"\b(?:no one|nobody|noone|no-one) (?:would|will|'d|'ll)? ?(?:even |actually |really )?(?:miss me|"
        r"care if i (?:died|was gone|were gone|disappeared|wasn't here|wasn't around|didn't wake up))\b",
        unless=r"\b(?:if i (?:didn't|don't|skipped|skip|left|leave|missed|miss|wasn't at|went home|stayed "
        r"home|stay home)|party|work|meeting|dinner|drinks|event|wedding|office|shift|team|class|group|"
        r"pub|quiz|club|gym)\b",
        negatable=False,
    )
    add(
        "hardly_notice",
        (),
        "concern",
        r"\b(?:they|everyone|people|you|he|she|nobody|no one)(?:'d| would) (?:hardly|barely|not even|"
        r"never|even) (?:notice|miss me|care)\b|\b(?:can't|cannot|don't think i can|not sure i can) face (?:another day|tomorrow|going on|anything|"
        r"life|it anymore)\b|\bwant (?:everything|it all|all of it|it) to stop\b|\bstopped caring what "
        r"happens to me\b",
        negatable=False,
    )
    add(
        "gone_plans",
        SELF_HARM,
        "crisis",
        r"\b(?:after|when|once|for when) i'm (?:gone|dead|no longer (?:here|around))\b(?! (?:for|to|on|at"
        r"|from|till|until|all|this|next|a |away|out|tomorrow|tonight|over|home|back|abroad))",
        not_before=r"\blike $",
        negatable=False,
    )
    add(
        "not_around",
        SELF_HARM,
        "crisis",
        r"\b(?:won't|will not|not going to|might not|may not|don't think i'll|doubt i'll|not sure i'll|"
        r"don't know if i'll|i won't) (?:still )?be (?:around|here|alive|a (?:burden|problem|bother|"
        r"nuisance))(?: \w+){0,3} (?:much longer|for much longer|for long|anymore|any more|much more|by "
        r"(?:then|christmas|next|the time)|to see|soon|next (?:year|month|week|christmas)|for (?:your|his|"
        r"her|their|the) (?:birthday|wedding|christmas|graduation|anniversary))\b",
        negatable=False,
        unless=r"\b(?:trip|holiday|vacation|travel|away|abroad|work(?:ing)? (?:late|away)|conference|"
        r"shift|flight|moving|move|job in|visiting|visit|festival|on call|deployment)\b",
    )
    add(
        "burden_sorry",
        SELF_HARM,
        "crisis",
        r"\bsorry (?:for|about) (?:being|becoming) (?:such )?(?:a|a huge|a big|so much of a) (?:burden|"
        r"problem|nuisance|waste of space|disappointment)\b|\bready to go\b(?=[^.!?]{0,60}\bat peace\b)|"
        r"\b(?:don't|doesn't|no longer|do not|does not) (?:really )?feel like (?:living|being alive|going "
        r"on|existing|carrying on)\b(?! (?:here|with|in|like|there))",
        unless=r"\b(?:hospice|cancer|terminal|palliative|holiday|trip|party|airport|taxi|night out)\b",
        negatable=False,
    )
    add(
        "burden",
        SELF_HARM,
        "crisis",
        r"\b(?:won't|will not|not going to|won't be) (?:be )?a (?:burden|problem|bother|nuisance) "
        r"(?:much longer|for (?:much )?longer|anymore|any more|for long|soon)\b",
        negatable=False,
    )
    add(
        "burden_feel",
        SELF_HARM,
        "concern",
        r"\b(?:i'm|i am|i feel like|feel like i'm|i've become|i'm just|i'm only) (?:just |such |nothing "
        r"but )?a (?:burden|waste of space|waste of air|drain) (?:to|on|for)\b",
    )
    add(
        "nothing_to_live_for",
        SELF_HARM,
        "crisis",
        r"\b(?:don't|can't) see the point (?:in|of) (?:living|life|being alive|going on|carrying on|"
        r"existing|waking up)\b|\b(?:nothing|no reason|no point|nobody|no one) (?:left )?(?:to|for me to) (?:live for|live|go on|"
        r"keep going|keep living|stay for|carry on for)\b|\bno (?:reason|point) (?:to|in) (?:living|"
        r"being alive|going on|carrying on|staying alive|being here|existing|live|be alive)\b|\b(?:life|"
        r"living|existing)(?:'s| is| isn't| feels| doesn't feel)(?: not)? (?:worth (?:it|living)|"
        r"pointless|meaningless)(?! (?:without|if|when|at work|in this job|at the moment at work))\b|\bwhat's the point (?:of|in) (?:living|life|"
        r"being alive|going on|carrying on|existing|me being here|me|even being here|any of it anymore)\b",
        # "pointless at work right now but home is good": one corner of life, not life itself
        unless=r"\b(?:at work|this job|my job|the job)\b[^.!?]*\bbut\b[^.!?]*\b(?:good|great|fine|lovely|"
        r"ok|okay|happy)\b",
        negatable=False,
    )
    add(
        "tired_of_existing",
        SELF_HARM,
        "crisis",
        r"\b(?:tired|sick|exhausted|weary) of (?:existing|being alive|living|life|breathing|waking up|"
        r"being here|being me|being in this world)\b(?! (?:in|with|at|on|like|here|under|together|out|"
        r"near|by|off|paycheck|pay ?check|week|month|from|so|this|the|that|in fear))",
        negatable=False,
    )
    add(
        "done_with_life",
        SELF_HARM,
        "crisis",
        r"\b(?:done|finished|through) with (?:life|living|this life|this world|existing|being alive|"
        r"it all(?! for (?:today|tonight|the)))\b",
        negatable=False,
    )
    add(
        "thoughts_of_ending",
        SELF_HARM,
        "crisis",
        r"\b(?:thoughts?|thinking|thought|think|dream|dreaming|fantasi[sz]\w*|obsess\w*|imagin\w*|"
        r"pictur\w*|planning) (?:a lot )?(?:(?:of|about) )?(?:ending it|my own funeral|ending things|"
        r"ending everything|ending my life|ending it all|not being here|not being alive|not existing|"
        r"dying|death|taking my|my funeral|how i'd "
        r"do it|how to do it|disappearing for good|just going to sleep forever)\b(?! (?:with|between|"
        r"for good with|of (?:my|his|her) (?:dad|mum|father|mother|friend|grandma|gran|nan|dog|cat))\b)",
        unless=r"\b(?:job|relationship|marriage|lease|contract|with (?:him|her|them)|between us|"
        r"career|subscription|the call|chapter|book|story|film|series|podcast|grief|funeral was|"
        r"passed away|died|death of|since (?:he|she|mum|dad) died)\b",
        on_humour="concern",
    )
    add(
        "not_wake_up",
        SELF_HARM,
        "crisis",
        r"\b(?:easy|easier|wish|hope|hoping|want|pray|praying|rather|better|peaceful|nice|tempting|"
        r"dream of|think about)\b[^.!?]{0,40}\b(?:not|never|don't|didn't|wouldn't|won't) (?:to )?"
        r"(?:wake|waking) up\b(?! (?:till|until|before|for) )|\bgo to sleep and (?:not|never) wake\b"
        r"(?! up (?:till|until|before|for) )",
        negatable=False,
    )
    add(
        "not_scared_of_dying",
        SELF_HARM,
        "crisis",
        r"\b(?:not|no longer|never|isn't|aren't|stopped being|don't feel) (?:really )?(?:scared|afraid|"
        r"frightened|worried) (?:of|about) (?:dying|death|being dead|not waking up)\b",
        negatable=False,
    )
    add(
        "goodbye_letters",
        SELF_HARM,
        "crisis",
        r"\b(?:wrote|written|writing|left|leaving|write|writes|drafted|drafting) (?:\w+ )?(?:goodbye |"
        r"farewell |final |last )?(?:letters|a letter|notes|a note|a message|messages|videos|cards) (?:for|"
        r"to) (?:everyone|everybody|all of you|you all|each of|the kids|my kids|my family|my parents|"
        r"you and the|mum and dad|the people i love)\b|\b(?:goodbye|farewell|suicide) (?:note|letter|"
        r"message|video|text)s?\b|\b(?:don't|do not) open (?:them|it|the letters?|the notes?) "
        r"(?:yet|until|till|unless)\b",
        # a goodbye sent from a departure gate is a trip, not a farewell
        unless=r"\b(?:airport|flight|plane|gate|boarding|holiday|off to|trip|leaving do|work do|last day|"
        r"retir\w*|new job|colleagues|team|tradition|birthdays?|eighteenths?|twenty-firsts?|christmas|"
        r"time capsule|wedding)\b",
        negatable=False,
    )
    add(
        "sorry_goodbye",
        SELF_HARM,
        "crisis",
        r"\bsorry for everything\b[^.!?]{0,80}\b(?:goodbye|bye|love you|take care|forgive)\b|"
        r"\b(?:goodbye|bye)\b[^.!?]{0,40}\bsorry for everything\b|\b(?:goodbye|bye|farewell) (?:everyone|"
        r"everybody|world|all|cruel world)\b(?=[\s\S]{0,80}\b(?:phone(?:'s| is)? (?:off|dead)|not "
        r"answering|won't answer|can't reach|no reply|not picking up|switched off|posted|facebook|"
        r"instagram|status|sorry|love you)\b)|\bthis is (?:my )?goodbye\b"
        r"(?=[^.!?]{0,60}\b(?:sorry|love you|forgive|everyone))|\bi love you\W+(?:all\W+)?goodbye\b"
        r"|\btell (?:the kids|them|everyone|mum|my mum|my \w+|the \w+|our \w+|my \w+ and \w+) (?:that )?"
        r"i (?:love|loved) (?:them|her|him|you)\b(?![^.!?]{0,30}\b(?:when|"
        r"tonight|later|at|for))",
        negatable=False,
    )
    add(
        "handover",
        SELF_HARM,
        "crisis",
        r"\b(?:look after|take care of|look out for) (?:the kids|them|mum|dad|the dog|the cat|my \w+|"
        r"everyone|each other) for me\b|\bwho (?:gets|will get|'ll get|should get|can have|will have|"
        r"'ll have|takes|will take|'ll take|looks after|will look after) (?:the|my) (?:dog|cat|pets?|"
        r"stuff|things|guitar|car|flat|house|savings|bike|records|books|kids|children)\b|\b(?:wrote|"
        r"updated|made|sorted|finished|redid|written) (?:out )?(?:my|a) will\b",
        requires=r"\b(?:goodbye|sorry|switched (?:his|her|my) phone off|phone off|not answering|won't "
        r"answer|love you|always|forever|last|won't be|when i'm|after i'm|gone|calm|peace|peaceful|"
        r"ready|relief|at last|finally|sorted everything|just in case|once i'm)\b",
        unless=r"\b(?:holiday|trip|weekend|away|hospital stay|surgery|operation|while i'm (?:away|at)|"
        r"till i'm back|until i'm back|business trip|deploy\w*|lawyer said|solicitor|mortgage|new baby|"
        r"when i'm (?:away|back|at|out|working))\b",
        negatable=False,
    )
    add(
        "my_things",
        SELF_HARM,
        "crisis",
        r"\bwho (?:gets|will get|'ll get|should get|should have|can have|will have|'ll have|gets to have|"
        r"is to have|inherits) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|records|"
        r"savings|jewellery|jewelry)\b|\b(?:sorting out|sorted out|getting|got|putting|put) my "
        r"affairs (?:in order|sorted)\b|\bsorting out my affairs\b",
        unless=r"\b(?:diagnos\w*|cancer|terminal|hospice|surgery|operation|solicitor|lawyer|mortgage|"
        r"new baby|pregnan\w*|retire\w*|deploy\w*|moving abroad|emigrat\w*|divorce|estate planning)\b",
        negatable=False,
    )
    add(
        "pills_fixation",
        SELF_HARM,
        "crisis",
        r"\b(?:looking|looked|staring|stared|stare|look|keep looking|keep staring) at (?:the|a|my|that|"
        r"those|these) (?:\w+ )?(?:bottle|box|packet|packets|pot|tub|stash|jar) of (?:pills|tablets|"
        r"paracetamol|painkillers|sleeping pills|medication)\b|\b(?:bridge|cliff|cliffs|tracks|railway|"
        r"train line|multi-storey|rooftop|roof|river|motorway bridge|pills|tablets|rope)\b[^.!?]{0,50}"
        r"\b(?:keep thinking about (?:it|them|jumping|it all)|can't stop thinking about (?:it|them|"
        r"jumping)|drawn to (?:it|them)|pulls? me)\b",
        unless=r"\b(?:view|photo|picture|walk|walking the dog|run|running|cycle|cycling|commute|traffic|"
        r"roadworks|closed|repairs|engineering works|delays|cancelled|hay ?fever|allerg\w*|vitamins)\b",
        negatable=False,
    )
    add(
        "method_signs",
        SELF_HARM,
        "crisis",
        r"\b(?:hosepipe|hose pipe|hose)\b[^.!?]{0,60}\b(?:tape|exhaust|car|garage)\b|\bexhaust\b[^.!?]"
        r"{0,40}\b(?:hose|pipe|garage|window)\b|\bcharcoal\b[^.!?]{0,40}\b(?:car|tent|room|sealed|"
        r"bathroom)\b|\bbleed(?:ing)? out\b|\bhow long (?:it takes|does it take|would it take) to (?:die|"
        r"bleed|drown|overdose|suffocate|hang)\b|\b(?:rest|sleep|sleeping) (?:forever|for good|for "
        r"ever)\b|\beternal (?:sleep|rest)\b|\b(?:it'll|it will|it would|it'd|it's going to|this will) "
        r"(?:all )?be over (?:soon|tonight|shortly)\b(?=[^.!?]{0,40}\b(?:don't worry|not to worry|won't "
        r"be|for me|peace|goodbye|sorry|love you)\b)",
        requires=r"\b(?:tape|drive|car|garage|die|bleed|forever|for good|soon|eternal|exhaust|charcoal|"
        r"hose|peace|goodbye|worry)\b",
        unless=r"\b(?:garden|watering|plants|lawn|car wash|washing the car|barbecue|bbq|grill|cancer|"
        r"surgery|operation|flight|trip|holiday|skydiv\w*|deploy\w*|the meeting|the exam|the movie|"
        r"the film|the match|the game|the week|the wait|the queue|the pain from|labour|labor|first aid|"
        r"nosebleed|dentist|vet|the dog|the cat|will and|life insurance policy)\b",
        negatable=False,
    )
    add(
        "if_something_happens",
        SELF_HARM,
        "crisis",
        r"\b(?:manage|cope|be ok|be okay|be alright|be fine|get by|look after (?:the kids|them|yourself))"
        r"\b[^.!?]{0,30}\b(?:if|when) (?:something|anything) (?:happened|happens|were to happen|was to "
        r"happen) to (?:me|her|him)\b|\b(?:if|when) (?:something|anything) (?:happened|happens|were to "
        r"happen|was to happen) to (?:me|her|him)\b[^.!?]{0,30}\b(?:would you|could you|will you) "
        r"(?:manage|cope|be ok|be okay|be alright|be fine|get by)\b",
        unless=r"\b(?:cancer|surgery|operation|flight|trip|holiday|skydiv\w*|deploy\w*|diagnos\w*|"
        r"hospital|will|insurance|pregnan\w*|birth|labour|climb\w*|expedition|army|police|"
        r"firefight\w*|dangerous job)\b",
        negatable=False,
    )
    add(
        "worth_going_on",
        SELF_HARM,
        "crisis",
        r"\b(?:worth|point (?:in|of)?) (?:going on|carrying on|living|being alive|staying alive|keeping "
        r"going|being here|waking up)\b|\b(?:everyone|they|you|people|my family|the kids|you all) "
        r"(?:would|'d|will|'ll) (?:just )?(?:move on|get over (?:it|me)|forget (?:about )?me)(?: \w+)? "
        r"(?:quickly|fast|soon|without me|in no time|if i (?:was|were)|when i'm|after i'm|once i'm)\b|"
        r"\b(?:want|wants|wanted|need|needs) (?:everything|it all|all of it|this all|this life|my life) to "
        r"(?:end|be over|just end|finally end)\b",
        unless=r"\b(?:job|this job|work|course|degree|exam|project|season|holiday|trip|party|"
        r"argument|the argument|fight|this fight|the row|meeting|pandemic|lockdown|winter)\b",
        negatable=False,
    )
    add(
        "no_future",
        SELF_HARM,
        "crisis",
        r"\b(?:don't|can't|do not|cannot|can't really) (?:see|imagine|picture) (?:myself|me) (?:being )?"
        r"(?:alive|here|around|still here|living|still alive)\b|\b(?:won't|don't think i'll|doubt i'll|"
        r"not going to) (?:make it|last|survive|be alive|still be alive) (?:to|till|until|through|past|"
        r"another|much longer|the (?:week|year|month))\b",
        unless=r"\b(?:this job|this place|this company|at work|in this job|exam|course|diet|marathon|"
        r"meeting|shift|flight|party|game)\b",
        negatable=False,
    )
    add(
        "letter_to_you",
        SELF_HARM,
        "crisis",
        r"\b(?:written|wrote|left|leaving|writing) you (?:a |this )?(?:letter|note|message|video)\b",
        requires=r"\b(?:please don't be (?:angry|sad|upset|mad)|sorry|forgive|goodbye|when you (?:read|"
        r"find|see)|don't be sad|love you|it's not your fault|not your fault|after i|once i|in case|"
        r"look after)\b",
        negatable=False,
    )
    add(
        "not_coming_back",
        SELF_HARM,
        "crisis",
        r"\b(?:not|never|won't be|isn't|wasn't|not going to be) (?:be )?(?:coming|come|going to come) "
        r"back\b|\bdrive off (?:somewhere )?and (?:not|never)\b|\bdisappear (?:for good|forever)\b",
        requires=r"\b(?:gun|shotgun|rifle|pills|tablets|rope|bridge|cliff|sea|goodbye|sorry for "
        r"everything|note|letter|love you all|kill|die|dead|end it)\b",
        negatable=False,
    )
    add(
        "without_me",
        SELF_HARM,
        "crisis",
        r"\b(?:be ok|be okay|manage|cope|be alright|be fine|get by|carry on) (?:raising|looking after|"
        r"bringing up|with|parenting) (?:the kids|the children|them|our \w+) (?:on (?:your|my) own|alone|"
        r"by (?:yourself|myself)|without (?:me|him|her))\b|\b(?:when|if|once) i'm (?:not (?:here|"
        r"around) anymore|no longer around|not here to)\b",
        unless=r"\b(?:trip|holiday|away|deploy\w*|work(?:ing)? away|conference|hospital for|"
        r"surgery|operation|night shift|weekend|next week|tour)\b",
        negatable=False,
    )
    add(
        "only_way_out",
        SELF_HARM,
        "crisis",
        r"\bonly (?:way out|escape|solution|option|answer|way to (?:stop|end) (?:this|it|the pain))\b"
        r"[^.!?]{0,40}\b(?:die|dying|death|dead|not (?:be|being) here|not (?:be|being) alive|end it|"
        r"ending it|kill|disappear\w*|not exist\w*|not wak\w+ up)\b|\b(?:to|better to|easier to|rather) "
        r"not (?:be|exist) (?:here|alive|around|anymore|at all)\b|\b(?:'d|would) rather be dead\b",
        negatable=False,
    )
    add(
        "means_kept",
        SELF_HARM,
        "crisis",
        r"\b(?:keep|keeps|kept|carry|carries|carrying|hide|hides|hid|hiding|have|has|got) (?:a |some |"
        r"my |his |her )?(?:razor blades?|razor|blades?|knife|pills|tablets|rope)\b(?=[^.!?]{0,50}\b(?:for "
        r"when|in case|just in case|when (?:things|it) get|when it's bad|for emergencies|if i need|"
        r"hidden|under (?:my|the) (?:bed|mattress|pillow))\b)",
        unless=r"\b(?:shaving|work|job|craft|art|kitchen|camping|fishing|stanley|box cutter|first aid|"
        r"vitamins|headache|hay ?fever|allerg\w*)\b",
        negatable=False,
    )
    add(
        "favour",
        SELF_HARM,
        "crisis",
        r"\b(?:doing|do|be doing|did) (?:everyone|you|them|the world|you all|my family) a favou?r by "
        r"(?:disappearing|dying|leaving|not being|going|ending|killing|getting rid of myself)\b|"
        r"\bdisappear(?:ing)? (?:permanently|forever|for good)\b|\b(?:got|have|has|made|set|picked|"
        r"chosen|'s got|'ve got) (?:a|the) (?:plan|method) and (?:a|the) (?:date|time|place|method)\b",
        unless=r"\b(?:wedding|party|holiday|trip|move|moving|house|baby|birthday|proposal|surprise|"
        r"project|launch|renovation|diet|gym|exam|interview|from (?:social media|instagram|facebook|"
        r"the internet|online|the group))\b",
        negatable=False,
    )
    add(
        "farewell_signs",
        SELF_HARM,
        "crisis",
        r"\b(?:said|told|written|wrote|saying) (?:all |everything |what )?(?:i|she|he) (?:needed|wanted|"
        r"had|had to) to (?:say|tell)(?: to everyone| to you| to them| to the people)?\b|\b(?:left|wrote|"
        r"leaving|writing) (?:me |us |you |him |her )?a (?:note|letter|message|text) (?:saying|that said|"
        r"telling|to say)\b(?=[^.!?]{0,60}\b(?:sorry|goodbye|love|deserve better|better off|forgive|not "
        r"your fault|can't do this|look after)\b)|\b(?:picture|picturing|imagine|imagining|think|"
        r"thinking|planning|plan|keep seeing)\b[^.!?]{0,30}\bmy (?:own )?funeral\b",
        unless=r"\b(?:meeting|presentation|interview|argument|therapist|counsell\w*|speech|wedding|"
        r"funeral plan|prepaid|pre-paid|insurance|over 50s|hilarious|song at my funeral|play at my "
        r"funeral|when i'm old)\b",
        negatable=False,
    )
    add(
        "giving_away",
        SELF_HARM,
        "crisis",
        r"\b(?:giving|gave|give|given|giv\w*) (?:away )?(?:all |most )?(?:of )?(?:my|his|her) (?:stuff|"
        r"things|belongings|possessions|prized \w+|favourite things|treasured \w+|most precious \w+)"
        r"(?: \w+)?(?: away| to)?\b(?![^.!?]{0,40}\b(?:charity|declutter|decluttering|moving|clear ?out|"
        r"car boot|ebay|vinted|sell|selling|sold|downsiz\w*|spring clean|marie kondo))|"
        r"\b(?:giving|gave|give|given|started giving) (?:away )?(?:all )?(?:of )?my [\w' ]{1,40}? away\b"
        r"(?=[^.!?]{0,60}\b(?:won't (?:be )?need|not going to need|don't need (?:them|it) anymore|no "
        r"longer need|felt right|feels right|won't miss|before i go|where i'm going|for the last time|"
        r"won't be needing)\b)|\b(?:saying|said|say|making|made) my (?:final |last )?goodbyes\b",
        negatable=False,
        unless=r"\b(?:party|leaving do|moving (?:house|abroad|away|out)|farewell do|last day|new job|"
        r"emigrat\w*|travelling|trip|holiday|funeral|hospital|hospice|nan|grandma|grandad|granny|"
        r"grandpa|dying|passed away|relocat\w*|retire\w*)\b",
    )
    add(
        "wont_need",
        SELF_HARM,
        "crisis",
        r"\b(?:won't|will not|wouldn't|shan't) be needing (?:it|them|these|those|any of (?:it|this|"
        r"them)|my \w+)(?=\W*$|[.!?,;]| anymore| any more| where| soon| after)|"
        r"\b(?:won't|will not|not going to|wouldn't|shan't) need (?:it|them|this|these|that|those|"
        r"my [\w' ]{1,20}|anything|any of (?:it|this|them)) (?:anymore|any more|where i'm going|much "
        r"longer|after (?:tonight|this week|friday|today)|soon)\b(?![^.!?]{0,30}\b(?:new one|upgrade|"
        r"bought|replac|moving|charity|ebay))",
        negatable=False,
    )
    add(
        "stockpile",
        SELF_HARM,
        "crisis",
        r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|collecting|collected|squirrel\w* away|"
        r"bought (?:a lot of|loads of|lots of|boxes of|packets of|enough|a stash of|extra)|"
        r"hiding|hid|keeping|kept|counting|counted|research\w*|googl\w*|look\w* up) (?:up |away )?"
        r"(?:all )?(?:my |his |her |some |the |enough |a lot of |loads of |a stash of |how many )?"
        r"(?:sleeping |pain ?|prescription )?(?:pills|tablets|medication|paracetamol|painkillers|"
        r"killers|sleeping pills|co-?codamol|tramadol|insulin|antidepressants|oxy\w*|opioids|"
        r"razor ?blades|blades)\b(?![^.!?]{0,20}\b(?:for (?:the|my) (?:holiday|trip|cold|flu|headache)|"
        r"organiser|box|dispenser))",
        negatable=False,
    )
    add(
        "pills_ready",
        SELF_HARM,
        "crisis",
        r"\b(?:pills|tablets|medication|paracetamol|painkillers|sleeping pills)\b[^.!?]{0,30}\b(?:lined "
        r"up|laid out|counted out|all ready|ready to (?:go|take)|in front of me|in my hand|on the "
        r"(?:bathroom )?(?:counter|table|side))\b|\b(?:swallow\w*|take|took|taking|downed|down|"
        r"empt\w+) (?:everything|all of it|the lot|all the pills|the whole lot|whatever) (?:in|from) "
        r"(?:the|my|our) (?:medicine|bathroom|first aid) (?:cabinet|cupboard|drawer|box)\b",
        negatable=False,
        unless=r"\b(?:vitamins|dosette|for the week|organiser|for the dog)\b",
    )
    add(
        "means_with_drink",
        SELF_HARM,
        "crisis",
        r"\b(?:got|have|with|holding|next to|beside) (?:all |a load of |a bunch of )?(?:my |his |her |the )?"
        r"(?:sleeping )?(?:pills|tablets|painkillers|paracetamol|medication)\b[^.!?]{0,60}\b(?:vodka|wine|"
        r"whisky|whiskey|gin|alcohol|bottle|sat here|sitting here|ready|in front of me)\b|\b(?:vodka|"
        r"wine|whisky|whiskey|gin|alcohol|bottle)\b[^.!?]{0,40}\b(?:all )?(?:my |his |her )?(?:sleeping "
        r")?(?:pills|tablets|painkillers|paracetamol)\b",
        unless=r"\b(?:hangover|headache|period|vitamins|antibiotics|shouldn't mix|doctor said)\b",
        negatable=False,
    )
    add(
        "took_pills",
        SELF_HARM,
        "crisis",
        r"\b(?:took|taken|swallowed|take|taking|downed) (?:all|a whole|the whole|a bunch of|loads of|"
        r"too many|a handful of|all of|a full|an entire|every one of|a lot of) (?:my |his |her |the )?"
        r"(?:sleeping )?(?:pills|tablets|medication|paracetamol|packet|bottle|box|painkillers|"
        r"sleeping pills|insulin)\b",
        negatable=False,
    )
    add(
        "how_to_die",
        SELF_HARM,
        "crisis",
        r"\bpainless (?:ways?|methods?) (?:to go|out|to do it|to die|of dying)\b|\bways to go\b(?= "
        r"(?:that|which|without|quickly|peacefully|painlessly)|\W*$)|"
        r"\b(?:how|ways|best way|easiest way|quickest way|painless way|method|methods|researching "
        r"ways|looked up ways) to (?:kill "
        r"(?:my|your|him|her)self|die|end (?:it|my life|things|your life)|overdose|hang|not wake up|"
        r"disappear forever|die (?:that|which) (?:wouldn't|won't|don't|doesn't) hurt|die painlessly)\b|"
        r"\bhow (?:many|much) (?:of )?(?:my |his |her |the |those |these )?(?:pills|tablets|"
        r"paracetamol|insulin|sleeping pills|medication|painkillers)(?: \w+){0,4} (?:would it take|it "
        r"would take|it'd take|to (?:die|kill|be fatal|overdose)|does it take|would (?:kill|be enough|do "
        r"it)|is (?:fatal|lethal|a lethal dose|enough)|kills? you)\b|\blethal dose\b",
        negatable=False,
    )
    add(
        "edge",
        SELF_HARM,
        "crisis",
        r"\b(?:stood|standing|stand|sat|sitting|sit|lingered|lingering|waited|waiting|looked down|"
        r"looking down|leaned|leaning|climbed|climbing) (?:on|at|by|near|over|off|onto|up|in front of|next "
        r"to|close to|beside|right by) (?:the |a )?"
        r"(?:edge of (?:the |a )?|top of (?:the |a )?|side of (?:the |a )?)?(?:bridge|cliff|ledge|roof|"
        r"rooftop|tracks|railway(?: line)?|platform edge|train tracks|motorway bridge|multi-storey|car "
        r"park roof|balcony railing|edge)\b(?![^.!?]{0,30}\b(?:view|photo|picture|sunset|fireworks|"
        r"sunrise|selfie|lunch|picnic|waiting for (?:the|a) train))",
        negatable=False,
    )
    add(
        "going_to_edge",
        SELF_HARM,
        "crisis",
        r"\b(?:driving|drove|drive|drives|walking|walked|walk|walks|going|went|go|goes|cycling|cycled) "
        r"(?:out |up |down )?to (?:the )?(?:cliffs?|bridge|tracks|railway(?: line)?|edge|ledge|roof|top of "
        r"(?:the|a) (?:car park|multi-storey|building|cliff)|quarry|reservoir|river at night)\b",
        requires=r"\b(?:sitting|sat|standing|stood|just sit|at night|looking down|staring|thinking|"
        r"for hours|alone|on my own|by myself|every night)\b",
        unless=r"\b(?:walk the dog|walking the dog|picnic|sunset|sunrise|photos?|view|fishing|climbing|"
        r"with the kids|with friends|hike|hiking|date)\b",
        negatable=False,
    )
    add(
        "jump",
        SELF_HARM,
        "crisis",
        r"\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|stepped|walk|walking|"
        r"drive|driving|drove|crash|crashing) (?:off|from|in front of|into) (?:a |the )?(?:bridge|cliff|"
        r"building|roof|train|bus|lorry|truck|car|traffic|tracks|sea|river|oncoming traffic|motorway|"
        r"balcony|window|ledge|car park|multi-storey|block of flats|tower|top floor|"
        r"tree|wall)\b",
        negatable=True,
        requires=r"\b(?:want|wanted|thought|thinking|think|urge|tempted|feel like|felt like|could|"
        r"just|nearly|almost|considered|pictur\w+|imagin\w+|wonder\w*|plan\w*|going to|might|easy)\b",
        unless=r"\b(?:diving|bungee|swim|swimming|skydiv|paraglid|holiday|pool|lake for a swim)\b",
    )
    add(
        "rope",
        SELF_HARM,
        "crisis",
        r"\bnoose\b|\b(?:looking|looked|staring|stared|sat looking|tied|tying|bought|testing|tested) "
        r"(?:at )?(?:a |the |some )?(?:rope|belt|cord|cable)\b(?=[^.!?]{0,60}\b(?:hour|hours|long time|"
        r"ages|beam|banister|garage|loft|attic|tree|door|hook|neck|ceiling|thinking))|\b(?:bought|got|"
        r"buying|ordered) (?:a |some |a length of |a long )?rope\b(?=[\s\S]{0,80}\b(?:low|depressed|down|"
        r"dark|not (?:himself|herself|myself)|worried|scared|beam|loft|hidden|hiding|don't have a|"
        r"doesn't need|no reason)\b)",
        negatable=False,
    )
    add(
        "research_heights",
        SELF_HARM,
        "crisis",
        r"\b(?:looking up|looked up|researching|researched|googling|googled|searching|searched|asking "
        r"about|checking|checked)\b[^.!?]{0,30}\b(?:which|the highest|the tallest|how high|how tall|how "
        r"far down|the drop)\b[^.!?]{0,20}\b(?:bridge|building|cliff|car park|multi-storey|tower|drop|"
        r"highest|tallest)\b|\b(?:want|wants|need|needs) out\b(?=[\s\S]{0,30}\b(?:permanently|for "
        r"good|forever|of (?:this life|life|it all|everything))\b)",
        unless=r"\b(?:holiday|trip|tourist|visit|bungee|climb\w*|photo|view|sightseeing|job|"
        r"relationship|marriage|this house|the lease|contract)\b",
        negatable=False,
    )
    add(
        "self_injury",
        SELF_HARM,
        "crisis",
        r"\b(?:want|wanted|wanting|urge|urges|urged|thought|thoughts|thinking|think|tempted|going|might|"
        r"could|scared i'll|afraid i'll|keep|kept|been|started|start|stop myself from|feel like|felt like|"
        r"need|needed|trying not to|relapsed|relapse|used to|again|promise not to|caught (?:him|her|"
        r"myself)) (?:to |about |on |into |of )?(?:hurting|hurt|harming|harm|cutting|cut|burning|burn|"
        r"scratching|hitting|punching|starving|bruising|injuring|injure|punish|punishing) "
        + reflexive
        + r"\b|\b(?:he|she|they|my \w+|i) (?:\w+ )?(?:cuts|burns|hurts|harms|scratches|hits|punches|"
        r"bites|starves|injures|punishes) (?:him|her|my|them)self\b|\b(?:cutting|burning|harming|"
        r"hurting|scratching|starving) (?:him|her|my|them)self\b|\b(?:cutting|self-harming) again\b|"
        r"\b(?:he's|she's|they're|i've|he|she|i) (?:been |started |gone back to |back to |is |was )"
        r"cutting(?: again)?\b",
        unless=r"\b(?:(?:my|his|her|own) (?:hair|fringe|nails|beard)|hair ?cut|shaving|chopping|cooking|accident\w*|by mistake|on the (?:oven|stove|pan|iron|"
        r"kettle|grill|hob)|gym|lifting|running|football|skiing|fell|trip\w*|cutting (?:back|down|out|"
        r"corners|ties|costs|hair|the grass|the lawn|the cake|onions?|wood|carbs|sugar|it close|off)|"
        r"burning (?:the|out|calories|a candle|bridges|the midnight)|sprain\w*|pull\w* a muscle)\b",
    )
    add(
        "self_injury_body",
        SELF_HARM,
        "crisis",
        r"\b(?:burn(?:ing|ed|t|s)?|cut(?:ting|s)?|scratch(?:ing|ed|es)?|carv(?:ing|ed|e)|slic(?:ing|ed)|"
        r"hitting|punching|bruising|pick(?:ing)? at|bang(?:ing|ed|s)?) (?:my|his|her|their) (?:own )?"
        r"(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|hands?|hips?|face|head)\b",
        requires=r"\b(?:cigarettes?|lighter|razor|blades?|knife|when it gets (?:bad|too much)|to cope|overwhelm\w*|"
        r"when i get|to calm (?:myself )?down|stop the thoughts|against the wall|on the wall|"
        r"again|on purpose|to feel|punish\w*|relief|numb|scars?|hide|hiding|sleeves|until it bleeds|"
        r"bleed)\b",
        not_before=r"\b(?:he|she|they|he'd|she'd|he'll|she'll|would|will|'d|'ll|going to|threatened "
        r"to|said (?:he|she)'d)(?: [\w']+)? $",
        unless=r"\b(?:shaving|chopping|cooking|accident\w*|by mistake|oven|stove|pan|iron|kettle|"
        r"grill|hob|sunburn|gym|rash|eczema|itch\w*|mosquito|bites)\b",
    )
    add(
        "self_injury_marks",
        SELF_HARM,
        "crisis",
        r"\b(?:cuts|cut marks|scars|fresh marks|burns|burn marks|scratches|lines) (?:on|up|across|all "
        r"over) (?:her|his|my|their|both) (?:\w+ )?(?:arms?|legs?|wrists?|thighs?|stomach|hips?|tummy)\b",
        requires=r"\b(?:again|fresh|new|hid\w*|sleeves|herself|himself|myself|self|cutting|razor|blade|"
        r"won't say|won't tell|doesn't know|don't know how|bring it up|saw)\b",
        unless=r"\b(?:cat|dog|kitten|rose|bush|bramble|garden\w*|surgery|operation|accident)\b",
    )
    add(
        "voices",
        SELF_HARM,
        "crisis",
        r"\bvoices? (?:telling|tell|tells|told|saying) (?:me|him|her) to (?:hurt|kill|die|jump|end|cut|"
        r"harm|do it)\b",
        negatable=False,
    )
    add(
        "covered_if",
        SELF_HARM,
        "crisis",
        r"\b(?:covered|insurance|my will|the will|looked after|taken care of|provided for|sorted|"
        r"in order)\b[^.!?]{0,60}\b(?:if|when|in case|once) (?:anything|something) (?:happens|happened|"
        r"were to happen|was to happen) to me\b|\b(?:made sure|make sure|sorted|arranged|put) "
        r"(?:everything|my affairs|things|my things|my stuff) in order\b",
        unless=r"\b(?:trip|travel|holiday|flight|surgery|operation|deployment|abroad|skydiv\w*|"
        r"climb\w*|expedition)\b",
        negatable=False,
    )
    add(
        "tonight_the_night",
        SELF_HARM,
        "crisis",
        r"\b(?:tonight|today|this weekend)(?:'s| is) the (?:night|day)\b|\b(?:no|there's no) (?:other )?way "
        r"out (?:but|except|other than|apart from)\b|\bif you (?:leave|go|walk out|break up with me|dump "
        r"me)\b[^.!?]{0,30}\bi'll (?:just )?(?:end it|do it|do something stupid|end everything|not be "
        r"here|be gone)\b",
        requires=r"\b(?:no way out|can't|done|decided|goodbye|pills|ready|sorry|swear|end it|nothing|"
        r"leave|anymore|any more)\b",
        negatable=False,
        unless=r"\b(?:party|date|game|match|concert|gig|premiere|proposal|propose|final|launch|"
        r"wedding|escape room|quiz|movie|film)\b",
    )
    add(
        "end_plan",
        SELF_HARM,
        "crisis",
        r"\b(?:planning|plan|planned|going|decided|ready|want|intend|intending) to end (?:it|things|"
        r"everything|it all)\b(?! (?:with|between))(?=[^.!?]{0,50}\b(?:tonight|tomorrow|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|this week|weekend|after the kids|when the kids|once "
        r"the kids|soon|before)\b)",
        unless=r"\b(?:with (?:him|her|them|my \w+)|between us|relationship|marriage|lease|contract|"
        r"subscription|job|tenancy|affair|things with|the call|the meeting|the project|breakup|break "
        r"up|divorce|date)\b",
        negatable=False,
    )
    add(
        "crash_car",
        SELF_HARM,
        "crisis",
        r"\b(?:crash|crashing|wreck|wrecking|drive|driving|swerve|swerving|steer|steering) (?:the|my) "
        r"car (?:on purpose|deliberately|off (?:the|a) (?:road|bridge|cliff)|into (?:a|the|some) (?:wall|"
        r"tree|lorry|truck|river|sea|oncoming|bridge|ditch))\b|\bdrive (?:off|into) (?:a|the) (?:cliff|"
        r"bridge|river|sea|wall|tree)\b",
        requires=r"\b(?:i|i'm|i've|myself|want|wanting|thought|thinking|urge|tempted|keep)\b",
        not_before=r"\b(?:he|she|they|my \w+)(?: [\w']+)? $",
        negatable=True,
    )
    add(
        "pain_stop",
        SELF_HARM,
        "crisis",
        r"\b(?:want|wish|need|just want|need) (?:the pain|it all|everything|all of it|it|this|the "
        r"hurting|the noise in my head) to (?:stop|end|go away) (?:forever|for good|permanently|for "
        r"ever)\b",
        negatable=False,
    )
    add(
        "do_it_tonight",
        SELF_HARM,
        "crisis",
        r"\b(?:i'm going to|i'll|i will|tonight i'll|i'm ready to|i've decided to|i've made up my mind to|"
        r"i'm finally going to) (?:just )?(?:do it|go through with it|end it|finish it|make it stop)"
        r"(?: tonight| today| this time| for real| now|\W*$|[.!?])",
        negatable=False,
        requires=r"\b(?:tonight|pills|tablets|bridge|rope|goodbye|sorry|ready|pain|can't (?:do|take|go)|"
        r"anymore|any more|nobody|no one|everyone|tired|decided|made up my mind|for real|no more)\b",
        unless=r"\b(?:exam|essay|test|marathon|diet|job|presentation|homework|tattoo|haircut|quit|"
        r"smoking|divorce|break up|dump|propos\w*|gym|run|bungee|skydiv\w*)\b",
    )
    # concern-level cues: distress that deserves a check-in
    add(
        "not_suicidal",
        SELF_HARM,
        "concern",
        r"\bnot (?:suicidal|going to (?:do anything|hurt myself|kill myself)|like that|in danger)\b|"
        r"\bnot (?:going to )?do anything stupid\b",
    )
    add(
        "what_point",
        (),
        "concern",
        r"\bwhat(?:'s| is) (?:even )?the point\b|\b(?:don't|can't) see the point\b|\bno point (?:in )?(?:anything|trying|planning|any of "
        r"it)\b|\bpointless\b(?=[^.!?]{0,20}\b(?:all|everything|anything|me|life|trying)\b)",
        negatable=False,
    )
    add(
        "cant_go_on",
        (),
        "concern",
        r"\b(?:can't|cannot|don't know how (?:much )?longer i (?:can|could)|not sure i can|don't think "
        r"i can) (?:go on|carry on|keep going|cope|take (?:it|this|much more|any more|anymore)|do this "
        r"(?:anymore|any more|much longer)|keep doing this|keep it together|hold on|hold it together)\b",
        negatable=False,
        escalate=r"\b(?:not answering|won't answer|isn't answering|phone(?:'s| is)? (?:off|dead)|switched "
        r"(?:it|his phone|her phone) off|goodbye|tell \w+ i love|sorry for everything|pills|tablets|"
        r"bridge|rope|can't reach (?:him|her)|not picking up)\b",
    )
    add(
        "mood",
        (),
        "concern",
        r"\b(?:(?:feel|feeling|felt|so|completely|totally|utterly|really|just|everything (?:is|feels)) "
        r"hopeless\b(?! (?:at|with|romantic|case))|hopelessness|worthless|numb|empty inside|feel empty|feel nothing|don't (?:really )?feel "
        r"anything|can't feel anything|dark place|dark thoughts|intrusive thoughts|scary thoughts|"
        r"head's (?:just )?(?:really )?dark|mind's (?:really )?dark|(?:really )?dark lately|so dark|"
        r"depressed|depression|breakdown|broken inside|fundamentally broken|falling apart|losing it|"
        r"disappearing|trapped|panic attacks?|anxiety attacks?|can't breathe|can't stop "
        r"crying|cry(?:ing)? (?:every day|every night|most days|all the time|in the car|myself to "
        r"sleep)|flashbacks?|nightmares (?:about|every|again)|having nightmares|the dream about|"
        r"bad dreams|hearing voices|hear voices|hearing (?:[\w']+ ){0,3}voice|"
        r"don't recognise myself|scared of myself|scared of what i (?:might|could) do|lost all hope|"
        r"no hope|so alone|all alone|completely alone|no one cares|nobody cares|nobody would care|"
        r"tired of (?:everything|it all|all of it|fighting)|so tired of (?:everything|fighting)|"
        r"exhausted by everything|can barely eat|lost (?:a lot of |so much )?weight|(?:feeling|felt|been|so|really) (?:really |so |very )?low|don't "
        r"enjoy anything|lost interest in everything|no joy|(?:haven't been able|couldn't|can barely|"
        r"can't) (?:to )?get out of bed|not eating|stopped eating|"
        r"stops eating|isn't eating|won't eat|"
        r"can't eat|can't focus|can't get out of bed|haven't got out of bed)\b",
    )
    add(
        "withdrawal",
        (),
        "concern",
        r"\b(?:haven't|hasn't|not|never) (?:left|been out of|gone out of|got out of) (?:the|my|his|her) "
        r"(?:house|flat|bed|room|bedroom|home|apartment)(?: \w+){0,2} (?:in|for) (?:\d+|days|weeks|a week|two|"
        r"three|four|five|six|seven|eight|nine|ten|ages)\b|\b(?:don't|doesn't) (?:really )?want to "
        r"(?:see|talk to) (?:anyone|anybody|people)\b|\bcancel(?:led|ed)? on everyone\b|\bisolat\w+\b",
        negatable=False,
    )
    add(
        "substances",
        (),
        "concern",
        r"\b(?:drink|drinks|drinking|drunk|drank) (?:\w+ ){0,2}(?:alone|every (?:day|night)|in the morning|"
        r"most (?:nights|days)|a (?:whole )?bottle|before work|at work|to cope|to sleep|to forget|"
        r"more and more|himself to sleep|herself to sleep|myself to sleep)\b|\b(?:relapsed|"
        r"using again|smoked again|back on the|drugs again|a lot of coke|gambl\w+ again|gambling (?:away|"
        r"debts?|problem))\b|\b(?:drives?|drove|driving) (?:home )?(?:drunk|after drinking|over the "
        r"limit|high|stoned|when (?:he's|she's) had a few|after (?:he's|she's) had a few)\b|"
        r"\bdrink[- ]driv\w+\b|\bwhen (?:he's|she's|he|she) (?:had a few|been drinking)\b.{0,40}"
        r"\bdrives?\b",
        negatable=False,
    )
    add(
        "eating",
        (),
        "concern",
        r"\b(?:threw|throw|throwing|made myself|make myself|making myself|makes herself|makes himself|"
        r"made herself|made himself) (?:up|sick) after (?:eating|dinner|meals?|lunch|breakfast|food)\b|"
        r"\bpurg\w+\b|\bbinge(?:ing|d)? and\b|\b(?:starving|starve) myself\b|\bhaven't eaten (?:in|for) "
        r"(?:days|\d+ days)\b",
        negatable=False,
    )
    add(
        "meds_stopped",
        (),
        "concern",
        r"\b(?:stopped|stopping|quit|come off|came off|coming off|not taking|stop taking|stopped taking)"
        r" (?:taking )?(?:my|his|her|the|their) (?:medication|antidepressants|pills|tablets|lithium|"
        r"sertraline|prozac|fluoxetine|citalopram|meds|prescription|mood stabilisers?|antipsychotics?)\b",
        negatable=False,
    )
    add(
        "crisis_team",
        (),
        "concern",
        r"\b(?:crisis team|psych(?:iatric)? ward|sectioned|a&e (?:for|because)|mental health team|"
        r"therapist is worried|gp is worried)\b",
        negatable=False,
    )

    # -- violence ------------------------------------------------------------------------------
    strong = (
        r"(?:punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|strangl(?:ed|es|ing)|"
        r"throttl(?:ed|es|ing)|headbutt(?:ed|s|ing)?|elbow(?:ed|s|ing)|stab(?:bed|s|bing)|"
        r"batter(?:ed|s|ing)|whack(?:ed|s|ing)|thump(?:ed|s|ing)|smack(?:ed|s|ing)|shov(?:e|ed|es|ing)|chok(?:ed|es|ing)|bash(?:ed|es|ing)|"
        r"assault(?:ed|s|ing)|attack(?:ed|s|ing)|hit|hits|hitting|beat|beats|beating|beaten|bit|bites|"
        r"biting|bitten|clocked|decked|floored|spat (?:on|at)|spits (?:on|at)|spit (?:on|at)|"
        r"burn(?:ed|t|s)|scald(?:ed|s)|body-?slamm(?:ed|s)|kneed|knees|lamped|shook|shakes|shaking|"
        r"scratch(?:ed|es)|slam(?:med|s)|clawed|raped|rapes)"
    )
    add(
        "tied_up",
        (SEXUAL, VIOLENCE),
        "crisis",
        r"\b(?:tied|ties|tying|cuffed|handcuffed|restrained|restrains) (?:me|him|her) (?:up|down|to)\b",
        requires=r"\b(?:without asking|wouldn't let me go|didn't stop|panic\w*|said no|said stop|"
        r"begged|scared|crying|didn't want|against my will|wouldn't untie|left me)\b",
        negatable=False,
    )
    add(
        "hit",
        VIOLENCE,
        "crisis",
        rf"\b(?P<key>{strong}) {_ADULT}\b",
        # "the bit you're dreading": "bit" after a determiner is a noun.
        not_before=_INANIMATE_BEFORE.pattern
        + "|"
        + _MODAL_BEFORE.pattern
        + r"|\b(?:what|what's|which|the|a|this|that|little|tiny|best|worst|hardest|first|last) $",
        not_after=r" (?:out of (?:the|my|his|her) (?:team|group|chat|band|club|game|squad)|out\b|off "
        r"(?:the|my|his|her) (?:team|group|chat)|under the table|in (?:his|her|their|my) sleep|up\b|"
        r"back\b(?= with (?:a|the) (?:comeback|question|reply|joke))|a cd|a copy|awake|on the back\b|"
        r"with (?:your|his|her|my) (?:elbow|knee|foot|arm|hand)s? in (?:your|his|her|my|their) sleep|"
        r"hand|'s hand|on the (?:shoulder|back)(?= (?:to|and say|and said|as|for|like))|with (?:a|the|"
        r"his|her) (?:pillow|cushion|snowball|water|towel|nerf|feather))",
        # a small child's tantrum: "our daughter had a tantrum and kicked me, she's two"
        unless=_PLAY.pattern + r"|\b(?:dream|dreamt|dreamed|nightmare|tantrums?|meltdown)\b|\b(?:she's|he's|"
        r"they're) (?:only |just )?(?:[1-4]|one|two|three|four)\b(?! (?:times|hours|days|weeks|months|years "
        r"older))",
        her_object=True,
        on_humour="concern",
    )
    add(
        "push",
        VIOLENCE,
        "crisis",
        rf"\b(?P<key>push(?:ed|es|ing)?|shov(?:ed|es|ing)) {_ADULT}\b",
        not_before=_INANIMATE_BEFORE.pattern + "|" + _MODAL_BEFORE.pattern,
        not_after=r" (?:to (?!the (?:floor|ground|wall))|into (?!(?:the|a|an|my|his|her) (?:wall|door|"
        r"table|counter|cupboard|fridge|window|floor|radiator|bath|car|stairs|bannister|corner|"
        r"mirror|shelves|tv|glass|road|traffic|oven|sink|doorframe|frame))|away\b|aside\b|for\b|too "
        r"(?:far|hard|much)\b|harder\b|further\b|around\b|forward\b|out of (?:my|his|her|your) comfort|"
        r"towards\b|over the edge|to breaking|on\b|in the (?:pram|buggy|swing|wheelchair)|"
        r"buttons|limits)",
        unless=_PLAY.pattern + r"|\b(?:swing|pram|buggy|wheelchair)\b",
        her_object=True,
        on_humour="concern",
    )
    add(
        "grab",
        VIOLENCE,
        "crisis",
        rf"\b(?:grab(?:bed|s|bing)|yank(?:ed|s|ing)|seiz(?:ed|es)|manhandl(?:ed|es|ing)) {_ADULT}"
        r"(?= (?:by|so|hard|round|around|roughly|violently|against|too|from behind)\b|\W*$|\s*[.!?,])",
        not_before=_INANIMATE_BEFORE.pattern + "|" + _MODAL_BEFORE.pattern,
        unless=_PLAY.pattern,
        her_object=True,
        on_humour="concern",
    )
    add(
        "grab_body",
        VIOLENCE,
        "crisis",
        r"\b(?:grab(?:bed|s|bing)|squeez(?:ed|es|ing)|yank(?:ed|s|ing)|twist(?:ed|s|ing)|wrench(?:ed|es)|"
        r"pinned|pins|pinning|pressed|presses|dug (?:his|her) nails into|pulled|pulls|pulling) "
        r"(?:me |him |her )?(?:by )?(?:my|his|her|your) (?:throat|neck|hair|wrists?|arms?|jaw|face|"
        r"shoulders?|collar|ponytail|ears?|fingers?|breasts?|boobs|chest|crotch|hand behind)\b",
        not_before=_MODAL_BEFORE.pattern,
        skip_self=True,
        unless=_PLAY.pattern + r"|\b(?:hair ?cut|hairdresser|plait|braid|ponytail for|brush\w*|"
        r"massage|splinter|kissed|kiss|to (?:stop me (?:from )?(?:falling|stepping|walking|tripping|"
        r"slipping|going into|getting hit)|steady|catch|save|help|pull me (?:back|out of the way)|get "
        r"my attention|guide|show me|dance))\b",
    )
    add(
        "held_neck",
        VIOLENCE,
        "crisis",
        r"\b(?:hands?|fingers|arm|forearm|knee|belt|rope|cord|pillow) (?:round|around|on|over|at|across|"
        r"against|to) (?:my|his|her|your) (?:neck|throat|windpipe|face)\b|\b(?:held|holds|holding|"
        r"pressed|presses) (?:me |him |her )?(?:down )?(?:by )?(?:my|his|her|your) (?:throat|neck|"
        r"wrists?)\b|\bheld (?:me|him|her) (?:down|under|against)\b|\b(?:sat|sits|sitting|kneel\w*|knelt|"
        r"lay|lies|lying) on (?:my|his|her|your) (?:chest|back|face|stomach|throat|neck)\b",
        skip_self=True,
        unless=_PLAY.pattern + r"|\bhug|\bcuddl",
    )
    add(
        "smother",
        VIOLENCE,
        "crisis",
        rf"\b(?:smother(?:ed|s|ing)?|suffocat(?:ed|es|ing)) {_ADULT}(?= with| until| so| and (?:i|he|"
        r"she) couldn't|\W*$|[.!?,])|\bpillow (?:over|on) (?:my|his|her|your) (?:face|head)\b",
        not_before=_MODAL_BEFORE.pattern + r"|\b(?:is|are|'s|'re|was|were|keeps?) (?:\w+ )?$",
        unless=_PLAY.pattern + r"|\b(?:love|kisses|hugs|attention|affection)\b",
        her_object=True,
    )
    add(
        "body_attack",
        VIOLENCE,
        "crisis",
        r"\b(?:bit|bites|bitten|biting|scratched|scratches|clawed|claws|punched|punches|kicked|kicks|"
        r"slapped|slaps|stabbed|stabs|burned|burnt|burns|hit|hits|smacked|smacks|elbowed|headbutted|"
        r"stamped on|stomped on|spat in|spat on|whacked|thumped|broke|broken|fractured|"
        r"cracked|dislocated|twisted|bruised) (?:my|his|her|your) (?:face|arm|arms|neck|leg|legs|back|"
        r"hand|hands|head|chest|stomach|eye|eyes|nose|mouth|lip|lips|ear|ears|cheek|shoulder|ribs|rib|"
        r"side|jaw|wrist|wrists|finger|fingers|thigh|belly|tooth|teeth|skull)\b",
        not_before=_INANIMATE_BEFORE.pattern + "|" + _MODAL_BEFORE.pattern,
        skip_self=True,
        unless=_PLAY.pattern + r"|\b(?:fell|fall|falling|tripped|slipped|accidentally|by accident|"
        r"knife while|chopping|cooking|shaving|door frame|cupboard|the oven|the iron|surgery|dentist|"
        r"doctor|sunburn|a wasp|a bee|mosquito|ski|bike|football|gym)\b|\b(?:hit|bumped|banged|knocked) "
        r"(?:his|her|their|my) head (?:on|against|off) (?:the|a) (?:table|floor|door|corner|wall|"
        r"cupboard|stairs|ground|edge|counter|bed|cot|radiator|bath|car door|desk|shelf)\b",
        on_humour="concern",
    )
    add(
        "tried_to_kill",
        VIOLENCE,
        "crisis",
        r"\b(?:tried|tries|trying|attempted|try) to (?:kill|strangle|choke|suffocate|smother|drown|"
        r"stab|run (?:me|him|her) over|push (?:me|him|her) (?:down|off|out)|throw (?:me|him|her)|"
        r"hit (?:me|him|her)|hurt (?:me|him|her)|punch (?:me|him|her)|attack (?:me|him|her))\b|"
        r"\b(?:ran|run|running|tried to run) (?:me|him|her) (?:over|off the road)\b",
        not_before=r"\b(?:i|we) (?:\w+ )?$",
        unless=_PLAY.pattern + r"|\bgame\b",
    )
    add(
        "drag_pin",
        VIOLENCE,
        "crisis",
        rf"\b(?:drag(?:ged|s|ging)) {_ADULT} (?:(?:around|about|along|back) )?(?:by|across the (?:floor|room|kitchen|hall|bed|carpet|yard|garden)|along the floor|down the|up the|out of (?:the|"
        rf"bed|my|his|her)|off (?:the|my)|into the|through the|back in)\b|\b(?:pin(?:ned|s|ning)?|"
        rf"sat on|sits on|kneel(?:ed|s)? on|knelt on) {_ADULT} (?:down|against|to the|on the)?\b(?! up)",
        not_before=_MODAL_BEFORE.pattern,
        unless=_PLAY.pattern,
        her_object=True,
    )
    add(
        "throw_at",
        VIOLENCE,
        "crisis",
        r"\b(?:threw|throws|throwing|thrown|hurled|hurls|chucked|chucks|lobbed|lobs|flung|flings|fired)"
        r" (?:[\w']+ ){1,4}(?:at|towards) (?:me|you|him|her|my (?:head|face)|his (?:head|face)|her "
        r"(?:head|face)|your (?:head|face))\b|\b(?:threw|throws|thrown|flung|hurled|slammed|slams|"
        r"shoved|pushed) (?:me|him|her|you) (?:against|into|onto|across|down|out of|to the|off|at|"
        r"through|over|on|onto|on to)\b(?! (?:\w+ing|it|this|that|those|these|a decision|the decision|"
        r"(?:the|a|this|that) (?:job|role|career|course|deal|move|marriage|partnership)|hours|"
        r"overtime|therapy|counselling|saying|agreeing|board|my side|the idea|the way))",
        not_before=_MODAL_BEFORE.pattern,
        unless=r"\b(?:toddler|baby|little one|our son|our daughter|\d year old|dinner|food|peas|spaghetti|yoghurt|tantrum|strop|fit|wobbly|look|looks|glance|smile|compliment|question|curveball|"
        r"shade|kiss|wink|insults?|accusations?|words|money|ball|frisbee|party|pillow|snowball|"
        r"confetti|sweets|flowers|bouquet|hands up|grenade in the game|cushion|teddy)\b|" + _PLAY.pattern,
        on_humour="concern",
    )
    add(
        "slam_part",
        VIOLENCE,
        "crisis",
        r"\b(?:slamm(?:ed|ing)|slams|smash(?:ed|es|ing)|bang(?:ed|s|ing)|crush(?:ed|es|ing)|shut|"
        r"shov(?:ed|es|ing)|push(?:ed|es|ing)|ramm(?:ed|ing)|rams|forc(?:ed|es)|press(?:ed|es)|"
        r"smack(?:ed|s)|"
        r"shutting|stamp(?:ed|s) on|stomp(?:ed|s) on|bent back|twisted) (?:my|his|her|your) (?:hand|"
        r"hands|fingers?|head|arm|leg|foot|face|wrist|thumb) (?:in|into|against|on|off|back|until)\b",
        skip_self=True,
    )
    add(
        "knocked",
        VIOLENCE,
        "crisis",
        rf"\bknock(?:ed|s|ing) {_ADULT} (?:down|out|over|to the (?:floor|ground)|unconscious|flying|into)\b",
        not_before=_INANIMATE_BEFORE.pattern + "|" + _MODAL_BEFORE.pattern,
        unless=_PLAY.pattern,
        her_object=True,
    )
    add(
        "injury",
        VIOLENCE,
        "crisis",
        r"\b(?:black eyes?|split lip|fat lip|bloody nose|broken (?:nose|ribs?|arm|wrist|jaw|finger|"
        r"fingers|tooth|teeth|cheekbone|collarbone|eye socket)|cracked ribs?|concussion|bruis(?:es|ed|"
        r"ing)|finger ?marks|fingerprint (?:bruises|marks)|hand ?prints?|bite marks?|strangulation marks?|"
        r"marks (?:on|round|around) my (?:neck|throat)|black and blue|welts?|stitches|bleeding|blood (?:everywhere|on "
        r"the|from my|in my)|lost a tooth)\b",
        requires=PERSON_CONTEXT.pattern,
        unless=r"\b(?:gym|football|rugby|boxing|fell|fall|falling|tripped|skiing|cycling|bike|climbing|"
        r"hockey|netball|match|training|game|surgery|doctor|blood test|injection|jab|dentist|period|"
        r"nosebleed|vaccine|hiking|walked into|ran into|i banged|i hit my|dog|cat|football|tackle|"
        r"accident at work|car accident|crash|allerg|rash|paper cut|shaving|fruit|bananas?|apples?|"
        r"peach|ego|pride)\b",
    )
    add(
        "get_hurt",
        VIOLENCE,
        "crisis",
        r"\b(?:i|i've) (?:always |usually |often |sometimes |normally |just )?(?:get|got|end up|ended up|"
        r"end up getting|gets) (?:hurt|injured|bruised|beaten|hit|slapped|in hospital|in a&e|with bruises|"
        r"black and blue|knocked about|smacked about)\b",
        requires=r"\b(?:he|she|him|her|when (?:he|she)|every time (?:he|she)|whenever (?:he|she)|my "
        r"(?:partner|husband|wife|boyfriend|girlfriend))\b",
        unless=r"\b(?:gym|football|rugby|boxing|training|match|game|skiing|work|job|climbing|bike|"
        r"riding|playing)\b",
    )
    add(
        "so_badly",
        VIOLENCE,
        "crisis",
        r"\b(?:hurt|injured|beat|hit|kicked|punched|attacked|battered) (?:me|him|her|us) so (?:badly|bad|"
        r"hard|much)\b|\b(?:hurt|injured|beat|battered) (?:me|him|her) (?:really )?badly\b",
        not_before=_INANIMATE_BEFORE.pattern + "|" + _MODAL_BEFORE.pattern,
        unless=_PLAY.pattern + r"|\b(?:feelings|words|what (?:he|she) said|comment|joke)\b",
    )
    add(
        "physical",
        VIOLENCE,
        "crisis",
        r"\b(?:physically (?:hurt|hurts|hurting|abus\w*|violent|attacked|assaulted|aggressive|harmed|"
        r"threatening|intimidating|restrained|restrains|stopped me)|hurt(?:s|ing)? (?:me|him|her) "
        r"physically|(?:gets?|got|getting|became|becomes|is|was|been|turns|turned) (?:really |very |so "
        r"|quite |more )?(?:violent|physical|physically aggressive)(?: with (?:me|him|her|us|the kids))?"
        r"|domestic (?:violence|abuse)|abusive (?:relationship|husband|wife|partner|boyfriend|"
        r"girlfriend|ex|marriage)|(?:he|she|my \w+)(?:'s| is| was| has been| can be| gets) (?:\w+ )?"
        r"abusive|(?:abuses|abused|beats|beat) (?:me|him|her)(?! at)|beat (?:me|him|her) up|beats "
        r"(?:me|him|her) up)\b",
        unless=r"\b(?:game|football|rugby|therapy|therapist said|film|movie|series|documentary|"
        r"podcast|book|article|news)\b",
    )
    add(
        "fear_for_life",
        (VIOLENCE, THREATS),
        "crisis",
        r"\b(?:fear|fearing|scared|afraid|terrified|frightened|worried) (?:for my (?:life|safety)|"
        r"(?:that )?(?:he|she|they|my \w+)(?:'ll| will|'s going to| is going to| might| could|'d| "
        r"would| wants to) (?:actually |really |one day |seriously )?(?:kill|hurt|hit|attack|strangle|"
        r"stab|shoot|murder|beat|harm|snap and hurt) (?:me|us|the kids|the children|my \w+)|of what "
        r"(?:he|she|they)(?:'ll| will| might| could|'d| would| is going to|'s going to) (?:do|do to me|"
        r"do next)|to go home|of going home|for (?:the kids'|my kids'|the children's) safety)\b",
        negatable=False,
        unless=r"\bnot (?:really )?(?:scared|afraid|worried)\b|" + _NO_FEAR.pattern,
    )
    add(
        "going_to_kill_me",
        (VIOLENCE, THREATS),
        "crisis",
        r"\b(?:he|she|they|my \w+)(?:'ll| will|'s going to| is going to| are going to|'re going to|'d) "
        r"(?:actually |really |seriously |end up |probably )?(?:kill|murder) (?:me|us)\b(?= (?:one day|"
        r"someday|one of these days|eventually|if i (?:leave|go|tell|try|report)|if (?:he|she) finds out "
        r"(?:i|where)|if i ever|next time|this time|i know it|i swear)\b|\W*$|[.!?])",
        negatable=False,
        unless=_NO_FEAR.pattern + "|" + _TRIVIAL_STAKES + r"|\b(?:finds out (?:i|we) (?:ate|spent|bought|"
        r"broke|lost|crashed|forgot|scratched|dented|told (?:my|your) mum)|when (?:he|she) sees)\b",
    )
    add(
        "weapon_use",
        (VIOLENCE, THREATS),
        "crisis",
        r"\b(?:pulled|pulls|pulling|held|holds|holding|pointed|points|pointing|waved|waves|waving|"
        r"brandish\w*|came at (?:me|him|her|us) with|comes at (?:me|him|her|us) with|threatened "
        r"(?:me |him |her )?with|went for (?:me|him|her) with|chased (?:me|him|her) with) (?:a|the|his|"
        r"her|my|our)? ?(?:kitchen |carving |bread |hunting |stanley |pen)?(?:knife|knives|gun|blade|"
        r"hammer|bat|baseball bat|machete|axe|scissors|screwdriver|weapon|razor|crowbar|broken bottle|"
        r"golf club|poker|rifle|shotgun|pistol)\b|\b(?:knife|gun|blade|weapon|scissors|rifle|pistol) "
        r"(?:to|at|against|in) (?:my|his|her|your) (?:throat|neck|head|chest|face|stomach|back)\b|"
        r"\bcame at (?:me|him|her|us) with\b",
        negatable=False,
        unless=r"\b(?:game|film|movie|cooking|chopping|carving the|paintball|nerf|"
        r"water gun|glue gun|toy)\b",
    )
    add(
        "gun_menace",
        (THREATS, VIOLENCE),
        "crisis",
        r"\b(?:gun|guns|rifle|shotgun|pistol|handgun|firearm|revolver|knife|knives|machete|axe|"
        r"baseball bat|hammer)\b",
        requires=r"\b(?:at me|for (?:me|you)|if (?:i|you) (?:ever|leave|cheat|tell|go)|tells me|reminds "
        r"me|looks at me|stare|stares|staring|glar\w+|threat\w*|when (?:he's|she's) (?:angry|drunk|"
        r"mad|upset)|cleans it|cleaning it|point(?:ed|s|ing)|wav(?:ed|es|ing)|load(?:ed|s|ing)|under "
        r"(?:the|his|her|our) (?:pillow|bed|mattress)|bedside|show(?:ed|s)? me|bought|got (?:a|himself|"
        r"herself)|keeps (?:a|it|one)|in the house|in the car|to my head|to his head|to her head|to "
        r"(?:his|her|my) own head|scared|afraid|terrified|warning|reminds me|told me about it)\b",
        unless=r"\b(?:game|film|movie|range|club|hunting|shooting (?:range|club|season)|clay|toy|"
        r"cook\w*|chop\w*|kitchen drawer|block|sharpen\w*|carv\w*|bread|butter|steak|diy|shelves|"
        r"nails|picture frame|tool ?box|shed|fishing|camping|whittl\w*|set of|"
        r"police officer|army|soldier|deployment|licen[cs]e|airsoft|museum|documentary|war|cowboy)\b",
    )
    add(
        "accident_claim",
        VIOLENCE,
        "concern",
        r"\b(?:says|said|claims|claimed|swears|swore|insists|insisted|keeps saying|calls it|called it)"
        r"(?: that)? (?:it was|it's|it were) (?:an? |just an? )?(?:accident|mistake|slip)\b|\b(?:another|"
        r"the (?:second|third|fourth|fifth)|so many|keeps having|these) ['\"]?accidents?\b|"
        r"\b(?:said|says|claims|claimed) (?:he|she) didn't see\b(?=[^.!?]{0,60}\b(?:looking|"
        r"on purpose|right at me)\b)",
        requires=PERSON_CONTEXT.pattern,
        negatable=False,
        escalate=r"\b(?:again|second|third|fourth|fifth|another|every time|always|keeps|"
        r"looking right at me|on purpose|bruis\w*|ribs|hurt|injur\w*)\b",
    )
    add(
        "object_on_body",
        VIOLENCE,
        "crisis",
        r"\b(?:smashed|broke|hit|threw|brought|cracked|slammed|bashed|poured|tipped) (?:a|the|his|her|my|"
        r"an|some) (?:\w+ ){0,2}(?:over|on|across|against|into|onto|at) (?:my|his|her|your) (?:head|"
        r"face|back|arm|arms|legs?|chest|hands?|skull)\b",
        not_before=_MODAL_BEFORE.pattern,
        skip_self=True,
        unless=_PLAY.pattern + r"|\b(?:water balloon|bucket challenge|ice bucket|cold water to wake|"
        r"pillow|shampoo|hair ?dye|glitter|confetti|suncream|blanket|towel|coat|jacket|hat|scarf)\b",
    )
    add(
        "cover_story",
        VIOLENCE,
        "crisis",
        r"\b(?:told|tell|telling|said to|lied to) (?:the )?(?:hospital|doctor|doctors|nurse|gp|a&e|work|"
        r"everyone|people|my \w+|them|the police|school|her|him|my boss)\b[^.!?]{0,30}\b(?:i fell|i "
        r"tripped|i walked into|it was the (?:cat|dog|door|cupboard)|i bruise easily|(?:it was )?an "
        r"accident|i slipped|fell down the stairs|i banged)\b",
        requires=r"\b(?:but|really|actually|wasn't|so (?:they|no one|nobody)|lied|cover\w*|it was "
        r"(?:him|her)|(?:he|she) did|scratched|hit|punched|kicked|pushed|shoved|bruis\w*|black eye)\b",
        # An accident named as the cause, or a story that was laughed at, is no cover.
        unless=r"\b(?:from (?:the|a|my) (?:fall|accident|trip|game|match|ladder|stairs)|they laughed|which is "
        r"(?:true|what happened)|genuinely did|really did)\b",
        negatable=False,
    )
    add(
        "injury_named",
        VIOLENCE,
        "crisis",
        r"\b(?:fractured|broken|cracked|dislocated|sprained) (?:my |a |his |her )?(?:wrist|arm|nose|jaw|"
        r"ribs?|finger|fingers|cheekbone|collarbone|eye socket|skull|ankle)\b",
        requires=r"\b(?:it was (?:him|her)|(?:he|she) (?:did|pushed|hit|twisted|threw|kicked|"
        r"punched|shoved|stamped)|because of (?:him|her)|he's|she's)\b",
        negatable=False,
    )
    add(
        "scald",
        VIOLENCE,
        "crisis",
        r"\b(?:poured|pours|threw|throws|splashed|splashes|tipped|tips|chucked) (?:\w+ ){0,2}(?:boiling|"
        r"hot|scalding|burning) (?:water|tea|coffee|oil|soup|kettle)\b[^.!?]{0,30}\b(?:on|over|at|in) "
        r"(?:me|my|him|his|her|you|your)\b|\b(?:acid|bleach) (?:on|at|in|over) (?:me|my|him|his|her|"
        r"you|your)\b",
        not_before=r"\bi (?:\w+ )?$",
        unless=r"\b(?:accident\w*|spilled|spilt|knocked)\b",
        negatable=False,
    )
    add(
        "torture",
        VIOLENCE,
        "crisis",
        r"\b(?:holds?|held|holding|pushes|pushed|pushing|forces?|forced|keeps?|kept) (?:my|his|her|your) "
        r"(?:head|face) (?:under|in) (?:the )?(?:water|bath|sink|toilet|bucket|pool)\b|\b(?:put|puts|"
        r"putting|stubbed|stubs) (?:his|her|a|the|their) (?:cigarette|cig|fag|joint) out on (?:my|me|"
        r"him|her|his|your)\b|\b(?:burned|burnt|burns|burning) (?:me|him|her|my \w+) with (?:a|the|his|"
        r"her) (?:cigarette|lighter|iron|lighter|match|kettle|hot \w+)\b",
        negatable=False,
    )
    add(
        "animal_cruelty",
        VIOLENCE,
        "crisis",
        r"\b(?:threw|throws|kicked|kicks|hit|hits|hurt|hurts|strangled|choked|drowned|killed|beat|beats|"
        r"punched|stamped on|stomped on|hurled|flung|slammed|burned|burnt|starved|strangl\w+) (?:the|my|"
        r"our|his|her|your) (?:dog|cat|puppy|kitten|pet|pets|rabbit|hamster|bird|horse|guinea pig)\b",
        not_before=_MODAL_BEFORE.pattern,
        unless=r"\b(?:ball|toy|accident\w*|car hit|vet)\b",
    )
    add(
        "scare_drive",
        VIOLENCE,
        "crisis",
        r"\b(?:drove|driving|drives|drive|swerved|swerves|swerving|speeding|sped|floored it|raced)\b"
        r"[^.!?]{0,60}\b(?:to scare (?:me|us|him|her)|on purpose|deliberately|at a (?:tree|wall|lorry)|"
        r"into oncoming|with me screaming|while i screamed|to frighten (?:me|us)|to teach me a lesson)\b",
        negatable=False,
        unless=_PLAY.pattern + r"|\b(?:game|rollercoaster|go-?kart)\b",
    )
    add(
        "made_me_do",
        VIOLENCE,
        "crisis",
        r"\blook (?:at )?what you (?:made|make) me do\b|\byou made me (?:do it|do that|hit you|push "
        r"you|hurt you|lose it)\b(?=[^.!?]{0,60}\b(?:hit|push|arm|face|bruise|hurt|grab|shove|slap))|"
        r"\b(?:you|she|he) (?:made|makes) me (?:hit|push|shove|slap|grab|hurt|punch) (?:you|her|him)\b",
        negatable=False,
    )
    add(
        "attack_intent",
        VIOLENCE,
        "crisis",
        r"\b(?:i|i'm|i've) (?:\w+ )?(?:going to|want to|could|will|might|'ll)(?: really| actually)? "
        r"(?:kill|stab|strangle|hurt|hit|shoot|poison) (?:him|her|them|my \w+)\b(?=[^.!?]{0,60}\b(?:"
        r"planned|plan|when (?:he's|she's) (?:asleep|sleeping)|in (?:his|her) sleep|knife|gun|poison|"
        r"seriously|not joking|mean it|for real)\b)",
        negatable=False,
        on_humour="ok",
    )
    # concern-level signs of a volatile home
    add(
        "never_hit",
        VIOLENCE,
        "concern",
        r"\b(?:never|not|hasn't|hasn't ever|hadn't|didn't|doesn't|wouldn't|won't) (?:actually |ever |"
        r"yet |once )?(?:hit|touched|hurt|laid a (?:finger|hand) on|physically hurt|harmed|hit) (?:me|him|"
        r"her)\b",
        negatable=False,
    )
    add(
        "property_violence",
        VIOLENCE,
        "concern",
        r"\b(?:punched|punches|punching|kicked|kicks|smashed|smashes|smashing|broke|breaks|threw|throws|"
        r"hurled|hit|hits|headbutted) (?:a |the |his |her |my |our |through the |a few |some |all the |"
        r"several |two |three |loads of )?(?:hole in the )?"
        r"(?:wall|walls|door|doors|steering wheel|dashboard|windscreen|table|plates?|phone|glass|chair|"
        r"mirror|window|tv|telly|furniture|cupboard|things|stuff|laptop|cup|mug)\b(?! (?:and|then) "
        r"(?:then )?(?:my|me|her|his)\b)|\bslamm(?:ed|ing) "
        r"(?:the|a) (?:door|doors)\b(?=[^.!?]{0,60}\b(?:scared|frightened|shaking|cracked|broke|hard|"
        r"terrif))",
        not_before=r"\bi (?:\w+ )?$|" + _MODAL_BEFORE.pattern,
        unless=_PLAY.pattern + r"|\b(?:accident\w*|dropped|knocked over|kids threw|the dog|the cat)\b",
        escalate=r"\b(?:at me|at my head|near my head|towards me|inches from|missed me|just missed|"
        rf"next to (?:my|her|his|their|the baby's|our \w+'s) head|(?:next to|near|at|towards) {_KID_OBJ})\b",
    )
    add(
        "intimidation",
        VIOLENCE,
        "concern",
        r"\b(?:block(?:s|ed|ing)?|stand(?:s|ing)? in|stood in) (?:the )?(?:door|doorway|way out|exit|"
        r"hallway)\b|\b(?:so i can't|so i couldn't|won't let me) (?:get past|get out|leave the (?:room|"
        r"house|car|kitchen))\b|\b(?:scared|afraid|frightened|terrified|nervous) (?:of (?:him|her|my "
        rf"{PARTNER}|how \w+ (?:he|she) gets)|when (?:he|she) (?:gets|is|drinks|'s drunk|'s angry|comes home)|"
        r"to (?:go home|say anything|tell (?:him|her)|disagree|speak up|upset (?:him|her)))\b|"
        r"\bwalking on eggshells\b|\b(?:gets|got|getting|is|was) (?:really |so |very )?(?:mean|nasty|"
        r"scary|aggressive|rough|menacing|frightening|intimidating)(?: \w+)? when (?:he's|she's|he|"
        r"she|they) (?:drunk|drinks|drinking|had a few|angry|high|loses|lose)\b|\bin my face\b"
        r"(?=[^.!?]{0,40}\b(?:scream|shout|yell))|\braised (?:his|her) (?:fist|hand) (?:at|to) me\b|"
        r"\bpunching the air near\b|\bscared of how (?:loud|angry|big)\b",
        negatable=False,
        unless=_NO_FEAR.pattern,
        escalate=r"\b(?:raised (?:his|her) (?:fist|hand))\b",
    )

    # -- sexual coercion -----------------------------------------------------------------------
    sex = r"(?:sex|sexual|sleep with|slept with|sleeping with|do it|did it|doing it|in bed|touch|intimate)"
    add(
        "rape",
        SEXUAL,
        "crisis",
        r"\b(?:rap(?:e|ed|es|ing|ist)|sexual(?:ly)? (?:assault\w*|abus\w*|attack\w*|coerc\w*|violen\w*)|"
        r"molest\w*|grop(?:ed|es|ing)|forced himself on|forces himself on|forced herself on|forces "
        r"herself on|force himself on|force herself on|marital rape|non-?consensual|without (?:my|her|"
        r"his) consent|didn't consent|couldn't consent|never consented|can't consent|stealth(?:ed|ing))\b",
        unless=r"\b(?:rapeseed|grape|drape|scrape|trape)\b",
    )
    add(
        "said_no",
        SEXUAL,
        "crisis",
        r"\b(?:said|say|says|told (?:him|her)|kept saying|was saying|begged|begging|cried|crying|"
        r"screamed|asked (?:him|her) to|pushed (?:him|her) away and said|tried to say) (?:\w+ )?"
        r"(?:no|stop|i didn't want (?:to|it)|i don't want (?:to|it)|i wasn't ready|not tonight|i was "
        r"tired|please stop|don't|i wasn't in the mood|i'm not in the mood|i was too tired|i didn't feel like "
        r"it|i wasn't feeling it|not now)\b[^.!?]{0,80}\b(?:kept going|keeps going|carried on|carries on|"
        r"continued|did it anyway|does it anyway|didn't stop|wouldn't stop|doesn't stop|won't stop|"
        r"anyway|too bad|ignored|still did|still does|still went|made me|held me|pinned me|on top of "
        r"me|inside me|finished|laughed|does it regardless|keeps (?:touching|going|pushing|trying|"
        r"asking)|kept (?:touching|pushing|trying)|until i give in|till i give in)\b",
        negatable=False,
    )
    add(
        "forced_sex",
        SEXUAL,
        "crisis",
        r"\b(?:pressures|pressured|pressuring|nags|nagged|nagging|guilts|guilted|guilt-trips|"
        r"hassles|hassled|pesters|pestered|pestering|badgers|badgered|harasses|harassed) (?:me |him |"
        r"her )?(?:for|into|about) (?:sex|it every night|sexual \w+|anal|oral|a threesome|nudes|"
        r"naked (?:pictures|photos))\b|"
        r"\b(?:forced|forces|forcing|force|pressured|pressures|pressuring|pressure|coerced|coerces|"
        r"coercing|guilt(?:ed|s|ing|-tripped|-trips)?|bullied|bullies|manipulated|manipulates|made|makes|"
        r"making|push(?:ed|es|ing)?|nag(?:ged|s|ging)|badger(?:ed|s|ing)|blackmail(?:ed|s|ing)?|"
        r"talk(?:ed|s)|threaten(?:ed|s))(?: me| him| her)? (?:into |to )?(?:having |have |into "
        r"having )?(?:(?:him|her|them) )?(?:sex|sleeping with|sleep with|do(?:ing)? (?:it|things|stuff|sexual \w+|stuff in "
        r"bed|things in bed)|sexual|oral|anal|a threesome|watch(?:ing)? porn|send(?:ing)? (?:(?:him|her|them) )?(?:nudes|"
        r"naked|pictures of|photos of)|film(?:ing)? (?:it|us))\b",
        not_before=r"\bi (?:\w+ )?$|\bwe (?:\w+ )?$",
        unless=r"\b(?:weight|exercise|gym|diet|job|homework)\b",
    )
    add(
        "asleep_sex",
        SEXUAL,
        "crisis",
        r"\b(?:while|when|till|until|after|whilst|as soon as) (?:i|i'm|i was|i've|she|she's|she was|he|"
        r"he's|he was|they were) (?:\w+ )?(?:asleep|sleeping|passed out|unconscious|knocked out|out of "
        r"it|blackout|blacked out|too drunk|so drunk|really drunk|high|half asleep|on my sleeping "
        r"medication|on sleeping (?:pills|tablets))\b",
        requires=r"\b(?:sex|starts|started|touch\w*|on top|inside|undress\w*|take advantage|did things|"
        r"did stuff|does things|did something|doing things|does stuff|took "
        r"advantage|had his way|had her way|did it|does it|doing it|pants|knickers|clothes off|"
        r"wake up (?:and|to|with)|woke up (?:and|to|with)|wakes me up)\b",
        unless=r"\b(?:tv|film|movie|dishes|laundry|tidied|cleaned|cooked|left for work|went out|kids)\b",
        negatable=False,
    )
    add(
        "no_memory_consent",
        SEXUAL,
        "crisis",
        r"\b(?:don't|can't|didn't|couldn't) remember (?:saying yes|agreeing|consenting|having sex|"
        r"sleeping with|what (?:happened|he did|she did) (?:in bed|that night|after the party))\b|"
        r"\b(?:spiked|drugged) (?:my|me|her|his)\b|\b(?:gets|got|getting) me (?:really )?drunk "
        r"(?:on purpose|so (?:i|that)|to get|when (?:he|she) wants|because (?:he|she) knows|deliberately)",
        negatable=False,
    )
    add(
        "condom",
        SEXUAL,
        "crisis",
        r"\b(?:took|taking|takes|pulled|slipped|removed|removes|take) (?:the|a|his) condom off\b|"
        r"\bcondom\b[^.!?]{0,60}\b(?:without (?:telling|asking|me knowing)|didn't tell|secretly|on "
        r"purpose|deliberately|holes? in)\b|\b(?:poked|poke|pokes) holes? in\b|\b(?:hid|hides|flushed|"
        r"threw away|threw out|binned|swapped|stopped me taking|won't let me take) (?:my )?(?:pill|pills|"
        r"contraception|contraceptive|birth control)\b",
        negatable=False,
    )
    add(
        "filmed",
        SEXUAL,
        "crisis",
        r"\b(?:filmed|films|filming|recorded|records|recording|photographed|videoed|videos) (?:us|me|her|"
        r"him) (?:having sex|without|naked|in the shower|while|getting changed|undress\w*|in bed|during)"
        r"|\b(?:hidden|secret) cameras?\b|\bfilmed us\b",
        negatable=False,
        unless=r"\b(?:birthday|party|wedding|holiday|concert|dancing|singing|"
        r"baby's first|graduation)\b",
    )
    add(
        "sex_or_else",
        SEXUAL,
        "crisis",
        r"\bif (?:you|i|she|he) (?:won't|don't|do not|wont|refuse to|doesn't|didn't|won't ever) (?:have "
        r"sex|sleep with|do it|put out|give it|give (?:him|her|me) (?:it|sex)|let (?:him|her|me))\b|"
        r"\b(?:find|get) (?:someone|somebody|a woman|a man|a girl|a guy) (?:else )?who will\b|"
        r"\b(?:cheat|go elsewhere|get it elsewhere|find it elsewhere|get it somewhere else)\b[^.!?]{0,40}"
        r"\b(?:sex|sleep with|do it|put out)\b|\b(?:you|she|he) owe[sd]? (?:me|him|her) (?:sex|it|a "
        r"shag|a blowjob|that)\b(?=[^.!?]{0,60}\b(?:paid|dinner|bought|weekend|after|sex|bed))",
        negatable=False,
    )
    add(
        "sex_to_avoid",
        SEXUAL,
        "crisis",
        r"\b(?:only|just) (?:have|had|has|having) sex (?:with (?:him|her) )?(?:now )?(?:because|so|to "
        r"(?:keep|avoid|stop|get)|or (?:he|she))\b|\b(?:sex|sleep with (?:him|her)|do it|give in) "
        r"(?:\w+ ){0,3}(?:because|so|as) (?:it's|its) (?:easier|less hassle|quicker) than\b|"
        r"\beasier than (?:the fight|arguing|saying no|the argument|the sulking|him sulking|her sulking|"
        r"the row|dealing with)\b(?=[^.!?]{0,60})",
        requires=r"\b(?:sex|sleep with|slept with|do it|give in|in bed|intimate)\b",
        negatable=False,
    )
    add(
        "wont_let_sleep",
        SEXUAL,
        "crisis",
        r"\b(?:won't|doesn't|didn't|wouldn't) let me (?:sleep|leave|rest|go|get up)(?: \w+){0,4} "
        r"(?:until|till|unless) i (?:do it|have sex|give in|sleep with|let (?:him|her)|do what (?:he|she)"
        r" wants)\b|\b(?:keeps|kept|keep) me (?:up|awake)[^.!?]{0,50}\b(?:until|till) i (?:do it|give "
        r"in|have sex)\b",
        negatable=False,
    )
    add(
        "unwanted_touch",
        SEXUAL,
        "crisis",
        r"\b(?:make|makes|made|forces|forced|pressures|pressured) me (?:to )?"
        r"(?:do|watch|perform|try|film) (?:sexual|sex) \w+\b|"
        r"\b(?:touch(?:es|ed|ing)?|grab(?:s|bed|bing)|feel(?:s|ing)? (?:me )?up|put (?:his|her) hands?)"
        r" (?:me |my )?(?:\w+ )?(?:even though|when i(?:'ve)? said|after i said|while i (?:was )?"
        r"(?:asleep|sleeping|crying|saying no)|against my will|without asking)\b|\bunwanted "
        r"(?:touching|sex|advances)\b|\b(?:make|makes|made|forces|forced) me (?:do|watch|perform|try) "
        r"(?:things|stuff|porn|sexual \w+|it)(?: in bed| sexually)? (?:i|that i|which i) (?:don't|"
        r"didn't|really don't|never) (?:want|like|enjoy)\b",
        negatable=False,
    )
    add(
        "sex_unwanted",
        SEXUAL,
        "crisis",
        r"\b(?:sex|slept with (?:him|her)|had sex|touching me|touched me|touches me|touch me|do it|did "
        r"it|doing it|condom)\b"
        r"[^.!?]{0,60}\b(?:even though|when|after|though|i'd told (?:him|her)|i told (?:him|her)) "
        r"i(?:'d|'ve| have)? (?:said no|didn't want to|don't want to|wasn't ready|was crying|told (?:him|her) (?:no|"
        r"to stop)|begged)\b|\b(?:said no|begged (?:him|her) to stop|told (?:him|her) to stop|i didn't "
        r"want to)\b[^.!?]{0,60}\b(?:sex|slept with|had sex|on top of me|inside me)\b",
        negatable=False,
    )
    add(
        "no_for_an_answer",
        SEXUAL,
        "crisis",
        r"\b(?:won't|doesn't|never|wouldn't|didn't|refuses to) take no for an answer\b",
        requires=r"\b(?:bed|sex|sexually|intimate|touch\w*|sleep with|in the bedroom|at night)\b",
        negatable=False,
    )
    add(
        "non_consent_acts",
        SEXUAL,
        "crisis",
        r"\b(?:did|does|do|doing|done) (?:stuff|things|it|something|sexual things|stuff to me|things to "
        r"me|it to me|that to me)(?: to me)? (?:that )?(?:i|that i) (?:didn't|never|don't|did not|hadn't) "
        r"(?:agree|agreed|consent|consented|want|ask for|say yes)\b",
        negatable=False,
    )
    add(
        "woke_to",
        SEXUAL,
        "crisis",
        r"\b(?:woke|wake|waking|wakes|woken) up (?:and|to|with|to find) (?:he|she|him|her|them|my \w+)"
        r"(?:'s| was| were| is)? (?:already )?(?:touching|on top|inside|having sex|undressing|groping|"
        r"feeling me|pulling (?:my|down)|taking (?:my|off))\b",
        negatable=False,
    )
    add(
        "incapacitated_sex",
        SEXUAL,
        "crisis",
        r"\b(?:so|too|really|very|completely|blind|blackout|paralytic) (?:drunk|high|wasted|out of it|"
        r"off my face)\b[^.!?]{0,60}\b(?:had sex|sex with me|slept with me|on top of me|took advantage|"
        r"touched me|undressed me|did it|did stuff)\b|\b(?:couldn't stand|couldn't walk|barely "
        r"conscious|passed out|couldn't say no|could barely speak|out cold)\b[^.!?]{0,60}\b(?:had sex|"
        r"sex with me|slept with me|on top of me|took advantage|touched me|undressed me|did it)\b",
        negatable=False,
    )
    add(
        "wear_down",
        SEXUAL,
        "crisis",
        r"\b(?:until|till|til|unless) i (?:give in|gave in|give up|let (?:him|her)|say yes|said yes|do "
        r"it|did it|agree|agreed|have sex|sleep with)\b",
        requires=r"\b(?:sex|touch\w*|in bed|sleep with|keeps? (?:asking|pestering|going on|trying)|"
        r"saying no|said no|keep saying no|threesome|oral|anal|naked|nudes|pictures)\b",
        negatable=False,
    )
    add(
        "sex_ultimatum",
        SEXUAL,
        "crisis",
        r"\b(?:unless|if) i (?:don't )?(?:agree|agreed|do|did|have|had|sleep|slept|give|gave|send|sent|"
        r"try|tried|let)\b[^.!?]{0,30}\b(?:sex|threesome|sleep with|anal|oral|porn|nudes|naked "
        r"pictures|pictures of myself|swing\w*|sex work)\b",
        negatable=False,
    )
    add(
        "image_shared",
        (SEXUAL, THREATS),
        "crisis",
        r"\b(?:shared|shares|sharing|posted|posts|posting|sent|sends|sending|showed|shows|showing|"
        r"leaked|leaks|leaking|uploaded|uploads|uploading|spread|spreading|forwarded|forwards|"
        r"forwarding|circulated|circulating|sold|selling) (?:my |our |the |her |his |those |these )?"
        r"(?:private |intimate |naked |nude |sex |sexual |sexy |topless |dirty |explicit |revealing )?"
        r"(?:videos?|pictures|photos|nudes|images|tape|sex tape)\b",
        requires=r"\b(?:private|intimate|naked|nude|sex|sexual|sexy|topless|explicit|nudes|without "
        r"(?:asking|my|me|her|"
        r"consent)|in bed|having sex)\b",
        negatable=False,
    )
    add(
        "hold_down_sex",
        (SEXUAL, VIOLENCE),
        "crisis",
        r"\b(?:pushes|pushed|pushing|holds|held|holding|pins|pinned) (?:my|me) (?:head|wrists|arms|"
        r"hands)? ?down\b",
        requires=rf"\b(?:{sex}|pull away|tried to stop|try to stop|tried to get up|on the bed)\b",
    )

    # -- threats -------------------------------------------------------------------------------
    severe = (
        r"(?:(?:stab|strangle|choke|shoot|slit|bury|drown|smother|suffocate|burn)(?= (?:you|him|her|me|"
        r"us|them|your|my|his|their|the kids|the children|the house|everything|everyone|it all|down)\b)|"
        r"break your (?:\w+ )?"
        r"(?:jaw|neck|legs?|arms?|face|nose|teeth|fingers|skull|head|ribs|kneecaps|back)|smash your "
        r"(?:\w+ )?(?:face|head|teeth|skull)|beat (?:you|him|her) (?:up|to death|senseless|black and blue|"
        r"to a pulp)|beat (?:me|him|her) (?:up|to death|senseless|black and blue|to a pulp)|break (?:my|his|"
        r"her) (?:\w+ )?(?:jaw|neck|legs?|arms?|face|nose|teeth|fingers|skull|ribs|kneecaps|back)|"
        r"put (?:me|him|her) in (?:hospital|the hospital|a wheelchair|the ground|the grave|a box)|"
        r"kick your (?:head|teeth|face) in|cave your (?:head|skull) in|rip your (?:\w+ )?"
        r"(?:head|throat|face) off|cut your (?:throat|face)|knock your (?:teeth|head) (?:out|in|off)|"
        r"put you in (?:hospital|the hospital|a wheelchair|the ground|the grave|a box)|end your life|"
        r"make sure (?:you|i|she|he) (?:never|can't) walk again|"
        r"cut (?:my|your|her|his) (?:face|throat|tongue out)|slash (?:my|your|her|his) (?:face|tyres))"
    )
    add(
        "severe_threat",
        THREATS,
        "crisis",
        rf"\b(?:{_FUTURE}|or|and|then|'ll|i'd) (?:\w+ )?{severe}\b",
        on_humour="concern",
        not_before=r"\b(?:could|might|want to)(?: \w+)? $",
        unless=_FIGURATIVE_BURY,
    )
    add(
        "break_your",
        THREATS,
        "crisis",
        rf"\b{severe}\b(?=[^.!?]{{0,40}}(?:if|or|unless|one more|"
        r"next time|swear|$|[.!?]))",
        not_before=r"\b(?:could|might|want to|would|did|didn't|don't)(?: \w+)? $",
        requires=r"\b(?:i'll|i will|i swear|or|one more|next time|if you|unless|going to|he'll|she'll|"
        r"he said|she said|threat\w*)\b",
        unless=_FIGURATIVE_BURY,
        on_humour="concern",
    )
    add(
        "harm_threat",
        THREATS,
        "concern",
        rf"\b(?P<key>{_FUTURE}) (?:\w+ ){{0,2}}?(?:kill|murder|hurt|hit|punch|beat|slap|harm|attack|get|end|"
        rf"destroy|finish|deal with|sort) (?:you|him|her|me|us|them|the kids|the children|my family|"
        rf"your family|my mum|your mum|{_KID_OBJ}|everyone you love)\b",
        escalate=_THREAT_CONTEXT,
        on_humour="ok",
        not_after=r" (?:at|in) (?:chess|cards|scrabble|monopoly|tennis|the game|fifa|mario ?kart)|"
        r" off (?:at|from) (?:the|school|work)| up (?:from|at|after)| a (?:drink|coffee|present)",
        unless=r"\b(?:get (?:you|him|her) (?:a|an|some|the|from|back|home|to|up|ready|at|when)|"
        r"(?:will|'ll|'d|would) (?:hurt|hit) (?:you|him|her)(?:'s)? feelings|hurt your (?:chances|"
        r"back|feelings)|kill (?:you|him|her) with kindness)\b|" + _TRIVIAL_STAKES,
    )
    add(
        "you_will_pay",
        THREATS,
        "crisis",
        r"\byou'll (?:be sorry|regret (?:this|it|that|the day)|pay for (?:this|that|it))(?=\W*$|\s*[.!,?]|"
        r" when| if| i (?:swear|promise)| mark my)|\b(?:no idea|don't know|have no idea|never know) what "
        r"(?:i'm|he's|she's|i am) capable of\b|\b(?:nothing|nowt) (?:left )?to lose\b|\b(?:and|then) "
        r"(?:you'll )?see what happens\b(?=[^.!?]{0,10})|\bwatch your back\b|\byou'll see what "
        r"happens\b|\b(?:you|she|he)'ll (?:get|have) what's coming\b|\bwhat's coming to (?:you|her|him)\b|"
        r"\bdon't (?:test|push) me\b(?=[^.!?]{0,40}\b(?:or|because|i swear|you'll|see what)\b)|"
        r"\b(?:you'll|i'll|she'll|he'll|you will|i will) regret (?:it|this|that)\b(?=[^.!?]{0,40}\b(?:rest "
        r"of (?:your|my) life|if)\b)(?<=.)|\b(?:come|coming|came|comes) (?:round|over|after (?:me|you)|"
        r"for (?:me|you)) (?:and |to )?(?:sort|deal with|teach|get|sort out) (?:me|you|him|her)(?: out| a "
        r"lesson)?\b(?! with)|\byou're (?:dead|finished|done for)\b(?=[^.!?]{0,40}\b(?:if|when|unless|i swear|for this)\b)",
        negatable=False,
        on_humour="concern",
        unless=r"\b(?:cake|party|miss (?:out|this|it)|film|movie|finale|spoiler|dessert|pudding|game|"
        r"not coming|haircut|diet|hangover|tomorrow morning|drink that|eat that|if you (?:don't|do not|"
        r"never|miss|skip|pass|turn (?:it|this|that) down)|(?:i think|i bet|probably|maybe|might) you'll|"
        r"when (?:money|the bills?|it)|you should|for (?:that|the|your) (?:joke|comment|prank|remark|pun))\b",
    )
    add(
        "death_imagery",
        THREATS,
        "crisis",
        r"\b(?:sent|texted|left|showed|messaged|posted|drew|dug)\b[^.!?]{0,40}\b(?:grave|coffin|"
        r"headstone|bullets?|dead (?:animal|bird|rat|flowers))\b|\bmy name on (?:a|the|it|his|her) "
        r"(?:grave|headstone|coffin|bullet|list)?\b(?=[^.!?]{0,40}\b(?:grave|bullet|coffin|dead)\b)|"
        r"\bmake (?:me|you|her|him|them) disappear\b|\bknows? people who (?:can|could|would|will) "
        r"(?:hurt|deal with|sort|make|get|find)\b|\bmake (?:your|my|his|her) life (?:a living )?"
        r"(?:hell|miserable|a misery)\b",
        negatable=False,
        unless=r"\b(?:magic|magician|trick|halloween|game|film|movie|history|"
        r"cemetery visit|visit(?:ed|ing)? (?:the|his|her|my) \w+'?s? grave)\b",
    )
    add(
        "possess",
        THREATS,
        "crisis",
        r"\bif i can't have (?:you|her|him)\b|\b(?:no one|nobody) (?:else )?(?:can|will|gets to|is "
        r"going to|ever will) have (?:you|her|him)\b|\bi'll (?:find|hunt|track) you(?: down)?\b(?! "
        r"(?:later|there|at|in|when|after|inside|outside|by|near|on|tomorrow|tonight|soon|a|some|"
        r"one|the))|\b(?:hunt|track) (?:you|her|him|me) down\b|\bwherever you (?:go|run|hide|are)\b"
        r"(?=[^.!?]{0,40}\b(?:find|follow|i'll|catch)\b)|\bi know where (?:you|your \w+|she|he) "
        r"(?:live|lives|work|works|sleep|sleeps|are|is|go)\b|\b(?:he|she|they|my ex)(?: \w+)? (?:knows|"
        r"found out|has found out|has found|found|worked out) where i(?: live| work|'m staying| am staying|"
        r" moved| sleep|'m living)\b(?=[^.!?]{0,40}\b(?:now|again|scared|afraid|somehow|threat|messages|"
        r"texts)\b|\W*$|[.!?])|\bi'm (?:always )?watching (?:you|your every|"
        r"everything you)\b|\bi'll be watching\b|\b(?:i'm|he's|she's) watching\W*$|\b(?:like|want) to "
        r"know i'm watching\b|\bi'll always find you\b|\byou can't hide\b(?! from (?:everything|it|this|that|the|"
        r"your|how|what|people|them|us))|\byou can run\b",
        negatable=False,
        unless=r"\b(?:hide and seek|film|show|series|game|birthday|surprise|eat|memes?|gifs?|spoil\w*|"
        r"watching (?:you|your every) (?:play|dance|sing|grow|perform))\b|" + _TRIVIAL_STAKES,
    )
    add(
        "kids_threat",
        THREATS,
        "crisis",
        rf"\b(?:never|not|won't|wouldn't|will never|'ll never) (?:ever )?(?:get to |be allowed to |be "
        rf"able to )?see (?:the|my|our|your|his|her) (?:\w+ )?{KID}(?: \w+)? (?:again|ever again)\b|"
        r"\bforget (?:about )?(?:ever )?seeing (?:the \w+|your \w+|my \w+|our \w+|[\w']+) again\b|"
        rf"\b(?:i'll|you'll|i will|you will) never (?:find|see|get back) (?:them|the kids|the children|"
        rf"my {KID}|your {KID})(?: again)?\b|\b(?:i'll|i will) take (?:everything|it all)\b[^.!?]{{0,40}}"
        r"\b(?:kids|children|house)\b|"
        rf"\b(?:take|taking|took|takes|snatch|snatching) (?:the|my|our|your|his|her) (?:\w+ )?{KID}"
        r"(?: away)? (?:from (?:me|you|him|her)|away|abroad|out of the country|and (?:disappear|run|go|"
        rf"leave|vanish|move))\b|\b(?:{_FUTURE}|threaten\w* to|says (?:he|she)'ll|said (?:he|she)'d|"
        rf"try and|try to) take (?:the|my|our|your) (?:\w+ )?{KID}\b(?= (?:if|unless|away|from|and)\b|"
        r"\W*$|[.!?,])|\b(?:full )?custody\b(?=[^.!?]{0,80}\b(?:if you|unless|make sure|you'll never|"
        r"you'll lose|i'll get|i'll take|threat|every other weekend|if you're lucky)\b)|"
        r"\b(?:make sure|tell|convince) (?:the )?(?:judge|court|social services|cafcass|cps|child "
        r"protection)\b[^.!?]{0,80}\b(?:kids|children|custody|unfit|breakdown|crazy|mad|mental|useless"
        r"|drunk|bad mother|bad father)\b|\bevery other weekend if you're lucky\b",
        negatable=False,
        unless=r"\b(?:to school|to the park|swimming|to nursery|for the weekend|for "
        r"a walk|shopping|on holiday|to see|to visit|for ice cream|to the cinema)\b",
    )
    add(
        "accuse_threat",
        THREATS,
        "crisis",
        r"\b(?:accuse|accusing|report|reporting|tell|telling|ring|call)(?: you| me)? (?:of|to|that "
        r"(?:you|i))? ?(?:abus\w+|rap\w+|hitting|assault\w*|the police|social services|immigration|the "
        r"home office|child protection|your (?:boss|work|employer|family|church)|my (?:boss|work|"
        r"employer))\b",
        requires=r"\b(?:unless|if (?:you|i) (?:don't|won't|leave|go|tell|sign|give)|i'll|she'll|he'll|"
        r"threat\w*|or else|she said she'd|he said he'd|said (?:she|he)'ll|says (?:she|he)'ll|going "
        r"to)\b",
        unless=r"\b(?:i'll (?:call|ring) (?:the police|you)|should i (?:call|ring|report)|thinking of "
        r"(?:calling|reporting)|want to report|i reported|i called the police|i rang the police)\b",
        negatable=False,
    )
    add(
        "immigration",
        THREATS,
        "crisis",
        r"\b(?:ring|call|report|phone|tell|contact|grass|dob)(?: you| me| her| him)?(?: in)? (?:to )?"
        r"(?:immigration|the home office|ice|border (?:force|control|agency))\b|\b(?:get|have) (?:you|me|"
        r"her|him) deported\b|\bdeport(?:ed|ing)? (?:you|me)\b|\bsend (?:you|me|her|him) back (?:home|"
        r"to)\b|\bhow fast they (?:send|ship|kick) you\b|\b(?:your|my) (?:visa|status|papers|"
        r"residency|settled status)\b[^.!?]{0,50}\b(?:cancel|revok|report|withdraw|sponsor|pull|stop|"
        r"take away|rip up|tear up)\w*|\b(?:cancel|revoke|withdraw|pull) (?:your|my) (?:visa|"
        r"sponsorship|application)\b",
        negatable=False,
    )
    add(
        "image_threat",
        THREATS,
        "crisis",
        r"\b(?:nudes|nude (?:pictures|photos|images|videos?)|naked (?:pictures|photos|images|videos?|"
        r"selfies)|intimate (?:pictures|photos|images|videos?)|sex (?:tape|video|pictures)|explicit "
        r"(?:pictures|photos|videos?|images)|private (?:pictures|photos|videos))\b",
        requires=r"\b(?:send|sends|sent|share|sharing|shared|post|posting|posted|show|showing|leak\w*|"
        r"upload\w*|spread\w*|online|internet|everyone|boss|family|dad|mum|parents|gets|see|saw|"
        r"unless|if|still got|still have|kept|keeps|publish\w*|onlyfans|porn site|work)\b",
        negatable=False,
    )
    add(
        "image_threat_indirect",
        THREATS,
        "crisis",
        r"\b(?:the|those|your|these|all the|all those) (?:pictures|photos|videos?|messages|texts|"
        r"recordings|screenshots) (?:you|we) (?:sent|took|made|recorded)\b[\s\S]{0,80}\b(?:boss|family|"
        r"everyone|mum|dad|parents|work|online|internet|shame|post|share|see|saw|show|gets)\b|"
        r"\bbe (?:a )?(?:shame|pity|real shame) if (?:your|everyone|someone|anyone|people|they|he|"
        r"she|the (?:whole|entire))\b(?=[^.!?]{0,60}\b(?:pictures|photos|videos|nudes|saw (?:them|"
        r"these|those)|see (?:them|these|those)|found out|knew|got hold|got sent|was sent|posted|"
        r"online|boss|family|everyone)\b)|\b(?:everyone|your \w+|the whole \w+) (?:gets|will get|"
        r"will see|sees) (?:the|your|those|these) (?:nudes|pictures|photos|videos)\b",
        negatable=False,
    )
    add(
        "send_threat",
        THREATS,
        "crisis",
        r"\b(?:sending|send|sends|post|posting|posts|share|sharing|show|showing|leak|leaking|upload|"
        r"uploading|forward|forwarding|email|emailing) (?:those|the|your|these|all your|all the|all "
        r"those|our|my) (?:\w+ )?(?:photos|pictures|videos|pics|nudes|messages|texts|screenshots|"
        r"recordings|sexts|dms) to (?:your|everyone|the|my|his|her|all)\b",
        requires=r"\b(?:if you|unless|or else|or i|i swear|if i)\b",
        negatable=False,
    )
    add(
        "outing",
        THREATS,
        "crisis",
        r"\b(?:tell|telling|out|outing|expose|exposing)(?: to)? (?:everyone|everybody|people|your "
        r"(?:family|parents|boss|work|mum|dad|friends|church|colleagues)|my (?:family|parents|boss|work|"
        r"mum|dad|friends|church|colleagues)|(?:the )?(?:whole )?(?:office|school|church|town))(?: at "
        r"work)? (?:that )?(?:you're|i'm|about (?:your|my)|you|i|he's|she's) (?:gay|bi|bisexual|trans|"
        r"lesbian|queer|hiv|positive|sexuality|affair|abortion|past|diagnosis|record|secret|a (?:slut|"
        r"whore)|cheating|illegal)\b",
        requires=r"\b(?:unless|if|i'll|she'll|he'll|threat\w*|or else|said (?:she|he)'d|says (?:she|"
        r"he)'ll|going to|will|don't)\b",
        negatable=False,
    )
    add(
        "threatened",
        THREATS,
        "crisis",
        r"\b(?:threaten(?:s|ed|ing)?|keeps threatening|has threatened) (?:me |him |her |us |to |that |"
        r"with )\b(?!(?:to )?(?:leave|break up|go|move out|end (?:it|things|the relationship)|divorce|"
        r"quit|cancel|call off|stop talking|walk out|dump|report the landlord|sue the|complain|take "
        r"(?:it|the car) back|tell (?:his|her) mum on|make (?:me|us) (?:watch|listen|eat|sit|go|sing|"
        r"dance|wear|play|do the)|sing|eat|throw (?:it|them|my \w+) (?:out|away)|bin|sell|unfollow|"
        r"block|delete (?:the|my|our) (?:app|game)|spoil|tickle|take (?:me|us) to|drag (?:me|us) to|make (?:me|"
        r"us) (?:go|try|wear|join)|sign (?:me|us) up|book (?:us|me)|cook|buy (?:a|another|me)|get "
        r"(?:a|another) (?:dog|cat|puppy|tattoo)|bake|paint|redecorate))",
        unless=r"\b(?:landlord|council|company|bank|boss threatened|neighbour|manager)\b",
        negatable=False,
    )
    add(
        "leave_threat",
        (),
        "concern",
        r"\bthreaten(?:s|ed|ing)? (?:to )?(?:leave|break up|divorce|move out|walk out|end (?:it|things))\b",
        negatable=False,
    )
    add(
        "arson",
        THREATS,
        "crisis",
        r"\b(?:burn|burning|set fire to|setting fire to|torch|torching|petrol|gasoline|douse) (?:down )?"
        r"(?:the|your|my|our|this|his|her) (?:\w+ )?(?:house|flat|home|place|car|stuff|things|clothes|"
        r"belongings|bed|room)\b|\bburn (?:the|your|my|our|this) (?:house|flat|home|place) down\b|"
        r"\bwith (?:me|you|us|the kids|the children|them) (?:still )?(?:in it|inside)\b",
        requires=r"\b(?:i'll|i will|he'll|she'll|he'd|she'd|threat\w*|said|says|if|unless|going to|"
        r"swore|warned)\b",
        negatable=False,
        unless=r"\b(?:candle|toast|dinner|cooking|bbq|barbecue|"
        r"bonfire|oven)\b",
    )
    add(
        "pet_threat",
        THREATS,
        "crisis",
        r"\b(?:hurt|kill|drown|get rid of|poison|harm|strangle|kick|dump|put down|shoot|starve) "
        r"(?:the|my|our|your) (?:dog|cat|puppy|kitten|pet|pets|rabbit|hamster|horse|bird)\b",
        requires=r"\b(?:if|unless|threat\w*|said|says|will|'ll|'d|going to|warned|swore)\b",
        unless=r"\b(?:vet|old age|cancer|ill|sick|suffering|kindest|allerg\w*)\b",
        negatable=False,
    )
    add(
        "something_bad",
        THREATS,
        "crisis",
        r"\bsomething (?:bad|terrible|awful|very bad|really bad|nasty) (?:will|'ll|is going to|would|"
        r"might|could|is gonna) happen (?:to (?:you|her|him|mummy|mommy|daddy|your|the kids|them|"
        r"me)|if)\b|\b(?:you|she|he|mummy|mommy|daddy|your \w+|someone|somebody)(?:'ll| will| is going to|"
        r"'s going to| might| could) (?:get|end up) (?:hurt|killed|dead)\b(?=[^.!?]{0,40}\b(?:if|unless|"
        r"when|because)\b)",
        negatable=False,
        unless=r"\b(?:weather|ice|road|climb\w*|ski\w*|trampoline)\b",
    )
    add(
        "ruin_threat",
        THREATS,
        "crisis",
        r"\b(?:i'll|i will|i'm going to|he'll|she'll|he will|she will|he's going to|she's going to|"
        r"he'd|she'd) (?:\w+ )?(?:ruin|destroy|wreck|end) (?:your|my|his|her) (?:life|career|reputation|"
        r"business|job|relationship with)\b|\bmake sure (?:that )?(?:you|she|he|i) (?:lose|loses|never "
        r"(?:work|see|get|find)|get nothing|gets nothing|end up with nothing|regret|pay|suffer)\b|\b(?:"
        r"lose|losing) (?:your|my) job\b(?=[^.!?]{0,40}\b(?:unless|i'll|i know|make sure)\b)|"
        r"\b(?:i'll|i will|he'll|she'll) (?:tell|ring|call|email) (?:your|my) (?:boss|work|employer|"
        r"manager)\b",
        negatable=False,
        on_humour="ok",
        unless=r"\b(?:diet|holiday|surprise|weekend|party|day|fun|evening|dinner|film)\b",
    )
    add(
        "stalking",
        (THREATS, CONTROL),
        "crisis",
        r"\b(?:stalk\w*|follows|followed|following) (?:me|her|him)\b(?! (?:on|back on) (?:instagram|"
        r"twitter|tiktok|insta|social|facebook|x|ig|snapchat|youtube))(?=[^.!?]{0,60}\b(?:everywhere|"
        r"home|to work|around|in (?:his|her|the) car|from work|again|without|secretly|at night|"
        r"everywhere i go)\b)|\bstalk(?:ing|s|ed|er)\b|\b(?:turned|turns|showed|shows|keeps turning|"
        r"keeps showing|waits|waiting|waited|sat|sits|parked|parks) (?:up )?(?:at|outside) (?:my|the|"
        r"our) (?:work|job|office|house|flat|door|place|school|gym|mum's|parents'|friend's)\b"
        r"(?=[^.!?]{0,60}\b(?:uninvited|again|after|won't leave|even though|told (?:him|her)|"
        r"restraining|ex|unannounced|every day|hours|watching|photo|scared)\b)|\b(?:photo|picture|"
        r"video) of my (?:car|house|flat|front door|work|office|new place)\b",
        negatable=False,
        unless=r"\b(?:celebrity|band|tour|instagram|influencer|to say hi)\b",
    )
    add(
        "self_harm_threat",
        (SELF_HARM, THREATS),
        "crisis",
        r"\b(?:kill|hurt|harm|cut) (?:my|him|her|them)sel(?:f|ves) if (?:you|i|we) (?:leave|go|break up|"
        r"end|don't|ever|split|move out)\b|\bif (?:you|i|we) (?:leave|go|break up|split)[^.!?]{0,40}\b(?:kill|hurt|"
        r"harm) (?:my|him|her)self\b",
        negatable=False,
    )

    # -- coercive control ----------------------------------------------------------------------
    people = (
        r"(?:friends?|family|mum|mummy|dad|father|parents|sister|brother|doctor|gp|therapist|"
        r"counsellor|anyone|anybody|people|my (?:\w+ )?(?:friends?|family|mum|dad|sister|brother|"
        r"parents|colleagues|coworkers|nan|gran))"
    )
    places = (
        r"(?:work|job|out|outside|the house|home|college|uni|university|school|church|the gym|the shops|"
        r"my (?:own )?(?:money|bank|account|card|phone|car)|money|a phone|a job|a bank account|"
        r"a doctor|the doctor|hospital|a course|classes|driving lessons|anywhere|funeral|wedding|"
        r"christening|appointment|church|mosque|temple|therapy|counselling|a&e|dentist|to drive|"
        r"college|a job|a bank account|without (?:sharing|telling|"
        r"him|her|asking))"
    )
    add(
        "wont_let_me",
        CONTROL,
        "crisis",
        rf"\b(?:won't|doesn't|didn't|refuses to|never|wouldn't|won't ever|hasn't|isn't going to) "
        rf"(?:let|allow)s? me (?:to )?(?:see|visit|go|leave|work|drive|use|have|talk|speak|call|phone|"
        rf"text|message|meet|contact|get|keep|spend|wear|eat|sleep|open|access|go out|go back to|out of|"
        rf"learn|study|train|apply|take|finish|start|join|attend|do|register|enrol|sign up)"
        rf"(?: [\w']+){{0,4}} (?:{people}|{places}|alone|on my own|without (?:him|her)|unless (?:he|she)"
        rf"(?:'s| is))\b",
        negatable=False,
        unless=_APPROVAL
        + "|"
        + r"\b(?:finish (?:my|a) sentence|pay|drive (?:his|her) (?:new )?car|the remote|"
        r"get a word in|help|cook|do the dishes|lift|carry)\b",
    )
    add(
        "not_allowed",
        CONTROL,
        "crisis",
        r"\b(?:i'm|i am|i was|we're|i've never been|she's|he's|they're) not (?:even )?allowed (?:to )?"
        r"(?:go|work|see|leave|have|use|drive|spend|wear|visit|text|call|phone|talk to|speak to|"
        r"eat|sleep|lock|close|get|out|any|my own|friends|a phone|a job|money)\b|\b(?:i'm|i am|we're|"
        r"she's|he's) only (?:ever )?allowed (?:to )?(?:see|go|have|use|spend|talk|leave|eat|wear|out|"
        r"visit|call|text|drive)\b|\b(?:forbids|forbade|forbidden|forbid|bans|banned|prohibits|"
        r"prohibited) me (?:from |to )?(?:working|work|seeing|see|going|go|leaving|having|using|"
        r"driving|talking|visiting|calling|studying|wearing|contacting|eating)\b|\bisn't allowed to "
        r"(?:go|work|see|leave|have|talk to|speak to)\b",
        negatable=False,
        unless=r"\b(?:doctor says|doctor said|gp|surgeon|hospital|after (?:the|my) "
        r"(?:surgery|operation)|rules at work|my boss|school rules|landlord|the lease|contract|"
        r"the (?:gym|pool|club)|under 18|age)\b",
    )
    add(
        "permission",
        CONTROL,
        "crisis",
        r"\b(?:makes|made|make|forces|forced) me (?:to )?ask (?:him|her)? ?(?:for )?(?:permission|before)\b|"
        r"\b(?:have|has|had|got) to (?:beg|ask) (?:him|her|them)? ?for (?:money|cash|every penny|food|"
        r"tampons|sanitary \w+|nappies|bus fare|my own money|petrol|lunch money)\b|"
        r"\b(?:have|has|had|got) to ask (?:him|her|them)?(?: for)? ?(?:permission|before i (?:go|see|"
        r"spend|buy|leave|use|eat|call)|for (?:money|every penny|cash|my own money)|to (?:go|use|see|"
        r"leave|spend|buy|eat))\b|\bask (?:his|her|their) permission (?:to|before|for)\b|\bneed (?:his|"
        r"her) permission\b|\bpermission to (?:leave|go out|see|spend|eat|use the)\b",
        negatable=False,
        unless=r"\b(?:boss|manager|landlord|work|teacher|school|council)\b",
    )
    add(
        "documents_taken",
        CONTROL,
        "crisis",
        r"\b(?:has|have|took|takes|taken|taking|keeps|kept|holds|holding|hid|hides|hidden|hiding|"
        r"confiscated|locked away|locks away|won't give (?:me )?back|won't return|stole|steals|"
        r"destroyed|cut up) (?:all )?(?:of )?my (?:passport|documents|papers|id|visa|birth certificate|"
        r"bank cards?|debit card|credit cards?|car keys|keys|phone|wallet|purse|money|wages|salary|pay|"
        r"pay ?check|benefits|passwords?|sim card|pills|medication|glasses|inhaler|shoes|coat)"
        r"\b(?! (?:charger|case|cover|screen|cable|number|bill|contract))(?![^.!?]{0,40}\b(?:by accident|accidentally|by mistake|to the shop|to get it fixed|"
        r"to (?:the )?repair|as a joke|for safekeeping while (?:i|we) (?:swim|surf)))",
        negatable=False,
        not_before=r"\b(?:i|i'll|i'd|i'll just|we|can i|could i|do you|did you) $",
        unless=_APPROVAL + "|" + r"\b(?:borrowed|lent|dog|toddler|surprised? me|surprise|booking|"
        r"booked|treat|baby|the kids|relax|holiday|"
        r"vacation|detox|a break from|switch off|unplug|as a joke|prank|birthday|surprise|fixed|repair|"
        r"screen|charge|took my phone to|drinks?|drinking|drunk|over the limit|tipsy|safe to drive|too "
        r"tired to drive)\b",
    )
    add(
        "passwords",
        CONTROL,
        "crisis",
        r"\b(?:has|knows|demands|wants|makes me (?:give|hand over|share)|made me (?:give|hand over|"
        r"share)|took|insists on having) (?:all )?(?:of )?my (?:passwords?|pin|pins|logins?|codes?)\b|"
        r"\b(?:checks|checking|checked|monitors|writes down|notes) (?:the|my|our) (?:mileage|odometer|"
        r"petrol gauge|fuel gauge|miles)\b|\b(?:show|give|hand) me your (?:phone|receipts|passwords?|maps|location|messages|texts|bank|"
        r"emails?|browser|search history|camera roll)\b|\b(?:show|showing|shown) (?:him|her) (?:the |"
        r"all the |every )?(?:receipts?|bank statements?)\b",
        negatable=False,
        # "give me your bank card so I can pay the plumber": an errand, not surveillance
        unless=_APPROVAL + r"|\b(?:so i can|i'll (?:take|pay|call|check the|look up|order|book)|to (?:pay|"
        r"call|take a|order|book|look)|mine's|battery|dead|for a (?:sec|second|minute)|(?:the|a) "
        r"(?:photo|picture|selfie)|directions|the map|the sat ?nav|tax|accountant|expenses)\b",
    )
    add(
        "monitoring",
        CONTROL,
        "concern",
        r"\b(?:checks|checking|checked|reads|reading|"
        r"goes through|went through|going through|monitors|monitoring|tracks|tracking) (?:all )?(?:of )?"
        r"my (?:phone|messages|texts|emails?|email account|bank|location|browser|history|spending|"
        r"mileage|receipts|calls|call log|social media|whatsapp|dms)\b",
        negatable=False,
        escalate=r"\b(?:every (?:day|night)|all the time|constantly|daily|goes mental|makes me|"
        r"demands|have to|has to|secretly|won't stop|every single|the mileage|receipts|when i get back|"
        r"i'm terrified|tracking|before i)\b",
        unless=_APPROVAL,
    )
    add(
        "tracking",
        CONTROL,
        "crisis",
        r"\b(?:tracking|tracker|spy|spyware|stalkerware|monitoring) (?:app|device|software)\b|\b(?:put|"
        r"installed|hid|hidden|planted|secretly|attached) (?:a |an )?(?:tracker|airtag|air tag|gps|"
        r"tracking device|camera|app|spyware)\b|\b(?:airtag|air tag)\b[^.!?]{0,40}\b(?:my (?:car|bag|"
        r"coat)|found)\b|\b(?:track|tracks|tracked|tracking|monitors|monitoring) (?:my|me)\b(?: "
        r"(?:location|phone|movements|car|every|everywhere|wherever))?|\b(?:makes|made|forces|forced) "
        r"me (?:share|turn on|keep on) (?:my )?location\b|\b(?:put|installed|hid|hidden|set up|planted|"
        r"fitted) (?:\w+ )?cameras? (?:in|around|all over|inside|in every)\b(?=[^.!?]{0,60}\b(?:watch|"
        r"spy|monitor|check on|keep an eye on|so (?:he|she) can|see what i)\b)|\bwatch(?:es|ing)? me "
        r"(?:on|through|via) (?:the )?(?:cameras?|app|cctv|ring|doorbell|webcam|baby monitor)\b|\b(?:goes mental|goes mad|kicks off|loses it|"
        r"freaks out) (?:if|when) i (?:turn|switch) (?:off )?(?:my )?location\b",
        negatable=False,
        unless=_APPROVAL + "|" + r"\b(?:fitness|run|running|steps|strava|parcel|delivery|package|"
        r"order|flight|kids' phones|both agreed|we agreed|each other)\b",
    )
    add(
        "check_in",
        CONTROL,
        "crisis",
        r"\b(?:makes|made|forces|forced|make|insists|demands|expects) (?:that )?(?:me|i) (?:to )?"
        r"(?:send|call|text|facetime|video call|ring|check in|share|show|prove|report|account for|"
        r"photograph|send (?:him|her))\b|\b(?:photo|picture|selfie|proof|video call|facetime|call|text|"
        r"check-?in|update)s? (?:every|each) (?:hour|\d+ minutes|half hour|few minutes|ten minutes|"
        r"twenty minutes|thirty minutes)\b(?=[^.!?]{0,60}\b(?:makes|have to|has to|demands|or (?:he|"
        r"she)|so (?:he|she) knows|or else)\b)|\b(?:have|has|had|got) to (?:send|call|text|facetime|video call|video-call|ring|phone|message|"
        r"check in with|report to|update) (?:him|her)\b[^.!?]{0,30}\b(?:every|whenever|each|the second|as soon as)\b",
        negatable=False,
        unless=_APPROVAL + "|" + r"\b(?:naked|nudes?|sexual|sex|boss|work|manager|job|teacher|doctor|"
        r"nurse|recipe|homework|"
        r"holiday|photos? of the kids|pictures of the baby|safe|safely|home safe)\b",
    )
    add(
        "decides_for_me",
        CONTROL,
        "crisis",
        r"\b(?:decides|chooses|controls|picks|dictates|tells me|choose|decide) (?:exactly )?what i "
        r"(?:can )?(?:wear|eat|say|spend|watch|do|buy|weigh)\b|"
        r"\b(?:decides|chooses|controls|dictates|tells me|"
        r"decide|choose) (?:who|where|when) i(?: can|'m allowed to| get to)? (?:see|talk|"
        r"go|speak|text|meet|eat|wear|call|visit|reply|message|follow|be friends|hang out)\b|\b(?:picks|"
        r"chooses|decides on|controls|buys) (?:all )?(?:of )?my (?:clothes|outfits|friends)\b|\b(?:won't|"
        r"doesn't|never) let me (?:cut|dye|colour|color|change|grow) my hair\b|\b(?:controls|control|controlling) "
        r"(?:everything|what i|where i|who i|all (?:of )?my money|my money|my (?:phone|finances|spending|"
        r"food|eating|weight|wages|salary|life|every move)|every (?:aspect|part) of my)\b|\b(?:weighs|"
        r"weighed|weighing) me\b|\b(?:gives|gave|allows|lets) me (?:only |just )?(?:an allowance|£\s?\d+"
        r"|\$\s?\d+|€\s?\d+|\d+ (?:quid|pounds|dollars|euros)|pocket money|a budget)(?: \w+){0,3} "
        r"(?:a|per|each|every) (?:week|month|day|fortnight)\b|\bi have to (?:change|get changed)\b"
        r"(?=[^.!?]{0,40}\b(?:if|unless|when)\b)",
        negatable=False,
        unless=r"\b(?:diet plan|personal trainer|nutritionist|dietitian|"
        r"we agreed|both agreed|budgeting app|we decided)\b",
    )
    add(
        "isolation",
        CONTROL,
        "crisis",
        r"\b(?:cut|cuts|cutting|isolat\w+|keeps|kept|keeping|stops|stopped|stopping|blocked|blocks|"
        r"deleted|deletes) me (?:off )?(?:from|away from|seeing|talking to|contacting|going) "
        r"(?:all )?(?:of )?(?:my )?(?:friends|family|everyone|mum|parents|people|support|sister|brother|"
        r"colleagues|work)\b|\b(?:told|tells|telling|told all|messaged) (?:my )?(?:friends|family|mum|"
        r"everyone|sister|brother|parents) (?:that )?i (?:didn't|don't|never|wouldn't|no longer) want\b|"
        r"\byou (?:don't|do not) need (?:friends|anyone|anybody|them|your (?:family|friends|mum|sister|"
        r"brother|parents)|other people)\b|\b(?:deleted|blocked) (?:all )?(?:my|her|his) (?:friends|"
        r"contacts|numbers|family)(?: from my phone| on my phone)?\b|\b(?:made|makes|forced) me "
        r"(?:quit|give up|leave) my (?:job|course|studies|friends|hobbies|college|uni|church|team)\b|"
        r"\bi haven't seen my (?:mum|family|parents|friends|sister|brother|dad)(?: \w+)? (?:in|for) "
        r"(?:\d+|months|years|ages|a year)\b(?=[^.!?]{0,80}\b(?:because (?:he|she)|every time|won't|"
        r"doesn't let|gets (?:ill|angry|upset)|starts a fight|kicks off)\b)",
        negatable=False,
        unless=r"\b(?:toxic|we agreed|social media detox|on a diet)\b",
    )
    add(
        "turned_against",
        CONTROL,
        "crisis",
        r"\b(?:turned|turns|turning|set) (?:my|all my|everyone|everybody|the whole) (?:\w+ )?(?:family|"
        r"friends|kids|children|mum|parents|sister|brother)? ?against me\b|\b(?:nobody|no one|no-one) "
        r"(?:but|except|apart from|other than) (?:him|her)\b|\bonly (?:has|have|got) (?:him|her) now\b",
        negatable=False,
        unless=r"\b(?:team|game|politics|argument about)\b",
    )
    add(
        "timed",
        CONTROL,
        "concern",
        r"\b(?:times|timing|timed|clocks|clocking|counts|counting|monitors|tracks) (?:exactly )?(?:how "
        r"long|the minutes|every minute|when i (?:leave|get back|get home))\b",
        escalate=r"\b(?:furious|angry|goes mad|goes mental|kicks off|interrogat\w*|punish\w*|shouts|"
        r"screams|rage|rages|questions me|accuses|explain|over|late)\b",
        negatable=False,
    )
    add(
        "locked_in",
        CONTROL,
        "crisis",
        r"\b(?:locks|locked|locking|lock) me (?:in|out|inside|outside)\b|\b(?:shuts|shut|shutting) me "
        r"(?:in|inside|outside|out of (?:the|my|our|his|her) (?:house|flat|home|car|room|bedroom|place))\b|"
        r"\b(?:changed|changes|changing) the (?:wifi|internet|router|locks?|door code|alarm code)"
        r"(?: password)?\b(?=[^.!?]{0,60}\b(?:only|so i|won't|without|can't|locked)\b)|"
        r"\b(?:hid|hides|took|takes|hide|disabled|cuts off|cut off) (?:my |the )?(?:car keys|keys|"
        r"phone|charger|router|wifi|internet)\b(?=[^.!?]{0,60}\b(?:so (?:i|that i) (?:can't|couldn't|"
        r"wouldn't)|until|unless|when (?:he|she)'s (?:not|out)|my fault)\b)",
        negatable=False,
        unless=r"\b(?:by accident|accidentally|locked myself|the kids|toddler|joke)\b",
    )
    add(
        "forbid_and_act",
        CONTROL,
        "crisis",
        r"\b(?:i've|i have|he's|she's|he has|she has) (?:already )?(?:cancel(?:l)?ed|deleted|blocked|"
        r"told them you(?:'re| are) not|returned|withdrawn|pulled you out of) (?:it|your|you|them|the)\b",
        requires=r"\byou(?:'re| are) not (?:going|allowed|doing|taking|seeing)\b|\byou can't go\b|"
        r"\bwithout asking (?:me|him|her)\b",
        negatable=False,
    )
    add(
        "ultimatum_isolation",
        CONTROL,
        "crisis",
        r"\b(?:it's|its) (?:\w+|your \w+|them|her|him) or me\b|\bchoose (?:between )?(?:me|them|her|"
        r"him) or\b|\b(?:them|her|him|your \w+) or me\b",
        requires=r"\b(?:don't want you|you're not|you can't|not allowed to|you won't|you'll stop|stop) "
        r"(?:to )?(?:seeing|see|to see|talking to|talk to|going out with|hanging out with|meeting|"
        r"texting|speaking to|contacting)\b",
        negatable=False,
    )
    add(
        "ownership",
        CONTROL,
        "crisis",
        r"\b(?:i'm|i am|she's|he's) (?:his|her) (?:property|possession)\b|\b(?:he|she) (?:owns|thinks "
        r"(?:he|she) owns) me\b|\b(?:i'll|i will|you'll|you will) never (?:leave|go out of|get out of) "
        r"(?:\w+ ){0,3}without (?:him|her|me)\b",
        negatable=False,
    )
    add(
        "degradation",
        CONTROL,
        "crisis",
        r"\b(?:makes|made|make|forces|forced) (?:me|him|her) (?:to )?(?:sleep (?:in the car|in the (?:garden|"
        r"shed|garage|hallway|bath)|outside|on the floor)|kneel|beg|eat off the floor|eat (?:like|out of) a "
        r"(?:dog|bowl)|stand in the corner|stand outside|strip|stay in (?:the|my|a) room)\b|\b(?:keeps|kept|"
        r"keep|keeping) me locked (?:in|inside|up)\b|\btreats me like (?:a|his|her) (?:dog|slave|servant|"
        r"prisoner|property)\b",
        unless=r"\b(?:camping|festival|tent|snoring|snore|sick|ill|flu|covid|lol|haha)\b",
        negatable=False,
    )
    add(
        "proper_wife",
        CONTROL,
        "crisis",
        r"\b(?:a )?(?:proper|good|real|decent) (?:wife|husband|woman|man|girlfriend|boyfriend) "
        r"(?:stays (?:at )?home|doesn't (?:work|go out|argue|talk back|have friends)|would(?:n't)? "
        r"(?:work|go out|argue)|obeys|does what (?:she's|he's|they're) told|knows (?:her|his) place)\b",
        negatable=False,
    )
    add(
        "money_withheld",
        CONTROL,
        "crisis",
        r"\b(?:has|put|puts|keeps|kept|moved|transferred) (?:all )?(?:of )?(?:our|the|my) (?:money|savings|"
        r"house|accounts?|assets|wages|salary) (?:in|into) (?:her|his) (?:own )?name\b(?=[\s\S]{0,60}\b(?:"
        r"gives me nothing|nothing for me|no access|won't give|can't access|locked out|not a penny)\b)|"
        r"\b(?:gives|leaves|allows|lets) me (?:nothing|no money|not a penny|no access)\b(?=[^.!?]{0,40})",
        requires=r"\b(?:money|wages|salary|pay|savings|account|bank|cash|penny|allowance)\b",
        negatable=False,
    )
    add(
        "financial_abuse",
        CONTROL,
        "crisis",
        r"\b(?:have to|has to|had to|makes me|made me|make me|forces me to) (?:hand over|give (?:him|"
        r"her)|sign over|transfer|pay in|hand (?:him|her)) (?:all )?(?:of )?(?:my|our) (?:wages|salary|"
        r"pay|money|benefits|earnings|pay ?check|tips|child benefit|pension)\b|"
        r"\b(?:took out|takes out|opened|opens|ran up|runs up|maxed out|put) (?:a |loans?|credit cards?|"
        r"debts?)(?: \w+){0,3} in my name\b|\b(?:takes|took|has|keeps) (?:all )?(?:of )?my (?:wages|"
        r"salary|pay|benefits|money|earnings)\b|\b(?:no|don't have|doesn't let me have|never have) "
        r"(?:any )?(?:access to|access to our|my own) (?:money|bank|account|cards?|finances)\b",
        negatable=False,
    )
    # concern-level signs of control
    add(
        "control_soft",
        CONTROL,
        "concern",
        r"\b(?:checks|checked|checking|goes through|went through|reads|looks through|snoops|snooped) "
        r"(?:through )?my (?:phone|messages|texts|emails?)\b|\b(?:texts|calls|rings|messages) (?:me )?"
        r"(?:asking )?where i(?:'m| am)\b|\b(?:where (?:are|were) you|who (?:are|were) you with)\b[^.!?]{0,40}"
        r"\b(?:every|all the time|constantly|\d+ times|times an hour)\b|\b(?:doesn't|does not|don't|"
        r"didn't) (?:want|like) me (?:to )?(?:see|seeing|visit|visiting|going|go out|talk|talking|"
        r"spend time|hanging out)(?: \w+){0,2} (?:with |to )?(?:my )?(?:friends|family|mum|parents|"
        r"sister|brother|coworkers|colleagues)\b|\b(?:handle|handles|handling|control|controls|in "
        r"charge of|took over) (?:all )?(?:the|our) (?:money|finances|accounts|bank)\b|\b(?:it's|its) "
        r"(?:her|him|them|me|your \w+|\w+) or me\b|\byou're not going (?:out|anywhere|to (?:that|the|"
        r"see))\b|\b(?:i've|i have) (?:already )?cancel(?:led|ed) (?:it|your|the)\b|\bjealous\w*\b"
        r"(?=[^.!?]{0,60}\b(?:sulks?|sulking|won't speak|accus\w+|interrogat\w+|silent treatment|"
        r"days|every time|rage|smash\w*|follows?)\b)|\b(?:not|never) allowed to (?:talk|speak) about\b|"
        r"\bgets ill or starts a fight\b|\b(?:won't|doesn't) let me out of (?:his|her) sight\b|\b(?:wants|wanted|asks|asked|tells|told|pressures|pressured|"
        r"pressuring|is pushing) me to stop (?:seeing|talking to|meeting|hanging out with|texting|"
        r"going out with) (?:my|them|her|him)\b|\b(?:always|constantly|needs to|has to|demands to|insists on) "
        r"(?:wants to )?(?:know|knowing) (?:exactly )?(?:where i(?:'m| am)|who i(?:'m| am) with|where i've "
        r"been)\b|\b(?:gets|goes|got) (?:really |so )?(?:upset|angry|mad|furious|"
        r"funny|weird|off on one|cold) (?:if|when) i (?:don't|do not|didn't) (?:reply|answer|text back|"
        r"pick up|respond)\b|\b(?:comments|remarks|criticises|criticizes|complains|moans) (?:about|on) "
        r"what i(?:'m)? (?:wear|wearing|eat|eating|spend|look like)\b|\b(?:wants|demands|asks|insists on|needs) to see my (?:texts|"
        r"messages|phone|emails|receipts|bank)\b|\bevery time i (?:plan|try|want) to (?:go|see|visit)\b",
        negatable=False,
        unless=_APPROVAL
        + r"|\b(?:i get why|i understand why|fair enough|(?:he|she) has a point|to be fair)\b",
    )
    add(
        "put_down",
        CONTROL,
        "concern",
        r"\b(?:lucky|luck) (?:i|that i|anyone|someone|that anyone|he|she) (?:puts? up with|stays? with|"
        r"wants?) (?:you|me)\b|\b(?:no one|nobody) "
        r"(?:else )?(?:would|will|could) (?:ever )?(?:want|have|love|put up with|believe) you\b|"
        r"\b(?:calls|called|calling) me (?:a )?(?:useless|worthless|stupid|pathetic|fat|ugly|disgusting|"
        r"whore|slut|crazy|psycho|retard|idiot|bitch|cunt|nothing)\b|\b(?:makes|made) jokes about me "
        r"being\b|\b(?:says|said|tells me) i'm (?:crazy|imagining (?:it|things)|making it up|too "
        r"mad|insane|losing it)\b|\b(?:gaslight\w*|silent treatment)\b|\bstarting to "
        r"(?:believe|agree)\b|\b(?:says|said|tells me|told me) i'm (?:useless|worthless|stupid|"
        r"pathetic|a failure|nothing|a joke|an embarrassment|disgusting|fat|ugly)\b",
        negatable=False,
    )

    # -- harm to children ------------------------------------------------------------------------
    kid_verbs = (
        r"(?:hits|hit|hitting|smacks|smacked|smacking|slaps|slapped|slapping|punches|punched|punching|"
        r"kicks|kicked|kicking|beats|beat|beating|beaten|shakes|shook|shaking|shaken|throws|threw|"
        r"throwing|chokes|choked|choking|burns|burned|burnt|burning|bites|bit|pinch(?:es|ed|ing)|"
        r"whips|whipped|belts|belted|spanks|spanked|spanking|strikes|struck|hurts|hurt|hurting|abuses|abused|"
        r"abusing|grabs|grabbed|grabbing|yanks|yanked|drags|dragged|shoves|shoved|shoving|pushes|pushed|"
        r"pushing|slams|slammed|strangles|strangled|neglects|neglected|neglecting|starves|starved|"
        r"molests|molested|scalded|scalds|smothered|squeezed)"
    )
    add(
        "kid_hit",
        CHILD,
        "crisis",
        rf"\b{kid_verbs} {_KID_OBJ}\b",
        not_before=_MODAL_BEFORE.pattern + r"|\b(?:about|whether to|not to|never|don't|didn't|doesn't|"
        r"wouldn't|won't|never would|the other|a|another|some) (?:\w+ )?$",
        unless=_PLAY.pattern + r"|\b(?:at (?:school|nursery|football|daycare|the park)|bully|bullies|"
        r"bullied|the other (?:kid|boy|girl|child)|by another|classmate|sibling|brother|sister|each "
        r"other|tickl\w*|burp\w*|hit the (?:kids|children) (?:hard|like a)|the news)\b|\bwhen (?:they|he|she) "
        r"(?:was|were) (?:little|small|younger|toddlers?|babies)\b[^.!?]*\b(?:regret|wish we hadn't|"
        r"wouldn't now|stopped|never again)\b",
    )
    add(
        "kid_hit_pronoun",
        CHILD,
        "crisis",
        rf"\b(?:he|she|they|my {PARTNER}|i) (?:[\w']+ ){{0,6}}?{kid_verbs} (?:him|her|them)\b",
        requires=CHILD_CONTEXT.pattern,
        not_before=_MODAL_BEFORE.pattern,
        unless=_PLAY.pattern + r"|\b(?:at (?:school|nursery|football|daycare)|bully|bullies|bullied|"
        r"each other|the dog|the cat|tickl\w*|burp\w*)\b",
        her_object=True,
    )
    add(
        "shaken_baby",
        CHILD,
        "crisis",
        r"\b(?:shak(?:e|es|ing|en)|shook) (?:the |my |our |his |her )?(?:\w+ )?baby\b",
        negatable=True,
    )
    add(
        "kid_throw_at",
        CHILD,
        "crisis",
        r"\b(?:threw|throws|throwing|hurled|hurls|chucked|chucks|lobbed|flung|flings|fired) (?:[\w']+ )"
        rf"{{1,4}}(?:at|towards) {_KID_OBJ}",
        negatable=True,
        unless=_PLAY.pattern + r"|\b(?:ball|frisbee|sweets|snowball|pillow|water balloon|bean bag|"
        r"teddy|soft toy|confetti)\b",
    )
    add(
        "kid_locked",
        CHILD,
        "crisis",
        rf"\b(?:locks|locked|locking|shuts|shut|shutting|puts|put|putting) (?:{_KID_OBJ}|him|her|them)"
        r"(?: \w+){0,2} (?:in|into|inside) (?:the|a|his|her|their|my|our) (?:cupboard|closet|wardrobe|"
        r"shed|garage|cellar|basement|boot|attic|loft|cage|box|dog crate|crate|dark|bathroom|toilet|"
        r"car)\b|\b(?:sleeping|sleep|sleeps|slept|locked|left) (?:out )?in the (?:shed|garage|garden|car"
        r"|cold)\b|"
        rf"\b(?:locks|locked|locking|shuts|shut|leaves|left|puts|put|keeps|kept|sends|sent) (?:{_KID_OBJ}|"
        r"them|him|her) (?:outside|out|out of the house|in the garden)\b(?=[^.!?]{0,30}\b(?:for hours|"
        r"all (?:day|night|evening|afternoon)|in the (?:cold|rain|snow|dark)|overnight|till (?:late|dark)|"
        r"until (?:late|dark))\b)",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:dog|cat|bike|tools|pram|car seat|for a nap|hide and seek|hide-and-seek|camping|"
        r"tent)\b",
    )
    add(
        "kid_room_locked",
        CHILD,
        "crisis",
        rf"\b(?:locks|locked|locking|shuts|shut|keeps|kept) (?:{_KID_OBJ}|him|her|them) (?:\w+ )?in "
        r"(?:his|her|their|the) (?:bed)?room\b(?=[^.!?]{0,50}\b(?:all (?:day|night|weekend)|for hours|"
        r"for days|no food|without food|overnight|no dinner|whole day|whole weekend)\b)",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    add(
        "kid_punishment_harsh",
        CHILD,
        "crisis",
        r"\bas (?:a )?punishment\b|\bto punish (?:him|her|them)\b|\bto teach (?:him|her|them) a lesson\b",
        requires=r"\b(?:floor|food|dinner|meals?|cold|locked|lock|hours|belt|hit|kneel|shed|garage|"
        r"outside|water|bath|shower|dark|cupboard|sleep|burn\w*|stove|hot|starv\w*)\b",
        unless=r"\b(?:screen ?time|ipad|tablet|phone|xbox|playstation|pocket money|grounded|no tv|"
        r"early bed|dessert|pudding|sweets|naughty step)\b",
        negatable=False,
    )
    add(
        "kid_hair",
        CHILD,
        "crisis",
        r"\b(?:pulls|pulled|pulling|yanks|yanked|yanking|grabs|grabbed|twists|twisted) (?:our|my|his|her|"
        r"the|their) (?:\w+'s|kids'?|children's|son's|daughter's|baby's|toddler's) (?:hair|ears?|arm|"
        r"arms|neck|wrist|throat)\b",
        negatable=False,
        unless=_PLAY.pattern,
    )
    add(
        "kid_intimate_care",
        CHILD,
        "crisis",
        r"\b(?:baths|bathes|bathing|bathed|bath|bathe|shower|showers|showering|showered|undresses|"
        r"undressing|undress|changes (?:her|him|his|their)|sleeps with|"
        r"sleeps in (?:her|his) bed|gets into (?:her|his) bed|cuddles|tickles|kisses)\b",
        requires=r"\b(?:doesn't like it|doesn't want|don't like it|scared|uncomfortable|cries|asks me "
        r"not to|gets angry|angry when i say no|insists|insisting|keeps asking|won't take no|alone|"
        r"not to|begged me|won't let me|hides|secret|doesn't feel right|feels wrong|not right|"
        r"inappropriate|weird|creep\w*|worried)\b",
        unless=r"\b(?:dog|cat|puppy|bath toys|hair wash|shampoo|nits|baby shower|bridal shower|"
        r"\w+'s shower|the shower(?! (?:with|together)))\b",
        negatable=False,
    )
    add(
        "kid_left_alone",
        CHILD,
        "crisis",
        rf"\b(?:leaves|left|leaving|leave) (?:{_KID_OBJ}|them|him|her)(?: \w+){{0,2}} (?:home )?"
        r"(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself)|unsupervised|in the car|"
        r"home alone)\b",
        requires=r"\b(?:\d|baby|toddler|babies|infant|newborn|all day|all night|for hours|while (?:he|"
        r"she) (?:goes|went)|to go (?:out|drinking|to the pub)|overnight|night)\b",
        unless=r"\b(?:teenager|teen|1[4-9] year old|for (?:a|five|ten|\d+) minutes?|with|nap)\b",
        negatable=False,
    )
    add(
        "kid_drunk_driving",
        CHILD,
        "crisis",
        rf"\b(?:drunk|drink[- ]driv\w*|drives? drunk|drove drunk|driving drunk|high|stoned|over the limit|"
        rf"wasted|off (?:his|her) face|had a few|been drinking|drinking|after a few|after (?:a|some) "
        rf"(?:drinks|beers|pints))\b[^.!?]{{0,60}}\b(?:{KID})\b|"
        rf"\b(?:{KID})\b[^.!?]{{0,60}}\b(?:drunk|drink[- ]driv\w*|over the limit|been drinking|high|"
        r"stoned|wasted|off (?:his|her) face|drinking all|after drinking|after a few|after (?:a|some) "
        r"(?:drinks|beers|pints))\b",
        requires=r"\b(?:drive|drives|drove|driving|car|behind the wheel|pick(?:s|ed)? (?:them|the kids) "
        r"up|school run)\b",
        negatable=False,
    )
    add(
        "kid_food",
        CHILD,
        "crisis",
        rf"\b(?:won't let|doesn't let|hasn't let|didn't let|not letting|never lets|won't give) "
        rf"(?:{_KID_OBJ}|them|him|her) (?:eat|have (?:dinner|food|lunch|breakfast|anything))\b|\b(?:no|"
        r"without) (?:food|dinner|meals?|eating|water)\b[^.!?]{0,40}\b(?:punish\w*|as (?:a )?punishment|"
        r"for being|because (?:he|she|they) (?:was|were))\b|\b(?:starv\w+) (?:the |our |my )?(?:kids|"
        r"children|them|him|her)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    add(
        "kid_neglect",
        CHILD,
        "crisis",
        rf"\b(?:doesn't|don't|won't|never|hasn't|isn't|stopped|forgets? to|can't be bothered to) "
        rf"(?:properly )?(?:feed(?:ing)?|wash(?:ing)?|chang(?:e|ing)) (?:the|our|my|his|her) (?:\w+ )?{KID}"
        r"\b|\b(?:kids|children|baby|babies|toddler|son|daughter) (?:are|is|were|was) (?:always|constantly|"
        r"often|going) (?:hungry|starving|filthy|left alone|in dirty nappies|unwashed)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:growth spurt|teething|fussy|picky|school dinners|packed lunch)\b",
    )
    add(
        "kid_punish",
        CHILD,
        "crisis",
        r"\b(?:cold shower|cold bath|kneel(?:ing|s)? on (?:rice|salt|peas|gravel)|sleep(?:ing|s)? (?:out "
        r")?in the (?:shed|garage|garden|car)|(?:out|outside) in the (?:cold|rain|snow|dark)|stand "
        r"(?:outside |in the corner |on one leg |against the wall )?for hours|with (?:a|the|his|her) (?:belt|wooden spoon|"
        r"slipper|cane|stick|hanger|cable|cord|wire)|(?:takes|took|take) (?:a|the|his|her) belt to|"
        r"hot sauce (?:in|on) (?:his|her|their|the|\w+'s) (?:mouth|tongue)|soap in (?:his|her|their|\w+'s) "
        r"mouth|holds? (?:his|her|their) (?:mouth shut|nose)|stand in the corner for "
        r"hours|made (?:him|her|them) stand for hours|hold (?:his|her|their) (?:hand|hands) (?:over|on|"
        r"under) (?:the )?(?:stove|hob|hot|flame|tap))\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:fashion|outfit|trousers|jeans|dog|cat|cold shower (?:after|for|before) (?:the|my|a) "
        r"(?:gym|run|workout)|ice bath)\b",
    )
    # The ages are checked in code: an adult (18+) and a child (under 16) in the same message.
    add(
        "grooming_age",
        CHILD,
        "crisis",
        r"\b(?:seeing|dating|going out with|sleeping with|slept with|relationship with|boyfriend|"
        r"girlfriend|texting|texts|messaging|messages|talking to|meeting|meets|having sex|pictures?|"
        r"photos?|nudes|sends? her|sends? him|picks? (?:her|him) up|alone with|drives (?:her|him) to)\b",
        negatable=False,
    )
    add(
        "kid_secret",
        CHILD,
        "crisis",
        rf"\b(?:special|our little|little|our) secrets?\b|\bkeep (?:it |this |a |the )?(?:secrets?|"
        rf"secret) (?:from|between)\b|\bdon't tell (?:mum|mummy|mommy|dad|daddy|your (?:mum|mom|dad|"
        rf"mummy|daddy)|anyone|anybody)\b(?=[^.!?]{{0,80}}\b(?:{KID}|touch|bath|bed|room|games?)\b)|"
        rf"\btouch(?:es|ed|ing)? (?:{_KID_OBJ}|her|him|them) (?:in (?:ways|a way|places)|"
        r"inappropriately|there|down there|in (?:her|his|their) private|under|where|when (?:she|he|"
        r"they)(?:'s|'re| is| are) (?:asleep|in the bath))\b|\b(?:porn|adult (?:videos?|films?|"
        r"movies|content|stuff|sites?)|sexual (?:videos?|pictures|stuff)|naked (?:pictures|photos|"
        r"videos?))\b|"
        r"\b(?:doesn't|don't|does not|didn't|hates it|hate it) (?:like|want) (?:it )?when (?:he|she|"
        r"they|her \w+|his \w+|\w+) (?:touch(?:es)?|tickles|baths|bathes|goes in|comes in|comes into|"
        r"gets into|kisses|hugs|sits on|lies|lays|does that)\b|\btouch(?:es|ed|ing)? (?:her|him|them) "
        r"(?:there|down there|in (?:her|his|their) (?:private|privates|private parts)|inappropriately|"
        r"under (?:her|his|their) (?:clothes|nappy|pants|pyjamas)|where (?:she|he|they) (?:doesn't|"
        r"don't) like)\b|\b(?:show|showed|shows|sends|sent|send) (?:her|him|them|my \w+|our \w+) "
        r"(?:porn|naked|nudes|pictures of (?:himself|herself)|videos of)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:surprise|party|present|gift|birthday|christmas|santa|recipe|ingredient)\b",
    )
    add(
        "kid_grooming_contact",
        CHILD,
        "crisis",
        rf"\b(?:sends?|sent|sending|texts?|texted|texting|messages?|messaged|messaging|buys?|bought|gives?"
        rf"|gave|dms?) (?:my|our|her|his|their) (?:\w+ )?{KID}\b(?: (?:\w+ ){{0,3}})?",
        requires=r"\b(?:beautiful|sexy|hot|gorgeous|pretty|secret|not to tell|don't tell|delete|late at "
        r"night|in the middle of the night|special|pictures? of (?:her|him)self|photos? of (?:her|him)self|"
        r"meet up|alone)\b",
        unless=r"\b(?:grandma|grandad|nan|granny|grandpa|auntie|aunt|birthday|christmas|tooth fairy|"
        r"santa|pocket money|homework|school)\b",
        negatable=False,
    )
    add(
        "kid_alone_with",
        CHILD,
        "crisis",
        r"\b(?:trying|tries|tried|wants|wanted|keeps trying|asks|asked|keeps asking|insists on|offers|"
        r"offered|keeps offering) to (?:get|be|take|have) (?:her|him|them|our \w+|my \w+) (?:on (?:his|"
        r"her|their) own|alone|by (?:herself|himself|themselves))\b|\b(?:wants|keeps trying|tries|tried|"
        r"insists on|asks) to be alone with (?:her|him|them|our \w+|my \w+)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:homework|nap|bath ?time|bedtime story|school run)\b",
    )
    add(
        "kid_made_to",
        CHILD,
        "crisis",
        rf"\b(?:makes|made|forces|forced|making|forcing) (?:{_KID_OBJ}|her|him|them) (?:to )?(?:sit on "
        r"(?:his|her) (?:lap|knee)|kiss (?:him|her)|hug (?:him|her)|sleep (?:in|with) (?:his|her)|bathe|"
        r"bath|shower|undress|touch|get undressed|sit with (?:him|her) alone|keep secrets)\b",
        requires=r"\b(?:cries|crying|cried|scared|doesn't want|don't want|hates|uncomfortable|upset|"
        r"terrified|won't|begs|begged|screams|flinch\w*|doesn't like|don't like|not right)\b",
        negatable=False,
    )
    add(
        "kid_does_things",
        CHILD,
        "crisis",
        r"\b(?:does|did|doing|done|tries to do) (?:things|stuff|bad things|weird things|something) to "
        r"(?:her|him|them|me)\b(?=[^.!?]{0,40}\b(?:at night|in (?:her|his|their) (?:room|bed)|when "
        r"(?:i'm|mum's|mummy's|dad's) (?:out|at work|not there|asleep)|secret|don't tell|not to tell|"
        r"bath|private|touch\w*|scared|cries|hurts)\b|\W*$)",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    add(
        "kid_private",
        CHILD,
        "crisis",
        r"\b(?:private parts|privates|down there|private area|her bits|his bits|her fanny|his willy|"
        r"her vagina|his penis|her bottom|his bottom)\b",
        requires=r"\b(?:hurt\w*|touch\w*|plays? with|rubs?|kiss\w*|shows?|looks? at|sore|bleeding|pain|"
        r"itchy and|secret)\b",
        unless=r"\b(?:nappy rash|thrush|doctor said|gp said|potty training|wiping|wipe|bath ?time "
        r"routine|uti|infection|cream)\b",
        negatable=False,
    )
    add(
        "kid_inappropriate",
        CHILD,
        "crisis",
        r"\b(?:inappropriate|sexual|dirty|explicit|flirty|flirtatious|creepy|suggestive|sexy) (?:messages|"
        r"texts|pictures|photos|comments|chats|dms|videos|stuff)\b",
        requires=r"\b(?:1[0-5]|[4-9]) year old|\b(?:she's|he's|they're|aged|only) (?:1[0-5]|[4-9])\b|\b(?:my|"
        r"our|his|her) (?:\w+ )?(?:daughter|son|niece|nephew|stepdaughter|stepson|granddaughter|grandson|"
        r"child|kid)\b",
        negatable=False,
    )
    add(
        "kid_night_room",
        CHILD,
        "crisis",
        r"\b(?:goes|going|went|sneaks|sneaking|comes|coming|creeps|creeping|gets|getting|slips|climbs) "
        r"(?:in|into) (?:my |our |her |his |the |their )?(?:[\w']+ ){0,4}?"
        r"(?:room|bedroom|bed)\b[^.!?]{0,30}\b(?:at night|in the night|when (?:i'm|we're|everyone's) "
        r"asleep|late at night|every night|when i'm at work)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:nightmare|nightmares|check on|checks on|feed|feeding|tuck|tucks|story|cuddle|"
        r"scared of the dark|bad dream|monitor|sick|ill|cry|cries|crying)\b",
    )
    add(
        "kid_degrade",
        CHILD,
        "crisis",
        rf"\b(?:calls|called|calling|tells|told|telling|texts|sends) (?:{_KID_OBJ}|her|him|them)"
        r"(?: messages)?(?: calling (?:her|him|them))? (?:she's |he's |they're |that (?:she's|he's|"
        r"they're) )?(?:a |an )?(?:fat|ugly|disgusting|worthless|stupid|useless|a mistake|mistake|waste|"
        r"retard\w*|pathetic|burden|unwanted|whore|slut|bitch|idiot|nothing|should never have been born|"
        r"wishes? (?:she|he|they) (?:was|were|had) never)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=_PLAY.pattern,
    )
    add(
        "kid_injury",
        CHILD,
        "crisis",
        r"\b(?:finger ?marks|bruises|welts|belt marks|handprints?|hand prints?|burn marks|cigarette "
        r"burns|black eye|bite marks?)\b",
        requires=r"\b(?:he|she|my \w+|stepdad|stepmum|i)\b[^.!?]{0,80}\b(?:on (?:his|her|their|my "
        rf"(?:son|daughter)'s|our \w+'s) |{KID})|\b{KID}\b",
        unless=r"\b(?:football|rugby|fell|fall|playground|bike|trampoline|climbing|tripped|school "
        r"trip|sport|pe\b|rough and tumble|bumped)\b",
        negatable=False,
    )
    add(
        "kid_harm_intent",
        CHILD,
        "crisis",
        rf"\b(?:thoughts? (?:of|about)|thinking (?:of|about)|scared i'll|afraid i'll|scared i might|"
        rf"afraid i might|urge to|want to|wanted to|might|going to|could|feel like i could|worried i'll|"
        rf"worry i'll|snap and|feels? like|felt like|tempted to|fantasi[sz]e about|imagine) (?:\w+ )?"
        rf"(?:hurt|harm|hurting|harming|hit|hitting|shake|shaking|smother|smothering|drown|drowning|"
        rf"kill|killing|throw|throwing|suffocat\w+|strangl\w+) (?:the|my|our|my own) (?:\w+ )?{KID}\b",
        negatable=True,
        on_humour="concern",
    )
    add(
        "kid_abuse",
        CHILD,
        "crisis",
        rf"\b(?:abus\w+|neglect\w*|mistreat\w*|molest\w*|hurting|groom\w*|touching) (?:the|my|our|his|"
        rf"her|their) (?:\w+ )?{KID}\b|\b{KID} (?:is|are|was|were|being|has been|have been) "
        r"(?:being )?(?:abused|neglected|molested|groomed|hurt by|beaten|hit by)\b|\b(?:child|sexual) "
        r"abuse\b|\bgroom(?:ing|ed|s)\b(?=[^.!?]{0,60}\b(?:my|our|her|his|the) \w+)",
        unless=r"\b(?:dog|horse|pony|hair|news|documentary|film|book|training|course)\b",
    )
    add(
        "kid_drunk_care",
        CHILD,
        "crisis",
        r"\b(?:passed out|passes out|pass out|passing out|blackout drunk|off (?:his|her) face|high|"
        r"wasted|drunk)\b[^.!?]{0,60}\b(?:"
        r"looking after|in charge of|alone with|watching|bath(?:ing)?|supposed to be minding)\b"
        rf"[^.!?]{{0,30}}\b(?:the )?(?:{KID}|them)\b",
        negatable=False,
    )
    add(
        "kid_yell",
        CHILD,
        "concern",
        rf"\b(?:yell|yells|yelled|yelling|scream|screams|screamed|screaming|shout|shouts|shouted|"
        rf"shouting|swears|swore|swearing|snaps|snapped|rages|raged) (?:at|in|in the faces? of) "
        rf"(?:{_KID_OBJ}|\w+'s faces?)\b|\b(?:smacks|smacked|smacking|spank\w*) (?:\w+ )?"
        rf"(?:{_KID_OBJ}|them)\b",
        escalate=r"\b(?:until (?:they|he|she) (?:shake|shook|shakes|wet|wets|sob)|till (?:they|he|she) "
        r"(?:shake|shook|shakes)|threw|hit|belt|every day|terrified)\b",
        negatable=False,
    )
    add(
        "kid_concern",
        CHILD,
        "concern",
        rf"\b(?:{KID})\b[^.!?]{{0,60}}\b(?:scared of (?:him|her|their (?:dad|mum|stepdad|stepmum))|"
        r"flinch\w*|(?:he|she|they) (?:hid|hides|is hiding|was hiding|'s hiding|are hiding) (?:in|under|from)|"
        r"wets? the bed again|won't go home|doesn't want to go to (?:his|"
        r"her|their) (?:dad|mum)'s)\b|\bsocial services\b|\bchild protection\b",
        negatable=False,
    )

    # -- broader phrasings: verb and object families that the narrower rules above leave out ----
    sexual_context = (
        r"\b(?:sex|sexual|sleep with|slept with|sleeping with|in bed|touch\w*|my body|her body|naked|"
        r"nudes?|oral|blow ?jobs?|in the mood|intimate|intimacy|make love|have it|do it|do that|do stuff|"
        r"stuff i|things i|kiss\w*|undress\w*|on top of me|didn't want to|did not want to)\b"
    )
    add(
        "self_injury_verbs",
        SELF_HARM,
        "crisis",
        r"\b(?:burn|burns|burning|burned|burnt|scratch|scratches|scratching|scratched|starve|starves|"
        r"starving|starved|punch|punches|punching|punched|bruise|bruising|bruised|hurt|hurts|hurting|harm|"
        r"harms|harming|harmed|hit|hits|hitting|bang|bangs|banging|banged|bite|bites|biting|bit) "
        r"(?:myself|himself|herself|themselves|themself)\b(?! (?:on|with the (?:door|iron|oven|pan|tray)|"
        r"at|in the gym|lifting|playing|running|laughing))",
        not_before=_MODAL_BEFORE.pattern + r"|(?:'d|would|might|could|will|'ll|going to|gonna|not to|"
        r"don't) $",
        unless=r"\b(?:accident\w*|by mistake|lifting|gym|cooking|oven|iron|ironing|kitchen|tripped|fell|"
        r"slipped|football|rugby|running|shaving|stove|ankle|knee|back|sprain\w*|kicking myself|diet|"
        r"crossfit|workout|training|the hob|kettle|sunburn\w*|in the sun|on holiday)\b",
        on_humour="concern",
    )
    add(
        "disappear_forever",
        SELF_HARM,
        "crisis",
        r"\b(?:want|wants|wanted|wanna|wish|wishes|wishing|wished|going|gonna|could|should|ready|thinking "
        r"about|think about) (?:to |i could |i |of )?(?:just )?(?:disappear\w*|vanish\w*) (?:forever|for "
        r"good|and never come back|and not come back|permanently|and never be found|off the face of the "
        r"earth)\b",
        unless=r"\b(?:embarrass\w*|cringe|mortif\w*|awkward|holiday|beach|island|cabin|phone|wifi)\b",
        on_humour="concern",
    )
    add(
        "dying_thoughts",
        SELF_HARM,
        "crisis",
        r"\b(?:think|thinks|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e\w*) (?:about|of) "
        r"(?:dying|being dead|not being (?:here|alive|around)|not existing|not waking up|ending it|ending "
        r"my life|ending things|how i(?:'d| would| could) do it|killing myself)\b",
        unless=r"\b(?:afraid of|scared of|fear of|terrified of|diagnos\w*|cancer|flight|plane|flying|"
        r"surgery|operation|dad|mum|mother|father|grandad|grandma|nan|funeral|the dog|pet|"
        r"relationship|marriage|us)\b",
    )
    add(
        "how_id_do_it",
        SELF_HARM,
        "crisis",
        r"\bhow i(?:'d| would| could| will|'ll| might)? (?:do it|end it|go through with it|not wake up)\b",
        requires=r"\b(?:can't|cannot) (?:keep|go on|do this|carry on)|anymore|any more|\bdie\b|dead|"
        r"\bend\b|pain|tired of|no point|nothing left|goodbye|better off|over\b|alive",
        negatable=False,
    )
    add(
        "let_go_wheel",
        SELF_HARM,
        "crisis",
        r"\b(?:not|just not|never|stop) (?:turning|turn|braking|brake|steering) (?:the wheel|at the bend|"
        r"at the corner)\b|\b(?:let|letting) go of the (?:wheel|steering wheel|railing|rail)\b|"
        r"\b(?:drive|driving|drove|swerve|swerving|steer|steering) (?:the car )?(?:into|off) (?:a |the )?"
        r"(?:tree|wall|lorry|truck|oncoming traffic|bridge|river|cliff|barrier|motorway)\b",
        unless=r"\b(?:nearly|almost) (?:crashed|hit)|ice|icy|fox|deer|cat|dog|skid\w*|the other driver|"
        r"pothole|by accident|someone|somebody|a car|a van|a cyclist",
        on_humour="concern",
    )
    add(
        "rough_when",
        VIOLENCE,
        "crisis",
        r"\b(?:gets|got|getting|get|becomes|became) (?:really |so |a bit |very )?(?:rough|violent|handsy) "
        r"(?:with (?:me|her|him|us|the kids|my \w+)|when (?:he|she|they)(?:'s|'re| is| are| has| gets|"
        r"'ve)? (?:drunk|drinking|angry|mad|had a few|high|wasted|off (?:his|her) face))",
        unless=r"\b(?:game|match|rugby|football|sea|waves|play\w*|wrestl\w*|dog|puppy|consensual|"
        r"we both like|i like it)\b",
    )
    add(
        "cover_lie",
        VIOLENCE,
        "crisis",
        r"\b(?:tell|told|telling|say|said|saying|pretend|pretended|pretending|lie|lied|lying|explain|"
        r"explained) (?:to )?(?:[\w']+ ){0,3}(?:i|she|he) (?:walked into (?:a|the) (?:door|cupboard|wall)|"
        r"fell down the stairs|bruise easily)\b(?=[^.!?]*\b(?:again|really|actually|but|so that|so no one|"
        r"so nobody|had to|have to|always)\b)|\bsay (?:you|she|he) (?:walked into (?:a|the) (?:door|cupboard|"
        r"wall)|fell down the stairs|bruise easily)\b",
        negatable=False,
    )
    add(
        "sex_wont_stop",
        SEXUAL,
        "crisis",
        r"\b(?:doesn't|didn't|won't|wouldn't|does not|did not|never|refuses to|refused to) stop (?:even )?"
        r"(?:when|after|though|if|once) (?:i|i'm|i've) (?:tell|told|say|said|ask|asked|beg|begged|cry|"
        r"cried|am crying|'m crying|push|pushed|pull|pulled|scream|screamed|try|tried|'m telling|am "
        r"telling|'m saying|'m asking)\b|\b(?:i (?:froze|was frozen|couldn't move|was crying|cried|was "
        r"asleep|was half asleep|was drunk|was passed out|said no|said stop|told (?:him|her) (?:no|to "
        r"stop)|pushed (?:him|her) away|tried to push (?:him|her) (?:away|off)))\b[^.!?]{0,50}\b(?:he|she|"
        r"they) (?:just )?(?:carried on|kept going|continued|didn't stop|wouldn't stop|finished|did it "
        r"anyway|went ahead|kept at it)\b",
        unless=r"\b(?:tickl\w*|talking|teasing|joke|joking|lol|nagging|texting|ringing|singing|"
        r"whistling|humming|laughing|snoring|chewing|the music|drums|playing)\b",
        negatable=False,
    )
    add(
        "sex_until_gave_in",
        SEXUAL,
        "crisis",
        r"\b(?:kept|keeps|kept on|keep) (?:pushing|pressuring|pressing|asking|begging|on at me|going on|"
        r"nagging|guilting|sulking|pestering) (?:me )?(?:until|till|til|untill) (?:i|she|he) (?:gave in|gave up|"
        r"give in|said yes|let (?:him|her)|agreed|caved|did it)\b",
        requires=sexual_context,
        negatable=False,
    )
    add(
        "sex_to_placate",
        SEXUAL,
        "crisis",
        r"\b(?:sleep with|sleeps with|slept with|have sex with|had sex with|have sex|do it with|"
        r"let (?:him|her) have (?:sex|it|his way|her way)|go along with (?:it|sex|what (?:he|she) wants))"
        r"\b[^.!?]{0,25}\b(?:so (?:he|she) (?:doesn't|won't|wouldn't|don't|stops|calms|isn't|is not|"
        r"leaves me alone)|(?:to|so i can|just to) (?:avoid|keep the peace|stop (?:him|her|the)|calm "
        r"(?:him|her)|get (?:him|her) off)|or (?:else|he|she) (?:gets|will|'ll|starts|goes)|because "
        r"i'm (?:scared|afraid|frightened)|out of fear|so i don't get)\b",
        negatable=False,
    )
    add(
        "sex_too_scared",
        SEXUAL,
        "crisis",
        r"\b(?:too scared|too afraid|too frightened|scared|afraid|frightened|terrified) (?:to|of) "
        r"(?:say(?:ing)? no|refus\w*|tell(?:ing)? (?:him|her) no|stop(?:ping)? (?:him|her)|turn(?:ing)? "
        r"(?:him|her) down|say(?:ing)? stop)\b",
        requires=sexual_context,
        negatable=False,
    )
    add(
        "sex_if_loved",
        SEXUAL,
        "crisis",
        r"\bif (?:i|you|she|he) (?:really |truly |actually )?(?:loved|love|cared about|wanted) "
        r"(?:him|her|me|them)\b[^.!?]{0,50}\b(?:sex|sleep with|do it|do that|do the stuff|do stuff|do "
        r"things|let (?:him|her|me)|send (?:him|her|me)? ?(?:nudes|pics|photos)|naked|nudes?|not "
        r"comfortable|threesome|anal|film)",
        negatable=False,
    )
    add(
        "sex_head_down",
        SEXUAL,
        "crisis",
        r"\b(?:push|pushes|pushed|pushing|hold|holds|held|holding|force|forces|forced|forcing|shove|"
        r"shoves|shoved) (?:my|her) head down\b",
        negatable=False,
    )
    add(
        "sex_despite",
        SEXUAL,
        "crisis",
        r"\b(?:sex|have it|sleep with (?:him|her|me)|touch(?:es|ed|ing)? me|on top of me)\b[^.!?]{0,50}"
        r"\beven (?:when|though|if|after) (?:i'm|i am|i was|i|i've) (?:crying|asleep|sleeping|sick|ill|in "
        r"pain|bleeding|saying no|say no|said no|don't want|didn't want|do not want|told (?:him|her) no|"
        r"ask(?:ed)? (?:him|her) to stop|beg(?:ged)?)",
        negatable=False,
    )
    add(
        "sex_entitled",
        SEXUAL,
        "crisis",
        r"\b(?:entitled to|duty to (?:have|give)|owe(?:s|d)? (?:him|her|me|you)|my job to (?:give|have)|"
        r"wifely duty|marital duty|husband's right|his right) (?:sex|my body|her body|it whenever)\b|"
        r"\b(?:wifely|marital) (?:duty|duties)\b|\bsex whenever (?:he|she) wants\b",
        negatable=False,
        on_humour="concern",
    )
    add(
        "expose_images",
        (THREATS, SEXUAL),
        "crisis",
        r"\b(?P<key>send|sending|sent|show|showing|showed|share|sharing|shared|post|posting|posted|leak|"
        r"leaking|leaked|upload|uploading|uploaded|forward|forwarding|put|putting|spread|spreading) "
        r"(?:all )?(?:the|my|those|these|our|her|his|them|all the|all my|all our|private|intimate|explicit)? ?"
        r"(?:pictures|pics|photos|photographs|nudes|videos|vids|video|images|tapes?|recordings?|"
        r"screenshots|selfies)\b[^.!?]{0,40}?\b(?:to|with|on|online|everyone|all over)\b"
        r"(?=[^.!?]{0,30}\b(?:boss|work|employer|colleagues|job|internet|online|social media|facebook|"
        r"instagram|insta|snapchat|tiktok|twitter|whatsapp group|church|(?:my|your) (?:parents|family|dad|mum|"
        r"mother|father|kids|husband|wife|ex|boss)|his (?:wife|family)|her (?:husband|family)|everyone i "
        r"know|the whole)\b)",
        requires=r"\b(?:said|says|say|saying|threat\w*|going to|gonna|will|'ll|'d|would|if (?:i|you)|"
        r"unless|or else|keeps|kept|told|tells|warned|swore)\b",
        unless=r"\b(?:holiday|wedding|party|baby|graduation|christmas|birthday|trip|dog|cat|house|"
        r"renovation|garden|cake|recipe|funny|meme)\b",
        negatable=False,
    )
    add(
        "knows_where",
        THREATS,
        "crisis",
        r"\b(?:knows|know|found out|find out|i'll find) where (?:you|i|my \w+|your \w+|she|he|they|her "
        r"\w+|his \w+) (?:live|lives|work|works|sleep|sleeps|go|goes|stay|stays|park|parks|are|is)\b",
        requires=r"\b(?:said|says|saying|told|tells|remind\w*|texted|texts|messag\w*|threat\w*|warn\w*|"
        r"voicemail|note|keeps|kept|i know where you)\b",
        unless=r"\b(?:party|restaurant|keys|remote|charger|the spare|surprise|delivery|parcel|"
        r"present|gift)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "watching_you",
        THREATS,
        "crisis",
        r"\b(?:i'm|i am|he's|she's|he is|she is|i'll be|i will be|always|been|is|are|they're) (?:always |"
        r"still )?watching (?:you|me|her|him)\b(?! (?:cook|play|dance|sing|do|work|on|in the|from the "
        r"sofa|\w+ing))",
        requires=r"\b(?:ex|stalk\w*|messages?|texts?|texted|keeps saying|said|says|note|notes|outside "
        r"(?:my|the|our)|following|followed|sends?|sent|voicemail|letterbox|car outside)\b",
        unless=r"\b(?:film|movie|tv|show|match|football|game|stream|twitch|youtube|eating|diet|weight|"
        r"figure)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "not_responsible",
        THREATS,
        "crisis",
        r"\b(?:won't|will not|wouldn't|can't|cannot|would not) be (?:held )?responsible for (?:what|his "
        r"actions|her actions|my actions|the consequences)\b|\bpush(?:es|ed|ing)? (?:him|her|me) (?:too "
        r"far|over the edge)\b(?=[^.!?]{0,60}\b(?:responsible|hurt|kill|snap|what (?:he|she|i)'ll do|what "
        r"happens|regret)\b)",
        negatable=False,
        on_humour="concern",
    )
    add(
        "no_work_allowed",
        CONTROL,
        "crisis",
        r"\b(?:won't|doesn't|wouldn't|didn't|don't|never|refuses to|refused to) (?:let|allow) (?:me|her|"
        r"him) (?:to )?(?:work|get a job|have a job|go to work|keep (?:my|her|his) job|go back to work|"
        r"study|go to college|go to uni|learn to drive|have (?:my|her|his) own (?:money|bank account|"
        r"account|card|phone|car|friends))\b(?! (?:on|late|weekends|overtime|through|from home|extra|"
        r"nights|in the|at the pub|for his|for her|shifts))",
        unless=r"\b(?:maternity|paternity|sick note|doctor said|injury|broken|recover\w*|visa rules)\b",
    )
    add(
        "account_every_penny",
        CONTROL,
        "crisis",
        r"\b(?:account for|justify|explain|show (?:him|her) (?:the )?receipts for|receipts for|ask "
        r"(?:him|her) (?:for|before (?:i )?(?:spend|buy)(?:ing)?)) (?:every|each|all|any) (?:single )?"
        r"(?:penny|pound|cent|dollar|purchase|receipt|thing i (?:buy|spend|bought)|coffee)\b",
        requires=r"\b(?:i have to|i've got to|i've to|makes me|made me|he makes|she makes|must|or (?:he|"
        r"she)|goes mad|goes crazy|loses it|screams|shouts|i'm not allowed)\b",
        unless=r"\bwe (?:both|each|agreed)\b",
        negatable=False,
    )
    add(
        "timed_outings",
        CONTROL,
        "crisis",
        r"\b(?:times|timed|timing|clocks) me (?:when|whenever|every time|if|while) i (?:go|leave|pop|"
        r"nip|walk|drive|see|visit|shop)\b|\b(?:he|she) (?:times|timed) how long i(?:'m| am)? (?:out|gone|"
        r"away|at the shop|in the shop)\b|\bgives me \w+ minutes to (?:get|be) (?:back|home)\b",
        unless=r"\b(?:run|running|race|swim|lap|workout|jog|plank|puzzle|cube|quiz|egg|bake)\b",
        negatable=False,
    )
    add(
        "kid_alone_with",
        CHILD,
        "crisis",
        rf"\b(?:scared|afraid|terrified|frightened|nervous|worried|don't feel safe|not safe) (?:to|of|"
        rf"about) (?:leave|leaving|let|letting) {_KID_OBJ} (?:alone |home alone |on (?:their|his|her) own )?"
        r"with (?:him|her|them|my \w+|his \w+|her \w+)\b",
        unless=r"\b(?:never (?:changed|done|looked after)|doesn't know how|first time|clueless|useless|"
        r"forget\w*|nappy|nappies|feed\w*|hopeless|inexperienced|on his phone|on her phone|screens?|"
        r"sweets|sugar|bedtime|old|elderly|frail|her eyes|his eyes|dementia|the dog)\b",
        negatable=False,
    )
    add(
        "method_search",
        SELF_HARM,
        "crisis",
        r"\b(?:googl\w*|search\w*|look\w* up|looking into|read(?:ing)? about|research\w*) (?:for )?(?:ways|"
        r"how|methods|the best way|the easiest way|painless ways?) (?:to )?(?:do it|die|kill (?:myself|"
        r"yourself|himself|herself)|end it|end (?:my|his|her) life|overdose|not wake up|go quietly)\b|"
        r"\b(?:painless|quick|easiest|quickest) (?:ways?|methods?) to (?:die|go|end it)\b",
        negatable=False,
    )
    add(
        "means_saved",
        SELF_HARM,
        "crisis",
        r"\b(?:enough|a stash of|a load of|loads of) (?:of )?(?:my |his |her |the )?(?:meds|medication|pills|"
        r"tablets|painkillers|sleeping pills|insulin|paracetamol)\b[^.!?]{0,30}\b(?:saved|stored|hidden|"
        r"put aside|kept|to do it|to end|to not wake)\b|"
        r"\b(?:take|taking|swallow|swallowing) (?:all|every one) (?:of )?(?:my|his|her|the) (?:meds|medication|"
        r"pills|tablets|painkillers|sleeping pills|antidepressants|insulin)(?: at once| in one go)?\b|"
        r"\b(?:saved|saving|stockpil\w*|hoard\w*|kept) "
        r"(?:up )?(?:my |his |her |the )?(?:meds|medication|pills|tablets|painkillers|sleeping pills)\b",
        unless=r"\b(?:holiday|trip|travel|pharmacy|prescription ran out|run out|shortage)\b",
        negatable=False,
    )
    add(
        "took_a_load",
        SELF_HARM,
        "crisis",
        r"\b(?:took|taken|swallowed|downed|necked) (?:a load of|loads of|a bunch of|a handful of|all "
        r"(?:of )?(?:my|his|her|the)|the whole (?:box|packet|bottle) of|a whole (?:box|packet|bottle) of|"
        r"too many|a lot of|lots of|\d+) (?:my |his |her |the )?(?:pills|tablets|meds|painkillers|"
        r"paracetamol|sleeping pills|antidepressants|co-codamol|ibuprofen)\b",
        unless=r"\b(?:vitamins?|by mistake|accidentally|doctor said|prescribed|as prescribed|for my "
        r"(?:back|head|migraine|period|cold|flu))\b",
        negatable=False,
    )
    add(
        "engine_running",
        SELF_HARM,
        "crisis",
        r"\b(?:garage|closed garage)\b[^.!?]{0,40}\b(?:engine|car) (?:running|on)\b|\bengine running\b"
        r"[^.!?]{0,30}\b(?:garage|hose|door(?:s)? (?:shut|closed))\b",
        negatable=False,
    )
    add(
        "dont_trust_myself",
        SELF_HARM,
        "crisis",
        r"\b(?:don't|do not|can't|cannot) trust (?:myself|himself|herself) (?:around|near|with) (?:the )?"
        r"(?:knives|knife|pills|tablets|meds|razors?|blades?|the car|the edge|the bridge|rope|alcohol|"
        r"the balcony|myself)\b",
        negatable=False,
    )
    add(
        "worth_more_dead",
        SELF_HARM,
        "crisis",
        r"\b(?:worth more|more use|more useful|better off) dead\b|\blife insurance\b[^.!?]{0,40}\b(?:worth|"
        r"pay out|payout)\b[^.!?]{0,30}\b(?:alive|than me|than i am)\b|\bno way out\b[^.!?]{0,40}\b(?:not "
        r"being here|not being alive|dying|me gone|ending it|except (?:me|dying))\b",
        negatable=False,
    )
    add(
        "hide_marks",
        VIOLENCE,
        "crisis",
        r"\b(?:wear|wearing|wore|put on|cover|covering|covered|hide|hiding|hid) (?:long sleeves|a scarf|"
        r"polo necks?|turtle ?necks?|make-?up|concealer|sunglasses|my arms|my neck|the marks|the bruises?|"
        r"the bruising)\b[^.!?]{0,40}\b(?:so (?:no ?one|nobody|people|they|work|my \w+) (?:sees?|can't see|"
        r"won't see|doesn't see|notices?|asks?)|marks|bruis\w*|where (?:he|she))\b",
        negatable=False,
    )
    add(
        "keep_hurting",
        VIOLENCE,
        "crisis",
        r"\b(?:keep|kept|been|started|start) (?:hurting|hitting|pushing|shoving|slapping|grabbing|choking) "
        r"(?:her|him|my \w+|them)\b(?=[^.!?]{0,50}\b(?:angry|lose it|lost it|temper|drunk|mad|can't stop|"
        r"need to stop|don't mean|didn't mean|scared|sorry)\b)",
        unless=_PLAY.pattern,
        negatable=False,
    )
    add(
        "vehicle_at",
        VIOLENCE,
        "crisis",
        r"\b(?:drove|drives|driving|drive|swerved|reversed|accelerated|aimed the car|came) (?:the car |his car "
        r"|her car |the van )?(?:straight )?(?:at|towards|into) (?:me|him|her|us|my car|the kids)\b",
        unless=r"\b(?:to pick|to collect|to get|to see|to visit|to meet|parking|lift|airport|station|"
        r"over to|up to|round to)\b",
        negatable=False,
    )
    add(
        "no_not_option",
        SEXUAL,
        "crisis",
        r"\b(?:no|saying no) (?:isn't|is not|wasn't|was not|isnt) (?:an option|allowed|a thing)\b|\bi'm "
        r"(?:not allowed|never allowed) to say no\b|\bcan't say no to (?:him|her)\b(?=[^.!?]{0,40}"
        r"\b(?:sex|bed|body|or (?:he|she)|or else)\b)",
        negatable=False,
    )
    add(
        "hold_down_refusal",
        (SEXUAL, VIOLENCE),
        "crisis",
        r"\b(?:when|if|after|whenever|every time) i (?:say|said|tell (?:him|her)|told (?:him|her)) (?:no|"
        r"stop|i don't want to)\b[^.!?]{0,30}\b(?:he|she|they) (?:holds?|held|pins?|pinned|grabs?|grabbed|"
        r"forces?|forced|hits?|slaps?|gets angry and|gets rough|pushes|pushed|sulks and|ignores it|does it "
        r"anyway|carries on|keeps going)\b",
        negatable=False,
    )
    add(
        "drugged",
        SEXUAL,
        "crisis",
        r"\b(?:slipped|put|spiked|drugged)\b[^.!?]{0,25}\b(?:something|a pill|pills|drugs?) (?:in|into) "
        r"(?:my|her|his) (?:drink|food|wine|coffee|tea)\b|\b(?:spiked|drugged) (?:my|her|his) (?:drink|food)\b|"
        r"\b(?:he|she|they) (?:drugged|spiked) me\b",
        negatable=False,
    )
    add(
        "no_protection",
        SEXUAL,
        "crisis",
        r"\b(?:won't|refuses to|doesn't|will not|never) (?:wear|use) (?:a condom|condoms|protection)\b"
        r"(?=[^.!?]{0,40}\b(?:angry|mad|even though|even when|when i ask|if i ask|makes me|says|furious|"
        r"sulks|asked|beg)\b)|\b(?:hid|hides|threw away|binned|poked holes in|sabotag\w*) (?:my|the) "
        r"(?:pill|pills|contraception|condoms)\b",
        negatable=False,
    )
    add(
        "endure_sex",
        SEXUAL,
        "crisis",
        r"\b(?:just )?(?:lie|lay|lying) there (?:and )?(?:wait|waiting|until|till) (?:for it |till it |"
        r"until it )?(?:to be |is |was )?over\b|\b(?:wait|waiting) for it to be over\b(?=[^.!?]{0,40}"
        r"\b(?:he|she|him|her|sex|bed)\b)|\b(?:shut|close) my eyes (?:and|till|until) (?:it's|it is) over\b",
        unless=r"\b(?:dentist|injection|jab|smear|blood test|flight|turbulence|film|movie|speech|meeting|"
        r"presentation|party|dinner|visit)\b",
        negatable=False,
    )
    add(
        "false_blame",
        THREATS,
        "crisis",
        r"\b(?:tell|telling|say|saying|told|claim|report)\b[^.!?]{0,30}\b(?:it was me|i did it|i hit "
        r"(?:her|him|the kids)|i abused|i hurt|i attacked|i raped|i'm abusive|i'm violent)\b",
        requires=r"\b(?:cut (?:herself|himself)|hurt (?:herself|himself)|threat\w*|if i|unless|or else|"
        r"court|police|custody|social services|said (?:she'd|he'd|she will|he will)|will|'ll|'d)\b",
        negatable=False,
    )
    add(
        "end_up_like",
        THREATS,
        "crisis",
        r"\b(?:end up|finish up|wind up) (?:like (?:his|her|my) (?:ex|last \w+|first wife|first "
        r"husband)|in (?:a|the) (?:hospital|ditch|river|box|grave|morgue|canal|boot)|dead|six feet under)\b",
        requires=r"\b(?:said|says|saying|told|tells|warned|threat\w*|or|if|better|keep|keeps|unless)\b",
        unless=r"\b(?:diet|smok\w*|drink(?:ing)?|burger|sugar|crisps|traffic|driving like|doctor|"
        r"cholesterol)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "weapon_display",
        THREATS,
        "crisis",
        r"\b(?:leaves|left|leaving|puts|put|keeps|kept|placed|sharpen\w*|shows?|showed|waves?|waved|"
        r"plays? with|played with|polish\w*|cleans|cleaning) (?:a |the |his |her )?(?:knife|knives|gun|"
        r"rifle|shotgun|blade|machete|axe|hammer|bat)\b[^.!?]{0,40}\b(?:scare|frighten|intimidate|look "
        r"at me|staring|stares|on the bed|on my pillow|by the bed|under the pillow|where i can see|in "
        r"front of me|while (?:we|i) (?:argue|argued|row|rowed|talk)|when (?:we|i) (?:argue|disagree|row))\b",
        negatable=False,
    )
    add(
        "look_like_accident",
        THREATS,
        "crisis",
        r"\b(?:make|made) (?:it|this|that|my death|your death) look like (?:an accident|suicide|i did it)\b|"
        r"\bno one would (?:ever )?(?:know|find|suspect|believe)\b(?=[^.!?]{0,30}\b(?:body|it was|dead|kill|"
        r"hurt|accident)\b)",
        negatable=False,
        on_humour="concern",
    )
    add(
        "snap_one_day",
        THREATS,
        "crisis",
        r"\b(?:he|she|i)(?:'ll| will|'s going to|'m going to| is going to) (?:snap|lose it|flip|go mad|"
        r"lose control)\b(?=[^.!?]{0,40}\b(?:one day|one of these days|someday|and you'll be sorry|and "
        r"i'll be sorry|and then|you'll regret|won't be responsible|hurt|next time)\b)|\bnext time "
        r"(?:he|she|i) (?:won't|will not) stop\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "stopped_me_going",
        CONTROL,
        "crisis",
        r"\b(?:stopped|stops|stopping|stop|prevented|prevents|forbade|forbids|banned|bans) (?:me|her|him) "
        r"(?:from )?(?:going to|seeing|visiting|calling|speaking to|talking to|attending|contacting) "
        r"(?:my|her|his|our)? ?(?:own )?(?:dad|mum|mother|father|family|parents|sister|brother|friends?|"
        r"best friend|nan|gran|grandma|grandad|doctor|gp|therapist|church|mosque|work|job|college|"
        r"uni|dad's|mum's|\w+'s funeral|funeral|wedding)\b",
        unless=r"\b(?:covid|lockdown|ill|sick|contagious|snow|storm|flood|strike|doctor said|too drunk|"
        r"drunk|drink driving|over the limit)\b",
        negatable=False,
    )
    add(
        "kid_thrown",
        CHILD,
        "crisis",
        rf"\b(?:throw|threw|throws|thrown|throwing|flung|hurled|tossed|chucked|slammed|shoved|pushed|"
        rf"dropped) (?:{_KID_OBJ}|him|her|them) (?:onto|on to|into|across|against|down|at|off|over)\b"
        r"(?=[^.!?]{0,60}\b(?:so hard|hard|bounced|hit (?:her|his|their) head|cried|crying|screaming|"
        r"bruise\w*|angry|temper|rage|furious)\b)",
        requires=CHILD_CONTEXT.pattern,
        unless=_PLAY.pattern + r"|\b(?:pool|ball pit|bouncy castle|trampoline|swing|air|laughing|giggl\w*|"
        r"loves it|game)\b",
        negatable=False,
    )
    add(
        "wish_not_wake",
        SELF_HARM,
        "crisis",
        r"\b(?:wish|wishing|wished|hope|hoping|hoped|pray|praying|prayed) (?:that )?(?:i|he|she) "
        r"(?:wouldn't|won't|don't|didn't|never|wont|dont|would not|will not|do not|doesn't|did not) "
        r"(?:ever )?wake(?: up)?\b",
        negatable=False,
    )
    add(
        "cut_again",
        SELF_HARM,
        "crisis",
        r"\b(?:and|to|i|she|he) (?:started )?cut(?:ting)?(?: again)?\s*(?:[.!?,]|$)|\b(?:i|she|he|i've|"
        r"she's|he's) (?:started |been )?cut(?:ting)? again\b",
        requires=r"\b(?:first time in|again|relapse\w*|clean for|months clean|years clean|bathroom|blade|"
        r"razor|sharpener|arms|thighs|wrists?)\b",
        unless=r"\b(?:hair|fringe|grass|lawn|hedge|cake|bread|veg|onions?|budget|costs|corners|class|"
        r"ties|off|call|line|signal|power|wifi|deal|queue)\b",
        negatable=False,
    )
    add(
        "expose_if",
        (THREATS, SEXUAL),
        "crisis",
        r"\b(?P<key>send|share|post|leak|upload|show|put|spread)(?:s|ing|ed)? (?:all )?(?:the|my|those|"
        r"these|our|her|his|them|all the|all my|all our|private|intimate)? ?(?:pictures|pics|photos|"
        r"photographs|nudes|videos|vids|video|images|tapes?|recordings?|screenshots)\b",
        requires=r"\b(?:if (?:i|you) (?:don't|do not|won't|leave|go|tell|break|stop|say no|end)|unless "
        r"(?:i|you)|or else|if i ever)\b",
        negatable=False,
    )
    add(
        "knock_about",
        VIOLENCE,
        "crisis",
        r"\b(?:knock|knocks|knocked|knocking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|"
        r"push|pushes|pushed|pushing|shove|shoves|shoved|shoving|throw|throws|threw|throwing|kick|kicks|"
        r"kicked|kicking|rough|roughs|roughed|roughing|beat|beats|beating|bash|bashes|bashed|bashing|"
        r"batter|batters|battered|belt|belts|belted) (?:me|her|him|us) (?:about|around|up|round)\b",
        unless=_PLAY.pattern + r"|\b(?:danc\w*|ideas?|plan|pitch|meeting|project|draft|beat (?:me|him|her|"
        r"us) up (?:the|at|to)|cheer\w*)\b",
        on_humour="concern",
    )
    add(
        "youre_next",
        THREATS,
        "crisis",
        r"\b(?:said|says|saying|told me|tells me|screamed|shouted|texted|yelled|warned)\b[^.!?]{0,15}\b"
        r"(?:that )?(?:i'm|i am|you're|you are|she's|he's) (?:next|dead|a dead (?:woman|man)|going over "
        r"the (?:balcony|edge|railing)|going out (?:of )?the window)\b|\b(?:wrote|written|scratched|"
        r"sprayed|left a note) [^.!?]{0,30}\b(?:i'm|you're|she's) dead\b",
        unless=r"\b(?:next in line|next up|next to|next one to|next week|dead tired|dead on (?:my|her|his) "
        r"feet|dead good|dead funny|dead right|when (?:mum|mam|dad|your mum|your dad) finds out|lol|haha)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "poison",
        THREATS,
        "crisis",
        r"\bpoison(?:s|ed|ing)? (?:me|you|him|her|my (?:tea|coffee|food|drink|dinner)|your (?:tea|coffee|"
        r"food|drink|dinner)|the (?:kids|dog|cat))\b|\b(?:put|putting|puts) (?:poison|bleach|something) in "
        r"(?:my|your|his|her) (?:tea|coffee|food|drink|dinner)\b",
        unless=r"\bfood poisoning\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "consent_unneeded",
        SEXUAL,
        "crisis",
        r"\b(?:don't|doesn't|do not|never) (?:need|have) to ask\b(?=[^.!?]{0,30}\b(?:married|wife|husband|"
        r"sex|bed|body|touch)\b)|\b(?:married|wife|husband|couples?)\b[^.!?]{0,30}\b(?:don't|doesn't|do "
        r"not) (?:need|have) to ask\b|\bconsent\b[^.!?]{0,30}\b(?:doesn't apply|isn't needed|not needed|"
        r"doesn't count|in a marriage)\b|\b(?:wasn't|was not|wasnt) in (?:a|any) (?:state|fit state|condition) "
        r"to (?:agree|say (?:yes|no)|consent)\b",
        negatable=False,
    )
    add(
        "did_it_anyway",
        SEXUAL,
        "crisis",
        r"\b(?:i (?:said|told (?:him|her)|was)|i'd said)\b[^.!?]{0,40}\b(?:and|but) (?:he|she) (?:just )?"
        r"(?:did it|went ahead|carried on|kept going|had sex with me|did what (?:he|she) wanted) "
        r"(?:anyway|regardless|all the same)\b",
        requires=r"\b(?:sore|tired|not in the mood|no|stop|didn't want|not ready|hurt|pain|asleep|ill|"
        r"sick|period|bleeding|drunk)\b",
        unless=r"\b(?:booked|bought|ordered|painted|paid|invited|moved|sold|cooked|drove|went out|told "
        r"his mum|told her mum)\b",
        negatable=False,
    )
    add(
        "shared_me",
        SEXUAL,
        "crisis",
        r"\b(?:shared|share|shares|passed|pimped|sold|offered|lent|made me sleep with|made me have sex "
        r"with|made me do stuff with) me (?:with|to|around|out to) (?:his|her|their|a|some) (?:friends?|mates?|"
        r"brother|boss|cousin|men|guys|people|stranger|dealer)\b",
        negatable=False,
    )
    add(
        "allowed_list",
        CONTROL,
        "crisis",
        r"\b(?:decides?|decided|deciding|tells? me|told me|dictates?|chooses|picks) (?:what|who|where|when|"
        r"how much) i(?:'m| am)? (?:allowed|can|may|get to|have to|'m let) (?:to )?(?:spend|wear|eat|see|"
        r"talk to|text|go|say|buy|have|hang up|come home|leave)\b|\b(?:i'm|i am|i've been) (?:not|no "
        r"longer|never) allowed (?:on|to use|to have|to go on) (?:social media|facebook|instagram|my phone|"
        r"a phone|the internet|the car|my own (?:money|phone|account|card))\b|\b(?:list of|set of|his|her) "
        r"rules\b[^.!?]{0,40}\b(?:what to wear|what time|who (?:to|i can)|where i can|not allowed)\b|"
        r"\b(?:had to|made me|makes me|forced me to) (?:delete|block|unfriend|remove) (?:all )?(?:my )?"
        r"(?:male |female |guy |girl )?(?:friends|contacts|mates|numbers|social media|accounts?)\b",
        unless=_APPROVAL
        + r"|\b(?:budget|diet|we both|both of us|detox|kids|teenager|our son|our daughter)\b",
        negatable=False,
    )
    add(
        "monitors_comms",
        CONTROL,
        "crisis",
        r"\b(?:listens? (?:in )?to|listened (?:in )?to|records?|recorded|records|monitors?|monitored|"
        r"(?:checks|checked|goes through|went through|reads)(?= (?:all )?(?:of )?my \w+ (?:every|all the time|"
        r"constantly|daily|whenever|each))) (?:all )?(?:of )?my (?:calls|phone calls|"
        r"emails|messages|texts|dms|post|letters|browser history|search history|mileage)\b|\b(?:checks|checked|tracks|tracked) the (?:mileage|milometer|odometer|"
        r"receipts|bank app|location)\b(?=[^.!?]{0,40}\b(?:where i|who i|see|know|prove)\b)|"
        r"\b(?:disconnects|disconnected|unplugs|unplugged|turns off|turned off|switches off|cuts off|cut "
        r"off) the (?:internet|wifi|router|phone line|landline)\b(?=[^.!?]{0,40}\b(?:goes out|leaves|"
        r"left|so i|when (?:he|she)|before (?:he|she)|can't)\b)",
        unless=_APPROVAL + r"|\b(?:the kids|our son|our daughter|teenager|scam|fraud|hacked|bedtime|"
        r"exam|revision|storm|bill)\b",
        negatable=False,
    )
    add(
        "kid_mouth_soap",
        CHILD,
        "crisis",
        rf"\b(?:puts?|putting|shoved|shoves|forced|forces) (?:soap|chilli|hot sauce|pepper|vinegar|mustard)"
        rf" (?:in|into|on) (?:{_KID_OBJ}|his|her|their|my \w+'s|our \w+'s) (?:mouth|tongue)\b|"
        rf"\b(?:holds?|held|clamps?|clamped) (?:{_KID_OBJ}'s|his|her|their) (?:mouth|jaw|nose) (?:shut|closed)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    add(
        "kid_injury_after",
        CHILD,
        "crisis",
        rf"\b(?:{_KID_OBJ}|he|she)(?: has| had|'s got| got| came home with| comes home with)? (?:a |new )?"
        r"(?:bruises?|marks|a black eye|burns?|cuts?|a fracture|a broken \w+)\b[^.!?]{0,50}\b(?:after "
        r"(?:being|staying|a weekend|the weekend|a day|spending)[^.!?]{0,20}\b(?:with|alone with) "
        r"(?:him|her|his dad|her dad|his mum|her mum|my \w+)|(?:he|she|they) (?:won't|can't|refuses to) "
        r"(?:say|tell me) how|(?:he|she|they) (?:says?|said) (?:daddy|mummy|he|she) did it)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    add(
        "proof_of_whereabouts",
        CONTROL,
        "crisis",
        r"\b(?:have to|has to|made me|makes me|make me|forces me to|i must|demands (?:i|that i)|expects me "
        r"to) (?:text|send|message|show|facetime|video ?call|call|ring) (?:him|her|them) (?:a |with )?"
        r"(?:selfies?|photos?|pictures?|pics?|proof|my location|videos?|a live location)\b[^.!?]{0,30}"
        r"\b(?:every|each|whenever|all day|so (?:he|she) knows|to prove)\b|\b(?:won't|doesn't|never) let "
        r"me out of (?:his|her|their) sight\b",
        unless=_APPROVAL + r"|\b(?:holiday|trip|festival|concert|baby|the kids|the dog|for fun|funny)\b",
        negatable=False,
    )
    # -- the other voice: the partner who does it, speaking to the person it is done to --------
    add(
        "force_minimised",
        VIOLENCE,
        "crisis",
        r"\b(?:i|he|she) (?:barely|only|just|hardly|merely|only just) (?:pushed|grabbed|slapped|hit|shoved|"
        r"smacked|squeezed|kicked|punched|choked|strangled) (?:you|her|him|me)\b|\b(?:i|he|she) (?:barely|only|"
        r"just|hardly|merely) held (?:you|her|him|me) down\b"
        r"|\b(?:i|he|she) (?:barely|only|just|hardly|merely) (?:touched|tapped|nudged) (?:you|her|him|me)\b"
        r"(?=[^.!?]*(?:[.!?,]\s*|\s)[^.!?]{0,60}\b(?:crying|cry|bruise\w*|dramatic|overreact\w*|get over|"
        r"fuss|lucky|mark|red|hurt)\b|[^.!?]{0,60}\b(?:crying|cry|bruise\w*|dramatic|overreact\w*|get over|"
        r"fuss|lucky|mark|red|hurt)\b)|\bstop crying,? i (?:barely|hardly|only|just) touched you\b|"
        r"\b(?:lucky|only|just) (?:it was|it's|that was)? ?(?:only |just )?(?:a|one) (?:slap|push|shove|smack|"
        r"punch|kick|little push|little slap|tap)\b(?=[^.!?]{0,40}\b(?:you|lucky|this time|next time)\b|\W*$)",
        unless=_PLAY.pattern + r"|\b(?:ball|car|bumper|button|screen|phone|glass|cake)\b",
        negatable=False,
    )
    add(
        "made_me_hit",
        VIOLENCE,
        "crisis",
        r"\b(?:made|make|makes|forced|force|forces|pushed|push|drove) me (?:to )?(?:hit|slap|push|shove|"
        r"grab|hurt|punch|kick|choke|strangle|smack|throw (?:\w+ )?at) (?:you|her|him)\b|\b(?:had|have|"
        r"needed) to (?:grab|hit|slap|push|shove|restrain|hold down|pin down|pin|smack|choke) (?:you|her|him)"
        r"\b(?=[^.!?]{0,40}\b(?:like that|because|if you|to shut|to make you|you made|you wouldn't|you "
        r"hadn't|mouthed|listen)\b)|\byou made me do (?:it|that|this)\b(?=[^.!?]{0,40}\b(?:face|hit|bruise|"
        r"hurt|arm|neck|eye|bleed\w*)\b)",
        unless=_PLAY.pattern,
        negatable=False,
    )
    add(
        "harm_promise",
        THREATS,
        "crisis",
        r"\b(?:i'll|i will|i'm going to|im going to|i'm gonna|gonna) (?:end|finish|bury|destroy|break|"
        r"ruin|sort|deal with|put) you\b(?! in (?:paperwork|work|emails|kisses|presents|gifts|love|admin|"
        r"cuddles|charge|touch|the picture|the loop|a good mood)\b)(?! (?:at|in) (?:chess|cards|scrabble|monopoly|the game|tennis|"
        r"fifa|mario|the quiz|pool|darts|golf))|\byou(?:'ll| will|'re going to) (?:be|end up) in (?:the )?"
        r"(?:hospital|a&e|a wheelchair|a box|the ground|the morgue|a ditch|intensive care)\b|"
        r"\b(?:if you|i swear|swear to god)\b[^.!?]{0,60}\byou're (?:dead|finished|done for|a dead (?:man|"
        r"woman))\b|\b(?:you )?(?:don't|do not) want to (?:know|find out|see) what (?:i'll|i will|i'd|i'm "
        r"going to|i can|i'm capable of) ?(?:do)?\b|\bwhether you like it or not\b(?=[^.!?]{0,40}\b(?:sex|"
        r"doing it|having|touch|you're coming|you're staying|you'll do)\b)",
        requires=THREAT_CONTEXT.pattern + r"|\bif you\b|\b(?:and|or) i'll\b|\bpolice\b",
        unless=_TRIVIAL_STAKES + r"|\b(?:brownie|leftovers?|chocolate|cake|biscuits?|pizza|crisps|ice cream|"
        r"the last|spoil\w*|episode|series|finale|karaoke|my mum finds out|your mum finds out|dishes|bins|"
        r"washing up|remote|game|quiz)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "consent_denied",
        SEXUAL,
        "crisis",
        r"\b(?:don't|do not|shouldn't|won't) need (?:your |her |his )?(?:permission|consent|a yes)\b"
        r"(?=[^.!?]*\b(?:wife|husband|married|sex|body|touch|bed|mine)\b)|\b(?:you're|you are|she's|she is)"
        r" my (?:wife|girlfriend|husband)\b[^.!?]{0,20}\b(?:don't|do not) need (?:permission|to ask|consent)"
        r"\b|\b(?:it's|its|it is) not rape\b|\bcan't rape (?:your|my|his|her) (?:wife|husband|partner)\b|"
        r"\b(?:you|she|i) (?:were|was) (?:asleep|passed out|out of it|drunk)\b[^.!?]{0,30}\b(?:didn't|did "
        r"not|couldn't) say no\b|\b(?:didn't|did not) (?:fight|push) (?:me|him|her) (?:off|away)\b"
        r"[^.!?]{0,30}\b(?:wanted it|so (?:you|she|he|it)|must have|means yes)\b|\bso you (?:wanted|must "
        r"have wanted) it\b|\b(?:i'm|i am) (?:doing it|having it|having you|taking it) (?:anyway|regardless)\b",
        negatable=False,
    )
    add(
        "rumour_or",
        THREATS,
        "crisis",
        r"\bor (?:i'm|i'll|i will|i am going to|i'm going to) (?:tell|telling|send|sending|post|posting|show|"
        r"showing|text|texting) (?:everyone|everybody|your (?:mum|dad|parents|family|boss|work|husband|"
        r"wife|kids|friends|church)|the (?:whole|police|school|court))\b",
        negatable=False,
    )
    add(
        "hand_it_over",
        CONTROL,
        "crisis",
        r"\bgive me your (?:phone|passcode|password|pin|bank card|cards?|wages|pay|passport)\b(?=[^.!?]{0,40}"
        r"\b(?:now|passcode|password|pin|unlock|or else|hand it|right now)\b|\W+now\b)|\bshow me (?:your|"
        r"the|all your) (?:messages|texts|chats|dms|receipts|maps history|location history|browser "
        r"history|search history|call log|emails)\b|\bwho (?:were|are|have) you (?:been )?(?:texting|"
        r"messaging|talking to|calling|snapchatting)\W+show me\b|\bevery (?:single )?receipt\b(?=[^.!?]{0,40}"
        r"\b(?:tonight|now|on the table|show|hand|every single)\b|\W*$)",
        unless=_APPROVAL + r"|\b(?:tax|accountant|expenses|claim|refund|return it|budget together)\b",
        negatable=False,
    )
    add(
        "holding_yours",
        CONTROL,
        "crisis",
        r"\b(?:i'm|i am|i'll be|i'll|i will|from now on i'm|from now on i'll) (?:holding|keeping|taking|"
        r"having|looking after|in charge of|managing) (?:on to |onto )?your (?:bank card|cards?|wages|pay|"
        r"salary|money|phone|passport|keys|car keys|id|benefits)\b(?=[^.!?,]{0,40}(?:\bfrom now on\b|\bask "
        r"me\b|\byou can have it\b|\bwhen i say\b|\bif you behave\b|[.!?]|$))|\bfrom now on\b[^.!?]{0,30}"
        r"\b(?:i'm|i am|i'll) (?:holding|keeping|taking|having) your\b",
        unless=r"\b(?:while you|for a sec|for a minute|so you don't lose|till you get back|at the (?:beach|"
        r"pool)|swim\w*|on the ride|in my bag|at the gig|at the concert)\b",
        negatable=False,
    )
    add(
        "say_so",
        CONTROL,
        "crisis",
        r"\byou're not (?:going|leaving|seeing|visiting|allowed|getting)\b[^.!?]{0,40}\b(?:i've said so|i "
        r"said so|because i said|i decide|end of discussion|end of|or else|and that's final|or at all)\b|"
        r"\b(?:when|only when|if) i say (?:you can|so)\b|\bwhen i (?:let|allow) you\b|\b(?:don't|never) "
        r"(?:turn|switch) (?:it|that|location|your location|sharing|location sharing) off\b[^.!?]{0,10}\bor "
        r"(?:else|i'll)\b",
        unless=r"\b(?:dinner|pudding|dessert|the tv|telly|game|oven|cooking|timer|photo|traffic|"
        r"crossing|road|sweets|kids|son|daughter)\b",
        negatable=False,
    )
    add(
        "implement_on_kid",
        CHILD,
        "crisis",
        r"\b(?:good hiding|hiding|leathering|thrashing|belting|whipping|beating)\b[^.!?]{0,20}\b(?:with|using)"
        r" (?:the|my|a|his|her) (?:belt|slipper|wooden spoon|cane|stick|cable|hanger|strap|wire|shoe)\b|"
        r"\b(?:gave|give|giving) (?:him|her|them) (?:a )?(?:good )?(?:hiding|leathering|thrashing|"
        r"belting|whipping|beating)\b|\bneeds? a (?:good )?(?:slap|smack|hiding|beating|clip round the "
        r"ear|belt)\b(?=[^.!?]*\b(?:she's|he's|they're|aged|only) (?:[1-9]|1[0-5])\b|[^.!?]*\b(?:baby|"
        r"toddler|son|daughter|kids?)\b)",
        unless=r"\b(?:dog|football|match|team|game|hide and seek|hiding place|hiding (?:his|her|the) "
        r"(?:presents|gifts|phone|toys))\b",
        negatable=False,
    )
    add(
        "confined",
        (VIOLENCE, CONTROL),
        "crisis",
        r"\b(?:locked|locks|locking|lock|shut|shuts) (?:him|her|them|me|you|the kids|the baby|my \w+|our "
        r"\w+) in (?:the|a|his|her|their|my|your) (?:cupboard|wardrobe|closet|shed|cellar|basement|garage|"
        r"room|bathroom|car|boot|spare room|loft|attic|garden)\b(?=[^.!?]{0,40}\b(?:so (?:she|he|they|you)'d "
        r"learn|as punishment|to punish|for hours|all (?:day|night)|overnight|until|till|learn|lesson|"
        r"screaming|crying)\b)",
        unless=_PLAY.pattern + r"|\b(?:by accident|accidentally|hide and seek|the dog|the cat|puppy)\b",
        negatable=False,
    )
    add(
        "kid_silenced",
        CHILD,
        "crisis",
        r"\b(?:don't|do not|never) tell (?:your|mummy|daddy|mommy) ?(?:mum|mummy|dad|daddy|mom|mommy|"
        r"teacher|nan|gran)?\b[^.!?]{0,40}\b(?:or (?:you'll|else|i'll)|otherwise|you'll get|it's our "
        r"secret|our little secret)\b|\bour little secret\b(?=[^.!?]*\b(?:mum|mummy|dad|daddy|teacher)\b)",
        unless=r"\b(?:present|presents|surprise|gift|birthday|christmas|party|cake|sweets|ice cream)\b",
        negatable=False,
    )
    add(
        "gone_soon",
        SELF_HARM,
        "crisis",
        r"\b(?:won't|will not|wont) have to (?:put up with|deal with|worry about|see|look at|bother with|"
        r"listen to) me (?:much |for much |any )?(?:longer|anymore|any more|again|for long)\b|\b(?:won't|"
        r"not going to|never going to|no longer going to|wont) be (?:your|anyone's|a|everyone's) (?:problem|"
        r"burden)\b(?: (?:anymore|any more|much longer|for long))?",
        unless=r"\b(?:moving out|move out|leaving the house|pack\w*|divorce|separate|my mum's|a hotel|"
        r"the spare room|sofa)\b",
        negatable=False,
    )
    add(
        "make_it_easy",
        SELF_HARM,
        "crisis",
        r"\b(?:i'll|let me|i will|i'm going to) make (?:it|this|things) (?:easy|easier) for (?:you|everyone|"
        r"all of you)\b",
        requires=r"\b(?:happier|better off|someone (?:else|normal|better)|without me|gone|burden|broken|"
        r"not here|won't be around)\b",
        negatable=False,
    )
    add(
        "wont_be_here_sorry",
        SELF_HARM,
        "crisis",
        r"\b(?:i won't|i will not|i wont) be (?:here|around|alive)\b(?! (?:for|at|on|till|until|tomorrow|"
        r"tonight|next|this|when you get back from|in the morning))",
        requires=r"\b(?:sorry for everything|don't bother|goodbye|tell the kids|love you all|look after|"
        r"it's not your fault|forgive me|for much longer|anymore)\b",
        negatable=False,
    )
    add(
        "broke_body",
        VIOLENCE,
        "crisis",
        r"\b(?:he|she|they|my \w+) (?:\w+ )?(?:broke|fractured|cracked|dislocated|split|busted|burst|"
        r"bloodied) (?:[\w' ]{0,30} (?:and|then) (?:then )?)?(?:my|her|his) (?:nose|jaw|ribs?|arm|wrist|"
        r"fingers?|hand|cheekbone|eye socket|collarbone|lip|toe|leg|ankle|eardrum|tooth|teeth)\b",
        unless=_PLAY.pattern + r"|\b(?:by accident|accidentally|skiing|fell|football|rugby|the fall|"
        r"climbing|cycling|bike|horse|trampoline|surgery|operation|op)\b",
        skip_self=True,
        negatable=False,
    )
    add(
        "black_and_blue",
        VIOLENCE,
        "crisis",
        r"\b(?:i'm|i am|i was|i've been|left me|she's|he's|covered|all) black and blue\b",
        unless=_PLAY.pattern + r"|\b(?:fell|fall|skiing|rugby|football|paintball|hike|climb\w*|bike|"
        r"cycling|horse|roller|skating|ice|the gym|training|dress|shirt|outfit|colours?)\b",
        negatable=False,
    )
    add(
        "something_to_cry_about",
        (THREATS, VIOLENCE),
        "crisis",
        r"\bgive (?:you|her|him|them) something to cry about\b|\b(?:accidents|things) (?:happen|can "
        r"happen) to (?:people|women|girls|wives|men) (?:like (?:you|me|her)|who)\b|\bwith (?:my|your|her) "
        r"name on it\b(?=[^.!?]{0,40}\b(?:spade|bullet|grave|knife|coffin)\b)|\b(?:spade|shovel|bin bags?|"
        r"rope|tarp)\b[^.!?]{0,30}\b(?:with (?:my|your|her) name on it|for (?:you|me|her))\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "blade_ritual",
        SELF_HARM,
        "crisis",
        r"\b(?:end up|ended up|lock myself|locked myself|sit|sat|hide|hid)\b[^.!?]{0,30}\b(?:with|holding) "
        r"(?:a|the|my) (?:blade|razor|knife|pills)\b|\b(?:looking|staring|stared|looked) at the (?:pills|"
        r"tablets|blade|razor|rope)\b(?=[^.!?]{0,60}\b(?:haven't|not|yet|all night|hours|again|take "
        r"them|do it)\b)|\bcleaning (?:his|her|my|the) (?:gun|rifle|shotgun)\b(?=[^.!?]*\b(?:dead|die|"
        r"divorce|leave|drinking|drunk|rather|kill)\b)",
        negatable=False,
    )
    add(
        "taken_something",
        SELF_HARM,
        "crisis",
        r"\bi've (?:just )?(?:taken|swallowed|had) (?:something|some pills|a lot of (?:pills|tablets)|"
        r"too many|them all|the lot|all of them|everything in the cabinet|my whole prescription)\b|"
        r"\b(?:find|read|open) the (?:letter|note)\b[^.!?]{0,40}\b(?:when it's over|when i'm gone|after "
        r"i'm gone|afterwards|after tonight)\b|\b(?:nobody|no one|no-one|you) (?:will|'ll|won't) (?:have "
        r"to|need to) (?:deal with|put up with|worry about|look after|cope with) (?:me|my \w+) (?:after|"
        r"past|beyond) (?:this|tonight|today|tomorrow)\b|\bmade (?:my )?peace with (?:it|dying|going|"
        r"everything)\b(?=[^.!?]*[.!?]?[^.!?]{0,60}\b(?:goodbye|love you|sorry|wait up|don't look|"
        r"tonight)\b)|\b(?:don't wait up|don't come looking)\b[^.!?]{0,40}\b(?:peace|goodbye|love you|"
        r"sorry for everything|it's better this way)\b",
        unless=r"\b(?:paracetamol for|painkillers for|for (?:my|the) (?:head|back|cold|flu|period)|"
        r"headache|hangover|vitamins)\b",
        negatable=False,
    )
    add(
        "hitting_habit",
        VIOLENCE,
        "crisis",
        r"\b(?:don't|do not|never) (?:like|want|enjoy|mean) (?:hitting|hurting|slapping|smacking|pushing|"
        r"choking|kicking) (?:you|her|him)\b|\bstop making me (?:hit|hurt|slap|smack|push|do (?:that|this))"
        r" (?:you|to you)?\b|\b(?:i|he|she) (?:barely|only|just|hardly) (?:squeezed|grabbed|pinched|twisted|"
        r"held) (?:your|her|his|my) (?:arm|wrist|neck|throat|face|hand|hair|jaw)\b",
        unless=_PLAY.pattern + r"|\b(?:tickl\w*|hug\w*|cuddl\w*|massage|dance|dancing)\b",
        negatable=False,
    )
    add(
        "still_doing_it",
        SEXUAL,
        "crisis",
        r"\b(?:cry|scream|beg|struggle|fight|complain) all you (?:want|like)\b(?=[^.!?]{0,40}\b(?:doing it|"
        r"having (?:it|you|sex)|still happening|not stopping|i won't stop|i'm not stopping)\b)|\bmy "
        r"rights? as (?:your|a) (?:husband|wife|boyfriend|man|partner)\b|\b(?:stop saying no|you always "
        r"give in (?:eventually|in the end))\b(?=[^.!?]*[.!?,]?[^.!?]{0,40}\b(?:give in|eventually|want it|"
        r"bed|sex|in the end)\b)",
        negatable=False,
    )
    add(
        "cant_escape",
        THREATS,
        "crisis",
        r"\bregret (?:being born|the day you were born|ever being born)\b|\byou (?:think|thought|really "
        r"think) you can (?:get away from|leave|escape|hide from) me\b|\b(?:i'll|i will) always (?:know|find "
        r"out) where you are\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "interrogated_minutes",
        CONTROL,
        "crisis",
        r"\b(?:what took you|why were you|where were you for|why did it take you) (?:\d+|so long|that long|"
        r"an extra \d+)(?: minutes| mins| extra minutes)?\b[^.!?]{0,60}\b(?:who (?:did you|were you|was "
        r"it)|show me|prove it|receipts?|maps|location)\b|\bwhy were you \d+ minutes late\b",
        negatable=False,
    )
    add(
        "orders_you",
        CONTROL,
        "crisis",
        r"\bwho said you could (?:go|leave|see|have|wear|talk|text|spend|work|drive)\b|\byou (?:don't|do not|"
        r"can't|cannot) go anywhere without (?:asking|telling|checking with) me\b|\byou're not allowed to "
        r"(?:go out|leave|see (?:your|them|her|him|anyone)|wear|work|have (?:your own|a phone|money|a job|"
        r"friends)|talk to|text|drive|work)\b|\byour phone stays (?:on the table|where i can see it|with me)\b"
        r"|\bi (?:check|track|watch) your (?:location|phone|messages|emails)\b|\bi've (?:blocked|deleted|"
        r"removed) (?:your \w+|\w+|them|her|him) (?:on|from) your (?:phone|account|facebook|instagram)\b|"
        r"\byou'll (?:quit|leave|give up) (?:that|your) (?:job|course|class|gym)\b|\byou (?:don't|do not) "
        r"need (?:to see )?(?:a doctor|friends|your own (?:money|account|phone|car)|a job|to work)\b|\bhand "
        r"over your (?:wages|pay|salary|money|card|phone|keys|passport)\b|\byou can't go to (?:your|the) "
        r"(?:\w+'s )?funeral\b|\bi've (?:changed|reset) the password on (?:the|your|our)\b[^.!?]{0,30}"
        r"\byou (?:don't need|won't have|can't have)\b|\byou're not having your own (?:money|account|card|"
        r"phone|car)\b|\banswer (?:my|the) calls? within\b|\bi've (?:cancelled|frozen|blocked|closed|"
        r"stopped) your (?:bank card|card|account|phone|sim|benefits)\b",
        unless=_APPROVAL + r"|\b(?:lol|haha|joke|kidding|the kids|teenager|curfew|your son|your daughter|"
        r"doctor said|fraud|scam|stolen|hacked|lost (?:it|your card)|pin was)\b",
        negatable=False,
    )
    add(
        "imperative_sex",
        SEXUAL,
        "crisis",
        r"\bi'm not asking,? i'm telling you\b(?=[^.!?]*[.!?,]?[^.!?]{0,40}\b(?:bed|bedroom|sex|clothes|"
        r"off|lie down|knees)\b)|\byou don't get (?:a choice|to say no|a say)\b(?=[^.!?]{0,40}\b(?:you're "
        r"mine|bed|sex|tonight|body)\b|[^.!?]*\bmy (?:girlfriend|wife|boyfriend|husband)\b)|\b(?:you're|you "
        r"are) my (?:girlfriend|wife|boyfriend|husband),? you (?:don't get to|can't) (?:say no|refuse)\b|"
        r"\btoo drunk to (?:know|say|remember|consent|stop|agree)\b(?=[^.!?]*\b(?:favour|wanted|sex|did it|"
        r"slept|bed)\b)|\b(?:i|he|she) did you a favour\b(?=[^.!?]{0,40}\btoo drunk\b)|\byou agreed to "
        r"(?:this|it|sex) when you married me\b|\bstop pretending you didn't want it\b|\bi don't care "
        r"(?:that|if) you're (?:tired|sore|not in the mood|on your period|ill),? (?:lie down|get in|take)",
        negatable=False,
    )
    add(
        "partner_voice_harm",
        VIOLENCE,
        "crisis",
        r"\bdidn't know my own strength\b(?=[^.!?]*\b(?:sorry|arm|wrist|neck|bruise\w*|mark|you)\b)|"
        r"\bpick(?:ing|s)? (?:your|her|his) teeth (?:up )?off the floor\b|\bwalked into my (?:fist|hand|"
        r"elbow|knee)\b|\b(?:wouldn't|would not|won't) (?:have|need) to (?:slap|hit|smack|punch|hurt|grab|"
        r"push|shove|kick) (?:you|her|him)\b|\b(?:asking )?questions about the (?:marks|bruises|burns?|cuts|"
        r"black eye)\b|\bi split your lip\b|\bsorry (?:i|about) (?:split|bruised|broke|hurt) your\b",
        unless=_PLAY.pattern,
        negatable=False,
    )
    add(
        "threat_objects",
        THREATS,
        "crisis",
        r"\bthe (?:dog|cat|kids?|baby|children|puppy|kitten) gets? it\b|\b(?:nobody|no one|no-one) "
        r"(?:would|will|'d) (?:miss|notice|look for|find|come looking for) you\b|\bknows? people who(?:'d| "
        r"would| could| can| will) (?:sort|deal with|hurt|get|find|do) you\b|\b(?:got|have|made|i've got) "
        r"a plan\b[^.!?]{0,30}\b(?:it's soon|soon|tonight|don't hate me|forgive me|goodbye)\b",
        unless=r"\b(?:surprise|party|holiday|birthday|trip|proposal|wedding|garden|diet|savings|budget)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "kid_belt_threat",
        CHILD,
        "crisis",
        r"\b(?:get|gets|getting|got|feel|feels) the (?:belt|slipper|wooden spoon|cane|strap|back of my hand)\b",
        requires=r"\b(?:he|she|they|kids?|son|daughter|cries|crying|naughty|boy|girl|baby)\b",
        unless=r"\b(?:black belt|seat ?belt|karate|judo|title|championship|boxing|wrestl\w*)\b",
        negatable=False,
    )
    add(
        "insurance_sorted",
        SELF_HARM,
        "crisis",
        r"\b(?:sorted|checked|arranged|updated|made|wrote|written|sorting) (?:out )?(?:the|my|a) (?:life "
        r"insurance|will)\b(?=[^.!?]*\b(?:better off|gone|after|soon|you'll|when i'm|without me|all be)\b)",
        unless=r"\b(?:mortgage|baby|wedding|new house|solicitor said|financial adviser|both of us|we)\b",
        negatable=False,
    )
    # -- structure: who did what to whom, in any voice ---------------------------------------
    # These describe the shape of a disclosure rather than one wording: an agent, a harmful act
    # and its target, or the story told to hide it, or a condition attached to harm.
    agent = rf"(?:i|he|she|they|you|my {PARTNER}|your {PARTNER})"
    severe = (
        r"(?:chok(?:ed|es|ing)|strangl(?:ed|es|ing)|throttl(?:ed|es|ing)|suffocat(?:ed|es|ing)|"
        r"smother(?:ed|s|ing)|beat (?:me|you|her|him) up|beats (?:me|you|her|him) up|beaten up|"
        r"punch(?:ed|es) (?:me|you|her|him) in the (?:face|head|stomach|ribs|mouth|eye)|"
        r"knock(?:ed|s) (?:me|you|her|him) (?:out|unconscious|down)|headbutt(?:ed|s))"
    )
    add(
        "severe_reported",
        VIOLENCE,
        "crisis",
        # A joke tone around a reported choking is minimising, not banter: no on_humour here.
        rf"\b{agent} (?:\w+ )?(?P<key>{severe})(?: (?:me|you|her|him|us|my {PARTNER})\b|(?<=up)\b|"
        r"(?<=face|head|ribs)\b|(?<=mouth)\b|(?<=stomach)\b|(?<=eye)\b|(?<=out)\b|(?<=down)\b)",
        not_before=_MODAL_BEFORE.pattern,
        not_after=r" (?:on|up|back|in (?:the|a|that|this) (?:game|match|final|level|film|movie|scene|"
        r"show)|at (?:chess|cards|the|pool|darts))\b",
        unless=_PLAY.pattern + r"|\b(?:pillow|tickl\w*|food|sweet|crisp|hiccup|laugh\w*|cough\w*|water|"
        r"drink|smoke|fumes|tears|emotion|speech|nerves|penalty|final|game|match|level|villain|hero|"
        r"character|scene|episode|film|movie|cold|flu)\b",
        her_object=True,
    )
    add(
        "cover_story_told",
        VIOLENCE,
        "crisis",
        r"\b(?:told|tell|telling|said to|made|makes|make) (?:them|the (?:doctor|nurse|hospital|school|"
        r"teacher|police|gp)|a&e|work|my (?:boss|mum|manager|friends|family|sister)|everyone|people|her|"
        r"him|me|us|the kids)(?: that| to say(?: that)?)? (?:i|she|he|it|they) (?:fell|had fallen|tripped|"
        r"slipped|walked into|bumped into|banged|was a rash|was an accident|was the dog|was a door|got it "
        r"(?:at|from|playing)|did it (?:myself|herself|himself)|was (?:from )?(?:sport|football|netball|"
        r"the gym|playing))\b",
        requires=r"\b(?:bruis\w*|marks?|black eye|rib|ribs|a&e|hospital|cast|broken|cracked|stitches|"
        r"neck|from (?:him|her)|because of (?:him|her)|he|she|scar\w*|burns?|lip|swollen|limp\w*)\b",
        unless=r"\b(?:lol|haha|ice|skat\w*|ski\w*|stairs at the pub|drunk|pissed|bike|horse|trampoline|"
        r"they laughed|which is (?:true|what happened)|genuinely did|really did|from (?:the|a|my) (?:fall|"
        r"accident|trip|game|match|ladder|stairs))\b",
        negatable=False,
    )
    add(
        "injury_from",
        VIOLENCE,
        "crisis",
        r"\b(?:bruis\w*|marks?|black eye|scratch\w*|cuts?|burns?|fingermarks|finger marks|split lip|"
        r"swelling) (?:on (?:my|your|her|his) [\w']+ )?(?:are|is|was|were|came|come|'s) (?:all )?(?:from|"
        rf"because of) (?:him|her|you|them|my {PARTNER}|what (?:he|she|you) did)\b",
        unless=_PLAY.pattern + r"|\b(?:bite|bites|dog|cat|hickey|love ?bite)\b",
        negatable=False,
    )
    add(
        "near_miss",
        VIOLENCE,
        "crisis",
        r"\b(?:punch\w*|hit|smash\w*|kick\w*|threw|throws|thrown|lobbed|hurled|slammed|put (?:his|her) "
        r"fist)[^.!?]{0,40}\b(?:an inch|inches|centimetres|cm|millimetres|right|just) (?:from|next to|by|"
        r"past|beside) (?:my|your|her|his) (?:face|head|ear|eye)\b|\b(?:threw|throws|thrown|lobbed|hurled) "
        r"(?:a|the|his|her|my|your) [\w']+(?: [\w']+)? at (?:my|your|her|his) (?:face|head)\b",
        unless=_PLAY.pattern + r"|\b(?:ball|frisbee|pillow|cushion|sock|teddy|dart)\b",
        negatable=False,
    )
    add(
        "got_what_deserved",
        VIOLENCE,
        "crisis",
        r"\byou (?:got|earned|deserved|asked for|were asking for) (?:a|that|the|your|another) (?:slap|"
        r"smack|punch|kicking|hiding|beating|black eye|thump|clout|belt|shove|fat lip|good hiding)\b"
        r"(?! on the wrist)|"
        r"\byou provoked me\b[^.!?]{0,80}\b(?:slap|hit|smack|punch|push|shove|grab|hurt|what did you expect)\b",
        unless=_PLAY.pattern,
        negatable=False,
    )
    add(
        "held_down",
        VIOLENCE,
        "crisis",
        rf"\b(?:held|hold|holds|holding|pinned|pin|pins|pinning|sat|sits|kneeled|knelt) (?:on )?"
        rf"(?:you|me|her|him|my {PARTNER}|my chest|your chest|her chest|his chest)(?: down| against| to "
        r"the (?:floor|bed|wall|ground)|\b(?= until| till| so (?:you|i|she|he) (?:couldn't|can't|would|"
        r"calm|stop)))",
        not_before=_MODAL_BEFORE.pattern + r"|\b(?:baby|toddler|dog|cat|nurse|doctor|vet)\b[^.!?]{0,20}$",
        unless=_PLAY.pattern + r"|\b(?:injection|jab|vaccin\w*|blood test|seizure|fit\b|drip|splinter|"
        r"the ladder|the door|the baby|the bag|hand|hands|cuddl\w*|hug\w*)\b",
        on_humour="concern",
    )
    add(
        "silence_or_else",
        THREATS,
        "crisis",
        r"\b(?:tell (?:anyone|anybody|a soul|someone|your \w+|the police|them)|say a word|breathe a "
        r"word|mention (?:this|it|what happened|last night)|report (?:me|this|it)|(?:go|going|call|ring) "
        r"(?:to )?the police|leave me|walk out)\b[^.!?]{0,50}\b(?:and|or) (?:you're|you are|you'll be) "
        r"(?:dead|finished|done for|history|gone|sorry|next)\b",
        unless=_TRIVIAL_STAKES + r"|\b(?:surprise|party|present|spoil\w*|ending|score)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "see_what_happens",
        THREATS,
        "crisis",
        r"\bsee what happens (?:to (?:you|her|him|them|your [\w']+|the (?:kids|dog|cat|baby)|her [\w']+|"
        r"his [\w']+)|when (?:you|i) (?:get|come) home)\b",
        unless=_TRIVIAL_STAKES + r"|\b(?:recipe|oven|plant|garden|experiment|button|app|settings|"
        r"spreadsheet|football|match|game|bet|lottery)\b",
        on_humour="concern",
        negatable=False,
    )
    media = r"(?:videos?|photos?|pictures?|nudes|tapes?|sex tape|clips?|screenshots?|footage|recordings?)"
    add(
        "kept_media",
        (THREATS, SEXUAL),
        "crisis",
        rf"\b(?:i|he|she|they)(?:'ve|'s| have| has)? (?:still )?(?:got|have|has|kept|keeps|saved|"
        rf"screenshotted|recorded|filmed)\b[^.!?]{{0,30}}\b{media}\b",
        requires=r"\b(?:one wrong move|behave|or else|every site|the internet|online|upload\w*|leak\w*|"
        r"post (?:them|it|those|these)|share (?:them|it)|send (?:them|it) to|everyone (?:will|would|is "
        r"going to) see|the world|group chat|your (?:boss|mum|dad|family|work|new \w+) (?:will|would|is "
        r"going to|gets to) see|if you (?:leave|go|tell|don't)|unless you|blackmail\w*)\b",
        unless=r"\b(?:wedding|holiday|baby|party|graduation|birthday|christmas|the kids' |school play|"
        r"backup|cloud|album)\b",
        negatable=False,
    )
    add(
        "media_everywhere",
        (THREATS, SEXUAL),
        "crisis",
        r"\b(?:they're|they'll be|it's|it'll be|they go|it goes|going) (?:up )?(?:on|all over) (?:every "
        r"(?:site|website|platform)|the internet|pornhub|onlyfans|every group chat|facebook|instagram|"
        r"twitter|tiktok)\b",
        requires=rf"\b{media}\b|\b(?:them|those|these)\b",
        unless=r"\b(?:holiday|wedding|baby|cat|dog|recipe|cake|garden|party|graduation|birthday)\b",
        negatable=False,
    )
    add(
        "dont_come_home",
        CONTROL,
        "crisis",
        r"\b(?:if you (?:go|see|meet|visit|spend)|you go)\b[^.!?]{0,50}\b(?:don't|do not) (?:bother|even "
        r"think about) coming (?:home|back)\b",
        requires=r"\b(?:them|friends|mates|your (?:sister|brother|mum|dad|family|parents|friends|mates)|"
        r"the girls|the lads|that lot|out)\b",
        unless=_TRIVIAL_STAKES + r"|\b(?:without (?:milk|bread|the)|pizza|takeaway|chips)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "you_have_me",
        CONTROL,
        "crisis",
        r"\bwhy (?:do|would) you (?:even |ever )?(?:need|want) (?:to (?:see|visit|go to|ring|call|talk to|"
        r"spend time with) )?(?:your|them|those|other|any|anyone|friends|family|mates)\b[^.!?]{0,40}"
        r"(?:[.?!,]\s*)?[^.!?]{0,20}\byou(?:'ve got| have| got) me\b|\byou (?:don't|do not) need "
        r"(?:anyone|anybody|friends|family|your family|your friends|them|other people)\b[^.!?]{0,20}"
        r"\byou(?:'ve got| have| got) me\b",
        negatable=False,
    )
    add(
        "reads_yours",
        CONTROL,
        "crisis",
        r"\b(?:i|i've)(?: \w+)? (?:read|went through|go through|checked|check|looked through|look through|"
        r"screenshot\w*) (?:all |every one of |each of )?your (?:messages|texts|emails|phone|dms|whatsapps?|"
        r"chats|call logs?|browser history|diary|notes)\b|\b(?:he|she|they|my [\w']+)(?: \w+)? (?:reads|"
        r"read|goes through|went through|checks|checked|looks through|looked through) (?:all |every one "
        r"of )?my (?:messages|texts|emails|phone|dms|whatsapps?|chats|call logs?|browser history|diary)\b",
        requires=r"\b(?:every (?:single )?(?:night|day|morning|evening)|nothing to hide|makes me unlock|"
        r"made me unlock|passwords?|passcode|pin|demands?|hand it over)\b",
        unless=_APPROVAL + r"|\b(?:asked me to|you asked|for the tax|for work|scam|spam|the bank)\b",
        negatable=False,
    )
    add(
        "denied_means",
        CONTROL,
        "crisis",
        r"\b(?:i|i've|he|he's|she|she's|they|they've)(?: \w+)? (?:cancelled|canceled|cut off|stopped|"
        r"taken|took|takes|hid|hidden|hides|confiscated|locked away|locks away|changed|blocked|froze|"
        r"frozen|emptied|closed) (?:your|my|her|his|the) (?:phone(?: contract)?|sim|bank card|cards?|"
        r"passport|car keys|keys|house keys|passwords?|account|bank account|allowance|money|wages|pay|"
        r"savings|id|visa|documents|access|wifi|internet)\b(?=[^\n]{0,60}\b(?:so (?:you|i|she|he) "
        r"(?:can't|couldn't|won't|don't|cannot)|you (?:don't|won't) need|i (?:don't|won't) need|home all "
        r"day|stop (?:you|me|her|him)|punish\w*|teach (?:you|me)|run off|leave)\b)|\b(?:don't|won't|never) "
        r"let (?:her|him|me|you) (?:have|keep|get) (?:a|her own|his own|my own|your own|any) (?:key|keys|"
        r"money|bank account|card|phone|job|car)\b",
        unless=r"\b(?:drunk|drink|drinking|over the limit|pissed|asked me to|we agreed|gambl\w* "
        r"(?:support|help)|so you can't lose)\b",
        negatable=False,
    )
    add(
        "discredited",
        CONTROL,
        "crisis",
        r"\b(?:tells|told|telling|convinced|convincing) (?:everyone|everybody|people|my (?:family|friends|"
        r"mum|doctor|boss|sister)|the (?:school|doctor|police|court)|them) (?:that )?(?:i'm|i am|i was|"
        r"you're|you are) (?:\w+ )?(?:unstable|crazy|mad|mental|insane|a liar|psycho|nuts|unfit|"
        r"delusional|making it up|imagining (?:it|things))\b",
        requires=r"\b(?:nobody|no one|anyone|anymore|believe\w*|isolat\w*|alone|turn\w* (?:them|everyone)|"
        r"on (?:his|her) side|stopped (?:talking|calling)|custody|kids)\b",
        negatable=False,
    )
    add(
        "timed_outings",
        CONTROL,
        "crisis",
        r"\b(?:times|timed|timing|clocks|clocked) (?:me|my (?:trips?|walks?|journeys?|runs? to|time "
        r"out)|how long i(?:'m| am| was| take| spend)?)\b",
        requires=r"\b(?:late|shop|shops|out|gone|back|minutes|explain|where i|went mad|shout\w*|scream\w*|"
        r"kick\w* off)\b",
        unless=r"\b(?:parkrun|race|marathon|5k|10k|lap|laps|swim|training|coach|stopwatch|strava|pb)\b",
        negatable=False,
    )
    add(
        "body_is_mine",
        SEXUAL,
        "crisis",
        r"\b(?:your|my|her) body (?:is|belongs to|'s) (?:mine|his|hers|me|him|her)\b|\b(?:don't|do not) make "
        r"me ask (?:twice|again)\b(?=[^.!?]*\b(?:wife|husband|bed|sex|body|clothes off|undress\w*)\b)|"
        r"\b(?:wife|husband|girlfriend|boyfriend)\b[^.!?]{0,40}\b(?:don't|do not) make me ask (?:twice|again)\b",
        negatable=False,
    )
    add(
        "plied_drunk",
        SEXUAL,
        "crisis",
        r"\bgot (?:me|you|her|him) (?:really |so |too |very )?(?:drunk|wasted|smashed|high|off (?:my|your|"
        r"her|his) face)\b[^.!?]{0,20}(?:and|then|so|before|after)\b",
        requires=r"\b(?:woke up|didn't want|couldn't (?:say|stop)|said no|don't remember|can't remember|"
        r"happened|took advantage|touch\w*|sex|slept with|clothes|undress\w*|in (?:his|her|my) bed)\b",
        unless=r"\b(?:hangover|karaoke|sang|danced|dancing|kebab|threw up|sick|tattoo|lost my phone)\b",
        negatable=False,
    )
    add(
        "worn_down",
        SEXUAL,
        "crisis",
        r"\b(?:eventually|in the end|finally|after a while)\b[^\n]{0,80}\b(?:crying|cried|said no|"
        r"saying no|didn't want|begging|begged|pushed me off|pushing me off)\b|\b(?:crying|cried|said no|"
        r"saying no|didn't want|begging|begged)\b[^.!?]{0,80}\b(?:eventually|in the end|gave in|let (?:him|"
        r"her|me))\b",
        requires=r"\b(?:mood|sex|bed|touch\w*|do it|did it|doing it|slept with|sleep with|undress\w*|"
        r"clothes|on top)\b",
        unless=r"\b(?:film|movie|holiday|dog|puppy|kitten|takeaway|restaurant|tattoo|haircut)\b",
        negatable=False,
    )
    add(
        "sex_owed",
        SEXUAL,
        "crisis",
        r"\byou owe me\b(?: (?:sex|it|that|a shag|something|one|big time))?(?=\s*(?:[,.!?]|$|after|for "
        r"(?:everything|all|this|that)|because|since|now))",
        requires=r"\b(?:sex|bed|paid|bought|spent|after everything|weekend|dinner|holiday|hotel|the "
        r"least you|i do for you|i did for you|put out)\b",
        unless=r"\b(?:£|\$|quid|money|cash|tenner|fiver|pint|drink|coffee|lunch|back for|favour|"
        r"round|rent|half)\b",
        negatable=False,
    )
    add(
        "distress_dismissed",
        SEXUAL,
        "crisis",
        r"\bstop (?:crying|shaking|fussing|being (?:so )?(?:dramatic|frigid|a prude|tense|uptight))\b"
        r"[^.!?]{0,80}\b(?:first time|done it before|we've done|in the mood|sex|bed|touch\w*|relax|enjoy "
        r"it|like it|want it|you know you want)\b|\b(?:not like|isn't like) (?:it's|it is|this is) the "
        r"first time (?:we've|we have|i've|i have)\b",
        unless=r"\b(?:jab|injection|vaccin\w*|dentist|doctor|flight|plane|rollercoaster|driving|drive|"
        r"lesson|exam|interview|kiss)\b",
        negatable=False,
    )
    add(
        "no_wake_up",
        SELF_HARM,
        "crisis",
        r"\b(?:i |i just |i honestly |i really )?(?:(?:don't|do not|didn't|doesn't) want|not wanting|never wants?) to wake up\b(?! (?:early|at|"
        r"before|for|till|until|on|this|tomorrow at|to (?:the|an?|that|my)|so early))|\bhope (?:i|that i) "
        r"(?:don't|never) wake up\b|\bwish i (?:hadn't|didn't|wouldn't) (?:woken|wake) up\b(?! (?:so |this "
        r")?early)",
        unless=r"\b(?:alarm|hangover|lie-?in|weekend|holiday|monday|shift|work at|early|tired)\b",
        on_humour="concern",
    )
    add(
        "if_i_were_gone",
        SELF_HARM,
        "crisis",
        r"\b(?:no one|nobody|you|everyone|everybody|they|the kids|anyone|people|the world|you all|"
        r"you'd all|we'd all)(?:'d| would| will|'ll|'d all| all would)? (?:even |really |actually |all |"
        r"honestly )?(?:notice|care|miss me|be fine|be better|be happier|be ok|be okay|be relieved|mind|"
        r"cope|be better off|manage|move on|get over it)\b[^.!?]{0,30}\bif i (?:wasn't|weren't|was not|"
        r"were not) (?:here|around|alive|in the picture)\b|\bif i (?:was|were) (?:gone|dead|not here|"
        r"not around)\b(?=[^.!?]{0,40}\b(?:notice|care|miss|fine|better|happier|relieved|easier|"
        r"cope|ok|okay)\b)|\bif i (?:wasn't|weren't) (?:here|around|alive)\b[^.!?]{0,40}\b(?:notice|"
        r"care|miss|fine|better|happier|relieved|easier|cope)\b",
        unless=r"\b(?:this weekend|tonight|for the weekend|for a (?:day|week|bit)|at the party|at work|"
        r"in the office|at dinner|on holiday|to cook|to do (?:the|it)|to remind)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "kid_deprived",
        CHILD,
        "crisis",
        r"\b(?:not feeding|doesn't feed|won't feed|didn't feed|no (?:food|dinner|tea|supper|breakfast)|"
        r"without (?:food|dinner|tea|supper|water|eating)|starv\w*|lock\w* (?:him|her|them) (?:in|out)|"
        r"cold shower|made (?:him|her|them) stand (?:outside|in the)|shut (?:him|her|them) in)\b",
        requires=r"\b(?:punish\w*|to teach|to learn|as a lesson|for (?:crying|wetting|being naughty|"
        r"misbehav\w*|answering back)|till (?:bedtime|tomorrow|morning))\b",
        unless=r"\b(?:diet|fasting|ramadan|doctor said|before (?:the|his|her) (?:operation|surgery|"
        r"anaesthetic))\b",
        negatable=False,
    )
    add(
        "provoked_consequence",
        (VIOLENCE, THREATS),
        "crisis",
        r"\b(?:that's|this is|you know|remember|you saw|now you know) what happens (?:when|if) you "
        r"(?:answer back|answer me back|talk back|wind me up|push me|mouth off|embarrass me|disrespect me|"
        r"make me (?:angry|mad|lose it)|provoke me|lie to me|cross me|defy me|argue with me|argue back|"
        r"raise your voice|question me|disobey me|show me up|give me lip|don't do as|don't listen|"
        r"won't listen|ignore me|wind (?:me|him|her) up|push (?:me|him|her))\b",
        unless=r"\b(?:kettle|oven|milk|bread|plants?|dog|cat|engine|battery|computer|laptop|printer)\b",
        negatable=False,
    )
    add(
        "knocks_about",
        VIOLENCE,
        "crisis",
        rf"\b(?:knock\w*|push\w*|throw\w*|threw|slap\w*|shov\w*) (?:me|you|her|him|us|my {PARTNER}) "
        r"(?:about|around)\b",
        not_before=_MODAL_BEFORE.pattern,
        unless=_PLAY.pattern + r"|\b(?:danc\w*|ideas?|numbers|figures|the ball|a ball|names|plans?)\b",
        on_humour="concern",
    )
    add(
        "broke_my_bone",
        VIOLENCE,
        "crisis",
        rf"\b(?:he|she|you|they|my {PARTNER})(?: [\w']+){{0,2}} (?:fractured|broke|cracked|dislocated|"
        r"split|chipped|knocked out|bust|busted) (?:my|your|her|his) (?:cheekbone|cheek bone|nose|ribs?|"
        r"arm|wrist|jaw|fingers?|lip|eye socket|teeth|tooth|collarbone|toes?|ankle|hand|skull|eardrum)\b",
        unless=_PLAY.pattern + r"|\b(?:danc\w*|tripped|fell|slipped|trampoline|ski\w*|accident|bike|"
        r"horse|skat\w*|climbing)\b",
    )
    add(
        "own_strength",
        VIOLENCE,
        "crisis",
        r"\b(?:didn't|don't|doesn't) know (?:my|his|her) own strength\b",
        requires=r"\b(?:sorry|arm|wrist|bruis\w*|mark|neck|hurt|shoulder|grip|grabbed|squeez\w*)\b",
        unless=_PLAY.pattern + r"|\b(?:jar|lid|door|handle|drawer|hug|cuddle)\b",
        negatable=False,
    )
    add(
        "regret_the_day",
        THREATS,
        "crisis",
        r"\b(?:make you|you'll|you will|make (?:her|him)) (?:regret|rue) the day\b|\bmake (?:your|her|his) "
        r"life (?:a )?(?:living )?hell\b",
        unless=_TRIVIAL_STAKES + r"|\b(?:spoil\w*|chess|game|quiz|tennis|golf|cards|scrabble|monopoly|"
        r"challeng\w*|bet|dare|race|contest|competition|rematch)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "obey_or_media",
        (THREATS, SEXUAL),
        "crisis",
        rf"\b{media}\b[^.!?]{{0,40}}\b(?:so you'll|so you will|and you'll|you'll|or)\b[^.!?]{{0,10}}\b(?:do "
        r"(?:as|what) (?:you're told|i say|i tell you|i want)|behave|keep quiet|keep your mouth shut|stay)\b",
        unless=r"\b(?:wedding|holiday|baby|party|graduation|birthday|christmas|cat|dog|recipe)\b",
        negatable=False,
    )
    add(
        "pressured_into",
        SEXUAL,
        "crisis",
        r"\b(?:coerced|pressured|pressed|guilted|guilt-tripped|bullied|forced|manipulated|pushed|"
        r"badgered|nagged|talked) (?:me |her |him |you )?into (?:things|stuff|it|sex|doing|having|sleeping|"
        r"something)\b",
        requires=r"\b(?:bed|sex|sexual|sleep with|sleeping with|intimate|touch\w*|didn't want|don't want|"
        r"undress\w*|naked|film\w*|photos?|threesome|porn)\b",
        unless=r"\b(?:karaoke|bungee|skydiv\w*|holiday|gym|marathon|diet|buying|job|course|tattoo|"
        r"haircut|film night|board game)\b",
    )
    add(
        "keep_going_anyway",
        SEXUAL,
        "crisis",
        r"\bkeep (?:going|doing it|at it)\b[^.!?]{0,20}\bwhether you (?:cry|like it|want (?:it|to)|say no)\b|"
        r"\b(?:kept|keeps|keep) going (?:even )?(?:when|while|after|though) (?:i|you|she|he) (?:said|say|"
        r"says|was|were|am|is) (?:no|stop|crying|in pain|asleep)\b",
        negatable=False,
    )
    add(
        "need_permission",
        CONTROL,
        "crisis",
        r"\b(?:have to|got to|need to|must|'ve got to) (?:ask|get) (?:his|her|their|my [\w']+'s) "
        r"(?:permission|approval|ok|okay|say-so|sign-off) (?:to|before|for|if)\b|\b(?:can't|cannot|not "
        r"allowed to|mustn't|never) (?:buy|spend|go|see|visit|leave|eat|wear|use|drive|get|have)\b"
        r"[^.!?]{0,40}\bwithout (?:him|her|them) (?:approving|checking|agreeing|saying (?:yes|so|ok)|"
        r"signing|ok'?ing|knowing)\b|\b(?:won't|doesn't|does not|will not|never) let me (?:have|use|take|"
        r"go|see|leave|drive|spend)\b[^.!?]{0,40}\bunless i (?:tell|ask|send|show|text|check in|explain|"
        r"give|account)\b",
        unless=_APPROVAL + r"|\b(?:big|large|expensive|over £|over \$|house|mortgage|car purchase|"
        r"joint account|we agreed)\b",
    )
    add(
        "proof_demanded",
        CONTROL,
        "crisis",
        r"\b(?:send|show) me (?:a |the )?(?:photo|picture|video|selfie|pic)s? of (?:who|where|what) "
        r"you(?:'re| are)\b|\b(?:location|tracking|find my|life360)\b[^.!?]{0,20}\b(?:on|shared)\b"
        r"[^.!?]{0,10}\b(?:24/7|all the time|at all times|always|every minute|permanently)\b[^.!?]{0,30}"
        r"\b(?:or|otherwise|if not|else)\b",
        unless=_APPROVAL + r"|\b(?:outfit|dress|the view|the menu|beach|sunset|cute|hair|new)\b",
        negatable=False,
    )
    add(
        "cut_off_family",
        CONTROL,
        "crisis",
        r"\b(?:i've|i|he|she|he's|she's)(?: \w+)? (?:told|tells|telling|texted|messaged|emailed) "
        r"(?:your|my|her|his) (?:mum|dad|parents|family|sister|brother|friends|mates|best friend|nan|"
        r"gran) (?:that )?(?:you|i|she|he) (?:don't|doesn't|didn't|do not|won't) want to (?:see|speak to|"
        r"talk to|hear from|visit)\b|\byou're not (?:seeing|going to see|meeting|going out with|visiting) "
        r"(?:your|those|that|them|any) ?(?:\w+ )?(?:mates|friends|family|sister|brother|mum|dad|parents|"
        r"lot)?\b[^.!?]{0,30}\b(?:or any|ever again|again|anymore|any more|from now on|or ever|ever)\b",
        unless=_APPROVAL + r"|\b(?:covid|ill|sick|contagious|flu|quarantine|isolating)\b",
        negatable=False,
    )
    add(
        "earn_your_freedom",
        CONTROL,
        "crisis",
        r"\byou (?:can|can only|may|'ll) (?:work|go out|go back to work|see (?:them|your [\w']+)|have "
        r"(?:money|your phone|your card|the car|your keys|it back)|get a job|leave the house|drive) "
        r"(?:when|once|after) (?:i say|i decide|i'm happy|the house is|you've earned|you learn|you deserve|"
        r"i allow|i let)\b",
        unless=_APPROVAL,
        negatable=False,
    )
    add(
        "future_absence",
        SELF_HARM,
        "crisis",
        r"\b(?:won't|will not|don't (?:plan|expect|intend|think i'll)|not going to|i'll not|do not plan to|"
        r"don't think i will|don't think i'll) (?:to )?be (?:here|around|alive|about)\b(?: (?:by|for|at|"
        r"after|to see|next|much longer|long|anymore|any more|this time next|come))",
        unless=r"\b(?:mum's|mom's|parents|away|trip|holiday|working|work|shift|flight|travel\w*|abroad|"
        r"visiting|conference|staying|because|as i'm|since i'm|moving|move|job|office|dinner|tea|lunch|"
        r"meeting|the weekend|this weekend|tonight|signal|reception|wifi|on call|hospital for|course)\b",
        on_humour="concern",
    )
    add(
        "final_note",
        SELF_HARM,
        "crisis",
        r"\b(?:wrote|written|writing|left|leave|leaving) (?:a|the|some|my|you a|them a) (?:note|letters?|"
        r"goodbye)\b",
        requires=r"\b(?:didn't leave it|in case|for when|when i'm|goodbye|sorry|explain\w*|find it|drawer|"
        r"for the kids|to the kids|to my mum|for my mum|don't hate me|after i'm|when you find|last night"
        r"\. i)\b",
        unless=r"\b(?:thank you|thank-you|birthday|sick note|post-it|milkman|teacher|school|fridge|"
        r"shopping|landlord|neighbours?|parcel|delivery|love note|valentine|anniversary|apolog\w* for "
        r"(?:the|being)|card)\b",
        negatable=False,
    )
    add(
        "method_dwelling",
        SELF_HARM,
        "crisis",
        r"\b(?:keep|kept|can't stop|been|keeps|always|i'm|i was) (?:thinking about|looking at|staring at|"
        r"standing on|standing at|standing by|going to|sitting by|sitting at|walking to|parked by|parked at"
        r"|at|by) the (?:bridge|rope|railway|railway line|train tracks|tracks|cliffs?|cliff edge|edge|"
        r"pills|tablets|reservoir|balcony|roof|car park roof|motorway bridge|quarry|viaduct|river|"
        r"level crossing)\b(?! (?:toll|repairs?|closure|works|traffic|view|to get|for (?:a|the|work)|we "
        r"(?:saw|visited|walked|crossed|drove)))|"
        r"\b(?:bought|got|buying|getting) (?:a |some )?(?:rope|hose ?pipe|charcoal)\b",
        unless=r"\b(?:beautiful|lovely|gorgeous|stunning|architecture|built|walk\w*|photo\w*|paint\w*|"
        r"ferry|camp\w*|climb\w*|washing line|garden|boat|tent|dog|"
        r"swing|pulley|bbq|barbecue|festival|ticket|sunset|picnic|fishing|run|cycle|bike|cross|commute|"
        r"train to|heating|view|jump rope|skipping|gym|tow)\b",
        on_humour="concern",
    )
    add(
        "sleep_forever",
        SELF_HARM,
        "crisis",
        r"\b(?:go to sleep|sleep|fall asleep|drift off) and (?:never|not) (?:wake up|have to|deal with|"
        r"face|come back|open my eyes)\b",
        unless=r"\b(?:till|until|for a (?:week|month|day|year)|weekend|holiday|lie-?in|hibernat\w*)\b",
        on_humour="concern",
    )
    add(
        "dependants_arranged",
        SELF_HARM,
        "crisis",
        r"\b(?:made sure|sorted|arranged|left|make sure|asked \w+ to)\b[^.!?]{0,30}\b(?:the|my|his|her) "
        r"(?:dog|cat|pets?|kids|children|fish|rabbit|dog's stuff|cat's stuff)\b[^.!?]{0,30}\b(?:will be|"
        r"are|is|gets?|go|goes|looked after|taken care of|at my|at (?:his|her))\b",
        requires=r"\b(?:tired|done|sorry|goodbye|gone|peace|can't do|no point|just so you know|for good|"
        r"after i|when i'm|ready|thank you for everything|thanks for everything)\b",
        unless=r"\b(?:holiday|trip|weekend|away|hospital stay|operation|flight|festival|vet|kennels?|"
        r"cattery|sitter|wedding|conference|stag|hen)\b",
        negatable=False,
    )
    add(
        "dont_look_for_me",
        SELF_HARM,
        "crisis",
        r"\b(?:don't|do not|no need to|please don't) (?:come )?(?:look|looking|search|searching) for me\b",
        unless=r"\b(?:party|pub|in the morning|i'll be (?:at|in)|gym|hide and seek|shops?|office|back by|"
        r"home by|library|meeting)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "kid_lesson_harm",
        CHILD,
        "crisis",
        r"\b(?:burn\w*|scald\w*|shak\w*|shook|smother\w*|held|hold|holds|pinch\w*|hit|hits|smack\w*|"
        r"slap\w*|squeez\w*|lock\w*|put a pillow over|cover\w*|dunk\w*|iron|hob|pan)\b[^.!?]{0,40}\b(?:to "
        r"teach (?:him|her|them)|till (?:he|she|they) (?:shuts? up|stops?|learns?)|until (?:he|she|they) "
        r"(?:shuts? up|stops?|learns?)|to (?:stop|shut) (?:him|her|them) (?:crying|up))\b",
        requires=CHILD_CONTEXT.pattern,
        unless=r"\b(?:hand|hands) (?:to cross|crossing|across the road)\b",
        negatable=False,
    )
    add(
        "pillow_over_face",
        (VIOLENCE, CHILD),
        "crisis",
        r"\b(?:put|held|holds|pressed|pushed|shoved) (?:a|the|his|her|my) (?:pillow|cushion|hand|hands|"
        r"bag|blanket) (?:over|on) (?:the baby's|his|her|my|your|our \w+'s|the \w+'s) (?:face|mouth|"
        r"nose)\b",
        unless=_PLAY.pattern + r"|\b(?:sneez\w*|cough\w*|yawn\w*|laugh\w*|giggl\w*|peekaboo|peek-a-boo|"
        r"smell|stink)\b",
        negatable=False,
    )
    add(
        "impaired_with_kids",
        CHILD,
        "crisis",
        r"\b(?:drinks and drives|drink-?drives) (?:the|my|our|his|her) (?:kids|children|son|daughter|baby)\b|"
        r"\b(?:drinks and drives|drink-?driv\w*|drunk|wasted|pissed|over the limit|high|stoned|had a few)"
        r"\b[^.!?]{0,40}\b(?:drives?|driving|drove|in the car with|behind the wheel with|with) (?:the|my|"
        r"our|his|her) (?:kids|children|son|daughter|baby|boys|girls|little ones?)\b|\b(?:drives?|driving|"
        r"drove) (?:the|my|our|his|her) (?:kids|children|son|daughter|baby)\b[^.!?]{0,40}\b(?:drunk|"
        r"wasted|pissed|over the limit|high|stoned|after (?:a few|drinking|the pub))\b",
        negatable=False,
    )
    add(
        "left_alone_young",
        CHILD,
        "crisis",
        r"\b(?:left|leaves|leaving|leave) (?:him|her|them|the (?:baby|kids|toddler|children)|my (?:baby|"
        r"kids|toddler)|our (?:baby|kids|toddler)) (?:alone )?(?:in the (?:car|bath|flat|house)|home "
        r"alone|on (?:his|her|their) own)\b[^.!?]{0,40}\b(?:while|to go|and went|when (?:i|he|she) "
        r"(?:went|goes))\b",
        requires=r"\b(?:pub|fag|smoke|drink|drinks|had a few|bar|club|party|casino|bookies|shop|"
        r"hours?)\b",
        unless=r"\b(?:1[4-9]|teen\w*|monitor|neighbour watching|for a (?:sec|second|minute))\b",
        negatable=False,
    )
    add(
        "secret_what_i_do",
        (CHILD, THREATS),
        "crisis",
        r"\b(?:tell|telling|say a word to|breathe a word to) (?:anyone|anybody|a soul|your (?:mum|mummy|"
        r"dad|daddy|teacher)) (?:about )?what (?:i|we) (?:do|did|does) (?:to|with) you\b",
        negatable=False,
    )
    injury = (
        r"(?:bruis\w*|fat lip|split lip|black eye|marks? on (?:my|her|his|your) \w+|finger ?marks|"
        r"handprints?|welts?|cracked ribs?|broken (?:nose|wrist|arm|finger))"
    )
    add(
        "hid_injury",
        VIOLENCE,
        "crisis",
        # Hiding an injury, or inventing how it happened, is what people do when a partner caused it.
        rf"\b(?:pretended|pretend|pretending|lied|lie|lying|made up|make up|had to explain|covered|cover "
        rf"up|covering|hide|hid|hiding|concealer|long sleeves|polo neck|turtleneck|scarf)\b[^.!?]{{0,50}}"
        rf"\b{injury}\b|\b{injury}\b[^.!?]{{0,50}}\b(?:pretended|i said i|told (?:them|everyone|work|her|him) "
        r"i|lied|made up|cover(?:ed)? (?:it|them) up|hide (?:it|them)|hid (?:it|them))\b",
        unless=_PLAY.pattern + r"|\b(?:from (?:the|a|my) (?:fall|accident|trip|game|match|ladder|stairs)|"
        r"they laughed|hickey|love ?bite|tattoo|spot|pimple|acne|rash|birthmark|scar from "
        r"(?:the|my) (?:operation|surgery|c-section))\b",
        negatable=False,
    )
    add(
        "gouged",
        VIOLENCE,
        "crisis",
        r"\b(?:dug|digs|digging|dig|pressed|presses|jammed|rammed) (?:his|her|their|my) (?:nails|fingers|"
        r"thumbs?|knee|elbow|fingernails) into (?:my|your|her|his) (?:arm|neck|throat|wrist|back|chest|"
        r"face|side|leg|shoulder)\b|\b(?:put|had|got) (?:me|you|her|him) in a (?:headlock|chokehold|"
        r"strangle ?hold)\b",
        unless=_PLAY.pattern + r"|\b(?:massage|physio|stretch\w*|yoga|splinter|rollercoaster|ride|"
        r"horror|scary|labour|contractions|giving birth|photo|we were (?:kids|\d+))\b",
        on_humour="concern",
    )
    add(
        "too_tired_to_refuse",
        SEXUAL,
        "crisis",
        r"\b(?:too (?:tired|drunk|out of it|asleep|exhausted|scared) to (?:say no|argue|fight (?:him|her|"
        r"them) off|stop (?:him|her|it)|push (?:him|her) off)|waits? (?:till|until) (?:i'm|i am|i've|"
        r"she's|he's) (?:half )?(?:asleep|drunk|passed out|out of it))\b",
        requires=r"\b(?:asleep|bed|sex|touch\w*|undress\w*|on top|in the night|waits? (?:till|until))\b",
        negatable=False,
    )
    add(
        "entitled_to_sex",
        SEXUAL,
        "crisis",
        rf"\b(?:a |any )?(?:proper|good|real|decent|normal) (?:{PARTNER}) (?:never says no|doesn't say no|"
        r"would(?:n't)? (?:say no|refuse|need asking)|puts out|gives (?:it|her husband|his wife))\b|"
        r"\b(?:shouldn't|should not|i shouldn't|why should i) (?:have to )?(?:beg|ask|wait) for (?:it|sex)\b"
        r"(?=[^.!?]*\b(?:husband|wife|boyfriend|girlfriend|married|bed)\b)|\b(?:husband|wife|boyfriend|"
        r"girlfriend)\b[^.!?]{0,30}\b(?:shouldn't|should not) (?:have to )?(?:beg|ask) for (?:it|sex)\b",
        negatable=False,
    )
    add(
        "one_call_from_me",
        THREATS,
        "crisis",
        r"\bone (?:call|phone call|word|text|email|message|letter) from me and (?:you|your|you're|"
        r"you'll|they|she|he)\b|\bi know (?:your|her|his) (?:home |work |new |exact )?(?:address|postcode)"
        r"\b(?!\W*(?:can you|could you|do you|is it|for the|right\?))",
        requires=r"\b(?:gone|finished|done for|lose|lost|deported|sacked|fired|over|ruined|sent back|"
        r"police|arrested|custody|kids|watch yourself|watch it|behave|careful|remember|never see|"
        r"regret)\b",
        unless=_TRIVIAL_STAKES + r"|\b(?:parcel|delivery|card|invite|invitation|christmas card|"
        r"promotion|refund|deal|discount|reservation|best table|upgrade|free)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "hand_over_pay",
        CONTROL,
        "crisis",
        r"\b(?:had to|have to|has to|make me|made me|makes me|making me|must) (?:hand|give|turn|pass) "
        r"(?:over |in )?(?:my|her|his|all my|every) (?:payslips?|wages|pay|salary|pay packet|bank card|"
        r"cards|phone|passport|money|benefits|tips|earnings|child benefit)\b",
        unless=_APPROVAL + r"|\b(?:mortgage application|accountant|tax return|landlord|letting agent|"
        r"for the loan|the bank asked|hr|payroll|exam|test|airport|security|gig|school|teacher|police|"
        r"court|cinema|locker|check-?in|repair|shop|border|customs|embassy)\b",
        negatable=False,
    )
    add(
        "checks_the_trail",
        CONTROL,
        "crisis",
        r"\b(?:checks|checked|goes through|went through|tracks|tracked|monitors|monitored|reads|audits) "
        r"(?:the|my|our|her|his) (?:car's |phone's )?(?:gps|mileage|location history|bank statements?|"
        r"statements|receipts|spending|search history|browser history|sat ?nav|dashcam|step count|"
        r"screen time|call log|oyster|travel history)\b",
        requires=r"\b(?:every (?:single )?(?:evening|night|day|morning|week|time)|daily|each (?:night|day)|"
        r"when i get (?:back|home|in)|to see where|questions? me|grills? me|demands?|explain|account for)\b",
        unless=_APPROVAL + r"|\b(?:we both|together|budget together|for the tax|expenses|business)\b",
        negatable=False,
    )
    add(
        "not_meant_to",
        CONTROL,
        "crisis",
        r"\b(?:i'm|i am|i'm just|we're) not (?:meant|supposed|permitted) to (?:talk to|speak to|see|visit|"
        r"go out|have friends|leave the house|wear|use the|drive|ring|call|text|message|go to)\b",
        requires=r"\b(?:he says|she says|he said|she said|he gets|she gets|he'd|she'd|because (?:he|she)|"
        r"(?:he|she) (?:doesn't|won't|wouldn't|hates|goes mad|kicks off)|get ideas|bad influence)\b",
        unless=r"\b(?:doctor|gp|nurse|physio|consultant|surgeon|operation|covid|quarantine|contagious|"
        r"diet|police told|bail|solicitor)\b",
        negatable=False,
    )
    add(
        "unless_escorted",
        CONTROL,
        "crisis",
        r"\b(?:can't|cannot|not allowed to|mustn't|never get to|don't get to) (?:wear|go out|go|see|visit|"
        r"leave|drive|use|spend|have|meet|talk to)\b[^.!?]{0,30}\bunless (?:he|she|they|my \w+)(?:'s| is| "
        r"comes| is coming| goes| says| agrees| approves| checks| knows| allows)\b",
        unless=_APPROVAL + r"|\b(?:insurance|learner|provisional|licence|license|l plates|visa|doctor|"
        r"age|under 18|underage|my (?:mum|mom|dad|parents)|i'm (?:1[0-7]|[1-9]))\b",
        negatable=False,
    )
    add(
        "cant_switch_off",
        CONTROL,
        "crisis",
        r"\b(?:can't|cannot|not allowed to|won't let me|doesn't let me) (?:turn|switch) (?:it|the "
        r"(?:tracking|location|app|sharing)|location|tracking) off\b",
        requires=r"\b(?:phone|location|tracking|app|shares?|sharing|find my|life360|gps)\b",
        unless=r"\b(?:work phone|company phone|the boss|my employer|parental controls on (?:his|her) "
        r"phone)\b",
        negatable=False,
    )
    add(
        "sedated_child",
        CHILD,
        "crisis",
        r"\b(?:giv\w*|gave|slip\w*|put|puts|dose\w*|doses) (?:the |my |our |his |her )?(?:baby|toddler|"
        r"kids?|children|son|daughter|him|her|them|little one)\b[^.!?]{0,30}\b(?:sleeping (?:tablets|"
        r"pills)|(?:her|his|my) (?:pills|tablets|medication|diazepam|valium)|gin|whisky|whiskey|vodka|"
        r"wine|brandy|rum|alcohol|antihistamines?|piriton|phenergan|melatonin)\b[^.!?]{0,30}\b(?:so "
        r"(?:he|she|they|it)(?:'ll|'d| will| would)? (?:settle|sleep|shut up|be quiet|calm|stop)|to (?:knock|"
        r"settle|quiet|calm|shut) (?:him|her|them))",
        requires=CHILD_CONTEXT.pattern,
        unless=r"\b(?:doctor|gp|prescribed|pharmacist|paediatrician|dose on the|recommended)\b",
        negatable=False,
    )
    add(
        "exposure_punishment",
        CHILD,
        "crisis",
        r"\b(?:made|makes|make|making|forced|forces|sent|sends|put|puts|left|leaves) (?:him|her|them|the "
        r"kids?|our \w+|my \w+) (?:to )?(?:stand|sit|kneel|sleep)? ?(?:outside|in the (?:garden|"
        r"rain|cold|snow|shed|garage|dark|cupboard|yard)|out in the (?:rain|cold|snow))\b[^.!?]{0,30}\b(?:for "
        r"(?:an hour|hours|\d+ (?:hours|minutes)|ages|the night)|all (?:night|day)|till|until|in (?:his|"
        r"her|their) (?:pants|pyjamas|socks|nappy))\b",
        requires=CHILD_CONTEXT.pattern + r"|\b(?:think twice|learn(?:t|ed)? (?:his|her|their) lesson|"
        r"teach)\b",
        unless=_PLAY.pattern + r"|\b(?:lol|haha|loved|fun|puddles?|camp\w*|tent|stargaz\w*|build\w*|"
        r"snowman|bbq|barbecue|paddling|sandpit|trampoline|bike|sledg\w*)\b",
        negatable=False,
    )
    add(
        "no_longer_need",
        SELF_HARM,
        "crisis",
        r"\b(?:giving|handing|gave|handed|give|hand)(?: [\w']+){0,4} (?:away|out|over)\b[^\n]{0,60}\b(?:won't|"
        r"will not|shan't) need (?:them|it|these|those|any of it|my \w+)(?! (?:for|till|until|on|at|this|"
        r"next|when|while|in|out|over|there|now)\b)\b|\b(?:where i'm going|won't be needing (?:them|it|these|any))\b",
        unless=r"\b(?:holiday|trip|moving|move|sun|sunny|hot|weather|degrees|beach|downsiz\w*|charity shop|car boot|declutter\w*|marie kondo|"
        r"backpack\w*|travel\w*|abroad|new job|uni|university|gap year|hospital bag)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "once_im_gone",
        SELF_HARM,
        "crisis",
        r"\b(?:once|when|after) i'm (?:out of the picture|no longer around|gone for good|not around any"
        r"more|not here any ?more|six feet under)\b",
        requires=r"\b(?:manage|be fine|be ok|be okay|cope|be better|be happier|move on|look after|"
        r"have (?:their|your)|sorted|insurance|will)\b",
        unless=r"\b(?:job|work|office|team|company|project|rota|committee|club|band|promotion|retire\w*)\b",
        negatable=False,
    )
    add(
        "would_anyone_notice",
        SELF_HARM,
        "crisis",
        r"\bif i (?:just |simply |quietly )?(?:didn't come (?:home|back)|disappeared|vanished|went missing|"
        r"wasn't here|was gone|died|never came back|stopped existing)\b[^.!?]{0,40}\b(?:would|will|'d) "
        r"(?:anyone|anybody|you|they|people|the kids|he|she)(?: even| actually| really| ever)? (?:notice|"
        r"look|care|miss|come looking|realise|realize|be sad)\b|\b(?:would|will) (?:anyone|anybody|you|"
        r"they|people)(?: even| actually| really| ever)? (?:notice|care|miss me|come looking)\b[^.!?]{0,30}"
        r"\bif i (?:just )?(?:didn't come (?:home|back)|disappeared|vanished|went missing|wasn't here|was "
        r"gone|died|never came back)\b",
        unless=r"\b(?:for (?:a|the) (?:day|weekend|week|night|bit)|party|pub|work do|office|meeting|"
        r"group chat|left early|the wedding)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "picturing_method",
        SELF_HARM,
        "crisis",
        r"\b(?:keep|kept|can't stop|been|always|i'm|i was|sometimes i|i) (?:picturing|imagining|"
        r"thinking about|fantasi[sz]ing about|daydreaming about) (?:the drop|the fall|jumping|stepping off|"
        r"driving off|driving into|crashing (?:the|my) car|walking into the (?:sea|traffic|river)|just "
        r"(?:not waking|stepping|jumping|driving|letting go|going under)|how (?:easy|quick|long) it would "
        r"(?:be|take)|not being here|being dead|my funeral)\b",
        unless=r"\b(?:bungee|parachut\w*|skydiv\w*|diving board|swimming|pool|cliff jump\w*|tombstoning|"
        r"plane|flight|holiday|rollercoaster|commute|marathon|recipe|to finish|to get there|to drive)\b",
        on_humour="concern",
    )
    # Coercive control as agent + controlling act + the other person's autonomy, in any voice:
    # "he won't let me see my friends", "I don't let you drive", "you stopped me working".
    # One word may sit between agent and act ("he always takes"), but not a denial ("he never took").
    aside = (
        r"(?:(?!(?:never|not|no|hasn't|hadn't|didn't|doesn't|don't|won't|wouldn't|isn't|wasn't)\b)[\w']+ )?"
    )
    # "If he ever took my wages" is a hypothetical, not a report.
    real = r"(?<!\bif )(?<!\bimagine )(?<!\bsuppose )(?<!\bunless )(?<!\bwhat if )"

    def voiced(verbs: str, owned: str) -> str:
        """Agent, act and something that belongs to someone else: "I took your", "he checks my"."""
        return (
            rf"{real}\b(?:i {aside}{verbs} (?:all (?:of )?)?(?:your|her|his)|(?:he|she|they|my {PARTNER}) "
            rf"{aside}{verbs} (?:all (?:of )?)?(?:my|your)|you {aside}{verbs} (?:all (?:of )?)?(?:my|her|his)) "
            rf"{owned}"
        )

    ctl_agent = rf"(?:i|he|she|they|you|my {PARTNER}|your {PARTNER})"
    who = rf"(?:me|you|her|him|my {PARTNER}|your {PARTNER})"
    mine = r"(?:my|your|her|his)"
    autonomy = (
        rf"(?:see (?:{mine}|any) (?:friends|family|mum|mam|dad|sister|brother|mates|parents|kids|nan|gran)|"
        r"see (?:anyone|anybody|people|them)|go (?:out|anywhere|to work|back to work|to (?:the|my|your|her|his) "
        r"(?:gym|job|class|church|friends?|family|mum's|parents))|leave (?:the house|the flat|home|the room)|"
        rf"have (?:{mine} own |a |any )?(?:money|bank account|account|phone|key|keys|car|job|friends|cash|"
        rf"bank card)|work|get a job|drive(?: the car)?|use the (?:car|phone|computer|internet)|talk to "
        rf"(?:anyone|anybody|{mine} \w+|other people|other men|other women)|call (?:{mine} \w+|anyone)|wear "
        r"(?:what|makeup|make-up|that|shorts|a dress|anything)|spend (?:money|anything|a penny)|"
        r"be alone|sleep until|eat until)"
    )
    hypothetical = (
        r"\bif (?:he|she|you|i|they) (?:ever |even |tried to |started to )?|\bwhat if\b|\bimagine\b"
    )
    add(
        "prevents_autonomy",
        CONTROL,
        "crisis",
        rf"{real}\b{ctl_agent} {aside}(?:won't|doesn't|don't|didn't|never|wouldn't|refuses? to|refused to) let "
        rf"{who} {autonomy}\b|\b{ctl_agent} {aside}(?:stopped|stops|stop|banned|bans|ban|"
        rf"forbade|forbids|forbid|blocks|blocked|prevents|prevented) {who} (?:from )?((?:seeing|going|"
        r"working|talking|having|driving|leaving|calling|visiting|wearing|spending|getting a job))\b",
        # "I'm not saying you stop me seeing them" denies the act.
        not_before=hypothetical
        + r"|\b(?:not|never|no|n't)\b(?: [\w']+){0,2} $|\b(?:doctor|nurse|gp|police|court|judge|teacher|coach)\b[^.!?]{0,30}$",
        unless=_APPROVAL + r"|\b(?:drunk|drink\w*|pints?|over the limit|pissed|tired|ill|sick|fever|covid|"
        r"contagious|doctor|surgery|operation|storm|snow|ice|icy|dark|late at night|alone at night|"
        r"licence|license|insurance|learner|underage|homework|bedtime|grounded|teen\w*|1[0-7]\b|work "
        r"(?:late|through|weekends|overtime|when))",
        on_humour="concern",
        negatable=False,
    )
    add(
        "takes_earnings",
        CONTROL,
        "crisis",
        voiced(
            r"(?:take|takes|took|taking|keep|keeps|kept|pocket|pockets|pocketed|confiscate\w*|hold|holds|held)",
            r"(?:wages|salary|pay|payslip|pay packet|money|earnings|benefits|tips|child benefit|student loan|"
            r"pension|bank cards?)\b",
        ),
        not_before=hypothetical,
        unless=_APPROVAL + r"|\b(?:to the bank|for safekeeping|by mistake|back|joint|we (?:share|pool)|"
        r"pay (?:the|in)|into account|for the holiday|savings pot|jar|gambl\w*|asked (?:him|her|me) to)\b",
        negatable=False,
    )
    add(
        "rations_money",
        CONTROL,
        "crisis",
        rf"{real}\b{ctl_agent} {aside}(?:make|makes|made|making) {who} (?:ask|beg|plead) (?:for|before) "
        r"(?:money|cash|every penny|food|groceries|the car|anything|permission|spending)\b|"
        rf"{real}\b{ctl_agent} {aside}(?:decide|decides|decided|choose|chooses) what (?:i|you|she|he|me) "
        r"(?:can|can't|could|couldn't|am allowed to|are allowed to|is allowed to|get to) "
        r"(?:and can't |and cannot )?(?:buy|wear|eat|spend|do|say|watch|see)\b|\b(?:gives|give|gave) "
        rf"{who} (?:pocket money|an allowance|a (?:weekly|monthly) allowance)\b",
        not_before=hypothetical,
        unless=_APPROVAL + r"|\b(?:kids?|son|daughter|teen\w*|restaurant|menu|film|tonight|for dinner|"
        r"holiday|party|outfit for the|wedding)\b",
        negatable=False,
    )
    add(
        "watches_constantly",
        CONTROL,
        "crisis",
        voiced(
            r"(?:check|checks|checked|checking|go through|goes through|went through|read|reads|track|tracks|"
            r"tracked|tracking|monitor|monitors|monitored|watch|watches)",
            r"(?:phone|messages|texts|emails|bank account|bank statements|statements|location|spending|"
            r"receipts|car|whatsapps?|dms|calls|call log|browser history|every move)\b",
        )
        # A routine, not a lapse: "every time I leave it unlocked" is a check-in, "every night" is not.
        + r"(?=[^.!?]{0,50}\b(?:every (?:single )?(?:day|night|hour|morning|evening)|(?<!not )all the time|"
        r"constantly|24/7|non-?stop|round the clock|every penny)\b)",
        not_before=hypothetical,
        unless=_APPROVAL + r"|\b(?:for (?:the|our) (?:budget|tax)|budget together|we both|each other|"
        r"fraud|scam|hacked)\b",
        negatable=False,
    )
    add(
        "owns_passwords",
        CONTROL,
        "crisis",
        rf"{real}\b{ctl_agent} {aside}(?:has|have|had|knows?|demands?|demanded|changed|changes|change|took|"
        r"takes) (?:all )?(?:the |my |your |her |his )?(?:passwords|passcodes|logins|pins?) (?:to|for|of) "
        r"(?:all )?(?:my|your|her|his) (?:accounts|email|phone|bank|socials|everything)\b"
        r"(?=[^.!?]{0,50}\b(?:changes?|changed|locks?|locked|won't|doesn't|don't|checks?|demand\w*|"
        r"whenever|without)\b)",
        not_before=hypothetical,
        unless=_APPROVAL + r"|\b(?:in case|emergency|if anything happens|password manager|we agreed)\b",
        negatable=False,
    )
    add(
        "turned_against",
        CONTROL,
        "crisis",
        rf"{real}\b{ctl_agent} {aside}(?:turned|turns|turning|turn|poisoned|poisons) (?:my|your|her|his|all "
        rf"(?:my|your)|the) (?:family|friends|mum|dad|kids|children|sister|brother|parents|mates) "
        rf"against {who}\b",
        not_before=hypothetical,
        negatable=False,
    )
    add(
        "no_future_no_way_out",
        SELF_HARM,
        "crisis",
        r"\b(?:don't|can't|do not|cannot|doesn't|can't really) see (?:a|any) future (?:for (?:myself|me|"
        r"himself|herself|him|her))?(?: at all)?\b(?! (?:in|at|with|for) )|\bno way out\b(?: of (?:this|it))?"
        r"(?: (?:except|but|other than|apart from)) (?:one|the one|that|ending|dying|the obvious)\b",
        unless=r"\b(?:job|company|career|town|city|band|team|club|house|flat|business|industry|role|"
        r"position|course|degree|sofa|car|this country)\b",
        on_humour="concern",
    )
    add(
        "gave_away_wont_need",
        SELF_HARM,
        "crisis",
        r"\b(?:gave|given|giving|gives|handed|handing|hands|left|leaving) [^.!?]{0,40}\b(?:won't|will not|"
        r"shan't|wouldn't) (?:be )?need(?:ing)? (?:it|them|these|those|any of it)\b(?! (?:for|till|until|"
        r"on|at|this|next|when|while|in|out|over|there|now|since|because|as)\b)",
        unless=r"\b(?:holiday|trip|moving|move|sun|hot|weather|beach|downsiz\w*|charity shop|car boot|"
        r"declutter\w*|travel\w*|abroad|new (?:one|job|car|bike|phone)|upgrade\w*|drives|grown|grew|"
        r"outgrown|too small|too big|uni|university)\b",
        on_humour="concern",
        negatable=False,
    )
    return r


RULES: tuple[Rule, ...] = tuple(_rules())

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
            if VIOLENCE in rule.categories and _PROTECTIVE.search(sentence):
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
    rf"\b(?:my {PARTNER}|now|still|again|these days|lately|does it too|did it too|he does|she does)\b"
)


# "I said no and he was fine about it": a refusal that was respected is the opposite of coercion.
_RESPECTED = re.compile(
    r"\b(?:(?:he|she|they) (?:was|were|is|'s) (?:totally |completely |really |so |absolutely )?(?:fine|ok|"
    r"okay|cool|lovely|great|respectful|understanding|sweet|kind) (?:about|with) it|respected (?:that|it|"
    r"my|me)|stopped (?:straight|right) away|backed off (?:straight|right) away|and (?:he|she) stopped)\b"
)
# Force used to keep someone from harm: "grabbed her wrist so she wouldn't touch the hot pan".
_PROTECTIVE = re.compile(
    r"\b(?:so (?:she|he|they|i) (?:wouldn't|didn't|won't|doesn't|couldn't) (?:touch|fall|get hit|step|run|"
    r"burn|trip|walk|go) (?:into|out|off|in|on|the|near)?|to stop (?:her|him|me|them) (?:from )?(?:falling|"
    r"stepping|running|touching|walking|tripping|getting hit)|out of the (?:road|way of (?:a|the) "
    r"(?:car|bike|bus|van|cyclist)))\b"
)
_SOMEONE_ELSES = re.compile(
    rf"\b(?:my|a|our|her|his) (?:friend|mate|colleague|neighbour|neighbor|sister|brother|cousin|"
    rf"coworker|co-worker|boss)(?:'s)? {PARTNER}\b"
)


_HARM_TO_ME = re.compile(
    r"\b(?:hit|hits|hurt|hurts|beat|beats|kick\w*|punch\w*|slap\w*|push\w*|shov\w*|grab\w*|chok\w*|"
    r"threat\w*|attack\w*|touch\w*|rap\w*|forc\w*|strangl\w*) me\b|\b(?:my|our) (?:kids|children|son|daughter)\b"
)


def _told_at_a_distance(sentence: str) -> bool:
    if _SOMEONE_ELSES.search(sentence) and not _HARM_TO_ME.search(sentence):
        return True
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
        or _told_at_a_distance(text)
    )


_TRIVIAL = _c(_TRIVIAL_STAKES)
# Horseplay and running talk sit close to violence and to being timed in embedding space.
_HORSEPLAY = _c(
    r"\b(?:tickl\w*|pillow|play ?fight\w*|messing about|mucking about|snowball|water fight|nerf|"
    r"personal best|pb|parkrun|my run|5k|10k|half marathon)\b"
)
# Contact sport and training put tackles, knocks and marks in ordinary talk.
_SPORT = _c(
    r"\b(?:five-a-side|5-a-side|football|footy|rugby|hockey|netball|basketball|boxing|sparring|judo|karate|"
    r"mma|jiu.?jitsu|kickboxing|wrestling|martial arts|training session|the pitch|the match|ref|referee|"
    r"studs?|stud marks|tackl\w*)\b"
)


_AGE = re.compile(
    r"\b(\d{1,2}) year old\b|\b(?:she's|he's|she is|he is|who's|who is|aged|age|they're|only|just|"
    r"she was|he was) (\d{1,2})\b(?! (?:minutes|mins|hours|days|weeks|months|years|quid|pounds|"
    r"dollars|euros|%|times|o'clock|am|pm|miles|km|kg|stone|lbs|feet|foot|inches|cm|degrees)\b)"
)


def _age_gap(text: str) -> bool:
    """An adult and a child under 16 in one message: "my 15 year old is seeing a 26 year old"."""
    ages = [int(a or b) for a, b in _AGE.findall(text)]
    return bool(ages) and min(ages) < 16 and max(ages) >= 18
