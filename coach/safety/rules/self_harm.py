"""Phrase rules for suicide and self-harm, and the concern-level signs around them."""

from __future__ import annotations

from coach.safety.rules.model import SELF_HARM, Rule, RuleBook
from coach.safety.rules.vocabulary import KID_SELF_HARM, MODAL_BEFORE, ONLY_KID_SELF_HARM, REFLEXIVE

# "Starving herself" for a fast kept for faith or charity is hunger chosen for a day.
_FASTING = r"\b(?:fast|fasting|ramadan|lent|sponsored)\b"


def rules() -> list[Rule]:
    book = RuleBook()
    add = book.add

    add(
        "suicide_word",
        SELF_HARM,
        "crisis",
        r"\b(?:suicid\w*|self-harm\w*|kill(?:ing|ed|s)? " + REFLEXIVE + r"|kms|take (?:my|his|her|"
        r"their) (?:own )?life|took (?:his|her|their|my) (?:own )?life|taking (?:my|his|her|their) "
        r"(?:own )?life|end(?:ing|ed)? (?:my|his|her|their) (?:own )?life|end(?:ing)? it all|"
        r"off(?:ing)? "
        + REFLEXIVE
        + r"|top(?:ping)? "
        + REFLEXIVE
        + r"|do(?:ing)? "
        + REFLEXIVE
        + r" in|neck(?:ing)? "
        + REFLEXIVE
        + r"|end "
        + REFLEXIVE
        + r"|hang(?:ing|ed)? "
        + REFLEXIVE
        + r"|overdos\w*|od'?d|(?:cut|cutting|slit|slitting|slashed|slash) (?:my|his|her|their) "
        r"wrists?)\b",
        unless=r"\bsuicide (?:squad|doors?|mission|run|bid for|pact with (?:the|my) diet)\b|"
        r"\boverdose of (?:sugar|chocolate|caffeine|coffee|cuteness|sun|carbs|telly|tv|netflix|cake)\b|\bsugar overdose\b|"
        # overdoses as a ward's cases: "we're both nurses so dinner chat is all blood and overdoses"
        r"\b(?:nurses?|paramedics?|a&e|on the ward|work talk|shop talk)\b[^.!?]*\boverdoses\b|"
        r"^(?!.*\b(?:again|lately|recently|started|relapse\w*|back to)\b).*\b(?:used to|years ago|as a "
        r"(?:teen|teenager|kid)|when i was (?:younger|a teen\w*|at school|little))\b[^.!?]*\b(?:(?:but|and) "
        r"(?:i'm|i've been|i am|it's|that's|things are|i'm doing) (?:fine|ok|okay|good|better|well|clean|"
        r"over|past|behind me|much better)|(?:therapy|counselling|treatment|medication|it) (?:really )?"
        r"helped|in a (?:good|better) place|doing (?:well|better|fine) now|recovered|better now|fine now)\b|"
        + ONLY_KID_SELF_HARM,
        on_humour="concern",
    )
    # Signs of self-harm seen in a partner: a blade kept close and arms always covered.
    add(
        "hidden_harm_signs",
        SELF_HARM,
        "crisis",
        r"\b(?:arms?|wrists?|thighs?) (?:are |is )?(?:always |all |still )?(?:covered|hidden|bandaged)\b|"
        r"\bhid(?:e|ing) (?:my|her|his|the) (?:arms?|wrists?|thighs?|cuts|scars)\b|\bcuts\b[^.!?]{0,20}\b(?:getting|got|get) deeper\b|"
        r"\b(?:long sleeves|(?:a )?hoodies?|jumpers?|sleeves down) (?:\w+ ){0,3}(?:even )?in (?:summer|the heat|hot weather|30 degrees)\b",
        requires=r"\b(?:razors?|blades?|cuts|cutting|scars|marks|plasters)\b",
        negatable=False,
    )
    # "went deeper than usual last night. wearing long sleeves to the bbq"
    add(
        "deeper_than_usual",
        SELF_HARM,
        "crisis",
        r"\bwent deeper than (?:usual|before|last time|i meant)\b",
        requires=r"\b(?:sleeves|hoodie|arms?|wrists?|thighs?|hide|hiding|cover\w*|scars?|blades?|razors?|plasters?)\b",
        negatable=False,
    )
    # A parent telling of a child's self-harm: a check-in with self-harm support, not crisis routing
    # for the speaker. The speaker's own words in the same sentence keep ``suicide_word`` at crisis.
    # Self-harm in the past, named without "myself": "i used to cut as a teen". A check-in, and
    # crisis again once it has come back.
    add(
        "past_self_harm",
        SELF_HARM,
        "concern",
        r"\bi used to (?:cut|self[- ]?harm|burn)\b(?! (?:my|the|his|her|it|back|down|out|off|up|class|school|corners))",
        escalate=r"\b(?:again|started|urges?|relapsed?|lately|these days|tempted)\b",
        negatable=False,
    )
    add(
        "kid_self_harm",
        SELF_HARM,
        "concern",
        KID_SELF_HARM,
        negatable=False,
    )
    add(
        "want_to_die",
        SELF_HARM,
        "crisis",
        r"\b(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|prefer|longing|long|praying|"
        r"pray|hope|hoping) to (?:just )?(?:die|be dead|stop existing|not exist|not be alive|not be here|"
        r"disappear forever|go to sleep and not wake up|fall asleep and never wake up|not wake up|never "
        r"wake up|end (?:it|things|everything|my life|the pain))\b(?! (?:with|between|on|for (?:work|the)))"
        # "not wake up till Monday": sleep with an end in sight is exhaustion, not a wish to die.
        r"(?! (?:(?:till|until|til|'til) (?:(?:at least|like|about|around|next|this|the) )?(?:monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|noon|midday|lunch\w*|"
        r"tomorrow|week|month|spring|summer|christmas|new year|payday|half term|holidays|\d)|for (?:a|an|the "
        r"next|two|three|a few|a couple of|\d+) (?:hours?|days?|weeks?|months?|year))\b)",
        # embarrassment: "I want to die every time he sings in the shower"
        unless=r"\bevery time (?:he|she|they|you|my \w+) (?:sings|dances|snores|tells (?:that|the)|brings (?:up|out)|"
        r"shows (?:people|everyone|them)|posts)\b",
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
        # "i just want it all to stop. permanently."
        escalate=r"\b(?:permanently|forever|for good|for ever)\b",
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
        unless=r"\b(?:around much|next (?:week|month)|the audit|busy season|trip|holiday|vacation|travel|away|abroad|work(?:ing)? (?:late|away)|conference|"
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
        unless=r"\b(?:moving out|spare room|out of your (?:way|hair))\b",
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
        r"being alive|going on|carrying on|existing|me being here|me even being here|even being here|any of it anymore)\b|"
        # "what's the point of me" alone, not "of me saying anything", which is about being heard
        r"\bwhat's the point (?:of|in) me(?:\s+(?:anymore|any more|at all|now|even))?\s*(?:[.!?,]|$)",
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
        unless=r"\b(?:heatwave|the heat|humid\w*|as a (?:human|sentient) \w+)\b",
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
        r"nosebleed|dentist|vet|the dog|the cat|will and|life insurance policy|requiem|choir|hymns?|singing|music)\b",
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
        # "the point of waking up early on my day off" is about the alarm clock, not about living.
        r"going|being here|waking up(?! (?:early|at |before |so early|this early|on (?:a|my|the|weekends|"
        r"saturdays|sundays)\b|for (?:work|school|the)\b)))\b|\b(?:everyone|they|you|people|my family|the "
        r"kids|you all) "
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
        r"meeting|shift|flight|party|game|vet|the dog|the cat|puppy|kitten|pet|plant|tree|seedlings?)\b",
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
        # "said goodbye to everyone like he was never coming back. he's starting night shifts"
        unless=r"\b(?:like|as if) (?:he|she|they|i|you) (?:was|were)\b|\bnight shifts?\b|\bso dramatic\b",
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
    # A life that is not wanted at all: "if this is my life, I'd rather not have one".
    add(
        "rather_not_have_one",
        SELF_HARM,
        "crisis",
        r"\b(?:i'd|i would|id) (?:much |honestly )?rather not have (?:one|a life|one at all|it at all)\b",
        requires=r"\blife\b",
        negatable=False,
    )
    # A farewell sent as the last word: "this is the last message I'll send".
    add(
        "last_message",
        SELF_HARM,
        "crisis",
        r"\b(?:the|my) (?:very )?last (?:message|text|msg) (?:i'?ll|ill|i will|i'm going to|you'?ll) (?:ever )?"
        r"(?:send|get from me|write)\b|\b(?:you won't|you'll never) (?:hear|get) (?:from|anything from) me again\b",
        requires=r"\b(?:sorry|goodbye|bye|love you|thank you|thanks|kind|forgive|for everything|take care)\b",
        unless=r"\b(?:about|re|on (?:this|the)|tonight|today|group|chat|thread|promise|till|until|before|"
        r"the meeting|the party|the trip|work|topic)\b",
        negatable=False,
    )
    # Belongings passed on so nobody has to clear them afterwards.
    add(
        "spare_the_clearing",
        SELF_HARM,
        "crisis",
        r"\b(?:sort|sorting|clear|clearing|go|going|deal|dealing) (?:through|out|with) (?:it all|all (?:of )?"
        r"(?:it|this|that|my \w+)|my (?:stuff|things|belongings|room|flat|bits))\b[^.!?]{0,15}\b(?:later|after(?:wards)?|"
        r"when i'?m gone|once i'?m gone|after i'?m gone)\b",
        requires=r"\b(?:gave|giving|given|give|left|leaving|easier|so (?:he|she|they|you|nobody|no one)"
        r"(?: won't| doesn't| don't| wont)?)\b",
        unless=r"\b(?:mov\w*|declutter\w*|charity|car boot|ebay|vinted|downsiz\w*|spring clean|holiday|"
        r"trip|renovat\w*|nan|grandma|grandad|dad's|mum's|funeral|passed)\b",
        negatable=False,
    )
    # The edge of a drop, with the pull towards it: "wondering if today's the day I don't step back".
    add(
        "edge_pull",
        SELF_HARM,
        "crisis",
        r"\bedge of (?:the |a )?(?:platform|tracks|cliff|bridge|roof|balcony|car park)\b",
        requires=r"\b(?:wonder(?:ing)? (?:if|whether|what (?:it|one step))|step back|step off|step forward|one step|lean(?:ing)? (?:over|forward)|"
        r"jump\w*|tempt\w*|pull\w*|drawn|urge|what if|today'?s the day|the day i)\b",
        unless=r"\b(?:view|photo|picture|selfie|mind the gap|sunset|sunrise|vertigo|scared of heights|"
        r"afraid of heights|seat|story|film|book|novel)\b",
        negatable=False,
    )
    # "I've been working out how many of my gran's pills it would take"
    add(
        "pill_count",
        SELF_HARM,
        "crisis",
        r"\b(?:working out|worked out|work out|looked up|looking up|counting|counted|googl\w+|checking|checked) how many (?:of )?"
        r"(?:[\w']+ ){0,2}(?:pills|tablets|paracetamol|painkillers|sleeping pills)\b[^.!?]{0,25}\b(?:it would take|it'd take|would do it|to take)\b",
        negatable=False,
    )
    # A drop that looks like peace, visited again: "standing on the bridge near work at lunch again.
    # the water looks so peaceful from up here".
    add(
        "drawn_to_drop",
        SELF_HARM,
        "crisis",
        r"\b(?:bridge|edge|platform|cliff|roof|rooftop|tracks|balcony|ledge|water|river|drop)\b[^.!?]{0,40}\b(?:looks?|seems?|"
        r"felt|feels) (?:so )?(?:peaceful|calm|inviting|tempting|like (?:a )?relief)\b",
        requires=r"\b(?:again|keep|kept|every (?:day|night|lunch)|standing on|stood on|on my own|alone)\b",
        unless=r"\b(?:holiday|view|photo|picture|trip|sunset|sunrise|hike|hiking|walk with|swim|paddle|boat|we)\b",
        negatable=False,
    )
    # Not planning to be here: "I don't plan on being around long enough to see the first payslip";
    # a second funeral imagined: "keep thinking it'd be easier to just book two".
    add(
        "not_planning_to_be_here",
        SELF_HARM,
        "crisis",
        r"\b(?:don'?t|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:being|be|still be) "
        r"(?:around|here|alive) (?:long enough|for long|much longer|by then|to see)\b|"
        r"\beasier to (?:just )?(?:book|plan|arrange|order|make it) two\b(?=[\s\S]*\b(?:funeral|coffin|wake|cremation|plot)s?\b)|"
        r"\b(?:funeral|coffin|cremation|plot)s?\b[\s\S]{0,60}\beasier to (?:just )?(?:book|plan|arrange|order|make it) two\b",
        negatable=False,
    )
    # Standing too close to a drop, again: "i keep standing a bit too close to the edge".
    add(
        "too_close_to_edge",
        SELF_HARM,
        "crisis",
        r"\b(?:standing|stand|stood|stepping|step|lean(?:ing)?) (?:[\w']+ ){0,4}?(?:too )?close to the (?:edge|tracks|line|drop)\b",
        requires=r"\b(?:keep|kept|again|every|point|line|tracks|train|platform|bridge|depot)\b",
        unless=r"\b(?:photo|selfie|view|mind the gap|kids?|toddler)\b",
        negatable=False,
    )
    # Things given away with goodbyes, and a sudden calm: "given away his golf clubs... a proper
    # goodbye to the neighbours... so calm since".
    add(
        "giving_away_goodbye",
        SELF_HARM,
        "crisis",
        r"\b(?:given|gave|giving) (?:away )?(?:his|her|their|my) (?:golf clubs|watch|tools|guitar|medals|ring|things|stuff|"
        r"books|records|collection|fishing gear|bike)\b",
        requires=r"\b(?:goodbye|so calm|at peace|look after|sorted (?:his|her|my) affairs|won't be needing)\b",
        unless=r"\b(?:moving|downsiz\w*|emigrat\w*|care home|retir\w*|charity shop|declutter\w*)\b",
        negatable=False,
    )
    # Setting oneself alight, threatened or done: "she will pour kerosene on herself and light it".
    add(
        "self_immolation",
        SELF_HARM,
        "crisis",
        r"\b(?:pour|pours|poured|pouring|douse|doused|dousing|throw|threw) (?:\w+ )?(?:kerosene|petrol|gasoline|paraffin|"
        r"lighter fluid|diesel) (?:on|over) (?:herself|himself|myself|themselves)\b|\bset(?:ting)? (?:herself|himself|myself|"
        r"themselves) (?:on fire|alight|ablaze)\b",
        negatable=False,
    )
    # The pull told as how little it would take: "think how easy it'd be to just step forward".
    add(
        "easy_step",
        SELF_HARM,
        "crisis",
        r"\bhow easy it(?:'d| would| will|'ll) be to (?:just )?(?:step (?:forward|off|out|in front)|jump|let go|"
        r"swerve|drive off|not wake up|end it|take (?:them|it) all|disappear)\b",
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
        unless=r"\b(?:before the move|travel(?:ling)? light|declutter\w*|charity shop|party|leaving do|moving (?:house|abroad|away|out)|farewell do|last day|new job|"
        r"emigrat\w*|travelling|trip|holiday|funeral|hospital|hospice|nan|grandma|grandad|granny|"
        r"grandpa|dying|passed away|relocat\w*|retire\w*)\b",
    )
    add(
        "wont_need",
        SELF_HARM,
        "crisis",
        r"\b(?:won't|will not|wouldn't|shan't) be needing (?:it|them|these|those|any of (?:it|this|"
        r"them)|either (?:of )?(?:them|it|one)|both of (?:them|those)|my \w+)(?=\W*$|[.!?,;]| anymore| any more| where| soon| after)|"
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
        unless=r"\b(?:pharmacy|chemist|short-?chang\w*|prescription is|repeat prescription)\b",
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
        r"\b(?:took|taken|swallowed|swallow|swallowing|take|taking|downed) (?:all|a whole|the whole|a bunch of|loads of|"
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
        "wouldnt_mind_dying",
        SELF_HARM,
        "crisis",
        # "if a bus hit me tomorrow I wouldn't mind": a passive wish to die told as indifference.
        r"\bif (?:a (?:bus|car|truck|lorry|train|plane)|something|anything) (?:hit|hits|took|takes|killed|kills) me\b"
        r"[^.!?]{0,40}\b(?:wouldn'?t (?:mind|care)|would be a relief|not (?:mind|care)|i'?d be relieved)\b|"
        r"\bstopped looking (?:when|before) i cross\b",
        negatable=False,
    )
    add(
        "where_things_are",
        SELF_HARM,
        "crisis",
        # A partner putting affairs in order: "told me where all the paperwork is and what to do with the house"
        r"\b(?:told|showed|shown|tells|showing) me where (?:all )?(?:the|her|his|my) (?:\w+ )?(?:paperwork|passwords?|documents|will|"
        r"insurance|policy|policies|bank details|pin numbers?) (?:is|are)\b[^.!?]{0,60}\b(?:what to do|in case|when (?:she|he)'s "
        r"gone|if anything)\b",
        negatable=False,
    )
    add(
        "taken_in_sleep",
        SELF_HARM,
        "crisis",
        # "every night I pray God takes me in my sleep": a wish to die put in a god's hands.
        r"\b(?:god|allah|jesus|the lord|lord|the universe|death)(?: would| will| could| to)? (?:just )?(?:takes?|took) "
        r"me\b(?= (?:in my sleep|away|home|tonight|now|soon|already|first|before)\b|\s*[.!?]|\s*$)",
        requires=r"\b(?:pray|prayed|praying|prayers|wish|wishing|wished|hope|hoping|asking|ask|beg|begging|want)\b",
        unless=r"\b(?:thank|thanks|grateful|blessed|takes me (?:back|to))\b",
    )
    add(
        "jump",
        SELF_HARM,
        "crisis",
        r"\b(?:jump|jumping|jumped|throw myself|throwing myself|step|stepping|stepped|walk|walking|"
        r"drive|driving|drove|crash|crashing) (?:off|from|in front of|into) (?:a |the |my |our )?(?:bridge|cliff|"
        r"building|roof|train|bus|lorry|truck|car|traffic|tracks|sea|river|oncoming traffic|motorway|"
        r"balcony|window|ledge|car park|multi-storey|block of flats|block|hdb|tower|top floor|"
        r"tree|wall)\b",
        negatable=True,
        requires=r"\bif i\b|\b(?:want|wanted|thought|thinking|think|urge|tempted|feel like|felt like|could|"
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
        + REFLEXIVE
        + r"\b|\b(?:he|she|they|my \w+|i) (?:\w+ )?(?:cuts|burns|hurts|harms|scratches|hits|punches|"
        r"bites|starves|injures|punishes) (?:him|her|my|them)self\b|\b(?:cutting|burning|harming|"
        r"hurting|scratching|starving) (?:him|her|my|them)self\b|\b(?:cutting|self-harming) again\b|"
        r"\b(?:he's|she's|they're|i've|he|she|i) (?:been |started |gone back to |back to |is |was )"
        r"cutting(?: again)?\b",
        unless=r"\b(?:(?:my|his|her|own) (?:hair|fringe|nails|beard)|hair ?cut|shaving|chopping|cooking|accident\w*|by mistake|on the (?:oven|stove|pan|iron|"
        r"kettle|grill|hob)|gym|lifting|running|football|skiing|fell|trip\w*|cutting (?:back|down|out|up|"
        r"(?:me|him|her|us|them|you) (?:out|off|some slack)|"
        r"corners|ties|costs|hair|the grass|the lawn|the cake|onions?|wood|carbs|sugar|it close|off)|"
        r"burning (?:the|out|calories|a candle|bridges|the midnight)|sprain\w*|pull\w* a muscle)\b|"
        + _FASTING,
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
        # "What's the point of ironing shirts" is about a chore, not about going on.
        # "What's the point of me saying anything" is about not being heard.
        unless=r"\bpoint (?:of|in) (?:me (?!(?:even )?being\b)\w+ing\b|(?!(?:anything|living|life|trying|going on|carrying on|"
        r"being here|it all|me|getting up|waking up|any of (?:it|this))\b)(?:this|that|the|these|those|a|an|\w+ing)\b)",
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
        r"\bdrives?\b|"
        # "started smoking weed every night to deal with how lonely i feel"
        r"\b(?:smok\w+|vap\w+|taking|popping|using) (?:\w+ ){0,2}(?:weed|pot|joints?|pills|coke|ket)\b[^.!?]{0,30}"
        r"\b(?:to (?:cope|deal with|get through|forget|numb|sleep|switch off|escape)|every (?:night|day)|the only (?:time|way|thing))\b",
        negatable=False,
    )
    add(
        "eating",
        (),
        "concern",
        r"\b(?:threw|throw|throwing|made myself|make myself|making myself|makes herself|makes himself|"
        r"made herself|made himself) (?:up|sick) after (?:eating|dinner|meals?|lunch|breakfast|food)\b|"
        r"\bpurg\w+\b|\bbinge(?:ing|d)? and\b|\b(?:starving|starve) myself\b|\b(?:haven't|have not|hasn't|barely|hardly) eaten (?:properly |anything )?(?:in|for) "
        r"(?:days|\d+ days|(?:the last |a )?(?:two|three|four|five|six|seven|few|several|couple of) days|a week|over a week|"
        r"weeks)\b",
        negatable=False,
    )
    add(
        "meds_stopped",
        (),
        "concern",
        r"\b(?:stopped|stopping|quit|come off|came off|coming off|not taking|stop taking|stopped taking|"
        r"binned|flushed|threw away|thrown away|chucked|chucked out|threw out)"
        r" (?:taking )?(?:all )?(?:my|his|her|the|their) (?:medication|antidepressants|pills|tablets|lithium|"
        r"sertraline|prozac|fluoxetine|citalopram|meds|prescription|mood stabilisers?|antipsychotics?)\b",
        negatable=False,
    )
    # Medication stopped as a way of giving up: "binned my antidepressants on purpose, if I spiral I spiral".
    add(
        "meds_given_up",
        SELF_HARM,
        "crisis",
        r"\b(?:stopped|quit|came off|binned|flushed|threw away|chucked|threw out) (?:taking )?(?:all )?"
        r"(?:my|the) (?:medication|antidepressants|pills|tablets|lithium|meds|mood stabilisers?|antipsychotics?)\b",
        requires=r"\bon purpose\b|\bdeliberately\b|\bif i (?:spiral|crash|go under|go down)\b|\bdone (?:fighting|trying)\b|"
        r"\b(?:don't|do not) care (?:what happens|if i)\b|\bwhatever happens,? happens\b|\blet (?:it|whatever) happen\b",
        unless=r"\b(?:doctor|gp|psychiatrist|consultant|nurse|pharmac\w*|chemist|taper\w*|side effects?|"
        r"pregnan\w*|weaning|expired|out of date)\b",
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
    # -- Broader phrasings: verb and object families the direct rules leave out.
    add(
        "self_injury_verbs",
        SELF_HARM,
        "crisis",
        r"\b(?:burn|burns|burning|burned|burnt|scratch|scratches|scratching|scratched|starve|starves|"
        r"starving|starved|punch|punches|punching|punched|bruise|bruising|bruised|hurt|hurts|hurting|harm|"
        r"harms|harming|harmed|hit|hits|hitting|bang|bangs|banging|banged|bite|bites|biting|bit) "
        r"(?:myself|himself|herself|themselves|themself)\b(?! (?:on|with the (?:door|iron|oven|pan|tray)|"
        r"at|in the gym|lifting|playing|running|laughing))",
        not_before=MODAL_BEFORE.pattern + r"|(?:'d|would|might|could|will|'ll|going to|gonna|not to|"
        r"don't) $",
        unless=r"\b(?:accident\w*|by mistake|lifting|gym|cooking|oven|iron|ironing|kitchen|tripped|fell|"
        r"slipped|football|rugby|running|shaving|stove|ankle|knee|back|sprain\w*|kicking myself|diet|"
        r"crossfit|workout|training|the hob|kettle|sunburn\w*|in the sun|on holiday)\b|" + _FASTING,
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
        # "not like a holiday, like gone gone" rules the holiday out.
        unless=r"\b(?:embarrass\w*|cringe|mortif\w*|awkward|(?<!not like a )(?<!not a )holiday|beach|island|cabin|phone|wifi)\b",
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
        r"\b(?:drive|driving|drove|swerve|swerving|steer|steering|(?:turn|turning|yank|yanking|jerk|jerking) the "
        r"(?:steering )?wheel) (?:the car )?(?:into|off) (?:a |the )?"
        r"(?:tree|wall|lorry|truck|oncoming traffic|bridge|river|cliff|barrier|motorway)\b",
        unless=r"\b(?:nearly|almost) (?:crashed|hit)|ice|icy|fox|deer|cat|dog|skid\w*|the other driver|"
        r"pothole|by accident|someone|somebody|a car|a van|a cyclist",
        on_humour="concern",
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
    # -- The other voice: the partner who does it, speaking to the person it is done to.
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
        "insurance_sorted",
        SELF_HARM,
        "crisis",
        r"\b(?:sorted|checked|arranged|updated|made|wrote|written|sorting) (?:out )?(?:the|my|a) (?:life "
        r"insurance|insurance (?:paperwork|papers|policy|stuff)|will)\b(?=[^.!?]*\b(?:better off|gone|after|soon|you'll|when i'm|without me|all be|"
        r"(?:she|he|they)(?:'ll| will) be (?:alright|all right|ok|okay|fine|looked after|sorted))\b)",
        unless=r"\b(?:mortgage|baby|wedding|new house|solicitor said|financial adviser|both of us|we)\b",
        negatable=False,
    )
    # -- Structure: who did what to whom, in any voice.
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
        r"cope|be better off|manage|move on|get over it|be less stressed|be calmer)\b[^.!?]{0,30}\bif i (?:just )?(?:wasn't|weren't|was not|"
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
        r"\b(?:wrote|written|writing|left|leave|leaving) (?:a|the|some|my|you a|them a|(?:mum|mom|dad|my \w+)(?: and (?:mum|mom|dad))? a) (?:note|letters?|"
        r"goodbye)\b",
        requires=r"\b(?:didn't leave it|in case|for when|when i'm|goodbye|sorry|explain\w*|find it|drawer|"
        r"for the kids|to the kids|to my mum|for my mum|don't hate me|after i'm|when you find|last night"
        r"\. i|i'?m done|and everything)\b",
        unless=r"\b(?:thank you|thank-you|birthday|sick note|post-it|milkman|teacher|school|fridge|team|colleagues|new job|"
        r"leaving do|retir\w*|students|"
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
    # Treasured things handed over with a charge: "gave me his watch and his medals and said 'look after your mum'".
    add(
        "treasures_handed_over",
        SELF_HARM,
        "crisis",
        r"\b(?:gave|given|giving|handed|handing) (?:me|us|her|him|my \w+) (?:his|her|their|my) (?:watch|medals|ring|wedding ring|"
        r"guitar|tools|dog tags|savings|bank cards?|passwords|will)\b[^.!?]{0,60}\b(?:look after|take care of|goodbye|"
        r"for when i'?m gone|said sorry)\b",
        negatable=False,
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
    return book.rules
