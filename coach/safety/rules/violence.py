"""Phrase rules for physical violence between partners."""

from __future__ import annotations

from coach.safety.rules.model import CHILD, CONTROL, SEXUAL, THREATS, VIOLENCE, Rule, RuleBook
from coach.safety.rules.vocabulary import (
    ADULT,
    AGENT,
    ANIMALS,
    INANIMATE_BEFORE,
    INJURY,
    KID_OBJ,
    MODAL_BEFORE,
    NO_FEAR,
    PARTNER,
    PERSON_CONTEXT,
    PLAY,
    SEVERE_ASSAULT,
    STRONG_BLOWS,
    TRIVIAL_STAKES,
)


def rules() -> list[Rule]:
    book = RuleBook()
    add = book.add

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
        rf"\b(?P<key>{STRONG_BLOWS}) {ADULT}\b",
        # "the bit you're dreading": "bit" after a determiner is a noun.
        not_before=INANIMATE_BEFORE.pattern
        + "|"
        + MODAL_BEFORE.pattern
        + r"|\b(?:what|what's|which|the|a|this|that|little|tiny|best|worst|hardest|first|last) $",
        # "shoved me away" when a hug was refused is rejection, not a blow
        not_after=r" (?:away\b|out of (?:the|my|his|her) (?:team|group|chat|band|club|game|squad)|out\b|off "
        r"(?:the|my|his|her) (?:team|group|chat)|under the table|in (?:his|her|their|my) sleep|up\b|"
        r"back\b(?= with (?:a|the) (?:comeback|question|reply|joke))|a cd|a copy|awake|on the back\b|"
        r"with (?:your|his|her|my) (?:elbow|knee|foot|arm|hand)s? in (?:your|his|her|my|their) sleep|"
        r"hand|'s hand|on the (?:shoulder|back)(?= (?:to|and say|and said|as|for|like))|with (?:a|the|"
        r"his|her) (?:pillow|cushion|snowball|water|towel|nerf|feather)|"
        # "beat me at chess": a game won
        r"at (?:\w+ )?(?:chess|cards|monopoly|scrabble|tennis|pool|darts|golf|poker|uno|quiz|trivia|game|games|"
        r"squash|badminton|ping pong|table tennis|football|bowling|rummy|wordle|mario ?kart|fifa)\b)",
        # a small child's tantrum: "our daughter had a tantrum and kicked me, she's two"
        unless=PLAY.pattern + r"|\b(?:dream|dreamt|dreamed|nightmare|tantrums?|meltdown)\b|\b(?:she's|he's|"
        r"they're) (?:only |just )?(?:[1-4]|one|two|three|four)\b(?! (?:times|hours|days|weeks|months|years "
        r"older))|\b(?:our|my) (?:[1-4]|one|two|three|four) year old\b",
        her_object=True,
        on_humour="concern",
    )
    # A blow that lands on a named part of someone's body: the person may be named ("smacked Lily
    # across the face"), a relative or a stranger, which the pronoun rules above do not read.
    add(
        "blow_to_body",
        VIOLENCE,
        "crisis",
        rf"\b(?P<key>{STRONG_BLOWS}) (?!(?:the|a|an|my|his|her|your|their|our) (?:ball|wall|door|table|"
        r"car|bag|window|pillow|cushion|dog|cat|screen|phone|tv|telly|fridge|steering wheel|dashboard|"
        r"mosquito|fly|wasp|button|snooze)\b)(?:[\w']+ ){1,3}?(?:across|in|round|around|on|over) the "
        r"(?:face|head|mouth|jaw|nose|eye|stomach|belly|gut|ribs|chest|throat|neck|back of the head|ear)s?\b",
        not_before=INANIMATE_BEFORE.pattern + "|" + MODAL_BEFORE.pattern,
        unless=PLAY.pattern + r"|\b(?:dream|dreamt|dreamed|nightmare|film|movie|episode|game|match)\b",
        on_humour="concern",
    )
    add(
        "push",
        VIOLENCE,
        "crisis",
        rf"\b(?P<key>push(?:ed|es|ing)?|shov(?:ed|es|ing)) {ADULT}\b",
        not_before=INANIMATE_BEFORE.pattern + "|" + MODAL_BEFORE.pattern,
        not_after=r" (?:to (?!the (?:floor|ground|wall))|into (?!(?:the|a|an|my|his|her) (?:wall|door|"
        r"table|counter|cupboard|fridge|window|floor|radiator|bath|car|stairs|bannister|corner|"
        r"mirror|shelves|tv|glass|road|traffic|oven|sink|doorframe|frame))|away\b|aside\b|for\b|too "
        r"(?:far|hard|much)\b|harder\b|further\b|around\b|forward\b|out of (?:my|his|her|your) comfort|"
        r"towards\b|over the edge|to breaking|on\b|in the (?:pram|buggy|swing|wheelchair)|"
        r"buttons|limits)",
        unless=PLAY.pattern + r"|\b(?:swing|pram|buggy|wheelchair)\b",
        her_object=True,
        on_humour="concern",
    )
    add(
        "grab",
        VIOLENCE,
        "crisis",
        rf"\b(?:grab(?:bed|s|bing)|yank(?:ed|s|ing)|seiz(?:ed|es)|manhandl(?:ed|es|ing)) {ADULT}"
        r"(?= (?:by|so|hard|round|around|roughly|violently|against|too|from behind)\b|\W*$|\s*[.!?,])",
        not_before=INANIMATE_BEFORE.pattern + "|" + MODAL_BEFORE.pattern,
        unless=PLAY.pattern,
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
        not_before=MODAL_BEFORE.pattern,
        skip_self=True,
        unless=PLAY.pattern + r"|\b(?:hair ?cut|hairdresser|plait|braid|ponytail for|brush\w*|"
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
        unless=PLAY.pattern + r"|\bhug|\bcuddl",
    )
    add(
        "smother",
        VIOLENCE,
        "crisis",
        rf"\b(?:smother(?:ed|s|ing)?|suffocat(?:ed|es|ing)) {ADULT}(?= with| until| so| and (?:i|he|"
        r"she) couldn't|\W*$|[.!?,])|\bpillow (?:over|on) (?:my|his|her|your) (?:face|head)\b",
        not_before=MODAL_BEFORE.pattern + r"|\b(?:is|are|'s|'re|was|were|keeps?) (?:\w+ )?$",
        unless=PLAY.pattern + r"|\b(?:love|kisses|hugs|attention|affection)\b",
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
        not_before=INANIMATE_BEFORE.pattern + "|" + MODAL_BEFORE.pattern,
        # "slapped my hand away from her chips"
        not_after=r" away\b",
        skip_self=True,
        unless=PLAY.pattern + r"|\b(?:fell|fall|falling|tripped|slipped|accidentally|by accident|"
        r"knife while|chopping|cooking|shaving|door frame|cupboard|the oven|the iron|surgery|dentist|"
        r"doctor|sunburn|a wasp|a bee|mosquito|ski|bike|football|gym|resus\w*)\b|\b(?:hit|bumped|banged|knocked) "
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
        # "my mother-in-law says we're trying to kill him": someone else's exaggeration of the speaker
        not_before=r"\b(?:i|we) (?:\w+ )?$|\b(?:says|said|thinks|reckons|acts like) (?:we're|we are|i'm|i am) $",
        # "dragged me to a spin class... she's trying to kill me"
        unless=PLAY.pattern
        + r"|\bgame\b|\beach other\b|\b(?:spin|class|gym|workout|hike|bootcamp|crossfit|marathon|"
        r"parkrun|spicy|chilli|curry)\b",
    )
    add(
        "drag_pin",
        VIOLENCE,
        "crisis",
        rf"\b(?:drag(?:ged|s|ging)) {ADULT} (?:(?:around|about|along|back) )?(?:by|across the (?:floor|room|kitchen|hall|bed|carpet|yard|garden)|along the floor|down the|up the|out of (?:the|"
        rf"bed|my|his|her)|off (?:the|my)|into the|through the|back in)\b|\b(?:pin(?:ned|s|ning)?|"
        rf"sat on|sits on|kneel(?:ed|s)? on|knelt on) {ADULT} (?:down|against|to the|on the)?\b(?! ?(?:up|own)\b)",
        not_before=MODAL_BEFORE.pattern,
        # "dragged me out of bed by my ankles to watch the sunrise"
        unless=PLAY.pattern
        + r"|\bto (?:watch|see|look at|come and see|go for|join)\b|\b(?:sunrise|sunset|snow)\b",
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
        not_before=MODAL_BEFORE.pattern,
        unless=r"\b(?:toddler|baby|little one|our son|our daughter|\d year old|dinner|food|peas|spaghetti|yoghurt|tantrum|strop|fit|wobbly|look|looks|glance|smile|compliment|question|curveball|"
        r"shade|kiss|wink|insults?|accusations?|words|money|ball|frisbee|party|pillow|snowball|"
        r"confetti|sweets|flowers|bouquet|hands up|grenade in the game|cushion|teddy)\b|" + PLAY.pattern,
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
        # Frustration at a task, not a blow: "lost a day's work, banging my head on the desk".
        unless=r"(?:^|[.!?,])\s*(?:just |honestly |literally |basically )?banging my head (?:on|against) "
        r"(?:the |my |a )?(?:desk|keyboard|screen|laptop|brick wall)\b",
    )
    add(
        "knocked",
        VIOLENCE,
        "crisis",
        rf"\bknock(?:ed|s|ing) {ADULT} (?:down|out|over|to the (?:floor|ground)|unconscious|flying|into)\b",
        not_before=INANIMATE_BEFORE.pattern + "|" + MODAL_BEFORE.pattern,
        unless=PLAY.pattern,
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
        r"nosebleed|vaccine|hiking|walked into|ran into|i banged|i hit my|" + ANIMALS + r"|football|tackle|"
        r"accident at work|car accident|crash|allerg|rash|paper cut|shaving|fruit|bananas?|apples?|"
        r"peach|ego|pride|glass broke|broke a glass|dishwasher|chopping|paintball\w*|laser tag|playing|five-a-side|"
        r"skateboard\w*|roller ?derby|trampoline|off the slide|tumble|coffee table|by accident|accidentally|"
        r"in (?:her|his|their) sleep|pillow ?fights?|box ?cutter|stanley knife|knife slipped|seizure)\b|"
        # an accident on a tool or a packet: "sliced his hand on the box cutter"
        r"\b(?:sliced|cut|caught|slashed|nicked|gashed) (?:his|her|my|their) (?:hand|finger|thumb|palm|leg|foot|head) (?:open )?on\b|"
        # a relative's fall told as "she's okay, just bruised"
        r"\b(?:she's|he's|she is|he is|they're|they are) (?:ok|okay|fine|alright|all right)\b",
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
        not_before=INANIMATE_BEFORE.pattern + "|" + MODAL_BEFORE.pattern,
        unless=PLAY.pattern + r"|\b(?:feelings|words|what (?:he|she) said|comment|joke)\b",
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
        unless=r"\bnot (?:really )?(?:scared|afraid|worried)\b|" + NO_FEAR.pattern,
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
        unless=NO_FEAR.pattern + "|" + TRIVIAL_STAKES + r"|\b(?:finds out (?:i|we) (?:ate|spent|bought|"
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
        r"baseball bat|hammer|cutlass|panga|machete)\b",
        requires=r"\b(?:at me|for (?:me|you)|if (?:i|you) (?:ever|leave|cheat|tell|go)|tells me|reminds "
        r"me|looks at me|stare|stares|staring|glar\w+|threat\w*|when (?:he's|she's) (?:angry|drunk|"
        r"mad|upset)|under di bed|cleans it|cleaning it|point(?:ed|s|ing)|wav(?:ed|es|ing)|load(?:ed|s|ing)|under "
        r"(?:the|his|her|our) (?:pillow|bed|mattress)|bedside|show(?:ed|s)? me|bought|got (?:a|himself|"
        r"herself)|keeps (?:a|it|one)|in the house|in the car|to my head|to his head|to her head|to "
        r"(?:his|her|my) own head|scared|afraid|terrified|warning|reminds me|told me about it)\b",
        unless=r"\b(?:game|film|movie|range|club|hunting|shooting (?:range|club|season)|clay|toy|"
        r"cook\w*|chop\w*|kitchen drawer|block|sharpen\w*|carv\w*|bread|butter|steak|diy|shelves|"
        r"nails|picture frame|tool ?box|shed|fishing|camping|whittl\w*|set of|"
        r"police officer|army|soldier|deployment|licen[cs]e|airsoft|museum|documentary|war|cowboy|gun cabinet|gun safe|"
        r"both agreed|we agreed|locked away)\b",
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
        not_before=MODAL_BEFORE.pattern,
        skip_self=True,
        unless=PLAY.pattern + r"|\b(?:water balloon|bucket challenge|ice bucket|cold water to wake|"
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
        r"her) (?:cigarette|lighter|iron|lighter|match|kettle|hot \w+)\b|"
        # "pressed the hot iron on her arm because the dal was cold"
        r"\b(?:pressed|presses|pressing|held|holds|holding|put|puts) (?:a|the|his|her|their) (?:hot |boiling |lit )?"
        r"(?:iron|cigarette|cig|lighter|straighteners|curling tongs|pan|kettle|poker) (?:on|onto|against|to|into) "
        r"(?:my|his|her|your|their|me|him)\b",
        negatable=False,
    )
    # Children ready to flee: "the kids sleep in their school clothes so they can run if he kicks off".
    add(
        "ready_to_run",
        (VIOLENCE, CHILD),
        "crisis",
        r"\b(?:so (?:they|we|i) can|ready to|in case (?:we|they|i) (?:have|need) to) (?:run|get out|leave|escape|grab the kids)\b"
        r"[^.!?]{0,30}\b(?:if|when) (?:he|she|dad|mum) (?:kicks off|starts|loses it|gets angry|comes home|goes off)\b|"
        r"\bsleep(?:ing)? in (?:their|our|my) (?:clothes|school clothes|shoes|coats)\b[^.!?]{0,40}\b(?:run|get out|escape)\b",
        negatable=False,
    )
    # A story told at the hospital that the speaker's own quotes undo: "told them i fell off a
    # stepladder lol. third 'fall' this year".
    add(
        "quoted_fall",
        VIOLENCE,
        "crisis",
        r"\b(?:second|third|fourth|another) ['‘\"“](?:fall|accident|trip)['’\"”]",
        negatable=False,
    )
    # Someone hurt and not responding after a fight is an emergency whoever caused it.
    add(
        "not_responding",
        VIOLENCE,
        "crisis",
        r"\b(?:he|she|they)(?:'s| is|'re| are) (?:lying )?(?:on the floor|unconscious|out cold|not breathing|"
        r"not moving)\b[^.!?]{0,30}\b(?:not (?:answering|responding|moving|breathing|waking)|won't (?:wake|answer|"
        r"respond|move)|unconscious|bleeding)\b|\b(?:he|she|they)(?:'s| is|'re| are) (?:unconscious|not breathing)\b",
        requires=r"\b(?:row|fight|argument|hit|hitting|pushed|shoved|gone too far|went too far|lost it|snapped|"
        r"grabbed|punched|choked|strangled)\b",
        negatable=False,
    )
    add(
        "animal_cruelty",
        VIOLENCE,
        "crisis",
        r"\b(?:threw|throws|kicked|kicks|hit|hits|hurt|hurts|strangled|choked|drowned|killed|beat|beats|"
        r"punched|stamped on|stomped on|hurled|flung|slammed|burned|burnt|starved|strangl\w+) (?:the|my|"
        r"our|his|her|your) (?:dog|cat|puppy|kitten|pet|pets|rabbit|hamster|bird|horse|guinea pig)\b",
        not_before=MODAL_BEFORE.pattern,
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
        unless=PLAY.pattern + r"|\b(?:game|rollercoaster|go-?kart)\b",
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
        not_before=r"\bi (?:\w+ )?$|" + MODAL_BEFORE.pattern,
        unless=PLAY.pattern + r"|\b(?:accident\w*|dropped|knocked over|kids threw|the dog|the cat)\b",
        escalate=r"\b(?:at me|at my head|near my head|towards me|inches from|missed me|just missed|"
        rf"next to (?:my|her|his|their|the baby's|our \w+'s) head|(?:next to|near|at|towards) {KID_OBJ})\b",
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
        unless=NO_FEAR.pattern,
        # Kept in a room is no longer intimidation but force.
        escalate=r"\b(?:raised (?:his|her) (?:fist|hand))\b|\bso (?:that )?i (?:can't|cannot|couldn't|can not) "
        r"(?:leave|get out|get past|go)\b",
    )
    # -- Broader phrasings: verb and object families the direct rules leave out.
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
        unless=PLAY.pattern,
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
        "knock_about",
        VIOLENCE,
        "crisis",
        r"\b(?:knock|knocks|knocked|knocking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|"
        r"push|pushes|pushed|pushing|shove|shoves|shoved|shoving|throw|throws|threw|throwing|kick|kicks|"
        r"kicked|kicking|rough|roughs|roughed|roughing|beat|beats|beating|bash|bashes|bashed|bashing|"
        r"batter|batters|battered|belt|belts|belted) (?:me|her|him|us) (?:about|around|up|round)\b",
        unless=PLAY.pattern + r"|\b(?:danc\w*|ideas?|plan|pitch|meeting|project|draft|beat (?:me|him|her|"
        r"us) up (?:the|at|to)|cheer\w*)\b",
        on_humour="concern",
    )
    # -- The other voice: the partner who does it, speaking to the person it is done to.
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
        unless=PLAY.pattern + r"|\b(?:ball|car|bumper|button|screen|phone|glass|cake)\b",
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
        unless=PLAY.pattern,
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
        unless=PLAY.pattern + r"|\b(?:by accident|accidentally|hide and seek|the dog|the cat|puppy)\b",
        negatable=False,
    )
    add(
        "broke_body",
        VIOLENCE,
        "crisis",
        r"\b(?:he|she|they|my \w+) (?:\w+ )?(?:broke|fractured|cracked|dislocated|split|busted|burst|"
        r"bloodied) (?:[\w' ]{0,30} (?:and|then) (?:then )?)?(?:my|her|his) (?:nose|jaw|ribs?|arm|wrist|"
        r"fingers?|hand|cheekbone|eye socket|collarbone|lip|toe|leg|ankle|eardrum|tooth|teeth)\b",
        unless=PLAY.pattern + r"|\b(?:by accident|accidentally|skiing|fell|football|rugby|the fall|"
        r"climbing|cycling|bike|horse|trampoline|surgery|operation|op)\b",
        skip_self=True,
        negatable=False,
    )
    add(
        "black_and_blue",
        VIOLENCE,
        "crisis",
        r"\b(?:i'm|i am|i was|i've been|left me|she's|he's|covered|all) black and blue\b",
        unless=PLAY.pattern + r"|\b(?:fell|fall|skiing|rugby|football|paintball|hike|climb\w*|bike|"
        r"cycling|horse|roller|skating|ice|the gym|training|dress|shirt|outfit|colours?)\b",
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
        unless=PLAY.pattern + r"|\b(?:tickl\w*|hug\w*|cuddl\w*|massage|dance|dancing)\b",
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
        unless=PLAY.pattern,
        negatable=False,
    )
    # -- Structure: who did what to whom, in any voice.
    add(
        "severe_reported",
        VIOLENCE,
        "crisis",
        # A joke tone around a reported choking is minimising, not banter: no on_humour here.
        rf"\b{AGENT} (?:\w+ )?(?P<key>{SEVERE_ASSAULT})(?: (?:me|you|her|him|us|my {PARTNER})\b|(?<=up)\b|"
        r"(?<=face|head|ribs)\b|(?<=mouth)\b|(?<=stomach)\b|(?<=eye)\b|(?<=out)\b|(?<=down)\b)",
        not_before=MODAL_BEFORE.pattern,
        not_after=r" (?:on|up|back|in (?:the|a|that|this) (?:game|match|final|level|film|movie|scene|"
        r"show)|at (?:chess|cards|the|pool|darts))\b",
        unless=PLAY.pattern + r"|\b(?:pillow|tickl\w*|food|sweet|crisp|hiccup|laugh\w*|cough\w*|water|"
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
        unless=PLAY.pattern + r"|\b(?:bite|bites|dog|cat|hickey|love ?bite)\b",
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
        unless=PLAY.pattern + r"|\b(?:ball|frisbee|pillow|cushion|sock|teddy|dart)\b",
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
        unless=PLAY.pattern,
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
        not_before=MODAL_BEFORE.pattern + r"|\b(?:baby|toddler|dog|cat|nurse|doctor|vet)\b[^.!?]{0,20}$",
        unless=PLAY.pattern + r"|\b(?:injection|jab|vaccin\w*|blood test|seizure|fit\b|drip|splinter|"
        r"the ladder|the door|the baby|the bag|hand|hands|cuddl\w*|hug\w*)\b|"
        # "sat me down at the kitchen table": a serious talk
        r"\b(?:sat|sit|sits) (?:me|you|him|her|us) down (?:at|and|to|with|for|in|on)\b",
        on_humour="concern",
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
        not_before=MODAL_BEFORE.pattern,
        unless=PLAY.pattern + r"|\b(?:danc\w*|ideas?|numbers|figures|the ball|a ball|names|plans?)\b",
        on_humour="concern",
    )
    add(
        "broke_my_bone",
        VIOLENCE,
        "crisis",
        rf"\b(?:he|she|you|they|my {PARTNER})(?: [\w']+){{0,2}} (?:fractured|broke|cracked|dislocated|"
        r"split|chipped|knocked out|bust|busted) (?:my|your|her|his) (?:cheekbone|cheek bone|nose|ribs?|"
        r"arm|wrist|jaw|fingers?|lip|eye socket|teeth|tooth|collarbone|toes?|ankle|hand|skull|eardrum)\b",
        unless=PLAY.pattern + r"|\b(?:danc\w*|tripped|fell|slipped|trampoline|ski\w*|accident|bike|"
        r"horse|skat\w*|climbing)\b",
    )
    add(
        "own_strength",
        VIOLENCE,
        "crisis",
        r"\b(?:didn't|don't|doesn't) know (?:my|his|her) own strength\b",
        requires=r"\b(?:sorry|arm|wrist|bruis\w*|mark|neck|hurt|shoulder|grip|grabbed|squeez\w*)\b",
        unless=PLAY.pattern + r"|\b(?:jar|lid|door|handle|drawer|hug|cuddle)\b",
        negatable=False,
    )
    add(
        "pillow_over_face",
        (VIOLENCE, CHILD),
        "crisis",
        r"\b(?:put|held|holds|pressed|pushed|shoved) (?:a|the|his|her|my) (?:pillow|cushion|hand|hands|"
        r"bag|blanket) (?:over|on) (?:the baby's|his|her|my|your|our \w+'s|the \w+'s) (?:face|mouth|"
        r"nose)\b",
        unless=PLAY.pattern + r"|\b(?:sneez\w*|cough\w*|yawn\w*|laugh\w*|giggl\w*|peekaboo|peek-a-boo|"
        r"smell|stink)\b",
        negatable=False,
    )
    add(
        "hid_injury",
        VIOLENCE,
        "crisis",
        # Hiding an injury, or inventing how it happened, is what people do when a partner caused it.
        rf"\b(?:pretended|pretend|pretending|lied|lie|lying|made up|make up|had to explain|covered|cover "
        rf"up|covering|hide|hid|hiding|concealer|long sleeves|polo neck|turtleneck|scarf)\b[^.!?]{{0,50}}"
        rf"\b{INJURY}\b|\b{INJURY}\b[^.!?]{{0,50}}\b(?:pretended|i said i|told (?:them|everyone|work|her|him) "
        r"i|lied|made up|cover(?:ed)? (?:it|them) up|hide (?:it|them)|hid (?:it|them))\b",
        unless=PLAY.pattern + r"|\b(?:from (?:the|a|my) (?:fall|accident|trip|game|match|ladder|stairs)|"
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
        unless=PLAY.pattern + r"|\b(?:massage|physio|stretch\w*|yoga|splinter|rollercoaster|ride|"
        r"horror|scary|labour|contractions|giving birth|photo|we were (?:kids|\d+))\b",
        on_humour="concern",
    )
    # Blows named the everyday way: "gives me a clip round the ear", "raised his hand on me".
    add(
        "casual_blow",
        VIOLENCE,
        "crisis",
        r"\b(?:gives?|gave|giving|given|got) (?:me|her|him) (?:a |the odd |another )?(?:clip|clout|cuff|smack|slap|"
        r"thump|whack|belt|wallop|backhander) (?:round|around|across|on|in|over) (?:the |my |her |his )?"
        r"(?:ear|head|face|mouth|back of (?:the|my|her|his) head|legs?)\b|\braised (?:his|her) hands? on (?:me|her|him)\b|"
        r"\b(?:tripped|trips|tripping) (?:me|her|him) (?:up )?(?:on purpose|deliberately)\b|\bdeliberately tripped (?:me|her|him)\b",
        unless=PLAY.pattern
        + r"|\b(?:kids?|son|daughter|boy|girl|toddler|dog|puppy|when (?:i|we) (?:was|were) (?:kids|little|young))\b",
        on_humour="concern",
    )
    return book.rules
