"""Lexical and syntactic cues of how a reply listens, each found as a span of the reply.

Cues are features for the rules scorer's classifier and the evidence it quotes. A cue marked
``strong`` is near-certain on its own (an eye-roll emoji, "whatever." as the whole reply) and
decides its flag even where the classifier hesitates; the rest only inform the classifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CUE_GROUPS = (
    "contempt",
    "defensiveness",
    "criticism",
    "stonewalling",
    "advice",
    "minimising",
    "labelling",
    "overriding",
    "curiosity",
    "empathy",
    "self_focus",
    "subject_change",
    "yes_but",
    "ownership",
    "warmth",
)


@dataclass(frozen=True)
class Cue:
    group: str
    pattern: re.Pattern[str]
    strong: bool = False


@dataclass(frozen=True)
class CueHit:
    group: str
    text: str
    start: int
    end: int
    strong: bool


def _cues(group: str, *expressions: str, strong: bool = False) -> list[Cue]:
    return [Cue(group, re.compile(e, re.IGNORECASE | re.MULTILINE), strong) for e in expressions]


_YOU = r"(?:you|u)"
# Laughter: a contempt cue here, and what ``scoring.features.fond_with`` looks for beside warmth.
LAUGHTER = r"\b(?:lol|lmao|haha+|hah)\b|😂|🤣"
_YOURE = r"(?:you're|youre|you are|ur)"
# Praise said in a critic's words: "you're so brave", "you always know what to say", "you never
# give up". Only the plain forms, and the verbs that cannot be a complaint: "you never remember"
# stays criticism.
_TRAIT_PRAISE = (
    r"(?:good|great|kind|kinder|sweet|lovely|brave|braver|strong|stronger|patient|thoughtful|generous|clever|"
    r"smart|bright|talented|gifted|funny|caring|gorgeous|beautiful|handsome|pretty|wonderful|amazing|brilliant|"
    r"organi[sz]ed|disciplined|likeable|loving|gentle|hard[- ]?working|capable|resilient|wise|creative|"
    r"supportive|hard on yourself|much (?:kinder|better|stronger|braver|more patient)|"
    r"an? (?:good|great|brilliant|lovely|wonderful|natural|amazing|strong|proper)|proud of|"
    # "You're the best at ..." is as often mockery ("the best at excuses") as praise.
    r"the best(?! at\b))(?![\w-])"
)
_ALWAYS_PRAISE = (
    r"(?:know (?:what|how|just|exactly)|make (?:me (?:laugh|smile|feel better)|the best|the most|so much effort|"
    r"(?:it|everything) better)|manage|find (?:a|the|your) way|come through|look after|put (?:\w+ )?first|"
    r"go (?:above|the extra)|show up for|do what you set|have my back|cheer (?:me|us|everyone) up|see the best|"
    r"(?:make|find) time for|notice(?! (?:every|the (?:one|bad|mess|worst)|when i (?:mess|get|do|forget)|what i (?:do|did|get) wrong)))\b"
)
_NEVER_PRAISE = (
    r"(?:give up|let (?:me|us|anyone|them) down|complain|ask for (?:much|anything)|quit|stop trying)\b"
)
# The same praise wherever it stands in a reply, and its plainest companions: what
# ``scoring.features.praising_them`` looks for.
PRAISE_OF_THEM = re.compile(
    rf"\b{_YOURE} (?:so |such |really |just |too |always )?{_TRAIT_PRAISE}|"
    rf"\b{_YOU} always {_ALWAYS_PRAISE}|\b{_YOU} never {_NEVER_PRAISE}|"
    r"\bproud of (?:you|u)\b|\blucky to have (?:you|u)\b|\bi love (?:that|this) about (?:you|u)\b|"
    r"\b(?:i'?d|i would) be lost without (?:you|u)\b",
    re.IGNORECASE,
)

CUES: tuple[Cue, ...] = tuple(
    _cues(
        "contempt",
        r"\bmust be (?:so )?nice\b",
        r"\bpoor (?:you|baby|thing|darling|little)\b",
        r"\bboo[- ]?hoo\b",
        r"\bcry me a river\b",
        r"\b(?:alert|call|notify) the (?:media|press|authorities|papers)\b",
        r"\bstop the presses\b",
        r"\bfront[- ]page news\b",
        r"\b(?:gold star|medal|trophy|award)\b(?! ceremony for)",
        r"\bcongratulations\b",
        r"\bwell done,? you\b",
        r"\bget over yourself\b",
        r"\bspare me\b",
        r"🙄|\*(?:eye ?roll|rolls eyes|sigh)s?\*|\(eye ?roll\)",
        r"\brolls? (?:my|his|her) eyes\b",
        r"\bdrama queen\b|\bmartyr\b|\bprincess\b",
        r"\b(?:the|a) (?:tragedy|horror|humanity)\b",
        r"\bwhat a (?:shock|surprise|tragedy|nightmare)\b",
        r"\bshocking\b",
        r"\bnewsflash\b|\bnews flash\b",
        r"\bhow (?:brave|tragic|awful for you|terrible for you)\b",
        r"\bso hard being\b|\bthe only (?:adult|grown[- ]up|one who (?:does|works|suffers))\b",
        r"(?<!not )(?<!isn't )(?<!wasn't )\b(?:pathetic|ridiculous|laughable)\b|\bgive me a break\b",
        r"\byeah,? right\b|\bsure you (?:do|did|are)\b|\bsure,? jan\b",
        LAUGHTER,
        r"\b(?:oh|wow|gosh|my),? (?:wow|dear|my|poor)\b",
        r"^\s*(?:oh,?\s+)?(?:right|sure|yeah),? because\b|\bbecause (?:that'?s|this is|wanting|caring) [^.?!]*\b(?:crime|sin|problem) now\b",
        r"\bhow (?:romantic|flattering|thoughtful|generous|lovely|convenient|original|noble|mature|touching|sweet|novel)\b\s*[.!]",
        r"\bcan'?t wait\s*[.!]?\s*$",
        r"\b(?:a|one|two|three|four|five|six|ten) whole\b",
        r"\bshocker\b|\bwhat a surprise\b|\bcolou?r me (?:shocked|surprised)\b|\bthat'?s a first\b|\bwho knew\b",
        # Mock service, not a real offer: "shall I call the papers?", not "shall I call your mum?"
        r"\b(?:should|shall) i (?:get it framed|fetch|alert|frame|notify)\b|\bget it framed\b|"
        r"\b(?:should|shall) i (?:call|ring|phone) (?:the (?:papers|press|media|police|news|guinness)|an ambulance)\b|"
        r"\b(?:should|shall) i (?:book|throw|bake|write|arrange) (?:you )?(?:a|an) (?:parade|medal|trophy|speech|ceremony|"
        r"press conference|statue|plaque)\b",
        r"^\s*aw+\b",
        r"\byes,? (?:ma'?am|sir|boss|your (?:majesty|highness)|dear|officer)\b",
        r",? (?:are we|do we|is it|was it|doesn'?t it|don'?t we|isn'?t it)\?\s*$",
        r"\bconvenient(?:ly)?\b",
        r"\bhowever will (?:we|you|i|they)\b|\bgrows? on trees\b|\bso we'?re doing this again\b",
        # ...unless belief follows: "of course you did. I knew they'd see it."
        r"\bof course you (?:did|do|would|are|have)\b\s*[.!](?!\s*i (?:knew|never doubted|always knew))|\bcongrats\b",
        r"\bi'?ll add (?:it|that|this) to the list\b|\bwant (?:my|a|the) [^.?!]{1,40}(?:as well|too)\?",
        r"^\s*['\"‘“][^'\"’”]{3,}['\"’”]\s*[.!?]?\s*(?:okay|ok|right|sure|wow|cool)\b",
        r"(?:^|[.!?]\s+)right[.!]\s*$",
        r"\bthe great \w+",
        r"\bgood luck with (?:that|the)\b",
        r"\ball that (?:drama|fuss|noise) (?:for|over)\b",
        r"\b(?:sherlock|detective|inspector|hall monitor|judge and jury|the police)\b",
        r"\bmy (?:mistake|bad)\b\s*[.!]|\bsilly me\b|\b(?:forgive|excuse) me for\b|\bsorry for (?:breathing|existing|living|caring|having)\b|\bhow dare i\b",
        r"\bi'?ll (?:alert|await|fetch|notify|inform|make a note|take notes|hand myself in|get right on)\b",
        r"\bcrime now\b|\bstanding ovation\b|\bround of applause\b|\bthrow (?:you )?a parade\b|\bbreaking news\b",
        r"(?:^|[.!?]\s+)(?:brilliant|wonderful|fantastic|marvell?ous|splendid|lovely|perfect|great|cool|nice|noted|got it)[.!]\s*$",
        r"^\s*(?:wow|oh wow|oh great|oh good|great|fantastic|brilliant|lovely|perfect|amazing|oh joy)[.!,]",
        r"\b(?:here we go|not this) again\b",
        r"\bheaven forbid\b|\bgod forbid\b",
        r"\bwhat(?:ever)? (?:would|will) (?:you|we) do\b",
        r"\bhow (?:did|do|will) (?:you|we) (?:ever )?(?:survive|cope|manage)\b",
        r"\bi'll (?:pencil|write|put) (?:it|that|you|your \w+) (?:in|down)\b",
        r"\bworld'?s (?:smallest|tiniest) violin\b|\bviolin\b",
        r"\bsomeone'?s (?:sensitive|touchy|cranky|jealous)\b",
        r"\bwelcome to (?:adulthood|the real world|my life|my world|being an adult|having (?:a job|kids|children|a family)|parenthood)\b",
        # Doubt of them dressed as news: "oh so now you miss me", "let's see if you stick with this one".
        r"^\W*oh,? so now\b|^\W*so now (?:you|u) (?:miss|want|care|notice|remember|love|need|like|decide|feel like)\b|\blet'?s see (?:if|how long) (?:you|u)\b|\bwe'?ll see how long\b|\ba real first\b",
        r"\bi'?m sure (?:the |your |he |she |they )?[^.?!]{0,20}\b(?:has|have) never (?:seen|heard|done|had)\b",
        # "I'm sure it was mortifying for you": sincere sympathy says "it must have been".
        r"\bi'?m sure (?:it|that) (?:was|must have been|is) (?:so |really |very |just )?\w+ for (?:you|u)\b",
        r"\bjoin the club\b",
        r"\bbig (?:whoop|deal,? huh)\b",
        r"\bcan'?t (?:imagine|believe) how you (?:survive|cope|manage)\b",
        # Sarcasm that needs no insult word: mock agreement, mock praise, mock concern.
        r"\b(?:ah|oh),? yes,? (?:the|of course|because|that|my)\b",
        r"\bbut (?:sure|okay|ok|fine|whatever)\s*[.!]*\s*$",
        r"\b(?:too|also|as well),? right\?|^\s*(?:sure|yes|yeah|right)[.,!]\s+and\b",
        r"\b(?:brilliant|great|genius|fantastic|excellent|wonderful|solid|clever|lovely) (?:plan|idea|thinking|move|call|work|stuff)\s*[.!]",
        r"\bmust be (?:so |really |very |awfully )?(?:hard|tough|rough|exhausting|difficult|awful|nice|lovely),? (?:being|having|to be|to have)\b",
        r"^\W*(?:(?:lol|oh|ah|haha|right),?\s+)?here we go\b|\bwhat(?:'s| is) it (?:this time|now|this week|today)\b",
        # Superiority and the deflating dig: "not that you'd understand", "so that's why the washing
        # is still in the machine", "don't get used to it", "it's a cat, babe"; news met with a
        # flat word and a change of subject ("Nice. Anyway, did you call the plumber?").
        r"\bnot that you'?d (?:understand|know|notice|care|get it)\b|^\W*so that'?s why\b|\bdon'?t get used to it\b|"
        r"^\W*it'?s (?:a|an|just a|only a) [^.!?]{0,40}?,? (?:babe|love|hun|darling|mate|sweetheart|sweetie)\s*(?:[.!]|$)|"
        # The martyr's sneer: "I'm sure that's also my fault somehow", "But no, I'm just the boring one."
        r"\bi'?m sure (?:that'?s|it'?s|this is) (?:also |all |somehow )?my fault\b|\bi'?m (?:just )?the (?:boring|sensible|"
        r"nagging|difficult|mean|strict|killjoy|bad) one\b|"
        r"\b(?:panics?|overreacts?|freaks? out|makes? a (?:drama|fuss|scene)) (?:about|over) everything\b|"
        r"\b(?:sorry|oh),? i didn'?t reali[sz]e (?:i|we) (?:was|were|had|needed) (?:supposed|meant|to)\b|^\W*oh,? right,? i forgot\b",
        r"\b(?:certificate|plaque|badge|knighthood|nobel|pat on the back|a cookie)\b",
        r"\bi'?m sure (?:the|your|they|he|she|it)\b[^.?!]{0,30}\b(?:appreciates?|love[sd]?|thrilled|grateful|impressed)\b",
        r"\bdid you survive\b|\b(?:i think|i'?m sure|pretty sure|i reckon) you'?ll (?:cope|live|survive|manage)\b",
        r"\b(?:should|shall) i [^.?!]{0,40}\btoo\?|\b(?:should|shall) i (?:\w+ )?(?:you|us) an?\b",
        r"\bclearly you\b|\bso why (?:even|bother)\b|\bwhy (?:even )?bother\b",
        r"\b(?:gee|wow|oh),? thanks\b|\bthanks (?:for nothing|a lot)\b",
        # "Is that right?" is how a reflection checks itself, so it is not listed.
        r"\bwho (?:cares|would have thought|asked)\b|\bis that so\?|\bhow (?:nice|lovely|sweet) for you\b",
        r"\blucky (?:you|for some|me)\b|\bsome of us\b|\bnice (?:of you|for some)\b",
        # "ugh" and "sigh" are left out: they open as many rueful, warm texts as sneers.
        r"\*sighs?\*|\bpf+t\b|\btsk\b|\bpsh\b|\bseriously\?",
        r"\bmy favou?rite\s*[.!]*\s*$|\bi do apologi[sz]e\b|\bwell,? excuse me\b|\bbless (?:you|him|her|your)\b",
        r"\bhow (?:very|terribly|awfully) \w+|\bwhat(?:ever)? next\b",
        # A one- or two-word verdict tacked on the end: "Cute." "Very generous." "Love it."
        r"(?:^|[.!?]\s+)(?:very |how |so |real(?:ly)? |truly )?(?:cute|impressive|adorable|bless|generous|dramatic|mature|helpful|clear|sweet|classy|subtle|original|clever|charming|touching|inspiring|heroic|riveting|fascinating)[.!]\s*$",
        r"\bthat'?s (?:adorable|cute|sweet|precious|rich|hilarious|priceless|the main thing)\b|(?:^|[.!?]\s+)love (?:it|that)[.!]",
        r"\byour (?:majesty|highness|lordship|ladyship)\b|\bsays the (?:person|one|man|woman|guy|girl|lady)\b",
        r"\bwhat did you expect\b|\bhope (?:it|that) was worth it\b|\bsomeone had to\b|\bfunny how\b",
        r"\bthanks for (?:the reminder|clarifying|pointing that out|the lecture|the update)\b",
        r"\b(?:ask|get|need|have) (?:for )?(?:your )?(?:permission|approval)\b|\bapproved\b|\bsurgically\b|\bdraw up a\b",
        r"\b(?:should|shall) i (?:just|also|now|hand|get the)\b|\bwon'?t \w+ (?:themselves|itself)\b",
        r",? (?:isn'?t it|aren'?t you|wasn'?t it|didn'?t you|don'?t you)[.!]\s*$",
        r"\bit'?s (?:a |an |only )?(?!the\b|just\b)\w+,? not (?:a |an |the )?\w+\s*[.!]",
        r"\bhappy now\?|\bwould that make you happy\?|^\W*(?:you|u)\?\s|\bdon'?t get (?:too|so|all that) (?:excited|carried away|big[- ]headed)\b|\b(?:she|he|they|you)'?ll survive\b|\bi must have missed\b|\bfinally (?:seen|seeing|come to) (?:sense|reason)\b",
        r"^\s*(?:oh,? )?(?:so|terribly|awfully|very) sorry\b|\b(?:cute|sweet|adorable|funny|interesting) (?:that|how) you\b",
        r"\bbut no,? (?:much|far|it'?s|let'?s|you|of course)\b|\bdon'?t (?:worry|mind) about me\b",
        # Words that sneer at the feeling itself rather than naming it.
        r"\b(?:moping|sulking|whining|whinging|moaning|wallowing|pouting|bleating|tantrum|strop|hissy fit)\b|\bthe drama\b|\bdrama\s*[.!]|\blittle (?:dramas|tantrums|episodes|moods|meltdowns)\b",
        # Talking down: the partner as a child to be calmed, or measured against "normal" people.
        r"\bonce you'?ve (?:calmed|cooled|settled) down\b|\bwhen you'?re (?:calmer|being (?:reasonable|rational|sensible))\b|\byou'?ll see (?:it'?s|that|i'?m)\b",
        r"\b(?:normal|sane|functioning|grown[- ]up) (?:people|adults?|person|couples?|humans?)\b|\blike (?:a|an) (?:normal|grown|actual|functioning) (?:adult|person|human)\b",
        # Mock gratitude or delight put in someone else's mouth: "I'm sure they're all just so grateful".
        r"\bi'?m sure (?:every(?:one|body)|they|we|all|people)\b[^.?!]{0,30}\b(?:just |so |really )+(?:grateful|thrilled|impressed|touched|delighted|moved)\b",
        r"\bit'?s not like (?:it'?s|you'?re|this is|they'?re) (?:the|a|an)\b",
        # The mock apology: sorry that the listener is not good enough, or such a nuisance.
        r"\bsorry,? (?:that )?(?:my \w+|i'?m|i am|i was|i)\b[^.?!]{0,30}\b(?:not|isn'?t|wasn'?t|aren'?t)\b[^.?!]{0,25}\benough\b|\bsorry\b[^.?!]{0,50}\b(?:inconvenien\w*|ordeal|burden for)",
        # Mock alarm: summoning the authorities, or asking to be punished, over something small.
        r"(?:^|[.!?,]\s*)(?:somebody |someone )?(?:call|ring|phone|alert|get) (?:the|in the) (?:army|police|cops|feds|fbi|guards|news|navy|fire brigade|coastguard|bbc)\b"
        r"|(?:^|[.!?,]\s*)(?:arrest|lock|jail|sue|report|hang|shoot) (?:me|her|him|them|us)(?: up)?\s*[.!]|\bof the century\b",
        # Mock reasoning: "Yeah, 'cause...", "Oh, so now I'm...", held up as the partner's logic.
        r"^\W*(?:oh,?\s+)?(?:right|sure|yeah|aye|yes),? (?:'cause|cause|cos|coz|because)\b|^\W*(?:oh|ah|right|great),? so now (?:i|i'?m|i have|i gotta|he|she|they|we)\b",
        # Mock pity: the hardship named as a grand ordeal in a fragment of its own ("2am, the
        # sacrifice.", "The things you suffer."), which a sincere reply would say to them.
        r"(?:^|[,.!?]\s*)the (?:sacrifices?|suffering|agony|injustice|torment|ordeal|hardship)\s*(?:[.!]|\W*$)|\bthe things (?:you|we|some people) (?:suffer|endure|go through)\s*[.!]",
        # Psychologising the partner instead of hearing them: a diagnosis handed down.
        r"\b(?:that'?s|this is|you'?re) (?:just |actually |really |all )?(?:your )?(?:projection|projecting)\b|\byour (?:attachment style|anxiety|trauma|insecurit(?:y|ies)|issues|baggage|stuff) (?:talking|speaking)\b|\bfor your therapist\b",
    )
    + _cues(
        "contempt",
        r"🙄",
        r"\b(?:you'?re|you are) (?:pathetic|disgusting|a joke|an idiot|stupid|useless)\b",
        # Their news waved off with a flat word and a change of subject: "cool. anyway, did you ring the plumber"
        r"^\W*(?:cool|nice|ok|okay|great|good|right|lovely|k)[.!,]*\s+anyway\b",
        strong=True,
    )
    + _cues(
        "defensiveness",
        r"\bi (?:already|only|just|always|even|literally) (?:did|do|said|asked|told|paid|cleaned|tried|went|came|bought|called|texted|work|waited|drove|sat|apologi[sz]ed)\b",
        r"\bi (?:did|tried|had to|was only|was just|have been)\b[^.?!]*[.!]\s*(?:and|so|what|you)\b",
        r"\bwhen (?:have|did) i (?:ever)?\b|\bdon'?t look at me\b|\bwhat (?:am|was) i (?:supposed|meant) to\b",
        r"\bdon'?t (?:make (?:me|it|this)|start (?:on|with) me|make this about)\b|\byou'?re acting like\b|\byou'?re making (?:it|this) (?:sound|out)\b",
        r"\b(?:and|but|well|besides|anyway),? you (?:never|always|didn'?t|did|bought|were|weren'?t|said|agreed|told)\b|\byou weren'?t exactly\b",
        r"\bit was (?:a joke|on sale|only|just|nothing|one time|once)\b|\bwe'?re just friends\b|\bit'?s not what you think\b",
        r"\bif you'?d (?:just|only|let me)\b|\bi'?ve only ever\b|\bwhy are you (?:asking|going through|looking|acting|making|bringing)\b",
        r"\bthat'?s not (?:true|fair|what happened|how it went)\b(?! (?:on|to|for) you)",
        r"\bnot my fault\b|\bit'?s not like i\b|\bi'?m not the (?:only|one)\b",
        r"\bwhat about (?:you|when you|your|me)\b",
        r"\b(?:you|u) (?:don't|never|didn't) \w+ (?:\w+ )?(?:either|yourself|too)\b",
        r"\bi work(?:ed)? too\b|\bi'?m tired too\b|\bi have (?:a )?(?:job|life|feelings) too\b",
        r"\bat least i\b",
        r"\b(?:only|just) trying to (?:help|be nice|make)\b",
        r"\bhow (?:was|am) i supposed to\b|\bhow would i know\b",
        r"\b(?:you|u) (?:didn't|never) (?:tell|ask|remind|mention)\b",
        r"\bi can'?t (?:do|say) anything right\b|\bnothing i do is\b|\bwhatever i do\b",
        r"\bso (?:it'?s|this is) (?:all )?my fault\b|\bblame me\b|\bi'?m (?:always |still )?the (?:bad guy|villain|monster|devil)\b",
        r"\bin my defen[cs]e\b|\bto be fair\b|\bfor the record\b",
        r"\b(?:you|u) (?:do|did) it too\b|\blike you'?re (?:perfect|any better)\b",
        r"\bi had (?:a|to|no (?:choice|time|option))\b|\bi was (?:busy|tired|working|stuck|exhausted)\b",
        # "I didn't know" is left out: "I didn't know you felt that lonely" is often validating.
        r"\bit wasn'?t (?:me|my)\b|\bi didn'?t (?:mean|do|say)\b",
        r"\bdon'?t (?:blame|put this on) me\b",
        # Counter-blame: the partner chose it, knew it, or is the real cause.
        r"\byou (?:agreed|chose|knew (?:that|this|what)|said yes|signed up|picked|wanted (?:this|it))\b|\byou'?re the one (?:who|that)\b",
        r"\bhow (?:was|am|were) i (?:meant|supposed) to\b|\bwhen (?:exactly )?(?:was|am|would) i (?:supposed|meant) to\b",
        r"\bi can'?t win\b|\bdamned if i do\b|\bwhat (?:else |more )?do you want (?:me|from me)\b|\bwhat (?:else|more) do you want\b|\bwhat else (?:am i|can i)\b",
        # "I've said sorry": the apology offered as a reason to stop hearing the hurt.
        r"\bi'?ve (?:already )?(?:said (?:sorry|i'?m sorry)|apologi[sz]ed|told you)\b|\bhow many (?:more )?times\b",
        # Whataboutism as a question: the partner's own conduct brought up in reply.
        r"^\W*(?:and |but |well |so )?what about (?:all|that|those|the time|last)\b",
        r"(?:^|[.!?]\s+)(?:and |but |so )?(?:didn'?t|don'?t|weren'?t|wasn'?t|haven'?t|aren'?t) (?:you|your \w+)\b[^.?!]*\b(?:last|when you|yesterday|week|month|year|time|too|either|yourself)\b[^.?!]*\?|\bdid (?:you|u) (?:tell|ask|check with|run it (?:by|past)) me\b",
        r"\bwhen was the last time (?:you|u)\b|(?:^|[.!?]\s+)like (?:you|u) (?:didn'?t|don'?t|never|haven'?t|weren'?t|wouldn'?t)\b",
        # Sulking withdrawal dressed as compliance: "Fine, I'll stop suggesting things then."
        r"\bi'?ll (?:just )?(?:stop|not bother|never|keep (?:quiet|my mouth shut)|leave (?:it|you)|shut up|stay out)\b[^.?!]*\bthen\b",
        r"\bnot (?:been )?(?:a picnic|easy|fun|a holiday|a party)\b[^.?!]*\b(?:either|too)\b|\b(?:here|for me) either\b",
        r"\bi didn'?t (?:force|make|ask|tell) you\b|\bit'?s not the same\b",
        r"\bi can'?t (?:stop|control|help|just switch|change) (?:her|him|them|it|that|how)\b",
        # Defending a third party instead of hearing the partner.
        r"\b(?:she|he|they)(?:'s|'re| is| are| was| were) (?:only|just) (?:trying|asking|being|doing|looking|worried)\b|\b(?:she|he|they) (?:means?|meant) well\b",
        r"\b(?:didn'?t|doesn'?t|don'?t) mean (?:it|anything)(?: by it)?\b|\bon purpose\b|\btaking (?:it|this|that) (?:too )?personally\b",
        r"\bi (?:haven'?t|never) (?:actually|even|said|done|did|meant|touched|asked)\b|\bbecause i (?:don'?t|didn'?t|wasn'?t|haven'?t|never)\b",
        r"\b(?:to|so (?:we|you) can) (?:pay|afford)\b|\bpays? for\b|\bwhich i (?:pay|do|did)\b",
        r"\bi was (?:only |just )?being (?:nice|a decent|polite|friendly|honest|helpful|kind)\b",
        r"\bi did (?:ask|tell|say|offer|try|call|text|mention|remind|warn)\b|\bi (?:told|warned) you\b",
        r"\bis this about me\b|\bwhy are you even\b|\bwhy is (?:it|this) (?:always )?my\b",
        r"\bi [^.?!]{0,30}\b(?:all the time|every (?:single )?(?:day|night|week|time))\b",
        # Fault and duty disowned, and the partner's own conduct pointed at.
        r"\bnever my fault\b|\bnot my (?:problem|job|responsibility)\b|"
        # their account corrected: "It's not even overdue yet", "it wasn't even ten minutes"
        r"^\W*(?:it|that)(?:'s| is| was) not even\b|^\W*(?:it|that) (?:isn'?t|wasn'?t|hasn'?t) even\b|"
        r"\b(?:check|look at|sort out|worry about|mind) your own\b|\bwhat could i (?:say|do)\?|"
        r"\byou can'?t (?:really )?blame (?:them|him|her)\b|\b(?:he'?s|she'?s|they'?re|he is|she is|they are) under "
        r"(?:a lot of |so much )?pressure\b|\bif (?:your|ur) (?:\w+ )?(?:friends|mates|mum|mom|family|sister|brother|parents)\b[^.?!]*\bi'?d\b|"
        r"\b(?:a federal case|such a big deal (?:out of|over)|a (?:big deal|whole thing|drama) out of)\b",
        r"\bi'?m not a mind ?reader\b|\byou could(?:'ve| have) (?:reminded|told|asked|said|mentioned|warned)\b",
        # Their knowledge held against them: "you knew what nights would be like when I took the job",
        # "the gauge is dodgy, as you well know"; or their complaint headed off: "before you start".
        r"\byou knew\b[^.?!]{0,50}\bwhen (?:i|we|you)\b|\bas you (?:well |very well |perfectly well )?know\b|\bbefore you start\b",
        # Their account of someone, or of the listener, disputed: "not as cold as you make out".
        r"\bas you make (?:out|it sound|(?:her|him|them|me) (?:out|sound))\b|\b(?:maybe|so) now (?:you'?ll|you can|you might) stop\b",
        # Their record held up as the same thing ("you gave me two days' notice. Same thing."),
        # their checking up ("have you been counting?"), the listener's lot ("guess I'll be seeing
        # even less of you").
        r"(?:^|[.!?]\s+)same (?:thing|difference)\s*[.!]*\s*$|\banyone would(?:'ve| have)\b|\b(?:that|it) was a joint decision\b|"
        r"\bi (?:don'?t|never) get a say\b|\bi only (?:thought|meant|wanted|asked|suggested)\b|\bdon'?t start (?:on|about|with)\b|"
        # their upset shrunk to a small thing: "Making pulao for fifty is not climbing Everest", "forty whole minutes"
        r"\b(?:is|it'?s|isn'?t|wasn'?t) not (?:exactly )?(?:climbing everest|rocket science|brain surgery|the end of the world|a crime)\b|"
        r"\b(?:\w+) whole (?:minutes|seconds|hours|days|pounds|quid|euros|dollars)\b|\bhave you been (?:checking|counting|tracking|spying|keeping "
        r"(?:count|tabs|score))\b|\bguess i'?ll (?:be |just )?(?:seeing|see|never|be alone|be on my own|do it|cook|manage)\b",
        r"\byou think (?:it'?s easy|i (?:want|like|enjoy|chose|planned))\b|\bi'?m the one who (?:should|got|has|had|does|did)\b",
        r"\byou'?re not the only one\b|\bmy \w+ too,? you know\b|\bafter what you\b",
        r"\bit'?s not (?:some|a) (?:statement|comment|reflection|judge?ment|sign)\b|\b(?:this|it) (?:isn'?t|is not|wasn'?t) about\b",
        r"\bif you (?:made|had|did|were|could|would|ever|just|stopped|actually|bothered|"
        r"weren'?t (?:always|so|such|constantly)|didn'?t (?:always|constantly|keep)|wouldn'?t (?:always|keep))\b"
        r"[^.?!]*\b(?:i|she|he|they|we) (?:wouldn'?t|would|could)\b",
        r"\byou(?:'re| are| do| did| were)\b[^.?!]{0,30}\b(?:too|as well|yourself)\s*[.!]",
        r"\bnothing (?:happened|to be \w+ about)\b|\bit'?s not that deep\b|\bwhy do you (?:even )?care\b",
        r"\byou'?re being (?:hard|unfair|harsh|mean|unreasonable)\b|\b(?:does|did) that to everyone\b",
        r"\b(?:she|he|they)(?:'s|'re| is| are) trying\b|\bknows? what (?:he'?s|she'?s|they'?re|i'?m) doing\b",
        r"\bi (?:don'?t|didn'?t) (?:choose|pick|ask for|plan)\b|\bshould i have\b|\bi (?:honestly )?wasn'?t (?:thinking|trying|being)\b",
        # Holding up an agreement, or someone else's conduct, as the answer to the complaint.
        r"(?:^|[.!?]\s+)\W*(?:(?:but|well|look|love|babe|hun),?\s+)?we (?:agreed|decided|said|sat down and decided|talked about this)\b"
        r"|^\W*(?:everyone|everybody|all the others|half the \w+|nobody else) (?:was|were|does|did|is|has|says|gets)\b(?![^.!?]*\b(?:you|your|u)\b)",
        r"\b(?:nobody|no one|no-one) (?:stopped|made|forced|asked|told) you\b|\bam i not (?:allowed|even allowed|permitted)\b",
        # The complaint answered by shrinking it: "It's one towel.", "that's all this is".
        r"^\W*(?:it'?s|it was|that'?s|that was) (?:one|a single|two|a couple of|a bit of|a few) \w+\s*[.!]*\s*$"
        r"|\bthat'?s all (?:this|it|that) (?:is|was)\b|\breading (?:tone|things|stuff|\w+) into\b|\badd it to the list\b",
        r"\bwhy (?:were|was) you (?:looking|going through|checking|reading|asking|in my)\b",
        # A flat denial of their account: "It hasn't been two months."
        r"^\W*(?:it|that) (?:hasn'?t|wasn'?t|isn'?t|hadn'?t) (?:been|even been|really been) (?:two|three|four|five|six|\d+|a|that|"
        r"as|so|all|every|the whole)\b",
        # Disputing their account of it: a correction or a charge of exaggeration, not a hearing.
        r"\b(?:stop|don'?t|quit) (?:exaggerating|exaggerate|being dramatic|rewriting|twisting)\b|\b(?:you'?re|ur|you are) (?:blowing|twisting|rewriting|reading (?:intent|a lot|too much|something))\b"
        r"|\b(?:that'?s|that is|it'?s) not (?:really |quite |exactly )?(?:true|accurate|an accurate|what i said|how it was)\b",
        # The non-apology: sorry for their reaction, not for anything done.
        r"\bsorry (?:you feel|you felt|that you feel|you took it|if you (?:feel|felt|took|were))\b(?:,? )?(?:that way|like that|offended|badly|it (?:that|the wrong) way)",
    )
    + _cues(
        # The cross-complaint in its plainest forms: the partner's own conduct thrown back as
        # the answer. Nothing else is meant by these words at the head of a reply.
        "defensiveness",
        r"\bsays the (?:person|one|man|woman|guy|girl|lady) (?:who|that|with)\b|\bif we'?re keeping score\b",
        r"^\W*(?:and |but |well |so )?what about (?:when you|the time you|all the times you)\b",
        r"^\W*(?:and |so )?like (?:you|u) (?:didn'?t|don'?t|never|haven'?t|weren'?t|wouldn'?t)\b[^.!]*\?",
        strong=True,
    )
    + _cues(
        "yes_but",
        r"\b(?:yes|yeah|ok|okay|sure|fine|i (?:hear|get|know|see|understand)(?: (?:you|that|it))?|fair|true|right),? but\b",
        r"\bi'?m sorry(?: (?:you feel|if|that)[^.,!?]*)?,? but\b",
    )
    + _cues(
        "criticism",
        rf"(?<!that )(?<!which )(?<!thing )\b{_YOU} (?:always\b(?! {_ALWAYS_PRAISE})|never\b(?! {_NEVER_PRAISE})|"
        r"constantly\b)(?! (?:asked|agreed|chose|wanted|deserved|signed up|got to|get to)\b)",
        r"\b(?:you|u)\b[^.?!]*\bfor (?:once|a change)\b",
        rf"\b{_YOURE} (?:so|such an?|always|too|just|being|really) (?!{_TRAIT_PRAISE})\w+",
        rf"\b{_YOURE} (?:selfish|lazy|impossible|crazy|insane|unbelievable|needy|controlling|childish|paranoid|dramatic|irrational|spoiled|ungrateful|clueless|useless|hopeless|obsessed|cold|heartless|mean|rude|petty|immature|a nag|a child|the problem)\b",
        r"\bwhat'?s wrong with you\b|\bwhat is wrong with you\b",
        r"\btypical\b|\bclassic you\b|\bthat'?s so you\b|\bthis is (?:so )?you\b",
        r"\bwhy (?:are|do) you (?:always|so|even)\b",
        r"\byou'?re the (?:kind|type) of\b|\bthe problem (?:is|with) you\b|\bthat'?s your problem\b",
        rf"\b{_YOU} (?:can'?t|never) (?:just|ever)\b",
        # Not when the listener says it of themselves: "I've been selfish with it" owns a fault.
        r"(?<!i've been )(?<!i have been )(?<!i was )(?<!i'm )(?<!i am )(?<!i was being )(?<!i've been so )(?<!i was so )"
        r"\b(?:selfish|lazy|ungrateful|immature|nag(?:ging)?)\b",
    )
    + _cues(
        "criticism",
        r"\bwhat'?s wrong with you\b",
        strong=True,
    )
    + _cues(
        "stonewalling",
        r"\b(?:i'?m|i am) (?:not doing|done with|not having|not getting into|not discussing|not talking about) (?:this|that|it)\b",
        r"\b(?:i'?m|i am) (?:done|out|leaving|going (?:out|to bed|for a (?:walk|drive)))\b",
        r"\b(?:leave|let) (?:me|it) (?:alone|be|go)\b",
        r"\bcan we not\b|\bnot (?:now|tonight|again|today)\b",
        r"\bi don'?t (?:want|have (?:time|the energy)) to (?:talk|discuss|hear|get into|deal|do this)\b",
        r"\bdrop it\b|\bforget (?:it|i said)\b|\bnever ?mind\b",
        r"\b(?:end of|no more) (?:discussion|story|conversation)\b|\bconversation'?s over\b|\bwe'?re done\b",
        r"\bnothing to (?:say|talk about)\b|\bno comment\b",
        r"\*(?:walks|leaves|turns|puts|shrugs|silence)[^*]*\*|\(silence\)|\.\.\.$",
        r"\bi'?m (?:going|heading) to (?:bed|sleep|work)\b",
        r"\b(?:talk|deal with (?:it|this)) later\b",
        r"\bi can'?t (?:do|deal with) this (?:right )?now\b",
        r"\b(?:sort|figure|work) (?:it|that|this) out (?:\w+ )?(?:yourself|on your own)\b",
    )
    + _cues(
        "stonewalling",
        r"\A\s*(?:whatever|fine|ok|okay|k|sure|mhm|mm+|yep|yup|cool|noted|right|shrug)\s*[.!]*\s*\Z",
        r"\A\s*whatever\b",
        strong=True,
    )
    + _cues(
        "advice",
        rf"\b{_YOU} (?:should|could|need to|have to|ought to|might want to|must|gotta|got to)\b",
        r"\bwhy don'?t (?:you|we)\b|\bhave you (?:tried|thought about|considered)\b|\bhow about (?:you|we|trying)\b",
        r"\b(?:just|simply) (?:tell|ask|ignore|let|talk|say|go|do|stop|relax|breathe|put|leave|block|text|call|make|take|get)\b",
        r"\bmaybe (?:you|try|just|we should|we could)\b|\btry (?:to|not|\w+ing)\b",
        r"\bwhat you (?:need|should do|have to do)\b|\bthe (?:trick|key|answer|solution|fix) is\b",
        r"\bnext time\b|\bif i were you\b|\bi'?d (?:just|suggest|recommend)\b|\bi (?:suggest|recommend)\b",
        r"\b(?:make|set up|write) a (?:list|schedule|chart|rota|budget|plan)\b|\blet'?s (?:just )?(?:make|set|get|figure)\b",
        r"\bit (?:might|would|could) help (?:to|if)\b|\byou (?:can|could) always\b",
    )
    + _cues(
        "minimising",
        r"\b(?:it'?s|that'?s|this is|it is|that is) (?:not|no) (?:a |that )?(?:big|huge) deal\b|\bno big deal\b",
        r"\b(?:it'?s|that'?s|it was|they'?re) (?:just|only) (?:a|the|some)?\s*\w+",
        r"\bnot (?:that|so) bad\b|\bcould be worse\b|\bnot the end of the world\b",
        r"\bat least\b(?! i\b)",
        r"\bdon'?t (?:worry|stress|be (?:sad|upset|mad|so)|cry|take it (?:so )?personally|overthink)\b",
        r"\b(?:calm|settle) down\b|\brelax\b|\bchill\b|\blighten up\b|\bcheer up\b",
        r"\byou'?ll (?:get over|be fine|feel better|survive|forget)\b|\bit'?ll (?:pass|blow over|be fine)\b",
        r"\beveryone (?:has|goes|feels|deals|does)\b|\bit happens\b|\bhappens to everyone\b",
        r"\bit was (?:years|ages|months|forever) ago\b|\blet it go\b|\bmove on\b|\bget over it\b",
        r"\bmaking (?:a )?(?:big )?(?:deal|mountain|fuss)\b|\bout of proportion\b|\breading (?:too much|into)\b",
        r"\bi'?m sure (?:it'?s|it was|she|he|they) (?:fine|nothing)\b|\bit'?s (?:nothing|fine)\b",
    )
    + _cues(
        "labelling",
        r"\bover ?react(?:ing|ion)?\b|\btoo sensitive\b|\b(?:so|being|too) (?:dramatic|sensitive|emotional|needy|paranoid)\b",
        r"\bhysterical\b|\birrational\b|\bcrazy\b|\binsane\b|\bparanoid\b",
    )
    + _cues(
        "overriding",
        r"\byou'?re not (?:going|quitting|taking|doing|moving|leaving)\b|\byou can'?t (?:quit|go|leave|take|move)\b",
        r"\bi won'?t let you\b|\bi'?m not letting you\b|\bwe'?re not (?:going|doing|moving|having)\b",
        r"\babsolutely not\b|\bout of the question\b|\bover my dead body\b|\bnot happening\b",
        r"\bif you (?:do|go|quit|take|leave|move)\b[^.?!]*\b(?:i'?m|i will|i'll|then|don'?t)\b",
        r"\beither (?:you|we)\b[^.?!]*\bor\b",
        r"\bthat'?s a (?:bad|terrible|stupid|dumb|crazy) idea\b|\bbe realistic\b|\bpipe ?dream\b|\bget real\b",
        r"\byou need to (?:stop|quit|drop|give up|cut)\b|\bforget about (?:it|that)\b",
        r"\bwe can'?t afford\b|\bnot (?:an|a real) option\b",
    )
    + _cues(
        "curiosity",
        # Not the rhetorical ones: "what about your...?", "what more do you want?".
        r"\b(?:what|how|which|when)\b(?! about\b| (?:more|else) do you want\b| was the last time\b| am i (?:supposed|meant)\b)[^.!?]*\?",
        r"\btell me (?:more|about|what|how)\b|\bsay more\b|\bi want to (?:hear|understand|know)\b|\bhelp me understand\b",
        r"\bwalk me through\b|\bcan you tell me\b|\bi'?m (?:listening|here|all ears)\b|\bgo on\b|\bkeep going\b",
        r"\bi'?d (?:love|like) to (?:hear|know|understand)\b|\bwhat'?s (?:that|it) (?:like|been like)\b",
        r"\bdo you want to talk\b|\bwant to tell me\b",
    )
    + _cues(
        "empathy",
        r"\b(?:sounds|sounded)\b|\bmust (?:have )?(?:been|be|feel|felt)\b|\bi can (?:see|hear|imagine|tell)\b",
        r"\bmakes (?:so much |complete |total )?sense\b|\bof course (?:you|that|it)\b|\bno wonder\b",
        r"\bi'?d feel\b|\bi (?:get|understand|see) why\b|\bi'?m (?:so )?sorry (?:that|you|it)\b",
        r"\bthat'?s (?:a lot|so much|really hard|hard|heavy|painful)\b|\bi hear (?:you|how|that)\b",
        r"\byou'?re (?:feeling|hurting|worried|scared|exhausted|tired|upset|sad|lonely|overwhelmed|frustrated|angry)\b",
        r"\byou felt\b|\byou feel\b|\bfeeling\b",
    )
    + _cues(
        "self_focus",
        r"\bi feel (?:like i'?m|so bad|terrible|awful|attacked|like a)\b|\bwhat about me\b|\bhow do you think i feel\b",
        r"\bi had a (?:rough|long|hard|bad|terrible) day too\b|\bmy day\b|\bthis is hard for me\b|\bi'?m the one who\b",
        r"\bi'?m (?:a terrible|the worst|such a bad)\b",
    )
    + _cues(
        "ownership",
        # Owning one's part without a "but": what separates a validating "I" from a defensive one.
        r"\bi(?:'?m| am| (?:really|truly|genuinely) am)(?: (?:so|really|truly|very|deeply|genuinely))* sorry\b"
        r"(?! if| you feel| (?:that )?my\b| for (?:existing|breathing|living|caring|having)\b)(?![^.!?]*\bbut\b)",
        # "Sorry." or "oh, sorry love." opening the reply as a sentence of its own: a "Sorry" that
        # runs on ("Sorry my job is so inconvenient for you"), or one dropped mid-reply ("a
        # temperature. so sorry. shall I drop everything again?"), is as often a sarcastic one.
        r"^\W*(?:(?!well\b)[a-z]+,?\s+)?(?:so |really |very )?sorry(?: (?!for\b|if\b|but\b|not\b)[a-z]+)?\s*(?:[.!]++|\bx+\b|❤️?|💔|😢|😔|🫶|$)(?!\s*but\b)",
        r"\byou'?re (?:right|not wrong)\b(?![^.!?]*\bbut\b)|\bthat'?s on me\b|(?<!not )(?<!never )\bmy fault\b",
        # The act admitted in their terms: "I did snap.", "You did ask, and I didn't do it.", "that's not on".
        r"^\W*(?:yeah,?\s+|yes,?\s+|you'?re right,?\s+)?i did (?:snap|shout|yell|forget|say (?:it|that)|leave|go on|ignore)\b[^.!?]*[.!]"
        r"|\byou did (?:ask|tell me|say|remind me)\b,? and i (?:didn'?t|forgot|still)\b|\b(?:that'?s|that was|that wasn'?t) (?:not )?on\b(?=\s*[.!,])",
        r"\bi should(?:'ve| have| not have)\b|\bi shouldn'?t have\b|\bi (?:messed|screwed|mucked) (?:it |that |this )?up\b",
        r"\b(?:that|it) (?:wasn'?t|was not|isn'?t|is not) (?:right|fair|ok|okay|kind|nice) of me\b",
        # "Yeah, I was. That's rubbish of me.": the act admitted, then judged as theirs to own.
        r"\b(?:that'?s|that was|it was) (?:so |really |pretty )?(?:rubbish|bad|crap|awful|terrible|shit|poor|thoughtless|"
        r"selfish|rude|out of order|unfair|lousy) of me\b|^\W*(?:yeah|yes|yep|yup),?\s+i (?:was|did|have|am)\s*[.!]|"
        # the fault named in one's own words: "I was short with her", "I was a prick about it"
        r"(?<!said )(?<!think )(?<!thinks )(?<!because )\bi was (?:being )?(?:a bit |really |too |so |pretty |quite )?(?:short|rude|"
        r"harsh|sharp|snappy|out of order|unfair|mean|horrible|cold|dismissive|a dick|an idiot|an arse|a jerk|a prick)\b"
        r"(?! to (?:be|say))",
        r"\bi got (?:it|that|this) wrong\b|\bi own (?:that|it)\b|\bi let you down\b|\bi (?:wasn'?t|was not) there\b|"
        r"\bi (?:totally |completely )?(?:mixed (?:them|it|that|those) up|got (?:them|those) (?:mixed|muddled) up|dropped the ball)\b",
        r"\b(?:that'?s|it'?s|that was|it was|it's been) (?:not|never|hardly) (?:been )?fair (?:on|to) you\b|\bi'?ve been (?:selfish|unfair|distant|rubbish|useless|careless|thoughtless|a \w+)\b",
        # A reason given and then set aside by the speaker ("work swallowed me, but that's no
        # excuse"): the explanation stops being a defence once its owner says it does not count.
        r"\bno (?:real |good )?excuses?\b(?! for (?:you|u|your|ur)\b)"
        r"|\b(?:isn'?t|is not|wasn'?t|not) (?:a )?(?:good enough|real|proper) (?:reason|excuse)\b"
        r"|\b(?:that'?s|that is|but that'?s) not the point\b|\bthat'?s (?:mine|my (?:thing|problem|stuff)) to\b"
        # The listener's verdict on their own act: "that was cowardly of me", "it's all on me".
        r"|\b(?:so |really |pretty |a bit |very )?(?:wrong|unfair|unkind|cowardly|selfish|thoughtless|careless|rude|mean|harsh|cruel|lazy|out of order) of me\b"
        r"|\b(?:that|it) was (?:a |such a |a really |a pretty )?(?:crap|bad|shitty|rubbish|low|selfish|cowardly|lousy|horrible|awful) (?:move|thing to do)\b|\b(?:it'?s|that'?s|this is|this one'?s) (?:all )?on me\b",
    )
    + _cues(
        "warmth",
        # Endearments, hugs and hearts: texting-style care that carries no feeling word, and
        # whose "ugh" or "wow" is rueful rather than a sneer.
        # Only after "oh": a bare "babe," or "darling," opens condescension about as often.
        r"(?:^|[,.!]\s*)oh,? (?:my )?(?:babe|baby|love|sweetheart|sweetie|hun|honey|darling)\b",
        r"[❤♥💔💕💗🫂🤗🖤🤍💜💙💚💛🧡🥹😢]|<3|\bhugs?\b|\bcome (?:here|home|sit with me)\b|(?:^|\s)xx?\s*$",
        # Love said back, help offered, and a check on how they are: "love you too", "want me to
        # come to the next appointment?", "you ok?"
        r"\blove (?:you|u)(?: too| so much| loads| lots)?\b|\b(?:want|shall|should) (?:me to|i) (?:come|help|bring|pick|drive|"
        r"sit|ring|call)\b|\b(?:you|u) (?:ok|okay|alright|all right)\s*\?",
        r"\bi'?m (?:here|with you)\b(?!,? (?:aren'?t i|you know))|\bwish i (?:could|was|were)\b",
        # Being touched by what they said: "that means a lot", "thank you, love".
        r"\b(?:that|it|this|you) means? (?:so much|a lot|the world|everything)\b|\bthank (?:you|u)\b(?! for (?:nothing|your input))",
    )
    + _cues(
        "subject_change",
        r"\banyway\b|\bby the way\b|\bspeaking of\b|\bchanging the subject\b|\bon another note\b",
        r"\bdid you see\b|\bwhat'?s for dinner\b|\bwhat do you want (?:to eat|for dinner)\b|\bhave you seen my\b",
    )
)


def find_cues(reply: str) -> list[CueHit]:
    hits: list[CueHit] = []
    for cue in CUES:
        for match in cue.pattern.finditer(reply):
            text = match.group(0).strip().strip(",;:").strip()
            if text:
                hits.append(CueHit(cue.group, text, match.start(), match.end(), cue.strong))
    return hits


def question_count(reply: str) -> int:
    return reply.count("?")


def count_but(reply: str) -> int:
    return len(re.findall(r"\bbut\b", reply, re.IGNORECASE))
