"""Phrase rules for harm to children."""

from __future__ import annotations

from coach.safety.rules.model import CHILD, THREATS, Rule, RuleBook
from coach.safety.rules.vocabulary import CHILD_CONTEXT, KID, KID_OBJ, KID_VERBS, MODAL_BEFORE, PARTNER, PLAY

_SAYS = r"(?:says|said|claims|claimed|swears|insists|keeps saying|always says)"
_KID_NAMED = r"the baby|the kids?|our \w+|my \w+"
_MISHAP = (
    r"(?:fell|falls|rolled|bumped|tripped|slipped|walked into|did it (?:to )?(?:himself|herself)|clumsy)\b"
)


def rules() -> list[Rule]:
    book = RuleBook()
    add = book.add

    add(
        "kid_hit",
        CHILD,
        "crisis",
        rf"\b{KID_VERBS} {KID_OBJ}\b",
        not_before=MODAL_BEFORE.pattern + r"|\b(?:about|whether to|not to|never|don't|didn't|doesn't|"
        r"wouldn't|won't|never would|the other|a|another|some) (?:\w+ )?$",
        unless=PLAY.pattern + r"|\b(?:at (?:school|nursery|football|daycare|the park)|bully|bullies|"
        r"bullied|the other (?:kid|boy|girl|child)|by another|classmate|sibling|brother|sister|each "
        r"other|tickl\w*|burp\w*|hit the (?:kids|children) (?:hard|like a)|the news)\b|\bdrag\w* (?:\w+ ){1,3}(?:round|around|along)\b|\bwhen (?:they|he|she) "
        r"(?:was|were) (?:little|small|younger|toddlers?|babies)\b[^.!?]*\b(?:regret|wish we hadn't|"
        r"wouldn't now|stopped|never again)\b",
    )
    add(
        "kid_hit_pronoun",
        CHILD,
        "crisis",
        rf"\b(?:he|she|they|my {PARTNER}|i) (?:[\w']+ ){{0,6}}?{KID_VERBS} (?:him|her|them)\b",
        requires=CHILD_CONTEXT.pattern,
        not_before=MODAL_BEFORE.pattern,
        unless=PLAY.pattern + r"|\b(?:at (?:school|nursery|football|daycare)|bully|bullies|bullied|"
        r"each other|the dog|the cat|tickl\w*|burp\w*)\b",
        her_object=True,
    )
    add(
        "shaken_baby",
        CHILD,
        "crisis",
        r"\b(?:shak(?:e|es|ing|en)|shook) (?:the |my |our |his |her )?(?:\w+ )?baby\b|"
        # "saw her shake him very hard until his head flop"
        r"\b(?:shak(?:e|es|ing|en)|shook) (?:him|her) (?:very |really |so )?(?:hard|violently)\b[^.!?]{0,30}\bhead\b",
        negatable=True,
    )
    add(
        "kid_throw_at",
        CHILD,
        "crisis",
        r"\b(?:threw|throws|throwing|hurled|hurls|chucked|chucks|lobbed|flung|flings|fired) (?:[\w']+ )"
        rf"{{1,4}}(?:at|towards) {KID_OBJ}",
        negatable=True,
        unless=PLAY.pattern + r"|\b(?:ball|frisbee|sweets|snowball|pillow|water balloon|bean bag|"
        r"teddy|soft toy|confetti)\b",
    )
    add(
        "kid_locked",
        CHILD,
        "crisis",
        rf"\b(?:locks|locked|locking|shuts|shut|shutting|puts|put|putting) (?:{KID_OBJ}|him|her|them)"
        r"(?: \w+){0,2} (?:in|into|inside) (?:the|a|his|her|their|my|our) (?:cupboard|closet|wardrobe|"
        r"shed|garage|cellar|basement|boot|attic|loft|cage|box|dog crate|crate|dark|bathroom|toilet|"
        r"car)\b|\b(?:sleeping|sleep|sleeps|slept|locked|left) (?:out )?in the (?:shed|garage|garden|car"
        r"|cold)\b|"
        rf"\b(?:locks|locked|locking|shuts|shut|leaves|left|puts|put|keeps|kept|sends|sent) (?:{KID_OBJ}|"
        r"them|him|her) (?:outside|out|out of the house|in the garden)\b(?=[^.!?]{0,30}\b(?:for hours|"
        r"all (?:day|night|evening|afternoon)|in the (?:cold|rain|snow|dark)|overnight|till (?:late|dark)|"
        r"until (?:late|dark))\b)",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=r"\b(?:only sleeps in the car|drive (?:round|around) the block|dog|cat|bike|tools|pram|car seat|for a nap|hide and seek|hide-and-seek|camping|"
        r"tent)\b",
    )
    add(
        "kid_room_locked",
        CHILD,
        "crisis",
        rf"\b(?:locks|locked|locking|shuts|shut|keeps|kept) (?:{KID_OBJ}|him|her|them) (?:\w+ )?in "
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
        unless=PLAY.pattern,
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
        rf"\b(?:leaves|left|leaving|leave) (?:{KID_OBJ}|them|him|her)(?: \w+){{0,2}} (?:home )?"
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
        rf"(?:{KID_OBJ}|them|him|her) (?:eat|have (?:dinner|food|lunch|breakfast|anything))\b|\b(?:no|"
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
        unless=r"\b(?:only sleeps in the car|drive (?:round|around) the block|fashion|outfit|trousers|jeans|dog|cat|cold shower (?:after|for|before) (?:the|my|a) "
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
    # A child threatened for telling: "if he tells his mum what happens in the changing room he'll be dropped and worse".
    add(
        "kid_told_not_to_tell",
        CHILD,
        "crisis",
        r"\bif (?:he|she|they) (?:ever )?tells? (?:his|her|their) (?:mum|mom|dad|parents|teacher|anyone)\b[^.!?]{0,70}"
        r"\b(?:dropped|trouble|hurt|worse|sorry|punished|won'?t (?:play|be picked))\b",
        requires=CHILD_CONTEXT.pattern + r"|\b(?:coach|changing room|training|he's \d+|she's \d+)\b",
        negatable=False,
    )
    add(
        "kid_secret",
        CHILD,
        "crisis",
        rf"\b(?:special|our little|little|our|their) secrets?\b|\b(?:our|their|a) secret game\b|\bkeep (?:it |this |a |the )?(?:secrets?|"
        rf"secret) (?:from|between)\b|\bkeep (?:it|this|things) between (?:them|us|you two|the two of (?:them|us))\b|\bdon't tell (?:mum|mummy|mommy|dad|daddy|your (?:mum|mom|dad|"
        rf"mummy|daddy)|anyone|anybody)\b(?=[^.!?]{{0,80}}\b(?:{KID}|touch|bath|bed|room|games?)\b)|"
        rf"\btouch(?:es|ed|ing)? (?:{KID_OBJ}|her|him|them) (?:in (?:ways|a way|places)|"
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
        rf"\b(?:makes|made|forces|forced|making|forcing) (?:{KID_OBJ}|her|him|them) (?:to )?(?:sit on "
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
        # "calls her stupid in front of the kids": the children watch; the one called names is an adult
        rf"\b(?:calls|called|calling|tells|told|telling|texts|sends) (?:{KID_OBJ}|(?:her|him|them)"
        r"(?![^.!?]*\bin front of (?:the|our|their|my|his|her) (?:kids|children|boys|girls)\b))"
        r"(?: messages)?(?: calling (?:her|him|them))? (?:she's |he's |they're |that (?:she's|he's|"
        r"they're) )?(?:a |an )?(?:fat|ugly|disgusting|worthless|stupid|useless|a mistake|mistake|waste|"
        r"retard\w*|pathetic|burden|unwanted|whore|slut|bitch|idiot|nothing|should never have been born|"
        r"wishes? (?:she|he|they) (?:was|were|had) never)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
        unless=PLAY.pattern,
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
    # The same injury again with the same tidy story from the adult in charge.
    add(
        "kid_injury_story",
        CHILD,
        "crisis",
        r"\b(?:marks?|bruis\w*|burns?|welts?|a lump|lumps|swelling|black eye|fractures?|scratches)\b[^.!?]{0,60}"
        r"\b(?:again|every (?:week|time)|(?:second|third|fourth) time|keeps? (?:getting|coming back|turning up))\b",
        # The adult's story, not the child's own: "he says she rolled off the sofa".
        requires=r"\b(?:he|husband|boyfriend|stepdad|partner|my ex) "
        + _SAYS
        + r"\b[^.!?]{0,10}\b(?:she|her|"
        + _KID_NAMED
        + r")\b[^.!?]{0,15}\b"
        + _MISHAP
        + r"|\b(?:she|wife|girlfriend|stepmum|partner|my ex) "
        + _SAYS
        + r"\b[^.!?]{0,10}\b(?:he|him|"
        + _KID_NAMED
        + r")\b[^.!?]{0,15}\b"
        + _MISHAP,
        unless=r"\b(?:eczema|rash|allerg\w*|doctor (?:says|said) (?:it'?s|its)|growing pains|birthmark)\b",
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
        rf"(?:{KID_OBJ}|\w+'s faces?)\b|\b(?:smacks|smacked|smacking|spank\w*) (?:\w+ )?"
        rf"(?:{KID_OBJ}|them)\b",
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
    # -- Broader phrasings: verb and object families the direct rules leave out.
    add(
        "kid_alone_with",
        CHILD,
        "crisis",
        rf"\b(?:scared|afraid|terrified|frightened|nervous|worried|don't feel safe|not safe) (?:to|of|"
        rf"about) (?:leave|leaving|let|letting) {KID_OBJ} (?:alone |home alone |on (?:their|his|her) own )?"
        r"with (?:him|her|them|my \w+|his \w+|her \w+)\b",
        unless=r"\b(?:never (?:changed|done|looked after)|doesn't know how|first time|clueless|useless|"
        r"forget\w*|nappy|nappies|feed\w*|hopeless|inexperienced|on his phone|on her phone|screens?|"
        r"sweets|sugar|bedtime|old|elderly|frail|her eyes|his eyes|dementia|the dog)\b",
        negatable=False,
    )
    add(
        "kid_thrown",
        CHILD,
        "crisis",
        rf"\b(?:throw|threw|throws|thrown|throwing|flung|hurled|tossed|chucked|slammed|shoved|pushed|"
        rf"dropped) (?:{KID_OBJ}|him|her|them) (?:onto|on to|into|across|against|down|at|off|over)\b"
        r"(?=[^.!?]{0,60}\b(?:so hard|hard|bounced|hit (?:her|his|their) head|cried|crying|screaming|"
        r"bruise\w*|angry|temper|rage|furious)\b)",
        requires=CHILD_CONTEXT.pattern,
        unless=PLAY.pattern + r"|\b(?:pool|ball pit|bouncy castle|trampoline|swing|air|laughing|giggl\w*|"
        r"loves it|game)\b",
        negatable=False,
    )
    add(
        "kid_mouth_soap",
        CHILD,
        "crisis",
        rf"\b(?:puts?|putting|shoved|shoves|forced|forces) (?:soap|chilli|hot sauce|pepper|vinegar|mustard)"
        rf" (?:in|into|on) (?:{KID_OBJ}|his|her|their|my \w+'s|our \w+'s) (?:mouth|tongue)\b|"
        rf"\b(?:holds?|held|clamps?|clamped) (?:{KID_OBJ}'s|his|her|their) (?:mouth|jaw|nose) (?:shut|closed)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    add(
        "kid_injury_after",
        CHILD,
        "crisis",
        rf"\b(?:{KID_OBJ}|he|she)(?: has| had|'s got| got| came home with| comes home with)? (?:a |new )?"
        r"(?:bruises?|marks|a black eye|burns?|cuts?|a fracture|a broken \w+)\b[^.!?]{0,50}\b(?:after "
        r"(?:being|staying|a weekend|the weekend|a day|spending)[^.!?]{0,20}\b(?:with|alone with) "
        r"(?:him|her|his dad|her dad|his mum|her mum|my \w+)|(?:he|she|they) (?:won't|can't|refuses to) "
        r"(?:say|tell me) how|(?:he|she|they) (?:says?|said) (?:daddy|mummy|he|she) did it)\b",
        requires=CHILD_CONTEXT.pattern,
        negatable=False,
    )
    # -- The other voice: the partner who does it, speaking to the person it is done to.
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
        "kid_belt_threat",
        CHILD,
        "crisis",
        r"\b(?:get|gets|getting|got|feel|feels) the (?:belt|slipper|wooden spoon|cane|strap|back of my hand)\b",
        requires=r"\b(?:he|she|they|kids?|son|daughter|cries|crying|naughty|boy|girl|baby)\b",
        unless=r"\b(?:black belt|seat ?belt|karate|judo|title|championship|boxing|wrestl\w*)\b",
        negatable=False,
    )
    # -- Structure: who did what to whom, in any voice.
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
        unless=PLAY.pattern + r"|\b(?:lol|haha|loved|fun|puddles?|camp\w*|tent|stargaz\w*|build\w*|"
        r"snowman|bbq|barbecue|paddling|sandpit|trampoline|bike|sledg\w*)\b",
        negatable=False,
    )
    return book.rules
