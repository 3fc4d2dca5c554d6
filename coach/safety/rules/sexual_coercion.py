"""Phrase rules for sexual coercion, assault and images used as leverage."""

from __future__ import annotations

from coach.safety.rules.model import SEXUAL, THREATS, VIOLENCE, Rule, RuleBook
from coach.safety.rules.vocabulary import PARTNER, SEX_ACTS, SEXUAL_CONTEXT


def rules() -> list[Rule]:
    book = RuleBook()
    add = book.add

    # A job held over a visit: "if I want to pass probation I should follow him to the hotel".
    add(
        "job_for_sex",
        SEXUAL,
        "crisis",
        r"\bif (?:i|you|she) want(?:s)? (?:to (?:pass|keep|get)|the (?:job|promotion|contract|shifts))\b[^.!?]{0,60}"
        r"\b(?:hotel|his room|her room|sleep with|come (?:to|back to) (?:his|her|my) (?:room|place|flat)|follow (?:him|her) to)\b",
        negatable=False,
    )
    # "woke up in a room wi him and two of his mates. She doesnae remember saying aye"
    add(
        "woke_with_them",
        SEXUAL,
        "crisis",
        r"\bwoke up (?:in (?:a|his|their) (?:room|bed|flat) )?(?:wi|with|next to) (?:him|them|two|three|his (?:mates|friends))\b",
        requires=r"\b(?:doesn'?t|doesnae|didn'?t|can'?t|cannae|don'?t) remember\b|\bspiked\b|\bblacked out\b",
        negatable=False,
    )

    add(
        "no_right_to_refuse",
        SEXUAL,
        "crisis",
        # "my husband says a wife can't refuse": consent denied as a rule of marriage.
        r"\b(?:a|his|my|the|your) (?:wife|husband|girlfriend|boyfriend|partner) (?:can't|cannot|can not|doesn't get to|"
        r"has no right to|isn't allowed to|shouldn't|mustn't|must not|never) (?:refuse|say no|deny (?:him|her))\b",
        negatable=False,
    )
    add(
        "worn_down_no",
        SEXUAL,
        "crisis",
        # "I kept saying no but she said she'd leave me, so I went along with it"
        r"\b(?:kept|keep|kept on|keeps) saying no\b[^.!?]{0,120}\b(?:went along|gave in|give in|did it anyway|"
        r"let (?:him|her|them)|just did it|said yes in the end|agreed in the end)\b",
        requires=SEXUAL_CONTEXT + r"|\bthreesome\b",
        negatable=False,
    )
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
        # A bare "no" is a refusal only when it stands alone ("I said no, he kept going"), not
        # a house rule ("I said no screens before homework and you let him play anyway").
        r"(?:no(?=\s*(?:[,.;:!?\"'’”)\-–—]|$|(?:and|but|so|then|twice|again|repeatedly|more|several|loads|over|"
        r"he|she|they|him|her|to (?:him|her|them|sex|it|that)|because|cos|cause|like|clearly|firmly|loud|loudly|enough|at first|in the end)\b))|stop|i didn't want (?:to|it)|i don't want (?:to|it)|i wasn't ready|not tonight|i was "
        r"tired|please stop|don't|i wasn't in the mood|i'm not in the mood|i was too tired|i didn't feel like "
        r"it|i wasn't feeling it|not now)\b(?:[^.!?]|[.!?]+\s+){0,80}\b(?:kept going|keeps going|carried on|carries on|"
        r"continued|did it anyway|does it anyway|didn't stop|wouldn't stop|doesn't stop|won't stop|"
        r"anyway|too bad|ignored|still did|still does|still went|made me|held me|pinned me|on top of "
        r"me|inside me|finished|laughed|does it regardless|keeps (?:touching|going|pushing|trying|"
        r"asking)|kept (?:touching|pushing|trying)|until i give in|till i give in)\b",
        negatable=False,
        unless=r"\btickl\w*",
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
        # "made me do it" about a grant application or a GP appointment is encouragement
        unless=r"\b(?:weight|exercise|gym|diet|job|homework|apply|applied|application|grant|forms?|cv|interview|exam|"
        r"course|test|appointment|doctor|gp|therapy|counselling|kitchen table|cuppa)\b",
    )
    add(
        "asleep_sex",
        SEXUAL,
        "crisis",
        r"\b(?:while|when|till|until|after|whilst|as soon as) (?:i|i'm|i was|i've|she|she's|she was|he|"
        r"he's|he was|they were) (?:\w+ )?(?:asleep|sleeping|passed out|unconscious|knocked out|out of "
        r"it|blackout|blacked out|too drunk|so drunk|really drunk|high(?! school)|half asleep|on my sleeping "
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
        r"sex|sleep with|do it|put out|give it|give (?:him|her|me) (?:it|sex)|let (?:him|her|me)(?! (?:help|pay|drive|explain|finish|know|see|talk|speak|come|go|in on)\b))\b|"
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
        r"want to)\b(?<!\bhe said no)(?<!\bshe said no)(?<!\bbf said no)(?<!\bgf said no)(?<!\bboyfriend said no)(?<!\bgirlfriend said no)(?<!\bhusband said no)(?<!\bwife said no)(?<!\bpartner said no)[^.!?]{0,60}\b(?:sex|slept with|had sex|on top of me|inside me)\b",
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
        r"\b(?:woke|wake|waking|wakes|woken) up (?:and|to|with|to find) (?:he|she|him|her|them|my \w+|(?:my|his|her) \w+'s \w+|"
        r"a (?:guy|man|stranger|friend))"
        r"(?:'s| was| were| is)?(?: next to me| beside me| in (?:my|the) bed)? (?:already )?(?:touching|on top|"
        r"inside|having sex|undressing|groping|feeling me|pulling (?:my|down)|taking (?:my|off)|doing (?:it|"
        r"stuff|things)|going(?! (?:to|out|off|home|for|back)))\b",
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
        requires=rf"\b(?:{SEX_ACTS}|pull away|tried to stop|try to stop|tried to get up|on the bed)\b",
    )
    # -- Broader phrasings: verb and object families the direct rules leave out.
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
        requires=SEXUAL_CONTEXT,
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
        requires=SEXUAL_CONTEXT,
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
    # -- The other voice: the partner who does it, speaking to the person it is done to.
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
    # -- Structure: who did what to whom, in any voice.
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
    # A refusal, then giving in: the no came first, so what followed was not free ("said no like 4
    # times and eventually just gave up and let him", "the thing i wasn't comfortable with. so i did
    # it"). Euphemism is the usual way to tell it, so the intimate context can be a hint.
    add(
        "gave_in_after_no",
        SEXUAL,
        "crisis",
        r"\b(?:said (?:no|not that|stop|i didn't want|i wasn't (?:comfortable|ready|sure|in the mood))|"
        r"wasn't comfortable with|didn't want to|told (?:him|her) no)\b[\s\S]{0,160}?\b(?:gave in|gave up and "
        r"let (?:him|her)|just let (?:him|her)|let (?:him|her) (?:do it|carry on|get on with it|have (?:it|"
        r"(?:his|her) way))|so i did it|i did it anyway|went along with it|just lay there|waited for it to "
        r"be over|i just follow)\b",
        requires=SEXUAL_CONTEXT
        + r"|\b(?:the thing|what (?:he|she|his ex|her ex) (?:wanted|used to do|likes)|"
        r"if i loved (?:him|her)|you owe me|feel (?:so )?(?:gross|dirty|used)|keep showering|bedroom|last night)\b|"
        # "gave up and let him." with nothing let: what is left unsaid is the tell.
        r"\b(?:gave (?:up|in) and let|just let) (?:him|her)(?=\s*(?:[.,!?]|$|and\b|he\b|she\b))",
        negatable=False,
    )
    add(
        "went_on_while_distressed",
        SEXUAL,
        "crisis",
        r"\b(?:he|she|they) (?:went through with it|carried on|kept going|didn't stop|wouldn't stop|still "
        r"did it|did it anyway) (?:anyway )?(?:even )?(?:though|when|while|as) i (?:was|said) (?:crying|in "
        r"tears|asleep|saying no|frozen|shaking|no|stop|i (?:just )?wanted to (?:sleep|stop))\b",
        negatable=False,
    )
    add(
        "worn_to_yes",
        SEXUAL,
        "crisis",
        r"\b(?:said yes|agreed|gave in)[.,]? (?:but only )?after (?:\w+ )?(?:hours?|ages|an hour|all night|"
        r"weeks|days) of (?:him|her|them) (?:asking|begging|going on|pestering|pushing|sulking|nagging)\b",
        requires=SEXUAL_CONTEXT + r"|\bcount as (?:a )?yes\b|\btechnically\b",
        negatable=False,
    )
    add(
        "no_say_no",
        SEXUAL,
        "crisis",
        r"\b(?:doesn't|don't|won't|never|not|didn't) (?:once )?(?:been )?(?:let|lets|allow|allows|allowed) "
        r"(?:me |her |him |them )?(?:to )?say no\b|\bsay no (?:but|if|when|and) (?:you're|i'm|we're|she's|"
        r"they're) married\b",
        requires=rf"\b(?:{PARTNER}|married|marriage|bf|gf)\b",
        negatable=False,
    )
    add(
        "out_of_it_did_stuff",
        SEXUAL,
        "crisis",
        r"\b(?:out of it|passed out|blacked out|wasted|unconscious|paralytic|off my face)\b[^.!?]{0,60}\b"
        r"(?:did stuff|did things|doing stuff|doing things|had sex|was on me|inside me|undress\w* me)\b",
        negatable=False,
    )
    add(
        "leave_unless_sex",
        SEXUAL,
        "crisis",
        r"\bif i (?:don't|do not|won't|refuse)(?: want| do it| give (?:it|him|her)| have sex| sleep with "
        r"(?:him|her))?,?(?: then)? (?:he|she)(?:'ll| will| would| is going to| gonna) (?:go )?(?:find|get|"
        r"look for|sleep with|cheat|go to) (?:another|other|someone|some other)\b",
        requires=SEXUAL_CONTEXT + r"|\b(?:don't want|so i (?:just )?(?:follow|do it|let))\b",
        negatable=False,
    )
    add(
        "just_lie_there",
        SEXUAL,
        "crisis",
        r"\bjust (?:lie|lay) there\b",
        requires=r"\b(?:said no|not in the mood|too tired|don't want|didn't want|not tonight|wasn't "
        r"feeling it)\b",
        negatable=False,
    )
    add(
        "refused_too_late",
        SEXUAL,
        "crisis",
        r"\bif i say no,? (?:he|she) (?:just )?(?:says|said) ['\"]?too late\b|\b(?:he's|she's) earned it\b"
        r"[^.!?]{0,40}\b(?:i don't get a say|i have no say|whether i (?:want|like) it)\b|\bpay(?:ing)? "
        r"(?:for (?:\w+ ){1,2})?with my body\b|\binsists? on it (?:even )?(?:through|during|when|while) "
        r"(?:her|my|his) (?:chemo|treatment|illness|surgery|period|pregnancy|recovery)\b|\b(?:he|she|"
        r"husband|wife) forces? me (?:every night|every day|at night|even when)\b|\byou owe me\b[\s\S]{0,80}"
        r"\bi (?:do it|did it|go along with it) anyway\b",
        negatable=False,
    )
    add(
        "said_stop_didnt",
        SEXUAL,
        "concern",
        r"\b(?:said|promised) (?:he'd|she'd|he would|she would|they'd) stop,? (?:and|but) (?:then )?(?:just )?"
        r"(?:didn't|did not|kept going|carried on)\b",
        negatable=False,
        escalate=SEXUAL_CONTEXT,
    )
    # Giving in to end the pressure, the price of a no, or a no that was never allowed: the
    # shapes of a second round of messages told among ordinary news or about someone else.
    add(
        "gave_in_to_end_it",
        SEXUAL,
        "crisis",
        r"\bonly (?:stops|ends|stopped|ended) (?:once|when) i (?:give in|gave in|say yes|said yes|let (?:him|her))\b|"
        r"\b(?:do it|did it|let (?:him|her)|say yes|said yes|give in|gave in|went along with it)\b,? (?:just )?(?:to get "
        r"it over with|(?:so|because) (?:i (?:just )?wanted it to stop|(?:he|she)(?:'ll| will| would) stop)|to keep "
        r"the peace)\b|\bkeeps? (?:at|on at) me(?: [\w']+){0,3} (?:until|till) i (?:let|give in|say yes)\b|\b(?:ask|asks|asking|"
        r"asked) (?:again )?(?:\w+ )?(?:times|over and over) (?:until|till) i say yes\b",
        requires=SEXUAL_CONTEXT + r"|\b(?:nights?|in bed|bedroom|not in the mood|tired|said no|not tonight|"
        r"touch\w*)\b",
        negatable=False,
    )
    add(
        "no_not_accepted",
        SEXUAL,
        "crisis",
        r"\b(?:won't|doesn't|does not|will not|never) (?:accept|take|hear) (?:a )?no\b(?! for)|\b(?:can't|cannot|"
        r"won't be allowed to|not allowed to) (?:refuse|say no to) (?:him|her|my husband|my wife)\b|\bwon't be "
        r"allowed to say no\b|\bsafe ?word\b[^.!?]{0,60}\b(?:laughed|carried on|kept going|ignored|didn't stop)\b|"
        r"\bi said no\b[^.!?]{0,60}\b(?:didn't listen|wouldn't listen|ignored me)\b|\bif i say no,? (?:he|she) "
        r"(?:reminds me|says|tells me) whose (?:flat|house|place|home)\b",
        requires=SEXUAL_CONTEXT + r"|\b(?:nights?|in bed|bed|bedroom|anniversary|hotel|safe ?word|married|"
        r"husband|wife|vows)\b",
        negatable=False,
    )
    add(
        "sex_as_payment",
        SEXUAL,
        "crisis",
        r"\b(?:sex|it|my body)\b[^.!?]{0,30}\b(?:is|as) (?:the )?['\"]?(?:rent|payment)\b|\bmakes? (?:me|her|him) "
        r"['\"]?pay['\"]? (?:for (?:\w+ ){1,2})?in the bedroom\b|\b['\"]?entertain['\"]? (?:them|men|his friends|"
        r"her friends)\b[^.!?]{0,40}\b(?:rent|money|owe)\b|\b(?:only )?(?:sends?|gives?|pays?) (?:money|the rent)"
        r"\b[^.!?]{0,60}\bif i (?:do what (?:he|she) wants|sleep with|have sex)\b",
        negatable=False,
    )
    add(
        "unconscious_or_stealth",
        SEXUAL,
        "crisis",
        r"\b(?:barely|half|not) (?:conscious|awake)\b[^.!?]{0,40}\b(?:had sex|sex with|on top|did (?:stuff|"
        r"things|it))\b|\b(?:had sex with|sex with) (?:me|her|him) (?:when|while) (?:i was |she was |he was )?"
        r"(?:barely conscious|passed out|unconscious|asleep|out of it)\b|\bwoke up with my (?:jeans|trousers|"
        r"clothes|top|bra|dress|pants|shorts) (?:undone|off|pulled down|open)\b|\b(?:touching|touches|touch) (?:me|"
        r"you|her) (?:while|when) (?:i'm|you're|she's|i am|you are) asleep\b(?=[\s\S]{0,100}\b(?:frightened|"
        r"scared|asked|told|stop|don't like|hate)\b)|\bwak(?:ing|es) me (?:up )?with sex\b|\b(?:hadn't|didn't|"
        r"wasn't) (?:used?|wear(?:ing)?|put on) (?:one|a condom|protection)\b[^.!?]{0,60}\b(?:lied|lying)\b|"
        r"\bgets? (?:me|her|him) drunk (?:before|so|and then)\b[^.!?]{0,30}\b(?:doing|do|does|did) (?:stuff|"
        r"things|it)\b",
        negatable=False,
    )
    return book.rules
