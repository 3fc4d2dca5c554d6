"""Phrase rules for coercive control: isolation, money, monitoring and permission."""

from __future__ import annotations

from coach.safety.rules.model import CONTROL, SEXUAL, Rule, RuleBook
from coach.safety.rules.vocabulary import (
    APPROVAL,
    ASIDE,
    AUTONOMY,
    CARE_OR_JOKE,
    CTL_AGENT,
    HYPOTHETICAL,
    IF_EVER,
    KID_LIMITS,
    PEOPLE,
    PLACES,
    REAL,
    TRIVIAL_STAKES,
    WHO,
    voiced,
)

# Looking through a phone on an errand: "went through my phone to find our holiday photos for her mum".
_ERRAND = r"\bnot snooping\b|\bto find (?:the|our|a|some|that) (?:\w+ )?(?:photos?|pics?|pictures?|number|address|video)\b"


def rules() -> list[Rule]:
    book = RuleBook()
    add = book.add

    add(
        "wont_let_me",
        CONTROL,
        "crisis",
        rf"\b(?:won't|doesn't|didn't|don't|do not|refuses to|refuse to|never|wouldn't|won't ever|hasn't|isn't going to|"
        rf"is not|isn't|not) (?:let|allow)(?:s|ing)? me (?:to )?(?:see|visit|go|leave|work|drive|use|have|talk|speak|call|phone|"
        rf"text|message|meet|contact|get|keep|spend|wear|eat|sleep|open|access|go out|go back to|out of|"
        rf"learn|study|train|apply|take|finish|start|join|attend|do|register|enrol|sign up)"
        rf"(?: [\w']+){{0,4}} (?:{PEOPLE}|{PLACES}|alone|on my own|without (?:him|her)|unless (?:he|she)"
        rf"(?:'s| is))\b",
        negatable=False,
        unless=APPROVAL
        + "|"
        + r"\b(?:finish (?:my|a) sentence|pay|drive (?:his|her) (?:new )?car|the remote|"
        r"get a word in|help|cook|do the dishes|lift|carry)\b|" + KID_LIMITS + "|" + CARE_OR_JOKE,
        on_humour="concern",
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
        r"the (?:gym|pool|club)|under 18|age|uni|university|halls|college|film|movie|episode|spoilers?)\b",
    )
    add(
        "permission",
        CONTROL,
        "crisis",
        r"\b(?:makes|made|make|forces|forced) me (?:to )?ask (?:him|her)? ?(?:for )?(?:permission|before)\b|"
        r"\b(?:have|has|had|got) to (?:beg|ask) (?:him|her|them)? ?for (?:the )?(?:money|cash|every penny|food|"
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
        r"to (?:the )?repair|as a joke|for safekeeping while (?:i|we) (?:swim|surf)))"
        # A consequence both had agreed, even when it is owned in the next sentence.
        r"(?![\s\S]{0,80}\b(?:fair cop|we'd (?:both )?agreed|fair enough)\b)",
        negatable=False,
        not_before=r"\b(?:i|i'll|i'd|i'll just|we|can i|could i|do you|did you) $|" + IF_EVER,
        unless=APPROVAL
        + "|"
        + r"\b(?:borrowed|lent|dog|toddler|surprised? me|surprise|booking|fair cop|we'd (?:both )?agreed|"
        r"booked|treat|baby|the kids|relax|holiday|"
        r"vacation|detox|a break from|switch off|unplug|as a joke|prank|birthday|surprise|fixed|repair|"
        r"screen|charge|took my phone to|drinks?|drinking|drunk|over the limit|tipsy|pints?|april fools?|safe to drive|(?:wouldn't|couldn't) drive|work party|too "
        r"tired to drive|at (?:dinner|the table|the dinner table|lunch|breakfast)|kept (?:checking|scrolling|"
        r"looking at) (?:it|my phone|the (?:football|match|game|scores))|fair enough|which is fair)\b",
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
        unless=APPROVAL + r"|\b(?:so i can|i'll (?:take|pay|call|check the|look up|order|book)|to (?:pay|"
        r"call|take a|order|book|look)|mine's|battery|dead|for a (?:sec|second|minute)|(?:the|a) "
        r"(?:photo|picture|selfie)|directions|the map|the sat ?nav|tax|accountant|expenses)\b",
    )
    add(
        "monitoring",
        CONTROL,
        "concern",
        r"\b(?:checks|checking|checked|reads|reading|"
        r"goes through|went through|going through|monitors|monitoring|tracks|tracking) (?:all )?(?:of )?"
        r"my (?:bag and |handbag and |wallet and |pockets and )?(?:phone|messages|texts|emails?|email account|bank|location|browser|history|spending|"
        r"mileage|receipts|calls|call log|social media|whatsapp|dms)\b",
        negatable=False,
        escalate=r"\b(?:every (?:day|night)|all the time|constantly|daily|goes mental|makes me (?:unlock|show|"
        r"hand|give|read|open|share|tell|log|put|send|delete)|demands|i have to (?:show|hand|unlock|give|let|"
        r"delete|tell)|(?:he|she|they) (?:has|have) to (?:see|check|read|know|look)|secretly|won't stop|every "
        r"single|the mileage|receipts|when i get back|i'm terrified|tracking|before i)\b",
        unless=APPROVAL + "|" + _ERRAND,
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
        unless=APPROVAL + "|" + r"\b(?:fitness|run|running|steps|strava|parcel|delivery|package|"
        r"order|flight|kids' phones|both agreed|we agreed|each other|my boss|company|work van|employer|the dog|"
        r"the cat|the puppy|the pets?)\b",
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
        unless=APPROVAL + "|" + r"\b(?:naked|nudes?|sexual|sex|boss|work|manager|job|teacher|doctor|"
        r"nurse|recipe|homework|"
        r"holiday|photos? of the kids|pictures of the baby|safe|safely|home safe|(?:mum|mom|dad|my parents) "
        r"makes? me)\b",
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
        # "I decide what I wear": the speaker choosing for themself.
        not_before=r"\b(?:i|we|i'll|i'd|we'll|i can|i get to|i like to|i want to|i'd rather|let me)"
        r"(?: (?:always|just|usually|still|alone|now|myself|get to|can|like to|want to|prefer to|should|will))? $",
        unless=r"\b(?:diet plan|(?:my|our|the|running) coach|marathon|competition|personal trainer|nutritionist|dietitian|"
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
        r"(?:quit|give up|leave|drop out of) (?:my )?(?:job|course|studies|friends|hobbies|college|uni|university|school|church|team)\b|"
        r"\bi haven't seen my (?:mum|family|parents|friends|sister|brother|dad)(?: \w+)? (?:in|for) "
        r"(?:\d+|months|years|ages|a year)\b(?=[^.!?]{0,80}\b(?:because (?:he|she)|every time|won't|"
        r"doesn't let|gets (?:ill|angry|upset)|starts a fight|kicks off)\b)",
        unless=r"\b(?:toxic|we agreed|social media detox|on a diet)\b",
    )
    add(
        "posed_as_me",
        CONTROL,
        "crisis",
        # Getting into someone's accounts to speak as them cuts them off from their own people.
        r"\b(?:logged into|logs into|logging into|got into|gets into|hacked|went on|goes on) my (?:email|emails|account|"
        r"accounts|phone|facebook|instagram|insta|whatsapp|messages|socials)\b[^.!?]{0,80}\b(?:pretend\w*|posing|"
        r"as if (?:it was|she was|he was) me|as me|messag\w* my|text\w* my|told my|blocked|deleted)\b",
        negatable=False,
        unless=r"\b(?:as a joke|prank|birthday surprise|surprise party|with my permission|i asked (?:him|her))\b",
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
    # Confined: "a lock on the outside of the bedroom door", "tek all mi pay and lock di gate... mi
    # cyaan go nowhere".
    add(
        "locked_from_outside",
        CONTROL,
        "crisis",
        r"\block on the outside of (?:the|my|our|her|his) (?:bedroom |bathroom |room |front )?door\b|"
        r"\block\w* (?:the|di|da|de) (?:gate|door)\b[^.!?]{0,40}\b(?:can'?t|cyaan|cannae|cant|caan) go (?:nowhere|anywhere|out)\b|"
        r"\b(?:take|takes|took|tek|teks) all (?:my|mi|me) (?:pay|wages|money|salary)\b",
        negatable=False,
    )
    # Papers held and a debt to work off: "her 'sponsor' keeps her documents and says she has to go
    # with his friends to pay off the flight", "tells her she has to 'do stuff' with his mates".
    add(
        "held_and_owed",
        (CONTROL, SEXUAL),
        "crisis",
        r"\b(?:keeps|kept|holds|took|takes|has) (?:her|his|their|my) (?:documents|passport|papers|id|visa|money|wages|bank card)\b"
        r"[^.!?]{0,80}\b(?:has to|have to|had to|made to|makes (?:her|him|me)|tells (?:her|him|me) (?:she|he|i) (?:has|have) to) "
        r"(?:go|sleep|do|be nice|work)\b|\b(?:passport|documents|papers|visa)\b[^.!?]{0,50}\bunless i (?:do what (?:he|she) wants|"
        r"sleep with|have sex|do it|do stuff)\b|\b(?:has|have|had) to ['‘]?(?:do (?:stuff|things|favours|bits)|go|sleep)['’]? "
        r"(?:with|for) (?:his|her|their) (?:mates|friends|boys|clients|guys)\b",
        negatable=False,
    )
    add(
        "locked_in",
        CONTROL,
        "crisis",
        r"\b(?:locks|locked|locking|lock) me (?:in|out|inside|outside)\b|\b(?:shuts|shut|shutting) me "
        r"(?:in|inside|outside|out of (?:the|my|our|his|her) (?:house|flat|home|car|room|bedroom|place))\b|"
        r"\b(?:changed|changes|changing) the (?:wifi|internet|router|locks?|door code|alarm code)"
        r"(?: password)?\b(?=[^.!?]{0,60}\b(?:only|so i|won't|without|can't|locked|took my|after (?:we|i) "
        r"(?:argued|fought|rowed))\b)|"
        r"\b(?:hid|hides|took|takes|hide|disabled|cuts off|cut off) (?:my |the )?(?:car keys|keys|"
        r"phone|charger|router|wifi|internet|sim(?: card)?|passport)\b(?=[^.!?]{0,60}\b(?:so (?:i|that i) (?:can't|couldn't|"
        r"wouldn't)|until|unless|when (?:he|she)'s (?:not|out)|my fault|after (?:we|i) (?:argued|fought|rowed|had a row)|"
        r"to punish|as (?:a )?punishment)\b)",
        negatable=False,
        unless=r"\b(?:by accident|accidentally|locked myself|the kids|toddler|joke|out of the bathroom|face mask|"
        r"tim tam|fair cop|surprise|earplugs|(?:forgot|left|lost) (?:my|the|his|her) keys|"
        # keys hidden from a driver who had been drinking
        r"(?:wouldn't|couldn't|didn't|can't) drive|work party|(?:over|under) the limit|drinks?|drunk)\b",
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
        not_before=IF_EVER,
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
        unless=APPROVAL
        + "|"
        + _ERRAND
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
    # -- Broader phrasings: verb and object families the direct rules leave out.
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
        unless=APPROVAL + r"|\b(?:budget|diet|we both|both of us|detox|kids|teenager|our son|our daughter)\b",
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
        unless=APPROVAL + r"|\b(?:the kids|our son|our daughter|teenager|scam|fraud|hacked|bedtime|"
        r"exam|revision|storm|bill)\b",
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
        unless=APPROVAL + r"|\b(?:holiday|trip|festival|concert|baby|the kids|the dog|for fun|funny)\b",
        negatable=False,
    )
    # -- The other voice: the partner who does it, speaking to the person it is done to.
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
        unless=APPROVAL + r"|\b(?:tax|accountant|expenses|claim|refund|return it|budget together)\b",
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
        unless=APPROVAL
        + r"|\b(?:lol|haha|joke|kidding|snacks?|the kids|teenager|curfew|your son|your daughter|"
        r"doctor said|fraud|scam|stolen|hacked|lost (?:it|your card)|pin was)\b",
        negatable=False,
    )
    # -- Structure: who did what to whom, in any voice.
    add(
        "dont_come_home",
        CONTROL,
        "crisis",
        r"\b(?:if you (?:go|see|meet|visit|spend)|you go)\b[^.!?]{0,50}\b(?:don't|do not) (?:bother|even "
        r"think about) coming (?:home|back)\b",
        requires=r"\b(?:them|friends|mates|your (?:sister|brother|mum|dad|family|parents|friends|mates)|"
        r"the girls|the lads|that lot|out)\b",
        unless=TRIVIAL_STAKES + r"|\b(?:without (?:milk|bread|the)|pizza|takeaway|chips)\b",
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
        unless=APPROVAL + r"|\b(?:asked me to|you asked|for the tax|for work|scam|spam|the bank)\b",
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
        r"(?:support|help)|so you can't lose)\b|"
        # a parent's rule that ends with an age ("no phone till he's 12")
        r"\b(?:till|until) (?:he|she|they)(?:'s|'re| is| are| turns?) \d+",
        not_before=IF_EVER,
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
        unless=APPROVAL + r"|\b(?:big|large|expensive|over £|over \$|house|mortgage|car purchase|"
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
        unless=APPROVAL + r"|\b(?:outfit|dress|the view|the menu|beach|sunset|cute|hair|new)\b",
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
        unless=APPROVAL + r"|\b(?:covid|ill|sick|contagious|flu|quarantine|isolating)\b",
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
        unless=APPROVAL,
        negatable=False,
    )
    add(
        "hand_over_pay",
        CONTROL,
        "crisis",
        r"\b(?:had to|have to|has to|make me|made me|makes me|making me|must) (?:hand|give|turn|pass) "
        r"(?:over |in )?(?:my|her|his|all my|every) (?:payslips?|wages|pay|salary|pay packet|bank card|"
        r"cards|phone|passport|money|benefits|tips|earnings|child benefit)\b",
        unless=APPROVAL + r"|\b(?:mortgage application|accountant|tax return|landlord|letting agent|"
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
        unless=APPROVAL + r"|\b(?:we both|together|budget together|for the tax|expenses|business)\b",
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
        unless=APPROVAL + r"|\b(?:insurance|learner|provisional|licence|license|l plates|visa|doctor|"
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
        "prevents_autonomy",
        CONTROL,
        "crisis",
        rf"{REAL}\b{CTL_AGENT} {ASIDE}(?:won't|doesn't|don't|didn't|never|wouldn't|refuses? to|refused to) let "
        rf"{WHO} {AUTONOMY}\b|\b{CTL_AGENT} {ASIDE}(?:stopped|stops|stop|banned|bans|ban|"
        rf"forbade|forbids|forbid|blocks|blocked|prevents|prevented) {WHO} (?:from )?((?:seeing|going|"
        r"working|talking|having|driving|leaving|calling|visiting|wearing|spending|getting a job))\b",
        # "I'm not saying you stop me seeing them" denies the act.
        not_before=HYPOTHETICAL
        + r"|\b(?:not|never|no|n't)\b(?: [\w']+){0,2} $|\b(?:doctor|nurse|gp|police|court|judge|teacher|coach)\b[^.!?]{0,30}$",
        unless=APPROVAL + r"|\b(?:drunk|drink\w*|pints?|over the limit|pissed|tired|ill|sick|fever|covid|"
        r"contagious|doctor|surgery|operation|storm|snow|ice|icy|dark|late at night|alone at night|"
        r"licence|license|insurance|learner|underage|homework|bedtime|grounded|teen\w*|1[0-7]\b|work "
        r"(?:late|through|weekends|overtime|when))|" + CARE_OR_JOKE,
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
        not_before=HYPOTHETICAL,
        unless=APPROVAL + r"|\b(?:to the bank|for safekeeping|by mistake|back|joint|we (?:share|pool)|"
        r"pay (?:the|in)|into account|for the holiday|savings pot|jar|gambl\w*|asked (?:him|her|me) to)\b",
        negatable=False,
    )
    add(
        "rations_money",
        CONTROL,
        "crisis",
        rf"{REAL}\b{CTL_AGENT} {ASIDE}(?:make|makes|made|making) {WHO} (?:ask|beg|plead) (?:for|before) "
        r"(?:money|cash|every penny|food|groceries|the car|anything|permission|spending)\b|"
        rf"{REAL}\b{CTL_AGENT} {ASIDE}(?:decide|decides|decided|choose|chooses) what (?:i|you|she|he|me) "
        r"(?:can|can't|could|couldn't|am allowed to|are allowed to|is allowed to|get to) "
        r"(?:and can't |and cannot )?(?:buy|wear|eat|spend|do|say|watch|see)\b|\b(?:gives|give|gave) "
        rf"{WHO} (?:pocket money|an allowance|a (?:weekly|monthly) allowance)\b",
        not_before=HYPOTHETICAL,
        unless=APPROVAL + r"|\b(?:kids?|son|daughter|teen\w*|restaurant|menu|film|tonight|for dinner|"
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
        not_before=HYPOTHETICAL,
        unless=APPROVAL + r"|\b(?:for (?:the|our) (?:budget|tax)|budget together|we both|each other|"
        r"fraud|scam|hacked)\b",
        negatable=False,
    )
    add(
        "owns_passwords",
        CONTROL,
        "crisis",
        rf"{REAL}\b{CTL_AGENT} {ASIDE}(?:has|have|had|knows?|demands?|demanded|changed|changes|change|took|"
        r"takes) (?:all )?(?:the |my |your |her |his )?(?:passwords|passcodes|logins|pins?) (?:to|for|of) "
        r"(?:all )?(?:my|your|her|his) (?:accounts|email|phone|bank|socials|everything)\b"
        r"(?=[^.!?]{0,50}\b(?:changes?|changed|locks?|locked|won't|doesn't|don't|checks?|demand\w*|"
        r"whenever|without)\b)",
        not_before=HYPOTHETICAL,
        unless=APPROVAL + r"|\b(?:in case|emergency|if anything happens|password manager|we agreed)\b",
        negatable=False,
    )
    add(
        "turned_against",
        CONTROL,
        "crisis",
        rf"{REAL}\b{CTL_AGENT} {ASIDE}(?:turned|turns|turning|turn|poisoned|poisons) (?:my|your|her|his|all "
        rf"(?:my|your)|the) (?:family|friends|mum|dad|kids|children|sister|brother|parents|mates) "
        rf"against {WHO}\b",
        not_before=HYPOTHETICAL,
        negatable=False,
    )
    # Everyday life run through the partner: the small, concrete details people give instead of
    # naming control ("I can't spend anything without texting him first", "he counts the miles").
    add(
        "money_gatekept",
        CONTROL,
        "crisis",
        r"\bspend (?:anything|a penny|any money|money|a cent|a thing)\b[^.!?]{0,25}\bwithout (?:asking|texting|"
        r"telling|checking with|running it past) (?:him|her)\b|\b(?:withdraws|withdrew|takes out|took out|empties|"
        r"emptied|moves|moved) all (?:the|our|my) money\b(?=[^.!?]{0,60}\b(?:so i|so that i|whenever i|when i)\b)|"
        r"\b(?:won't|doesn't|don't|will not) (?:let|allow) me (?:to )?have any(?: money| cash| of my own)?\b"
        r"(?=[\s\S]{0,60}\b(?:money|nothing|cash|pay|shoes|food|bills)\b)|\b(?:he's|she's|he has|she has) got "
        r"my (?:wages|salary|pay|money|bank cards?)\b|\b(?:collects|takes|keeps) my (?:salary|wages|pay) "
        r"(?:directly|straight|every|each|from)\b",
        negatable=False,
        unless=r"\b(?:each other|we (?:both )?agreed|we'd agreed|over £|over \$|big purchases?)\b",
    )
    add(
        "watched_daily",
        CONTROL,
        "crisis",
        r"\b(?:counts|checks|writes down) the (?:miles|mileage)\b|\bgoes through the bins\b|\bnotification every "
        r"time (?:the car|i|it) (?:moves|leaves)\b|\bstands? outside the (?:bathroom|door|room) when i'm on the "
        r"phone\b|\breads (?:every|all) (?:of )?(?:my )?(?:messages?|texts?|emails?) before i send\b|\breads my "
        r"(?:diary|journal)\b",
        negatable=False,
        not_before=r"\b(?:i|we) $",
    )
    add(
        "cut_off_daily",
        CONTROL,
        "crisis",
        r"\b(?:says|said|tells me) i can't have (?:any )?(?:male |female |guy |girl |men |women )?friends\b|"
        r"\b(?:need|have) to (?:check|clear it) with (?:him|her) (?:first )?before (?:a |i |getting |buying |"
        r"wearing |going )?(?:haircut|clothes|what i (?:wear|order|eat)|see|go out|going out)\b|\btakes? (?:my|"
        r"their|the|her) (?:car )?keys\b[^.!?]{0,40}\bso (?:i|they|she) (?:can't|cannot|couldn't) leave\b",
        negatable=False,
    )
    add(
        "speaks_for_me",
        CONTROL,
        "crisis",
        r"\b(?:answers|talks|speaks) (?:the questions )?for me\b",
        requires=r"\b(?:doctor|gp|appointment|lessons|alone)\b",
        negatable=False,
    )
    add(
        "drives_me_everywhere",
        CONTROL,
        "crisis",
        r"\bnow (?:he|she) drives me everywhere\b",
        requires=r"\b(?:(?:sold|took|hid|hides|moves|moved) my (?:car|keys)|shouldn't drive|doesn't like me driving)\b",
        negatable=False,
    )
    # Money, things and people kept from them, told as one detail among other news.
    add(
        "kept_from_money",
        CONTROL,
        "crisis",
        r"\b(?:won't|doesn't|will not|refuses to) (?:let me see|show me|tell me what's in) (?:the|our|my) (?:accounts?|"
        r"bank|statements?|finances|money)\b|\b(?:cancelled|cancels|froze|frozen) my (?:bank |debit |credit )?"
        r"cards?\b(?![^.!?]{0,40}\b(?:fraud|stolen|lost|scam))|\b(?:collects|collecting|holds onto|holds on to|"
        r"keeps|takes) (?:my|her|his) (?:payslips|wages|salary|pension|benefits)\b|\bhand (?:him|her) (?:my|the) "
        r"change\b|\b(?:took|taken|takes) out (?:\w+ ){0,3}(?:credit cards?|loans?|contracts?|overdrafts?) in my "
        r"name\b|\bmoves? (?:the )?money out (?:whenever|every time|when) we (?:argue|row|fight)\b|\bchecks the "
        r"time on the receipt\b",
        negatable=False,
        unless=r"\b(?:i asked (?:him|her) to|we (?:both )?agreed|fraud|scam)\b",
    )
    add(
        "kept_from_life",
        CONTROL,
        "crisis",
        r"\b(?:has to|must|needs to) approve (?:every|my|all my|what i) (?:outfits?|clothes|wear)\b|\bcut up (?:a|my|"
        r"the) (?:dress|clothes|top|skirt)\b|\bdecides? which (?:friends|people) (?:are |is )?['\"]?(?:safe|ok|"
        r"allowed|good)\b|\bmade me delete (?:her|his|their|my \w+'s) number\b|\bgets? (?:our|my|the) (?:\d+ year "
        r"old|kids?|son|daughter|children) to (?:report|spy|tell (?:him|her) (?:who|where|if))\b|\blocks (?:her|me|"
        r"him) in (?:when|while|every|at|before)\b|\b(?:put|puts) a lock on the phone\b|\b(?:keeps|holds onto|holds "
        r"on to|hides) (?:my|his|her) (?:medication|meds|tablets|antidepressants|pills|inhaler|insulin|heart "
        r"tablets)\b(?=[\s\S]{0,100}\b(?:gives?|hands?|decides?|one at a time|go without|difficult|earned|good)\b)|"
        r"\b(?:keeps|hides|hid|took) (?:the|my|his|her) (?:scooter charger|charger|wheelchair|chair|walking stick|"
        r"crutches|hearing aids|licence|license|shoes)\b[\s\S]{0,80}\b(?:only gives|if i've been|so i can't|can't "
        r"get out|too ill|after i went)\b|\b(?:video|facetime) calls? (?:her|his|my) (?:husband|wife|partner|"
        r"boyfriend|girlfriend)\b[^.!?]{0,50}\bso (?:he|she) can see\b|\brings? my (?:employer|work|boss|manager) "
        r"pretending\b|\bcompares my location\b|\bmakes? me (?:screenshot|send (?:her|him)) (?:my|all my) (?:chats|"
        r"messages)\b|\btracker (?:under|on|in) (?:the|my) (?:bumper|car)\b",
        negatable=False,
        not_before=r"\b(?:i|we) $",
    )
    return book.rules
