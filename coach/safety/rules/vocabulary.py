"""Regex fragments the phrase rules share: people, children, contexts, and the voice of a report."""

from __future__ import annotations

from coach.safety.rules.model import compile_rule

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
# A parent at home: a partner may be telling of violence between their parents. Siblings are left
# out: "punched my brother in the arm" is more often play than harm.
PARENT = r"(?:mum|mom|mother|mam|mammy|dad|father|stepdad|stepmum|stepmom|stepfather|stepmother)"
ADULT = rf"(?:me|you|him|her|them|us|my {PARTNER}|his {PARTNER}|her {PARTNER}|(?:my|our) {PARENT})"
KID_OBJ = rf"(?:(?:the|my|our|his|her|their|your|both|both of (?:the|my|our)) (?:[\w']+ )?{KID})"
SUBJECT_PRONOUN = rf"(?:he|she|they|my {PARTNER}|my \w+)"
FUTURE = (
    r"(?:i'll|i'm going to|i swear i'll|i swear to god i'll|i will|i'm about to|he'll|she'll|they'll|"
    r"he's going to|she's going to|they're going to|he'd|she'd|they'd|i'd|he would|she would|"
    r"going to|will|would)"
)
CHILD_CONTEXT = compile_rule(
    rf"\b{KID}\b|\b(?:wets? the bed|bed-?wetting|nappy|nappies|diaper|homework|school|nursery|daycare|"
    r"bedtime|potty|cot|crib|pram|buggy|stroller|stepdad|stepmum|step-dad|step-mum|mummy|daddy|"
    r"report card|bad marks|grades|playground|coddl\w*|tantrums?|naughty|misbehav\w*|grounded|"
    r"dummy|pacifier|bath ?time|wets? (?:the|his|her) bed|if (?:she|he) cries|(?:she's|he's|they're|"
    r"aged|only|just) (?:[1-9]|1[0-5])(?! (?:minutes|mins|hours|days|weeks|months|quid|pounds|times|"
    r"o'clock|am|pm|miles)))\b"
)
PERSON_CONTEXT = compile_rule(
    rf"\b(?:he|she|him|her|they|them|his|you|your|my {PARTNER}|he's|she's|he'd|she'd|he'll|she'll)\b"
)
THREAT_WORDS = (
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
THREAT_CONTEXT = compile_rule(THREAT_WORDS)
# The subject of a violent verb that makes it figurative or harmless.
# Animals that bite, scratch and kick: a pet's doing is no one's violence.
ANIMALS = (
    r"dog|cat|puppy|kitten|horse|pony|bird|parrot|hamster|rabbit|goat|cow|terrier|spaniel|labrador|collie|poodle|"
    r"staffie|pup"
)
INANIMATE_BEFORE = compile_rule(
    r"\b(?:it|that|this|reality|news|song|film|movie|book|show|truth|realisation|realization|grief|"
    r"son|daughter|boy|girl|toddler|"
    r"loss|penny|wave|thought|memory|idea|ball|car|door|branch|bus|bike|wind|storm|rain|everything|"
    r"something|" + ANIMALS + r"|wasp|bee|mosquito|cold|heat|sun|hangover|tiredness|"
    r"exhaustion|anxiety|depression|panic|fever|flu|virus|covid|baby|toddler|babies|kid|kids|bug|"
    r"spider|game|level|boss fight|final boss|end boss|boss level|villain|monster|npc|baddie|"
    r"enemy|zombie|character|player|opponent|team|ref|referee|machine|"
    r"printer|shelf|cupboard|wardrobe|tree|waves?|smell|life|work|job|bill|price|flat ?pack|ikea|"
    r"deadline|deadlines|mortgage|debt|debts|stress|pressure|workload|rent|bills|exams?|guilt|silence|"
    r"commute|traffic|heat|humidity|tie|collar|jeans|paperwork|admin|inbox|essay|thesis|dissertation)"
    r"(?: [\w']+){0,2} $"
)
MODAL_BEFORE = compile_rule(
    r"\b(?:will|'ll|going to|want to|wanted to|wanna|could|might|would|should|'d like to|'d love to|"
    r"about to|threatens? to|threatened to|tempted to|urge to|feel like|felt like|dared? me to|"
    r"let me|lets me|allowed to)(?: [\w']+)? $"
)
PLAY = compile_rule(
    r"\b(?:play(?:ful|fully|ing|fight\w*|ed)?|mess(?:ing)? (?:about|around)|muck(?:ing)? about|by "
    r"accident|accidentally|sparring|boxing|karate|judo|jiu.?jitsu|bjj|mma|kickboxing|martial|wrestl\w*|tapped out|"
    r"pillow ?fight\w*|tickl\w*|in (?:his|her|their|my) sleep|football|rugby|hockey|netball|basketball|"
    r"dodgeball|snowball|water fight|paintball\w*|laser tag|joking|banter|jokingly|teasing|video ?game|"
    # a fright shared on the sofa: "she grabbed my arm so hard during the horror film"
    r"horror (?:film|movie)|scary (?:film|movie)|roller ?coaster|jump scare|"
    r"fortnite|in the game|on the playstation|on the xbox|chess|cards|monopoly|scrabble|arm wrestl\w*|"
    r"ping pong|tennis|squash|badminton|golf|into the pool|in the pool|spun me (?:round|around)|twirl\w*|"
    r"boxercise|boxfit|fitness class|pads? (?:session|work))\b"
)
# "I kind of like it", "we agreed": a choice the person endorses is not control.
APPROVAL = (
    r"\b(?:i (?:kind of |actually |really |quite )?(?:like|love|appreciate|asked (?:him|her) to|prefer) it|"
    r"(?:it's|that's|which is|which was|it was|that was) (?:sweet|fair|fine|nice|romantic|cute|reasonable)|"
    r"fair enough|we (?:both )?agreed|i ask (?:him|her) to|"
    r"i asked (?:him|her|them) to\b(?! stop)|so we(?:'d| would)? (?:actually |can )?(?:talk|chat|connect|spend time)|so i'd (?:actually )?"
    r"relax|so i (?:can|could) (?:relax|sleep|rest))\b"
)
NO_FEAR = compile_rule(r"\b(?:lol|haha|joke|joking|kidding|banter|pillow)\b")
# What a "he'll kill me if..." is about when it is banter: a surprise, a spoiler or household
# trivia, not a secret.
TRIVIAL_STAKES = (
    r"\b(?:surprise|spoil\w*|the finale|the ending|secret santa|the score|presents?|gifts?|proposal|"
    r"the ring|karaoke|singing|my dancing|haircut|tattoo|my crush|baby photos?|forget (?:the|to get|to "
    r"buy|to pick up) (?:bread|milk|eggs|wine|tickets|cake|shopping|bins|washing|dog food)|if (?:i|you|we|he|she|they) "
    r"(?:leaves?|forgets?|loses?|breaks?|eats?|drinks?|spends?|miss(?:es)?|burns?|scratch(?:es)?|dents?|uses?|borrows?|finish(?:es)?|touch(?:es)?|"
    r"brings? home|adopts?|buys?|gets?|fails?) "
    r"(?:[\w']+ ){0,3}(?:towels?|socks|dishes|mugs?|cups?|plates?|shoes|clothes|bread|milk|chocolate|"
    r"biscuits|charger|remote|jumper|hoodie|leftovers|leftover \w+|dog|cat|puppy|kitten|plant|cake|wine|beer|coffee|tea|crumbs|bins|washing|"
    r"laundry|toilet seat|lid|lights? on|heating on|back door open|(?:bottom |back |front )?gate open|2:1|grades?|"
    r"exams?|tests?|a-levels?|gcses?|results)|the next (?:person|one|man|kid) (?:who|to) (?:leaves?|eats?|takes?|"
    r"touches?|uses?|forgets?|parks?|moves?)|"
    # a biscuit, the TV remote or what is on telly
    r"the last (?:tim tam|biscuit|slice|piece|chocolate|cookie|crisp)|tim tams?|(?:tv )?remote|"
    r"true crime|documentar\w+|jet ski)\b"
)


# "I'll bury you in paperwork": what someone is buried in says whether it is a threat.
FIGURATIVE_BURY = (
    r"\bbury (?:you|him|her|me|them) (?:in|under) (?:paperwork|work|emails|kisses|presents|gifts|love|"
    r"admin|forms|washing|laundry|cuddles|compliments|questions|paper|(?:the |a |our |this )?(?:pub )?(?:quiz|game|match|"
    r"final|tournament|league|debate|scrabble|chess|monopoly))\b"
)


# ---- Fragments the rules of several categories share ----------------------------------

REFLEXIVE = r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)"
STRONG_BLOWS = (
    r"(?:punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|strangl(?:ed|es|ing)|"
    r"throttl(?:ed|es|ing)|headbutt(?:ed|s|ing)?|elbow(?:ed|s|ing)|stab(?:bed|s|bing)|"
    r"batter(?:ed|s|ing)|whack(?:ed|s|ing)|thump(?:ed|s|ing)|smack(?:ed|s|ing)|shov(?:e|ed|es|ing)|chok(?:ed|es|ing)|bash(?:ed|es|ing)|"
    r"assault(?:ed|s|ing)|attack(?:ed|s|ing)|hit|hits|hitting|beat|beats|beating|beaten|bit|bites|"
    r"biting|bitten|clocked|decked|floored|spat (?:on|at)|spits (?:on|at)|spit (?:on|at)|"
    r"burn(?:ed|t|s)|scald(?:ed|s)|body-?slamm(?:ed|s)|kneed|knees|lamped|shook|shakes|shaking|"
    r"scratch(?:ed|es)|slam(?:med|s)|clawed|raped|rapes)"
)
SEX_ACTS = r"(?:sex|sexual|sleep with|slept with|sleeping with|do it|did it|doing it|in bed|touch|intimate)"
SEVERE_THREAT = (
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
PEOPLE = (
    r"(?:friends?|family|mum|mummy|dad|father|parents|sister|brother|doctor|gp|therapist|"
    r"counsellor|anyone|anybody|people|my (?:\w+ )?(?:friends?|family|mum|dad|sister|brother|"
    r"parents|colleagues|coworkers|nan|gran))"
)
PLACES = (
    r"(?:work|job|out|outside|the house|home|college|uni|university|school|church|the gym|the shops|"
    r"my (?:own )?(?:money|bank|account|card|phone|car)|money|a phone|a job|a bank account|"
    r"a doctor|the doctor|hospital|a course|classes|driving lessons|anywhere|funeral|wedding|"
    r"christening|appointment|church|mosque|temple|therapy|counselling|a&e|dentist|to drive|"
    r"college|a job|a bank account|without (?:sharing|telling|"
    r"him|her|asking))"
)
KID_VERBS = (
    r"(?:hits|hit|hitting|smacks|smacked|smacking|slaps|slapped|slapping|punches|punched|punching|"
    r"kicks|kicked|kicking|beats|beat|beating|beaten|shakes|shook|shaking|shaken|throws|threw|"
    r"throwing|chokes|choked|choking|burns|burned|burnt|burning|bites|bit|pinch(?:es|ed|ing)|"
    r"whips|whipped|belts|belted|spanks|spanked|spanking|strikes|struck|hurts|hurt|hurting|abuses|abused|"
    r"abusing|grabs|grabbed|grabbing|yanks|yanked|drags|dragged|shoves|shoved|shoving|pushes|pushed|"
    r"pushing|slams|slammed|strangles|strangled|neglects|neglected|neglecting|starves|starved|"
    r"molests|molested|scalded|scalds|smothered|squeezed)"
)
SEXUAL_CONTEXT = (
    r"\b(?:sex|sexual|sleep with|slept with|sleeping with|in bed|touch\w*|my body|her body|naked|"
    r"nudes?|oral|blow ?jobs?|in the mood|intimate|intimacy|make love|have it|do it|do that|do stuff|"
    r"stuff i|things i|kiss\w*|undress\w*|on top of me|didn't want to|did not want to)\b"
)
# These describe the shape of a disclosure rather than one wording: an agent, a harmful act
# and its target, or the story told to hide it, or a condition attached to harm.
AGENT = rf"(?:i|he|she|they|you|my {PARTNER}|your {PARTNER})"
SEVERE_ASSAULT = (
    r"(?:chok(?:ed|es|ing)|strangl(?:ed|es|ing)|throttl(?:ed|es|ing)|suffocat(?:ed|es|ing)|"
    r"smother(?:ed|s|ing)|beat (?:me|you|her|him) up|beats (?:me|you|her|him) up|beaten up|"
    r"punch(?:ed|es) (?:me|you|her|him) in the (?:face|head|stomach|ribs|mouth|eye)|"
    r"knock(?:ed|s) (?:me|you|her|him) (?:out|unconscious|down)|headbutt(?:ed|s))"
)
MEDIA = r"(?:videos?|photos?|pictures?|nudes|tapes?|sex tape|clips?|screenshots?|footage|recordings?)"
INJURY = (
    r"(?:bruis\w*|fat lip|split lip|black eye|marks? on (?:my|her|his|your) \w+|finger ?marks|"
    r"handprints?|welts?|cracked ribs?|broken (?:nose|wrist|arm|finger))"
)
# Coercive control as agent + controlling act + the other person's autonomy, in any voice:
# "he won't let me see my friends", "I don't let you drive", "you stopped me working".
# One word may sit between agent and act ("he always takes"), but not a denial ("he never took").
ASIDE = r"(?:(?!(?:never|not|no|hasn't|hadn't|didn't|doesn't|don't|won't|wouldn't|isn't|wasn't)\b)[\w']+ )?"
# "If he ever took my wages" is a hypothetical, not a report.
REAL = r"(?<!\bif )(?<!\bimagine )(?<!\bsuppose )(?<!\bunless )(?<!\bwhat if )"


def voiced(verbs: str, owned: str) -> str:
    """Agent, act and something that belongs to someone else: "I took your", "he checks my"."""
    return (
        rf"{REAL}\b(?:i {ASIDE}{verbs} (?:all (?:of )?)?(?:your|her|his)|(?:he|she|they|my {PARTNER}) "
        rf"{ASIDE}{verbs} (?:all (?:of )?)?(?:my|your)|you {ASIDE}{verbs} (?:all (?:of )?)?(?:my|her|his)) "
        rf"{owned}"
    )


CTL_AGENT = rf"(?:i|he|she|they|you|my {PARTNER}|your {PARTNER})"
WHO = rf"(?:me|you|her|him|my {PARTNER}|your {PARTNER})"
MINE = r"(?:my|your|her|his)"
AUTONOMY = (
    rf"(?:see (?:{MINE}|any) (?:friends|family|mum|mam|dad|sister|brother|mates|parents|kids|nan|gran)|"
    r"see (?:anyone|anybody|people|them)|go (?:out|anywhere|to work|back to work|to (?:the|my|your|her|his) "
    r"(?:gym|job|class|church|friends?|family|mum's|parents))|leave (?:the house|the flat|home|the room)|"
    rf"have (?:{MINE} own |a |any )?(?:money|bank account|account|phone|key|keys|car|job|friends|cash|"
    rf"bank card)|work|get a job|drive(?: the car)?|use the (?:car|phone|computer|internet)|talk to "
    rf"(?:anyone|anybody|{MINE} \w+|other people|other men|other women)|call (?:{MINE} \w+|anyone)|wear "
    r"(?:what|makeup|make-up|that|shorts|a dress|anything)|spend (?:money|anything|a penny)|"
    r"be alone|sleep until|eat until)"
)
HYPOTHETICAL = r"\bif (?:he|she|you|i|they) (?:ever |even |tried to |started to )?|\bwhat if\b|\bimagine\b"
# The few words right before a verb that make it a supposition: "I'd leave if he ever took my wages".
IF_EVER = (
    r"\b(?:if|what if|imagine|suppose|supposing|unless)(?: (?:he|she|you|they|my [\w-]+)(?: (?:ever|even|"
    r"ever tried to|tried to|tries to|so much as|started to|dared to|decided to|ever decided to))?)? $"
)
# A parent's limits on a child: "she's 14, I won't let her go to the party".
KID_LIMITS = r"\b(?:teen\w*|1[0-7]|\d{1,2} year old|curfew|grounded|homework|bedtime|sleepover|underage|school night)\b"
# Care or a reported joke: "he won't let me leave without a coat", "she jokes that she won't let me".
CARE_OR_JOKE = (
    r"\bwithout (?:a |my |any )?(?:coat|jacket|brolly|umbrella|scarf|hat|gloves|breakfast|sun ?cream|"
    r"sunscreen|jumper)\b|\b(?:jokes?|joked|joking|jokingly|teases|teased|teasing|winds me up|banter) "
    r"(?:that |about (?:how )?)?(?:he|she|they|you)\b"
)
# Someone's child self-harming, told by the parent: "my 15 year old has been self-harming".
KID_SELF_HARM = (
    r"\b(?:my|our)(?: [\w']+){0,2} (?:teen\w*|sons?|daughters?|kids?|child|children|stepson|stepdaughter|"
    r"step-son|step-daughter|boy|girl|\d{1,2} year old|eldest|youngest)(?:'s)?"
    r"(?: (?!i\b|i've\b|i'm\b|me\b|my\b)[\w']+){0,4} self-harm\w*"
)
# The same in a sentence with none of the speaker's own self-harm in it, for ``suicide_word``.
ONLY_KID_SELF_HARM = (
    r"^(?![^.!?]*\b(?:i|i've|i'm|i'd|myself)\b[^.!?]{0,25}\b(?:self-harm|suicid|kill myself|cut myself|"
    r"hurt myself|end it|end my life|overdos))[^.!?]*" + KID_SELF_HARM
)
