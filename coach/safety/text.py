"""Text preparation for the safety rules: one spelling for each contraction, idioms made literal.

People write "im", "dont", "u" and "gonna" as often as the full forms, so the rules would need
every variant; normalising first keeps each rule to one spelling. Idioms of violence and death
("this commute is killing me", "shoot me a text") are ordinary talk, so they are rewritten to
what they mean before any rule looks for violence or self-harm.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})

# Whole words only; "ill", "id", "wont" and "were" are real words and are left alone.
_TOKENS = {
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "arent": "aren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "youre": "you're",
    "youll": "you'll",
    "youd": "you'd",
    "youve": "you've",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "theyll": "they'll",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "itll": "it'll",
    "u": "you",
    "ya": "you",
    "ur": "your",
    "gonna": "going to",
    "gunna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "wifey": "wife",
    "mom": "mum",
    "mommy": "mummy",
    "momma": "mum",
    "mam": "mum",
    "mother": "mum",
    "yrs": "years",
    "yr": "year",
    "pics": "pictures",
    "pic": "picture",
    "meds": "medication",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unalived": "killed",
}
_TOKEN_RE = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, _TOKENS)) + r")(?![\w'])")

_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
}  # fmt: skip
_AGE_WORD_RE = re.compile(r"\b(" + "|".join(_NUMBERS) + r")(?=[- ]?(?:years?|year old)\b)")

_FULL_FORMS = [
    (r"\bi am\b", "i'm"),
    (r"\b(he|she|it|that|what|there) is\b", r"\1's"),
    (r"\b(you|they|we) are\b", r"\1're"),
    (r"\b(i|you|he|she|they|we|it) will\b", r"\1'll"),
    (r"\b(i|you|he|she|they|we) would\b", r"\1'd"),
    (r"\bcan ?not\b", "can't"),
    (r"\bwill not\b", "won't"),
    (r"\b(do|does|did|is|was|were|are|has|have|had|would|could|should) not\b", r"\1n't"),
    (r"\b(\d{1,2}) ?(?:-| )?(?:years?|yrs?)(?:-| )?old(s)?\b", r"\1 year old\2"),
    (r"\b(\d{1,2})(?:yo|y/o|yro)\b", r"\1 year old"),
    (r"&", " and "),
    (r"\bself(?:-| )?harm", "self-harm"),
    (r"\bno-one\b", "no one"),
]
_FULL_FORM_RES = [(re.compile(p), r) for p, r in _FULL_FORMS]
_SPACES = re.compile(r"[ \t\r\f\v]+")


def normalise(text: str) -> str:
    """Lower-case with one spelling per contraction, straight quotes and single spaces."""
    out = text.translate(_APOSTROPHES).lower()
    out = _TOKEN_RE.sub(lambda m: _TOKENS[m.group(1)], out)
    out = _AGE_WORD_RE.sub(lambda m: _NUMBERS[m.group(1)], out)
    for pattern, replacement in _FULL_FORM_RES:
        out = pattern.sub(replacement, out)
    return _SPACES.sub(" ", out).strip()


# ---- Idioms ------------------------------------------------------------------------------------

_PEOPLE = (
    r"(?:you|him|her|them|whoever|someone|somebody|everyone|everybody|the (?:lot of )?(?:them|you)|"
    r"the (?:person|guy|idiot|man|woman|people|one|next person|neighbours?|builders?)\b[^.!?]{0,30}?)"
)
_FOOD = (
    r"(?:pizza|burger|curry|kebab|pint|beer|takeaway|chippy|cake|steak|sandwich|coffee|brew|cuppa|"
    r"bacon sandwich|fry[- ]up|chinese|indian|doughnut|donut|pasta|roast|drink|glass of wine|"
    r"bottle of wine|biscuit|packet|bag of crisps|tub|whole \w+|full english)"
)
_ADVERBS = r"(?:(?:happily|cheerfully|honestly|genuinely|literally|actually|just|so|seriously|totally) )*"
_HARM_VERBS = (
    r"(?:kill|killed|murder|murdered|strangle|strangled|throttle|throttled|slap|slapped|punch|"
    r"punched|smack|smacked|thump|thumped|shake|shook|wring|wrung|kick|kicked|end|ended|deck|decked|"
    r"shoot|shot|stab|stabbed|hit|brain|brained|clobber|clobbered|swing for|swung for|lamp|lamped)"
)
_FOOD_ADJECTIVES = r"(?:(?:big|massive|huge|large|whole|greasy|cold|nice|proper|good|full|hot) )*"

# Each idiom becomes a literal paraphrase that no safety rule matches. Order matters: the
# longer, more specific phrases come first.
_IDIOMS: list[tuple[str, str]] = [
    # things, not people, as what is hit, shot or killed for
    (
        r"\b(?:die|kill|murder) for (?:my|your|his|her|their|our) (?:\w+ )?(?:recipe|cooking|lasagne|"
        r"curry|roast|cake|baking|hair|skin|legs|figure|job|car|house|garden|wardrobe|shoes|metabolism|"
        r"patience|confidence|energy|brain|memory|voice)\b",
        "would love",
    ),
    (
        r"\b(?:shot|shoots|shooting|shoot) (?:me |him |her |us |them )?(?:a look|daggers|a glare|a dirty "
        r"look|evils|the evils|a filthy look|a side-?eye)\b",
        "glared",
    ),
    (
        r"\b(?:hit|hits|hitting) (?:me|us|him|her|them) with (?:a |another |his |her |their |more |the |"
        r"one of (?:his|her|their) )?(?:\w+ )?(?:jokes?|puns?|questions?|facts?|news|bill|truth|reality|"
        r"request|guilt trip|sob story|lecture|speech|quotes?|memes?|stats|one-?liners?|comebacks?)\b",
        "told me",
    ),
    (
        r"\bslap(?:s|ped|ping)? (?:a|an|the) (?:ticket|fine|sticker|label|price|tax|charge|parking "
        r"ticket|penalty|clamp)\b",
        "put a",
    ),
    # laughter and embarrassment
    (
        r"\b(?:kill|killing|killed|wet|wetting|peed|pee|piss|pissed|pissing) (?:myself|ourselves|"
        r"himself|herself) (?:laughing|with laughter|laughin)\b",
        "laughed a lot",
    ),
    (r"\blaugh(?:ed|ing)? (?:myself|ourselves|himself|herself) (?:to death|silly|sick)\b", "laughed a lot"),
    (
        r"\b(?:died|dying|dead|die) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|"
        r"cringe|boredom|heat|hunger|thirst|curiosity|jealousy|envy|excitement|cuteness|the heat)\b",
        "very embarrassed",
    ),
    (
        r"\b(?:i'm|i was|i'm literally|i'm actually|literally|i'm so|we're|i'm deceased) (?:so |actually |literally )?"
        r"(?:(?:dead|dying|deceased)\b(?=\W*(?:$|\.|!|lol|lmao|haha|😂|🤣|💀|at|,|omg|that|this|the))|"
        # Tears are laughter only when the laugh is said: "i was crying." is crying.
        r"crying\b(?=\W*(?:lol|lmao|haha|😂|🤣|💀|at (?:this|that|the|how)|omg)))",
        "laughing",
    ),
    (
        r"\b(?:i could|i want to|i wanted to|i just want to|i'd like to)(?: just)? (?:die|crawl into a hole and die|"
        r"sink into the floor)\b(?=[^.!?]{0,40}(?:embarrass|cringe|mortif|shame|ashamed|awkward|lol|haha|😂|🤣|"
        # "ugh I want to die, I just called my teacher 'mum'"
        r"in front of|called (?:my|the|a|our) \w+ ['\"]?(?:mum|mom|mummy|dad|daddy)))",
        "was very embarrassed",
    ),
    (
        r"(?:embarrass|cringe|mortif|awkward)[^.!?]{0,40}\b(?:i could|i want to|i wanted to|wanted to|want to)"
        r"(?: just)? die\b",
        "was very embarrassed",
    ),
    (r"\bdying to\b", "eager to"),
    (r"\bto die for\b", "wonderful"),
    (r"\b(?:bored|scared|frightened|worried|sick|tired|freezing|starving) to death\b", "very upset"),
    (r"\bdead on my feet\b", "exhausted"),
    (r"\bdead tired\b", "exhausted"),
    (r"\bdead (?:meat|man walking)\b", "in trouble"),
    (r"\byou're so dead\b", "you're in trouble"),
    (r"\b(?:will|'ll|going to|is going to|are going to) be the death of me\b", "exasperates me"),
    (r"\bthe death of me\b", "exasperating"),
    (r"\bover my dead body\b", "absolutely not"),
    (r"\b(?:is|are|'s|'re) dead to me\b", "is not someone i speak to"),
    (r"\bwouldn't be caught dead\b", "would never be seen"),
    (r"\bdrop dead gorgeous\b", "gorgeous"),
    # "X is killing me": pain, a commute, a headache, a partner's snoring
    (
        r"\b(?:is|are|was|were|'s|'re|keeps|kept) (?:\w+ )?killing (?:me|us|him|her|them)\b"
        r"(?! (?:slowly|with (?:his|her) (?:hands|fists)|in my sleep))",
        "is wearing me out",
    ),
    (r"\b(?:it|this|that|these|those|they) (?:\w+ )?kills? me\b", "it gets to me"),
    # work or worry "eating me alive"; and away for a stretch of the calendar, not gone for good
    (
        r"\b(?:is|are|was|were|'s|'re|keeps|kept) (?:\w+ )?eating (?:me|us|him|her|them) alive\b",
        "is wearing me out",
    ),
    (
        r"\b(?:won't|will not|wont|not going to|not gonna) be around (?:much )?(?:this|next|for the next|for a "
        r"few|for the rest of the) (?:week|weekend|month|fortnight|few (?:days|weeks)|term|quarter)\b",
        "will be busy for a while",
    ),
    (
        r"\bkilling (?:me|us)\b(?=[^.!?]{0,30}(?:lol|haha|😂|🤣|with (?:the|these|those|your|his|her)))",
        "wearing me out",
    ),
    (
        r"\bkill(?:ing|ed)? (?:it|time|two birds|the (?:lights|engine|mood|vibe|music|game|competition))\b",
        "did it",
    ),
    (r"\bmy (?:\w+ )?(?:are|is) killing me\b", "is sore"),
    # "my boss/mum/wife is going to kill me (when she finds out)"
    (
        r"\b(?:going to|will|'ll|is going to|gonna) (?:literally |actually |absolutely |so )?(?:kill|murder|"
        r"strangle|skin|crucify|slaughter) me\b(?=[^.!?]{0,40}\b(?:when|if|once|for|after) (?:he|she|they|"
        r"my \w+|i|we|it|the)\b)(?![^.!?]{0,40}\b(?:leave|left|tell|told|report|police|go to|try to leave))",
        "will be annoyed with me",
    ),
    (
        r"\b(?:my|our|the|his|her) (?:boss|manager|mum|dad|mother|father|teacher|coach|landlord|sister|"
        r"brother|nan|gran|grandma|granny|grandad|mother-in-law|father-in-law|in-laws|parents|family|"
        r"trainer|accountant|editor|tutor|lecturer|supervisor|team|mate|mates|friend|friends|bestie)"
        r"(?: \w+)?(?: is| are|'s|'re| will|'ll| would|'d| is going to| are going to) (?:literally |actually |"
        r"absolutely |so )?(?:going to )?(?:kill|murder|strangle|skin|crucify|slaughter|end|shoot) me\b",
        "will be annoyed with me",
    ),
    # Hugs and kisses that smother: "she smothered me in kisses when I got home"
    (
        r"\bsmother(?:ed|s|ing)? (?:me|him|her|them|us) (?:in|with) (?:kisses|cuddles|hugs|love|attention)\b",
        "covered me in kisses",
    ),
    # Despair at one more of something dull: "if I have to hear one more golf story I'll walk into the sea"
    (
        r"\b(?:one more|another)\b[^.!?]{0,60}?\b(?:i'll|he'll|she'll|i will|he will|she will|i'm going to|"
        r"i'd) walk into the sea\b",
        "one more and someone will leave the room",
    ),
    # "I could kill you for eating my leftovers", "I'll murder whoever parked there"
    (
        r"\bi(?: could|'d| might| would| could have|'d have| could've| nearly| almost) "
        + _ADVERBS
        + _HARM_VERBS
        + " "
        + _PEOPLE
        + r"(?:'s (?:neck|throat))?(?= (?:for|when|sometimes|right now|at times|over|with|"
        r"because|if|some days)\b|\W*$|\s*[.!?,]|\s*(?:lol|haha|😂|🤣))",
        "am annoyed with someone",
    ),
    (
        r"\bi(?: will|'ll|'m going to| want to| wanted to|'m about to) "
        + _ADVERBS
        + _HARM_VERBS
        + " "
        + _PEOPLE
        + r"(?= (?:for (?:eating|finishing|drinking|taking|using|stealing|hogging|spoiling|"
        r"telling|forgetting|leaving|breaking|losing|making|being so|that|this|those|these|the|my)|"
        r"if (?:you|he|she|they) (?:eat|ate|finish|touch|drink|spoil|hog|forget|snore|sing|wake|laugh|"
        r"tickle|use|steal|take my (?:last|food|chips|seat|spot)|leave (?:the|your|wet|dirty|another)|"
        r"keep (?:doing|singing|humming|clicking|tapping|snoring|saying))|lol|haha)\b|\s*(?:😂|🤣|😘))",
        "am annoyed with someone",
    ),
    (
        r"\bif you (?:eat|ate|finish|drink|spoil|hog|forget|borrow|use up|wake me|laugh|touch my "
        r"(?:food|chips|chocolate|stuff|cake|phone|plants)|take my (?:last|food|chips|seat|spot)|steal my "
        r"(?:chips|food|fries|hoodie|seat)|move my|tell (?:me|anyone) the (?:ending|score|result)|are late|"
        r"'re late|keep (?:singing|humming|clicking|tapping|snoring))\b[^.!?]{0,40}\bi'?ll (?:\w+ )?"
        r"(?:kill|murder|strangle|throttle|end) you\b",
        "i will be annoyed",
    ),
    (
        r"\bthe last (?:biscuit|slice|piece|cookie|chocolate|beer|crisp|chip|yoghurt|bit of cake|"
        r"doughnut|donut|roll|sausage|roast potato)\b[^.!?]{0,40}\bi'?ll (?:\w+ )?(?:kill|murder|"
        r"strangle|end) you\b",
        "i will be annoyed",
    ),
    (
        # a refusal said as a vow: "I'd slit my own throat before I signed that"
        r"\bi(?:'d| would) (?:rather )?(?:slit my (?:own )?throat|kill myself|shoot myself|jump off a bridge|die) "
        r"(?:before|than) (?:i |we )?(?:took|take|sign|signed|agree|agreed|accept|accepted|vote|voted|pay|paid|"
        r"wear|eat|work for|sell|buy)\b",
        "would refuse",
    ),
    (
        r"\b(?:kill|killing|break|breaking|hurt|hurting) (?:myself|my neck|himself|herself|my ankle) "
        r"(?:on (?:these|those|the|this|that) (?:stairs|steps|ice|heels|bike|skates|scooter|ladder|"
        r"trampoline|floor|rug|toys?|lego)|tripping over|falling (?:down|off|over))\b",
        "fall over",
    ),
    (
        r"\bi'?m (?:so )?(?:mad|angry|furious|annoyed|livid|fuming|irritated|cross) (?:that )?i could "
        r"(?:kill|murder|strangle|throttle|punch|scream|hit|slap)\b",
        "am very angry",
    ),
    (
        r"\b(?:going to|want to|wanted to|could|will|'ll) (?:strangle|throttle|murder|kill|shoot|punch|"
        r"slap|stab|end) (?:whoever|the (?:person|guy|idiot|genius|one|people|man|woman|bloke) (?:who|that)|"
        r"someone who|whoever's)\b",
        "am annoyed with whoever",
    ),
    (
        r"\b(?:or )?i'll (?:end|kill|murder|strangle|throttle) (?:you|him|her)\b(?=[^.!?]{0,20}"
        r"(?:lol|haha|😂|🤣|😘|jk|x\b|xx))",
        "or i'll tease you",
    ),
    (r"\bi'll end you\b", "i'll tease you"),
    (r"\b(?:stop|quit) (?:tickling|teasing|poking|tormenting) me(?:,)? or i'll \w+ you\b", "stop teasing me"),
    (
        r"\b(?:murder|murdering|kill|killing|demolish|destroy|destroying|smash|smashing|devour|inhale|murdered|"
        r"destroyed|smashed|killed) (?:a|an|the|some|this|that|my|our|another|two|three) "
        + _FOOD_ADJECTIVES
        + _FOOD
        + r"s?\b",
        "eat a meal",
    ),
    (
        r"\b(?:traffic|the traffic|the queue|the commute|the journey|the drive|the roads?|the tube|the "
        r"train|it|work|the gym|the class|the session|that (?:class|session|run|workout)) (?:was|is|has "
        r"been|'s been) (?:absolute |total |sheer )?murder\b",
        "was hard",
    ),
    (
        r"\b(?:murdered|killed|destroyed|wrecked) my (?:legs|arms|back|abs|feet|calves|knees|thighs|glutes|"
        r"shoulders|core|lungs)\b",
        "tired my legs",
    ),
    (
        r"\b(?:could|would|might) (?:literally |actually )?kill (?:a man|a horse|an elephant|someone|"
        r"somebody|anyone|anybody|you|us)\b(?=[^.!?]{0,40}(?:lol|haha|😂|🤣|cooking|food|smell|"
        r"fridge|curry|chilli|socks|feet|breath|driving)|\W*$)",
        "is awful",
    ),
    (
        r"\b(?:die|kill|murder) for (?:a|an|some|another|one more|the|that|a decent|a cold|a hot) "
        r"(?:\w+ )?(?:pizza|burger|curry|kebab|pint|beer|coffee|holiday|nap|sleep|lie-in|cake|drink|"
        r"wine|glass|cuppa|tea|takeaway|bath|break|day off|week off|massage|chocolate|biscuit|"
        r"sandwich|chippy|roast|bacon|steak|fry-up|shower|beach|sun|job like|car like|\w+)\b",
        "would love",
    ),
    (
        r"\b(?:murder|murdered|murdering|kill|killed|killing) (?:that|the|a|this|every|our) (?:song|tune|"
        r"track|cover|karaoke|high note|solo|dance|dance floor|routine|performance|joke|punchline)\b",
        "did badly at it",
    ),
    (r"\b(?:matter of )?life (?:or|and) death\b", "very important"),
    (
        r"\b(?:bit|bites|bite|biting|bitten|chewed|chews|chewing) (?:my|his|her|their|your|our) "
        r"(?:lip|lips|tongue|nails|fingernails|cheek)\b",
        "paused",
    ),
    (r"\b(?:like )?bang(?:ing)? (?:my|your|our|his|her) heads? against a (?:brick )?wall\b", "frustrating"),
    (
        r"\b(?:nearly|almost|practically) (?:killed|kill|broke|break) (?:myself|himself|herself|my neck|"
        r"his neck|her neck)\b(?=[^.!?]{0,30}\b(?:tripping|falling|fell|slipping|slipped|on the|on his|on "
        r"her|on my|over|running|cycling|laughing|lifting|carrying|skiing|skating|in heels|down the stairs)\b)",
        "nearly fell",
    ),
    (
        r"\b(?:the |my |our |his |her )?(?:toddler|baby|little one|\d year old|two year old|three year old|"
        r"1 year old|2 year old|3 year old) (?:\w+ )?(?:hits|bites|kicks|scratches|pinches|headbutts|"
        r"slaps|smacks|hit|bit|kicked|scratched|pinched|headbutted|slapped|pulls (?:my|our) hair) "
        r"(?:me|us|him|her|my \w+|his \w+|her \w+)\b",
        "the little one has tantrums",
    ),
    (
        r"\b(?:slap|slapped|slaps|slapping) (?:a|the|some|on a|on the) (?:\w+ )?(?:ticket|fine|sticker|label|"
        r"coat of paint|price|smile|plaster|filter|charge|fee|tax|ban)\b",
        "put on",
    ),
    (r"\bpush(?:es|ed|ing)? (?:my|his|her|your|all my|all his|all her) buttons\b", "annoys me"),
    (
        r"\b(?:he|she|they|he's|she's)(?:'s| is| are|'re|'ll| will)? (?:going to |gonna )?(?:kill|murder) "
        r"me for (?:telling|saying|sharing|showing|posting|this|letting)\b",
        "will be annoyed with me for",
    ),
    (
        r"\b(?:going to|gonna|will|'ll|could|might|would) (?:literally |actually |honestly |just )?die "
        r"if i (?:have to|hear|see|watch|listen|eat|sit)\b",
        "will hate it if i have to",
    ),
    (
        r"\bmy (?:wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|other half|missus|mrs)"
        r"(?:'s| is| will| 'll|'ll)? (?:going to |gonna )?(?:literally |actually |absolutely |so )?"
        r"(?:kill|murder|strangle|skin|crucify) me\b(?=[^.!?]{0,60}\b(?:forgot|forget|missed|late|"
        r"spent|bought|broke|lost|crashed|burnt|burned|scratched|dented|ate|finished|didn't book|"
        r"haven't|the bill|the car|the cake|book|booking|tidy|wash|clean|dishes|mess|shopping|"
        r"receipt|credit card|card bill|present|anniversary|birthday)\b)",
        "will be annoyed with me",
    ),
    (
        r"\b(?:a|the) (?:killer|murder) (?:headache|workout|week|day|commute|deal|outfit|heels|smile|app)\b",
        "a hard day",
    ),
    (r"\bkiller\b", "great"),
    (r"\b(?:slayed|slays|slaying|slay)(?: it| the| that| me)?\b", "did well"),
    # guns and shooting
    (
        r"\bshoot(?:ing)? (?:me|us|you|him|her|them) (?:a|an|the|your|some|over a|through a|back a|quick) "
        r"(?:\w+ )?(?:text|message|msg|email|e-mail|line|note|call|dm|pm|picture|photo|reply|link|address|"
        r"number|list|update|pin|location)\b",
        "send me a message",
    ),
    (r"\b(?:just |please |somebody |someone |lol |ugh |honestly |omg )?(?:shoot|kill) me now\b", "ugh"),
    (
        r"(?:^|[.!?,;]\s*|\b(?:lol|ugh|omg|honestly|seriously|god|oh god|somebody|someone|just|please|"
        r"literally|haha)\W+)(?:just |please |somebody |someone )?(?:shoot|kill|end) me\b"
        r"(?!\s+(?:if|when|because|and|for|in|with|one day))",
        " ugh",
    ),
    (r"\bkill me now\b", "ugh"),
    (r"\bput me out of my misery\b", "ugh"),
    (r"\bshoot(?:ing)? the messenger\b", "blame the messenger"),
    (
        r"\b(?:shot|shoot|shoots|shooting) (?:me|it|him|her|that|the (?:idea|plan|suggestion)|my (?:idea|"
        r"plan|suggestion)) down\b",
        "rejected it",
    ),
    (r"\bshot down\b", "rejected"),
    (r"(?:^|[.!?,]\s*)(?:oh )?shoot[,!.]", " oops,"),
    (r"\b(?:shoot(?:ing)?|took|take|have|had) (?:a|my|our|the|his|her) shot\b", "tried"),
    (r"\bshoot(?:ing)? (?:for|hoops|the breeze|some hoops|a video|a film|photos|pool)\b", "aim"),
    (r"\b(?:photo ?shoot|photoshoot|shoot day)\b", "photo session"),
    (
        r"\b(?:nerf|water|glue|nail|staple|paintball|laser|bb|cap|toy|spud|starting|heat) (?:gun|pistol)s?\b",
        "tool",
    ),
    (r"\b(?:jump|jumped|jumping) the gun\b", "hurried"),
    (r"\bstick(?:ing)? to (?:my|his|her|your|our) guns\b", "held firm"),
    (r"\bsmoking gun\b", "evidence"),
    (r"\btop gun\b", "film"),
    # choking, hitting, beating, biting
    (
        r"\b(?:choked|choke|chokes|choking) (?:up|on (?:my|his|her|a|the|some|their)|in (?:the|my|his|"
        r"her|a)|at (?:the|my|his|her)|under pressure|when it (?:mattered|counted))\b|\b(?:choked|chokes|"
        r"choking) (?:me|him|her|us) up\b",
        "stumbled",
    ),
    (r"\bchoked\b(?=\W*(?:$|\.|!|,))", "stumbled"),
    (
        r"\b(?:it|that|this|reality|the (?:news|truth|realisation|realization|grief|loss|penny|wave|"
        r"thought|memory|song|film|movie|book|smell|exhaustion|tiredness|panic|anxiety|hangover|bill|cost|"
        r"price|heat|cold)|everything|something|grief|exhaustion|tiredness|panic|anxiety|then it|suddenly "
        r"it|it all|what (?:he|she) said|(?:his|her) words) (?:really |just |suddenly |finally |has |had |"
        r"kind of |sort of |properly |actually )*(?:hit|hits|has hit|hitting|kicked|kicks) (?:me|us|him|"
        r"her)\b(?: (?:hard|harder|like a (?:truck|train|ton of bricks|brick)|all at once|then|today|"
        r"yesterday|again))?",
        "sank in",
    ),
    (
        r"\bhit (?:me|us|him|her) (?:hard|harder|like a (?:truck|train|ton of bricks|brick)|all at once)\b",
        "sank in",
    ),
    (r"\b(?:hit|hits|hitting) (?:me|us|him|her|you) up\b", "contacted me"),
    (
        r"\b(?:hit|hits|hitting) (?:me|us|him|her|you) with (?:\w+ )?(?:jokes?|puns?|questions?|facts|"
        r"news|texts?|messages?|requests?|compliments|sarcasm|comebacks?|one-liners|memes|bills?|"
        r"demands|the silent treatment|guilt trips?|attitude|stats|spoilers?|a (?:reality )?check)\b|"
        r"\b(?:hit|hits|hitting) (?:me|us|him|her|you) with (?:the|a|an|that|this|those|these|some|her|his|"
        r"my|your|their|another|one of)\b(?! (?:belt|bat|stick|shoe|plate|bottle|pan|mug|chair|cable|cord|"
        r"hanger|spoon|lamp|glass|fist|fists|hand|hands|bag|keys|remote|hammer|knife|phone|poker|iron|"
        r"slipper|book|ruler|racket|broom|mop|bar|pipe|rock|stone|brick|frying pan|wooden spoon|back of)\b)",
        "told me",
    ),
    (
        r"\b(?:hit|hits|hitting|hitting up|hit up) (?:the|a) (?:gym|shops?|road|sack|hay|bar|pub|town|"
        r"snooze|books|shower|showers|jackpot|wall|roof|ceiling|deck|brakes|ground running|nail|spot|"
        r"big time|bottle|lottery|motorway|high street|beach|slopes|hay|pool|treadmill|store|supermarket)\b",
        "went out",
    ),
    (
        r"\bhit (?:a|my) (?:wall|low|rough patch|brick wall|milestone|target|deadline|limit|snag|nerve)\b",
        "reached a point",
    ),
    (r"\b(?:hit|hits|hitting) (?:on|it off)\b", "flirted"),
    (r"\bhit (?:and|or) miss\b", "unpredictable"),
    (r"\b(?:big|smash|instant|massive|huge) hit\b", "success"),
    (
        r"\b(?:beat|beats|beaten|beating) (?:me|us|him|her|you) (?:at|to|in|by|on)\b(?! (?:death|a pulp|the "
        r"(?:head|face|floor|ground)))",
        "won against me at",
    ),
    (r"\bbeats me\b(?= (?:why|how|what|where|who|when)\b)", "i don't know"),
    (r"\b(?:beat|beating) myself up\b", "blaming myself"),
    (r"\bbeat (?:the|a) (?:traffic|rush|queue|record|odds|deadline|system|crowd|heat)\b", "avoided it"),
    (
        r"\b(?:bit|bite|bites|biting|bitten) (?:my|his|her|your|our|me|their) (?:\w+ )?heads? off\b",
        "snapped at me",
    ),
    (r"\bbite (?:my|your|his|her) (?:tongue|lip)\b", "stay quiet"),
    (r"\bbit (?:of|more|less|much|too|late|early|off|on|like)\b", "small amount"),
    (r"\b(?:kick|kicking|kicked) (?:myself|ourselves)\b", "regret it"),
    (r"\b(?:kicked|kicks|kicking|kick) (?:off|in|back|the habit|the bucket list|ass|butt|arse)\b", "started"),
    (
        r"\bkicked (?:me|him|her|us) (?:out of|off) (?:the |a |our |my )?(?:team|group|chat|band|club|"
        r"game|squad)\b",
        "removed me from the group",
    ),
    (r"\bslap[- ]up\b", "big"),
    (r"\bpunch ?line\b", "joke"),
    (
        r"\b(?:punch|punched|punching|hit|smack|thump) (?:a|the|my) (?:pillow|cushion|bag|punchbag|"
        r"punching bag|ball|button|clock|air|dough)\b",
        "vent",
    ),
    (r"\b(?:pack|packs|packed) a punch\b", "strong"),
    (
        r"\bknock(?:ed|s|ing)? (?:me|him|her|us) (?:out|sideways|for six|off my feet)\b(?=[^.!?]{0,40}(?:"
        r"tablets|pills|medication|sleeping pill|tired|exhaust|beautiful|gorgeous|wow|with (?:that|this|"
        r"the|his|her) (?:proposal|dress|outfit|speech|performance|news|surprise|look|smile|gift|present|"
        r"question|announcement|ring|cooking|voice)))|\b(?:cold|flu|tablets|pills|medication|meds|"
        r"antihistamines?|heat|wine|gin|jet ?lag|night shift|run|workout|bug) (?:\w+ )?knock(?:ed|s)? "
        r"(?:me|him|her|us) (?:out|sideways|for six|flat)\b",
        "made me sleepy",
    ),
    (r"\bknock(?:ed|s|ing)? (?:it|them|em) (?:out of the park|dead)\b", "did well"),
    (r"\bblow(?:n|ing|s)? (?:me|my mind|it) away\b", "impressed me"),
    (r"\b(?:blew|blow|blows|blowing) (?:up|a fuse|a gasket|my top|his top|her top)\b", "got angry"),
    (r"\b(?:stab|stabbed|stabbing|knife|knifed) (?:me |him |her |you )?in the back\b", "betrayed me"),
    (r"\bbackstab(?:bing|bed|ber)?\b", "betrayed"),
    (r"\bstab (?:at|in the dark)\b", "guess"),
    (
        r"\bcut (?:myself|yourself|himself|herself|themselves) (?:off|some slack|a (?:break|slice|piece)|"
        r"short)\b",
        "withdrew",
    ),
    (
        r"\b(?:cut|cutting) (?:me|him|her|you) (?:some slack|off mid|off while|off when|off before|off every)\b",
        "interrupted me",
    ),
    (
        r"\b(?:throw|throwing|threw|thrown) (?:myself|himself|herself) (?:into|at) (?:work|the|my|his|her|"
        r"a|it)\b",
        "focused on",
    ),
    (r"\b(?:drowning|drowned|drown) (?:in|under)\b", "overwhelmed by"),
    (r"\bdrown(?:ing)? (?:my|our|his|her) sorrows\b", "drinking"),
    (
        r"\b(?:i'd|i would|i'd honestly|i'd literally|i would literally|i'd actually|i'd genuinely|she'd|"
        r"he'd|they'd|she would|he would) (?:honestly |literally |actually |genuinely |seriously )?(?:rather|"
        r"sooner) (?:die|be dead|drop dead|kill myself|shoot myself|stab (?:myself|herself|himself) in the "
        r"\w+|gouge (?:my|her|his) eyes out|eat glass|chew glass|jump off a (?:bridge|cliff)|set myself on "
        r"fire|walk into the sea|be shot|get hit by a bus)\b(?=[^.!?]{0,10}\bthan\b)",
        "would hate to",
    ),
    (r"\bwould (?:literally |actually )?(?:rather|sooner) (?:die|be dead) than\b", "would hate to"),
    (
        r"\b(?:my|his|her) (?:knees|back|feet|legs|nerves|hands|eyes|ears|ankles?) (?:are|is) (?:shot|"
        r"dead|killing me|destroyed|wrecked)\b",
        "are sore",
    ),
    (
        r"\bi'?m (?:going to|about to|gonna|will|'ll) (?:explode|lose it|lose my mind|scream|snap|go "
        r"insane|go mad|have a meltdown)\b",
        "am frustrated",
    ),
    (
        r"\b(?:lose|losing|lost) my (?:mind|marbles|head|rag|temper|shit)\b(?=[^.!?]{0,50}(?:trying to|"
        r"with|over|about|because|if|when|planning|organising|lol|haha|this|the|these|that))",
        "frustrated",
    ),
    (
        r"\b(?:hang(?:ing)? out|hang on|hang in there|hang up|hung up|hang tight|hang around|hangover)\b",
        "wait",
    ),
    (r"\bhung over\b", "tired"),
    (r"\bswallow me (?:up|whole)\b", "hide me"),
    (r"\b(?:my|the) heart (?:broke|breaks|is breaking|stopped|sank)\b", "i was sad"),
    (r"\b(?:heart ?broken|heartbroken|heartbreaking)\b", "very sad"),
    (r"\b(?:bleed|bleeding|bled) (?:me|us) dry\b", "costs a lot"),
    (r"\bon the warpath\b", "angry"),
    (
        r"\b(?:could|would|will|'ll) (?:burn|set fire to) (?:this|that|the) (?:stupid |bloody |damn |"
        r"fucking )?(?:flatpack|wardrobe|printer|laptop|form|spreadsheet|paperwork|office|letter|bill|"
        r"homework|essay|assignment|report|manual|instructions|ikea)\w*",
        "am annoyed at this",
    ),
    (r"\bdeadly (?:serious|boring|dull|quiet)\b", "very"),
    (r"\bthe kids are (?:going to|gonna|will) be the death\b", "the kids are tiring"),
    (r"\bwhere (?:the|my) (?:body|bodies) (?:is|are) buried\b", "the secrets"),
    (r"\b(?:if|when) looks could kill\b", "with a glare"),
    (r"\bkill(?:s|ed|ing)? (?:with|by) kindness\b", "is kind"),
    (
        r"\b(?:smash|smashed|smashing|nail|nailed|nailing|crush|crushed|crushing|destroy|destroyed|"
        r"destroying) (?:it|that|the (?:exam|test|interview|presentation|game|match|quiz|race|set))\b",
        "did well",
    ),
    (r"\b(?:bombed|tanked|flopped)\b", "did badly"),
    (r"\bfighting fit\b", "healthy"),
    (r"\bfight (?:over|about) (?:the|who|whose|what|where|which)\b", "argue about"),
    (r"\bscreaming (?:into|in) (?:a|the|my) (?:pillow|void|car)\b", "venting"),
]
_IDIOM_RES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), r) for p, r in _IDIOMS]


def rewrite_idioms(text: str) -> tuple[str, list[str]]:
    """The text with idioms replaced by literal paraphrases, and the idioms that were found."""
    found: list[str] = []

    def _note(replacement: str) -> Callable[[re.Match[str]], str]:
        def _sub(match: re.Match[str]) -> str:
            start, end = sentence_span(match.string, match.start(), match.end())
            # "He'd rather be dead than go through it again, and he wasn't joking" is no idiom.
            if _SERIOUS.search(match.string, start, end):
                return match.group(0)
            found.append(match.group(0).strip())
            return replacement

        return _sub

    out = text
    for pattern, replacement in _IDIOM_RES:
        out = pattern.sub(_note(replacement), out)
    return _SPACES.sub(" ", out).strip(), found


_SERIOUS = re.compile(
    r"\b(?:(?:wasn't|isn't|not|wasn't even|i'm not|he's not|she's not) (?:joking|kidding)|(?:i|he|she) "
    r"meant it|i mean it|(?:being|deadly|dead) serious|seriously considering|for real|no joke|"
    r"genuinely (?:want|mean|think)|(?:he|she) (?:wasn't|isn't) laughing|"
    # Silencing someone about the police or about what happened is never a joke.
    r"police|tell (?:anyone|anybody|a soul)|breathe a word|say a word to anyone)\b"
)


HUMOUR = re.compile(
    r"(?:\blo+l+\b|\blmf?ao+\b|\brofl\b|\b(?:ha){2,}h?\b|\bhe(?:he)+\b|\bjk\b|\bjust (?:kidding|joking)\b|"
    r"\b(?:i'm|i was|only|obviously|not literally|i'm obviously) joking\b|\bjoking,? obviously\b|\bkidding\b|😂|🤣|😅|😆|🙃|😜|😝|💀|🙄|"
    r"\bnot literally\b|\bobviously not\b|\bfiguratively\b|\bit's a joke\b|\bas a joke\b)"
)

_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|\n")


# "she threw a punch at me! at boxercise.", "i want it all to stop. permanently.": a short
# afterthought saying where, when or for how long, with no verb of its own, belongs to the
# sentence before it.
_AFTERTHOUGHT = re.compile(
    r"[.!?]+[ \t]*(?:(?:at|in|during|on)\b(?:[ \t]+[\w'-]+){1,3}|(?:permanently|forever|for good|for ever)\b)[ \t]*"
    r"(?=[.!?\n]|$)"
)


_FRAGMENT_WORDS = 3


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``."""
    left = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n"))
    right_candidates = [i for i in (text.find(mark, end) for mark in (".", "!", "?", "\n")) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    afterthought = _AFTERTHOUGHT.match(text, right)
    if afterthought:
        right = afterthought.end()
    if left > 0 and len(text[left + 1 : right].split()) <= _FRAGMENT_WORDS:
        # "our dog bit my partner when he took a bone off him. 4 stitches.": the fragment is told
        # by the sentence before it.
        left = max(text.rfind(mark, 0, left) for mark in (".", "!", "?", "\n"))
    return left + 1, right
