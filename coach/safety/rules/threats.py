"""Phrase rules for threats: to harm, to expose, to follow, to take the children."""

from __future__ import annotations

from coach.safety.rules.model import CONTROL, SELF_HARM, SEXUAL, THREATS, VIOLENCE, Rule, RuleBook
from coach.safety.rules.vocabulary import (
    FIGURATIVE_BURY,
    FUTURE,
    KID,
    KID_OBJ,
    MEDIA,
    SEVERE_THREAT,
    THREAT_CONTEXT,
    THREAT_WORDS,
    TRIVIAL_STAKES,
)

# "I'd slit my own throat before I took that deal": a refusal said as a vow.
_NOT_A_DEAL = r"|\bbefore i (?:took|take|sign|signed|agree|agreed|accept|accepted|vote|voted|pay|paid)\b"


def rules() -> list[Rule]:
    book = RuleBook()
    add = book.add

    add(
        "no_one_else_can",
        THREATS,
        "crisis",
        # "if he can't have me, no one can": possession with a menace behind it.
        r"\bif (?:he|she|i) can'?t have (?:me|you|her|him),? (?:then )?(?:no ?one|nobody|no-one) (?:else )?(?:can|will|gets to)\b",
        negatable=False,
    )
    add(
        "find_you_anywhere",
        THREATS,
        "crisis",
        # "if I report him he will find me anywhere": there is no getting away.
        r"\b(?:find|hunt|track) (?:me|us|you) (?:down )?(?:anywhere|wherever|no matter where|wherever (?:i|we|you) go)\b",
        requires=r"\bif (?:i|we|you) (?:ever )?(?:leave|left|report|tell|told|go|call|ring|run|try)\b|\b(?:says?|said|threat\w*|warn\w*)\b",
        negatable=False,
    )
    add(
        "severe_threat",
        THREATS,
        "crisis",
        rf"\b(?:{FUTURE}|or|and|then|'ll|i'd) (?:\w+ )?{SEVERE_THREAT}\b",
        on_humour="concern",
        not_before=r"\b(?:could|might|want to)(?: \w+)? $",
        unless=FIGURATIVE_BURY + "|" + TRIVIAL_STAKES + _NOT_A_DEAL,
    )
    add(
        "break_your",
        THREATS,
        "crisis",
        rf"\b{SEVERE_THREAT}\b(?=[^.!?]{{0,40}}(?:if|or|unless|one more|"
        r"next time|swear|$|[.!?]))",
        not_before=r"\b(?:could|might|want to|would|did|didn't|don't)(?: \w+)? $",
        requires=r"\b(?:i'll|i will|i swear|or|one more|next time|if you|unless|going to|he'll|she'll|"
        r"he said|she said|threat\w*)\b",
        unless=FIGURATIVE_BURY + "|" + TRIVIAL_STAKES + _NOT_A_DEAL,
        on_humour="concern",
    )
    add(
        "harm_threat",
        THREATS,
        "concern",
        rf"\b(?P<key>{FUTURE}) (?:\w+ ){{0,2}}?(?:kill|murder|hurt|hit|punch|beat|slap|harm|attack|get|end|"
        rf"destroy|finish|deal with|sort) (?:you|him|her|me|us|them|the kids|the children|my family|"
        rf"your family|my mum|your mum|{KID_OBJ}|everyone you love)\b",
        # a weapon carried to the door: "turning up at his flat at 3am with a bat... said she'll finish him"
        escalate=THREAT_WORDS
        + r"|\bwith (?:a|an|the|his|her) (?:bat|knife|machete|hammer|crowbar|gun|axe|blade)\b",
        on_humour="ok",
        not_after=r" (?:at|in) (?:chess|cards|scrabble|monopoly|tennis|the game|fifa|mario ?kart)|"
        r" off (?:at|from) (?:the|school|work)| up (?:from|at|after)| a (?:drink|coffee|present)",
        unless=r"\b(?:get (?:you|him|her) (?:a|an|some|the|from|back|home|to|up|ready|at|when)|"
        r"(?:will|'ll|'d|would) (?:hurt|hit) (?:you|him|her)(?:'s)? feelings|hurt your (?:chances|"
        r"back|feelings)|kill (?:you|him|her) with kindness)\b|" + TRIVIAL_STAKES,
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
        r"\bsleep with one eye open\b|"
        r"\bdon't (?:test|push) me\b(?=[^.!?]{0,40}\b(?:or|because|i swear|you'll|see what)\b)|"
        r"\b(?:you'll|i'll|she'll|he'll|you will|i will) regret (?:it|this|that)\b(?=[^.!?]{0,40}\b(?:rest "
        r"of (?:your|my) life|if)\b)(?<=.)|\b(?:come|coming|came|comes) (?:round|over|after (?:me|you)|"
        r"for (?:me|you)) (?:and |to )?(?:sort|deal with|teach|get|sort out) (?:me|you|him|her)(?: out| a "
        r"lesson)?\b(?! with)|\byou're (?:dead|finished|done for)\b(?=[^.!?]{0,40}\b(?:if|when|unless|i swear|for this)\b)",
        negatable=False,
        on_humour="concern",
        unless=r"\b(?:chilli|hot sauce|red button|dare you|year old|cake|party|miss (?:out|this|it)|film|movie|finale|spoiler|dessert|pudding|game|"
        r"not coming|haircut|diet|hangover|tomorrow morning|drink that|eat that|if you (?:don't|do not|"
        r"never|miss|skip|pass|turn (?:it|this|that) down)|(?:i think|i bet|probably|maybe|might) you'll|"
        r"when (?:money|the bills?|it)|you should|for (?:that|the|your) (?:joke|comment|prank|remark|pun))\b|"
        # A dare in play: "go on, try it and see what happens" with a water pistol, unless it is about
        # leaving or telling someone.
        r"^(?![^.!?]*\b(?:leave|leaving|left|tell|telling|call|calling|report|police|walk out|divorce)\b)"
        r"[^.!?]*\bgo on,? (?:then,? )?(?:just )?try (?:it|me)\b|\b(?:grinn\w*|grins|wink\w*|smirk\w*|"
        r"giggl\w*|cheeky|water (?:pistol|gun)|nerf|tickl\w*|snowball)\b",
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
        r"everything you)\b|\bi'll be watching(?: you\b(?! two\b)|\W*$|\s*[.!])|\b(?:i'm|he's|she's) watching\W*$|\b(?:like|want) to "
        r"know i'm watching\b|\bi'll always find you\b|\byou can't hide\b(?! from (?:everything|it|this|that|the|"
        r"your|how|what|people|them|us))|\byou can run\b",
        negatable=False,
        unless=r"\b(?:hide and seek|film|show|series|game|birthday|surprise|eat|memes?|gifs?|spoil\w*|"
        r"watching (?:you|your every) (?:play|dance|sing|grow|perform))\b|" + TRIVIAL_STAKES,
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
        rf"leave|vanish|move))\b|\b(?:{FUTURE}|threaten\w* to|says (?:he|she)'ll|said (?:he|she)'d|"
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
        r"(?:calling|reporting)|want to report|i reported|i called the police|i rang the police)\b|"
        # a stranger's complaint after a mishap: "the dog went for a kid... the mum says she'll call the police"
        r"\b(?:our|the|my) (?:dog|puppy)\b|\bthe (?:mum|dad|parents|neighbours?|landlord|school|driver)\b",
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
        # A bare threat ("he threatened me") is one; a threat "to" do something is one when what is
        # threatened harms, exposes or takes: people threaten lasagne, disowning and hostage-taking
        # over a wardrobe in jest far more often than those.
        r"\b(?:threaten(?:s|ed|ing)?|keeps threatening|has threatened) (?:(?:me|him|her|us|them)\b"
        r"(?! (?:to|with|that)\b)|(?:(?:me|him|her|us|them) )?(?:to|that|with) (?:\w+ ){0,3}?(?:tell|"
        r"telling|show|showing|share|sharing|post|posting|send|sending|leak|expose|out|report|ring|call|"
        r"come (?:to|round|after|for)|turn up|find|hurt|harm|hit|beat|kill|murder|stab|shoot|strangle|choke|"
        r"drown|burn|smash|break|ruin|destroy|put|take (?:the |my |our |your |his |her )?(?:kids|children|baby|son|"
        r"daughter|everything|house|money)|keep|throw|kick|lock|cut|stop|have (?:me|you|her|"
        r"him) (?:deported|sectioned|arrested)|get (?:me|you|her|him) (?:sacked|fired|deported)|sort|do "
        r"something|end|jump|leave (?:me|you|her|him) with|make (?:me|you|her|him) pay|a knife|a gun|"
        r"violence)\b)",
        unless=r"\b(?:landlord|council|company|bank|boss threatened|neighbour|manager)\b|" + TRIVIAL_STAKES,
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
        # Fans, and the speaker's own online "stalking" of a job, a page or a listing, are figures
        # of speech.
        unless=r"\blike a (?:proper )?stalker\b|\bstalker vibes\b|"
        r"\bi(?:'?ve been| was|'?m| am| keep| kinda| basically)? stalk(?:ing|ed)? (?:the |their |its |this |that )?"
        r"(?:page|profile|website|site|account|listing|feed|job|studio|company|shop|menu|insta\w*|linkedin)\b|"
        r"\b(?:the one|the place|the house|the flat|the job|the studio|the company) i'?ve been stalking\b|"
        r"\b(?:celebrity|band|tour|instagram|influencer|to say hi)\b",
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
    # -- Broader phrasings: verb and object families the direct rules leave out.
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
        "youre_next",
        THREATS,
        "crisis",
        r"\b(?:said|says|saying|told me|tells me|screamed|shouted|texted|yelled|warned)\b[^.!?]{0,15}\b"
        r"(?:that )?(?:i'm|i am|you're|you are|she's|he's) (?:next|dead|a dead (?:woman|man)|going over "
        r"the (?:balcony|edge|railing)|going out (?:of )?the window)\b|\b(?:wrote|written|scratched|"
        r"sprayed|left a note) [^.!?]{0,30}\b(?:i'm|you're|she's) dead\b",
        unless=r"\b(?:next in line|next up|next to|next one to|next week|dead tired|dead on (?:my|her|his) "
        r"feet|dead good|dead funny|dead right|when (?:mum|mam|dad|your mum|your dad) finds out|lol|haha|"
        # a child's game: "hit me with his toy truck and said you're dead"
        r"toys?|pretend\w*)\b",
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
        unless=r"\bfood poisoning\b|" + TRIVIAL_STAKES,
        on_humour="concern",
        negatable=False,
    )
    # A lasting injury promised: "she'll make sure i never walk right". A laugh beside it is the
    # commonest cover ("haha he says he'll make sure nobody recognises my face"), so it stays a crisis.
    add(
        "lasting_harm",
        THREATS,
        "crisis",
        r"\bmake sure (?:i|you|he|she|they) (?:never|can'?t|won'?t) (?:walk|see|work|talk|use (?:my|your|his|her) \w+)"
        r"(?: (?:right|properly|straight|again))?\b|\bmake sure (?:nobody|no one|no-one) (?:ever )?(?:recogni[sz]es|will recogni[sz]e|"
        r"wants|looks at) (?:my|your|her|his) face\b|\bsend (?:me|you|her|him) back in pieces\b",
        negatable=False,
    )
    # Ruin shared in a leaving: "if she goes through with the divorce i'll take her down with me".
    add(
        "down_with_me",
        THREATS,
        "crisis",
        r"\b(?:take|taking|drag|dragging|bring|bringing) (?:her|him|you|them|everyone|the lot of (?:them|you)) down "
        r"with me\b",
        unless=r"\b(?:game|monopoly|quiz|cards|chess|scrabble|fantasy league|league|poker|uno)\b",
        on_humour="concern",
        negatable=False,
    )
    # -- The other voice: the partner who does it, speaking to the person it is done to.
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
        unless=TRIVIAL_STAKES + r"|\b(?:brownie|leftovers?|chocolate|cake|biscuits?|pizza|crisps|ice cream|"
        r"the last|spoil\w*|episode|series|finale|karaoke|my mum finds out|your mum finds out|dishes|bins|"
        r"washing up|remote|game|quiz)\b",
        on_humour="concern",
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
        "threat_objects",
        THREATS,
        "crisis",
        r"\bthe (?:dog|cat|kids?|baby|children|puppy|kitten) gets? it\b|\b(?:nobody|no one|no-one) "
        r"(?:would|will|'d|could) (?:ever )?(?:miss|notice|look for|find|hear|come looking for) you\b"
        r"(?! (?:in (?:this|that|the) (?:crowd|queue|mess|traffic|noise)|there\b|under (?:that|the) (?:pile|duvet)))|\bknows? people who(?:'d| "
        r"would| could| can| will) (?:sort|deal with|hurt|get|find|do) you\b|\b(?:got|have|made|i've got) "
        r"a plan\b[^.!?]{0,30}\b(?:it's soon|soon|tonight|don't hate me|forgive me|goodbye)\b",
        unless=r"\b(?:surprise|party|holiday|birthday|trip|proposal|wedding|garden|diet|savings|budget|"
        r"hide and seek|hide-and-seek|hiding (?:spot|place)|crowd|karaoke)\b",
        on_humour="concern",
        negatable=False,
    )
    # -- Structure: who did what to whom, in any voice.
    add(
        "silence_or_else",
        THREATS,
        "crisis",
        r"\b(?:tell (?:anyone|anybody|a soul|someone|your \w+|the police|them)|say a word|breathe a "
        r"word|mention (?:this|it|what happened|last night)|report (?:me|this|it)|(?:go|going|call|ring) "
        r"(?:to )?the police|leave me|walk out)\b[^.!?]{0,50}\b(?:and|or) (?:you're|you are|you'll be) "
        r"(?:dead|finished|done for|history|gone|sorry|next)\b",
        unless=TRIVIAL_STAKES + r"|\b(?:surprise|party|present|spoil\w*|ending|score)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "see_what_happens",
        THREATS,
        "crisis",
        r"\bsee what happens (?:to (?:you|her|him|them|your [\w']+|the (?:kids|dog|cat|baby)|her [\w']+|"
        r"his [\w']+)|when (?:you|i) (?:get|come) home)\b",
        unless=TRIVIAL_STAKES + r"|\b(?:recipe|oven|plant|garden|experiment|button|app|settings|"
        r"spreadsheet|football|match|game|bet|lottery)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "kept_media",
        (THREATS, SEXUAL),
        "crisis",
        rf"\b(?:i|he|she|they)(?:'ve|'s| have| has)? (?:still )?(?:got|have|has|kept|keeps|saved|"
        rf"screenshotted|recorded|filmed)\b[^.!?]{{0,30}}\b{MEDIA}\b",
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
        requires=rf"\b{MEDIA}\b|\b(?:them|those|these)\b",
        unless=r"\b(?:holiday|wedding|baby|cat|dog|recipe|cake|garden|party|graduation|birthday)\b",
        negatable=False,
    )
    add(
        "regret_the_day",
        THREATS,
        "crisis",
        r"\b(?:make you|you'll|you will|make (?:her|him)) (?:regret|rue) the day\b|\bmake (?:your|her|his) "
        r"life (?:a )?(?:living )?hell\b",
        unless=TRIVIAL_STAKES + r"|\b(?:spoil\w*|chess|game|quiz|tennis|golf|cards|scrabble|monopoly|"
        r"challeng\w*|bet|dare|race|contest|competition|rematch)\b",
        on_humour="concern",
        negatable=False,
    )
    add(
        "obey_or_media",
        (THREATS, SEXUAL),
        "crisis",
        rf"\b{MEDIA}\b[^.!?]{{0,40}}\b(?:so you'll|so you will|and you'll|you'll|or)\b[^.!?]{{0,10}}\b(?:do "
        r"(?:as|what) (?:you're told|i say|i tell you|i want)|behave|keep quiet|keep your mouth shut|stay)\b",
        unless=r"\b(?:wedding|holiday|baby|party|graduation|birthday|christmas|cat|dog|recipe)\b",
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
        unless=TRIVIAL_STAKES + r"|\b(?:parcel|delivery|card|invite|invitation|christmas card|"
        r"promotion|refund|deal|discount|reservation|best table|upgrade|free)\b",
        on_humour="concern",
        negatable=False,
    )
    # "she said she'll put the kettle on my face if I talk to my brother again lol": a threat to
    # burn or cut is no joke for the laugh beside it.
    add(
        "burn_or_cut_threat",
        THREATS,
        "crisis",
        r"\b(?:she|he|they)(?:'ll| will|'d| would|'s going to| is going to| said (?:she|he|they)(?:'d| would| will|'ll)|"
        r" threatened to| threatens to| keeps threatening to) (?:\w+ ){0,2}(?:put|pour|throw|tip|hold|press|use) "
        r"(?:(?:the|a|her|his|some|boiling|hot) )*(?:kettle|iron|boiling water|hot water|hot oil|knife|blade|bleach|acid|"
        r"cigarette|hot pan)\b[^.!?]{0,20}\b(?:on|at|in|over|to|against) (?:my|me|your|you)\b",
        negatable=False,
    )
    return book.rules
