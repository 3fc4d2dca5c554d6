"""Turning a (message, reply) pair into the numbers the rules scorer's classifier reads."""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from coach.embeddings import get_embedder
from coach.language import feelings, good_news
from coach.language.cues import (
    CUE_GROUPS,
    LAUGHTER,
    PRAISE_OF_THEM,
    CueHit,
    count_but,
    find_cues,
    question_count,
)
from coach.language.tokens import content_words, shared_content_ratio, stem, words

HAND_FEATURES = (
    *(f"cue_{g}" for g in CUE_GROUPS),
    *(f"strong_{g}" for g in ("contempt", "criticism", "stonewalling")),
    "questions",
    "but",
    "log_words",
    "short",
    "shared_ratio",
    "cosine",
    "you_rate",
    "i_rate",
    "exclaim",
    "caps",
    "named_feelings",
    "empathy_words",
    "ends_question",
    "starts_i",
    "starts_you",
    "quote_echo",
    "self_before_them",
    "first_sentence_i",
    "praise",
    "praise_without_empathy",
    "counter_you",
    "self_justify",
    "third_party_excuse",
    "defence_unanswered",
    "defence_answered",
    "echo_fragment",
    "message_you",
    "minimise_own",
    "defend_own",
    "mock_offer",
    "self_then_them",
)

# Hashed word, word-pair and character 4-gram presence: phrasing the cues do not list (mock
# praise, "too, right?") still reaches the classifier. Hashing keeps it a fixed-size numpy row.
NGRAM_BUCKETS = 2048
# Pairs embedded together when featurizing many: their texts stay inside the embedder's cache
# of 2,048 until the pairs are featurized.
_PAIRS_PER_BATCH = 500

_I = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|you're|you've|you'd|you'll|your|yourself|u|ur)\b", re.IGNORECASE)
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_STARTS_I = re.compile(r"(?i)i\b|i'")
_STARTS_YOU = re.compile(r"(?i)(?:you|u)\b")
# Words of praise or delight: in reply to a complaint or a hurt, with no feeling acknowledged,
# they are often mock praise.
_PRAISE = re.compile(
    r"\b(?:great|brilliant|lovely|wonderful|amazing|perfect|nice|fantastic|cute|impressive|adorable"
    r"|marvell?ous|splendid|fabulous|genius|congrat\w*|bravo|well done|good for you|sweet|charming"
    r"|delightful|incredible|stunning|superb|excellent|thrilled|delighted)\b",
    re.IGNORECASE,
)
# A quoted stretch of the reply (apostrophes inside words do not close it).
_QUOTED = re.compile(r"(?:^|[\s(,])['‘\"“](.{3,80}?)['’\"”](?=[\s.,!?;:]|$)")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# Acknowledging their side: feeling words, empathy or owning one's part.
_ACK_GROUPS = frozenset({"empathy", "ownership"})
# Structural signs of defending rather than hearing, each counted only when the reply
# acknowledges nothing of theirs (a reflection may say "you did all of it" too):
# what the partner does or did, turned back on them ("you missed our call last sunday");
_COUNTER_YOU = re.compile(
    r"\b(?:you|u) (?:also|too|yourself) \w+|\b(?:you|u)(?:'re| are| were| was)?\s+(?:literally |still |also |just |even |basically |kind of |kinda )?"
    r"(?:never|always|missed|forgot|chose|agreed|insisted|said|told|spend|spent|bought|leave|left|ring|call|"
    r"didn'?t|don'?t|haven'?t|wouldn'?t|on (?:your|ur) phone|out|do (?:it|that|this)|did (?:it|that|this))\b",
    re.IGNORECASE,
)
# the listener's reasons ("I only reply so it's not awkward", "I'm working ten-hour days for us");
_SELF_JUSTIFY = re.compile(
    r"\b(?:i|i'm|i've|im|ive)\b[^.?!]{0,50}\b(?:because|cause|cos|bc|so (?:that|it|we|you|i)|for (?:us|you|work|the kids)"
    r"|that'?s why|to make sure)\b|\bi (?:have|had|need|needed|have got) to\b",
    re.IGNORECASE,
)
# and someone else's circumstances offered as the answer ("She's a single mum").
_THIRD_PARTY = re.compile(
    r"(?:^|[.!?,]\s*)(?:she|he|they|mum|dad|your (?:mum|dad|mother|father|sister|brother))(?:'s|'re| is| are| was| were)\s+"
    r"(?:just |only |really )?(?:a |an |from|going through|trying|busy|old|older|getting|under|stressed|struggling|doing)\b",
    re.IGNORECASE,
)


# Where the reply turns to the partner: a feeling felt with, a part owned, care, a real question.
_TURN_GROUPS = frozenset({"empathy", "ownership", "curiosity", "warmth"})
_DEFENCE_GROUPS = frozenset({"defensiveness", "yes_but"})
_FRAGMENT_WORDS = 5


def _defence_turns(reply: str, hits: list[CueHit], named: list[feelings.FeelingSpan]) -> tuple[float, float]:
    """Whether the reply's last word is the listener's case, or a turn back to the partner.

    A listener may give their own reason or view and still hear the partner, when they come back
    to the partner's side after it; the same reason with nothing after it is a defence ("yes, but").
    Returns (unanswered, answered), both 0 when the reply defends nothing.
    """
    last = _last_defence(reply, hits)
    if last is None:
        return 0.0, 0.0
    turns = [h.start for h in hits if h.group in _TURN_GROUPS] + [s.start for s in named]
    answered = any(t >= last for t in turns)
    return float(not answered), float(answered)


def _last_defence(reply: str, hits: list[CueHit]) -> int | None:
    ends = [h.end for h in hits if h.group in _DEFENCE_GROUPS]
    ends += [m.end() for rx in (_COUNTER_YOU, _SELF_JUSTIFY, _THIRD_PARTY) for m in rx.finditer(reply)]
    return max(ends) if ends else None


_TAKEN_BACK = re.compile(r"\b(?:but|though|however|although|except|if (?:you|u))\b|\?", re.IGNORECASE)


def defence_owned(reply: str, hits: list[CueHit]) -> bool:
    """The listener owns the act, after any reason they gave ("I said it was banter because I
    didn't want to deal with it... I'm sorry"): an account offered, not a defence. With no reason
    given at all ("I've let you carry it. That's not fair on you."), owning it is enough."""
    if any(h.group == "contempt" for h in hits):
        return False  # "I'm so sorry I'm not perfect" owns nothing
    last = _last_defence(reply, hits)
    if last is None:
        # Unless it is taken back or asked: "I'm sorry. But he's in a bad way", "it's my fault now?"
        return any(h.group == "ownership" and not _TAKEN_BACK.search(reply, h.start) for h in hits)
    return any(h.group == "ownership" and h.start >= last for h in hits)


def _echo_fragment(reply: str, message: str, acknowledged: bool) -> float:
    """A few of the partner's own words held up on their own ("Forty minutes. Right."), with no
    feeling of theirs acknowledged anywhere: repeating a phrase back as a verdict mocks it."""
    if acknowledged:
        return 0.0
    message_words = {stem(w) for w in content_words(message)}
    for sentence in _SENTENCE.findall(reply):
        if not 0 < len(words(sentence)) <= _FRAGMENT_WORDS:
            continue
        own = [stem(w) for w in content_words(sentence)]
        if own and sum(w in message_words for w in own) * 3 >= len(own) * 2:
            return 1.0
    return 0.0


# An offer of the listener's own compliance put as a question ("Shall I buy a watch?", "Do you
# want me to wear a blindfold?"): sincere after the partner has been heard, a mock otherwise.
_OFFER = re.compile(
    r"\b(?:should|shall) i\b[^.?!]*\?|\b(?:do you |d'you |u )?want me to\b[^.?!]*\?|\bwould you like (?:me to|a|an|some)\b[^.?!]*\?",
    re.IGNORECASE,
)


# The partner's side of what happened, said by the listener: "you were sat there alone", "it left
# you on your own", "you're the one who got left" (not "for you": "I do it all for you" defends).
_THEIR_SIDE = re.compile(
    r"\b(?:left|leaving|leaves|put|putting|made|making) (?:you|u)\b|\b(?:you|u)(?:'ve| have| had|'d)? (?:been|were|was|had to|got|felt|must)\b"
    r"|\b(?:you|u)'?re the one\b|\b(?:fair|unfair|hard|harsh|rough) on (?:you|u)\b",
    re.IGNORECASE,
)


def _self_then_them(reply: str, hits: list[CueHit], named: list[feelings.FeelingSpan]) -> float:
    """The listener speaks of their own part first and then of the partner's side of it: owning
    an act with its cost to them, where a defence stops at the listener's reasons."""
    first_self = _I.search(reply)
    if first_self is None:
        return 0.0
    turns = [h.start for h in hits if h.group in _TURN_GROUPS] + [s.start for s in named]
    turns += [m.start() for m in _THEIR_SIDE.finditer(reply)]
    return float(any(t > first_self.start() for t in turns))


def _quote_echo(reply: str, message: str) -> float:
    """A scare-quoted echo of the partner's own words, a common way of mocking them."""
    message_words = set(content_words(message))
    for match in _QUOTED.finditer(reply):
        if set(content_words(match.group(1))) & message_words:
            return 1.0
    return 0.0


def _self_before_them(reply: str, hits: list[CueHit], named: list[feelings.FeelingSpan]) -> float:
    """The listener's own account ("I", "my") comes before any acknowledgement of the partner."""
    first_self = _I.search(reply)
    if first_self is None:
        return 0.0
    ack = [h.start for h in hits if h.group in _ACK_GROUPS] + [s.start for s in named]
    return float(not ack or first_self.start() < min(ack))


# What the partner's message is: good news, or a hardship from outside the couple. The same
# "oh no, poor you" or "wow, congratulations" is sincere in answer to a dying pet or a new job and
# mock sympathy or praise in answer to a complaint about the listener.
_GOOD_WORDS = re.compile(
    r"\b(?:excited|happy|proud|thrilled|so glad|relieved|can'?t wait|over the moon|yay|woo+|yes+)\b|🎉|🥳|😍|❤️",
    re.IGNORECASE,
)
_SYMPATHY = re.compile(
    r"\b(?:oh no+|sorry|poor (?:thing|baby|love|you|darling|\w+)|that'?s (?:awful|terrible|horrible|rough)|"
    r"(?:may (?:his|her|their) soul )?rest in peace|rip|(?:sorry for your|such a) loss|condolences"
    r"|(?:sending )?(?:hugs|love)|aw+|oh (?:love|babe|baby|honey|darling|sweetheart|pet|hun))\b|😢|😭|💔|❤️|🫂",
    re.IGNORECASE,
)
_DELIGHT = re.compile(
    r"\b(?:congrat\w*|well done|wow|yay|woo+|proud of (?:you|u)|so happy for|no way|amazing|incredible|brilliant|"
    r"the best news|yes+)\b|🎉|🥳|👏",
    re.IGNORECASE,
)


def _message_kind(message: str) -> tuple[bool, bool]:
    """(good news, a hardship from outside the couple); neither for a complaint to the listener."""
    sarcastic = feelings.sarcastic(message)
    good = not sarcastic and (good_news.read(message) is not None or bool(_GOOD_WORDS.search(message)))
    return good, not good and not good_news.addresses_partner(message)


# Names of endearment and fillers a stock reply wraps around its sympathy or delight.
_ENDEARMENT = re.compile(
    r"\b(?:sweetheart|sweetie|baby|babe|bae|love|luv|darling|honey|hun|hon|dear|pet|mate|bro|sis|girl|"
    r"hunny|my|so|very|really|much|oh|ah|aw+|omg|lol|x+|god|gosh|ok|okay)\b",
    re.IGNORECASE,
)


def sincere_feeling_with(message: str, reply: str) -> bool:
    """A stock reply of sympathy for a hardship from outside the couple, or of delight at good
    news, and nothing else: "oh no, I'm so sorry baby" to a lost friendship, "wow,
    congratulations!! 🎉" to a new job.

    Taught mostly on complaints, the classifier reads these words as the commonest sarcasm ("oh
    no, poor you"). What they answer decides, and only when the reply says nothing more: the
    sarcasm lives in what is added ("poor baby, someone gave you feedback").
    """
    good, outside_hard = _message_kind(message)
    kind = _DELIGHT if good else _SYMPATHY if outside_hard else None
    if kind is None or not kind.search(reply):
        return False
    rest = _ENDEARMENT.sub(" ", kind.sub(" ", reply))
    return len(content_words(rest)) <= 1 and not _PRAISE.search(rest)


# Laughter and a leading "aw" or "wow" are contempt cues ("lol ok detective", "aw, did someone
# have a hard day?", "wow. ok."), but beside an apology, an endearment, thanks or a feeling of
# theirs they are fondness or news taken in: "haha sorry babe, my bad x", "aw, that means a lot",
# "wow, okay. That's a big thing to have been carrying. What's made you feel that?"
# "Bless him" and "poor baby" are the commonest mock sympathy ("omg poor baby, did the mean girls
# hurt your feelings"), so they are fond only beside warmth itself: a heart, love said, help
# offered ("aww poor baby 😢 want me to come to the next appointment?").
_PITY = r"bless(?: (?:you|him|her|them)(?: both| all)?)?|poor (?!your\b)\w+"
_PITY_CUE = re.compile(rf"^\s*(?:{_PITY})$", re.IGNORECASE)
_FOND = re.compile(
    rf"^\s*(?:{LAUGHTER}|aw+|(?:oh )?wow[.!,]?|{_PITY})$",
    re.IGNORECASE,
)
# "Wow" is the commonest opener of a sneer ("wow, so sorry your life is so hard"); taken-in news
# goes on to ask about it.
_WOW = re.compile(r"^\s*(?:oh )?wow", re.IGNORECASE)
# ...or sign off with a heart, which a sneer does not.
_HEART = re.compile(r"❤️|❤|💕|💖|🥰|😍|♥")
_APOLOGY = re.compile(
    r"\bsorry\b(?! (?:you feel|if|that you feel|for (?:existing|breathing|living|caring|having))\b)"
    r"(?![^.!?]{0,12}\b(?:didn'?t|did not) reali[sz]e)|\bmy bad\b|\bo+ps\b|\bwhoops\b",
    re.IGNORECASE,
)
_WITH_THEM = frozenset({"warmth", "empathy"})
_NOT_WITH_THEM = frozenset({"criticism", "stonewalling"})


def fond_with(reply: str, hits: list[CueHit], named: list[str]) -> bool:
    """The reply's only contempt cue is laughter, "aw", "wow", "bless" or "poor", said beside a real
    apology, an endearment or hug, or a feeling of theirs (pity beside warmth only), with no attack,
    shutdown or defence unapologised."""
    contempt = [h for h in hits if h.group == "contempt"]
    if not contempt or any(not _FOND.match(h.text) for h in contempt):
        return False
    if (
        any(_WOW.match(h.text) for h in contempt)
        and not any(h.group == "curiosity" for h in hits)
        and not _HEART.search(reply)
    ):
        return False
    if any(h.strong or h.group in _NOT_WITH_THEM for h in hits):
        return False
    if any(_PITY_CUE.match(h.text) for h in contempt):
        return any(h.group == "warmth" for h in hits) and not any(h.group in _DEFENCE_GROUPS for h in hits)
    if _APOLOGY.search(reply):
        return True
    defends = any(h.group in _DEFENCE_GROUPS for h in hits)
    return not defends and (bool(named) or any(h.group in _WITH_THEM for h in hits))


# Cues that make praise part of an attack or a defence: "you're so clever, shame you never use it".
_NOT_PRAISE = frozenset({"criticism", "defensiveness", "yes_but", "stonewalling"})


def praising_them(reply: str, hits: list[CueHit]) -> bool:
    """The reply praises them in a critic's words ("you're so brave", "you always know what to
    say", "you never give up") and no criticism, defence or shutdown cue fires.

    Taught on complaints, the classifier hears "you're so" and "you always" as an attack on
    character. Sarcastic praise ("oh, you're so good at everything") is still contempt: only the
    criticism reading is held back.
    """
    return bool(PRAISE_OF_THEM.search(reply)) and not any(h.group in _NOT_PRAISE for h in hits)


# A plain apology and nothing else: "Sorry, love.", "Aiyo, sorry ah, my fault.", "Sorry, should
# have told you.", "sorry, I'll put it down". The training data holds many mock apologies ("Sorry
# my career is so inconvenient", "Sorry, I'll apply for a permit next time"), so "sorry" alone
# reads as sarcasm to the classifier; these shapes leave no room for the mockery, which lives in
# what is apologised for, a title ("sorry, officer"), a question, or a "next time".
_PLAIN_APOLOGY = re.compile(
    r"^\W*(?:(?:oh|ah|aw|aiyo|aiya|ugh|argh|oops|ahh|oh no|ah no|eish|ay|(?:you'?re|you are|ur) (?:so |totally |completely "
    r"|absolutely |dead )?right|fair enough)\W+)*(?:i'?m |i am )?"
    r"(?:so |really |very |truly |so so )?(?:sorry|my bad)(?: (?:ah|la|lah|yaar|na|ya))?"
    r"(?:\W+(?:sweetheart|sweetie|baby|babe|bae|love|luv|darling|honey|hun|hon|jaan|pet|my love))?"
    r"(?:[\s,.!]+(?:"
    r"(?:it'?s |that'?s |that was |totally |all )?(?:my fault|my bad|on me)|i know|really|truly|i messed up|i forgot"
    r"|(?:i )?should(?:'?ve| have) (?:told|asked|said|called|rung|checked|texted|remembered|been there)(?: (?:you|first|earlier))?"
    r"|i'?ll (?!just\b)(?:put|get|do|sort|fix|ring|call|grab|pick|clear|wash|take|move|bring|tidy|make|text|book)\b"
    r"(?![^.!?]*\b(?:next time|from now on|in future|permission|approval)\b)[^.!?]{0,60}"
    r"))*[\s.!x❤♥]*$",
    re.IGNORECASE,
)


def plain_apology(reply: str) -> bool:
    """The whole reply is a plain apology: "my bad." and "I'll put it down" inside one are not the
    mock contrition and mock diary-keeping that those contempt cues look for elsewhere."""
    return bool(_PLAIN_APOLOGY.match(reply))


@dataclass(frozen=True)
class PairFeatures:
    """Everything the scorer derives from one pair, kept for evidence and rationales."""

    vector: npt.NDArray[np.float32]
    hits: list[CueHit]
    named: list[str]
    empathy: list[str]
    shared_ratio: float
    cosine: float
    word_count: int


def ngram_vector(tokens: list[str]) -> npt.NDArray[np.float32]:
    """L2-normalised presence of the reply's hashed n-grams (zlib.crc32 is stable across runs)."""
    grams = {f"w:{t}" for t in tokens}
    grams.update(f"b:{a} {b}" for a, b in zip(["<s>", *tokens], [*tokens, "</s>"], strict=True))
    joined = f" {' '.join(tokens)} "
    grams.update(f"c:{joined[i : i + 4]}" for i in range(len(joined) - 3))
    vector = np.zeros(NGRAM_BUCKETS, dtype=np.float32)
    for gram in grams:
        vector[zlib.crc32(gram.encode()) % NGRAM_BUCKETS] = 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def _hand(
    reply: str,
    message: str,
    hits: list[CueHit],
    cosine: float,
    tokens: list[str],
    named: list[feelings.FeelingSpan],
    empathy: list[str],
) -> tuple[list[float], dict[str, float]]:
    counts = {g: 0 for g in CUE_GROUPS}
    strong = {"contempt": 0, "criticism": 0, "stonewalling": 0}
    for hit in hits:
        counts[hit.group] += 1
        if hit.strong and hit.group in strong:
            strong[hit.group] = 1
    n = max(len(tokens), 1)
    stripped = reply.strip()
    praise = len(_PRAISE.findall(reply))
    acknowledged = bool(named) or any(h.group in _ACK_GROUPS for h in hits)
    sentence = _SENTENCE.search(stripped)
    first = sentence.group(0) if sentence else stripped
    unanswered, answered = _defence_turns(reply, hits, named)
    message_tokens = words(message)
    message_you = min(1.0, 10.0 * len(_YOU.findall(message)) / max(len(message_tokens), 1))
    values = {
        **{f"cue_{g}": math.log1p(c) for g, c in counts.items()},
        **{f"strong_{g}": float(v) for g, v in strong.items()},
        "questions": math.log1p(question_count(reply)),
        "but": math.log1p(count_but(reply)),
        "log_words": math.log1p(len(tokens)),
        "short": float(len(tokens) <= 4),
        "shared_ratio": shared_content_ratio(reply, message),
        "cosine": cosine,
        "you_rate": len(_YOU.findall(reply)) / n,
        "i_rate": len(_I.findall(reply)) / n,
        "exclaim": math.log1p(reply.count("!")),
        "caps": len(_CAPS.findall(reply)) / n,
        "named_feelings": math.log1p(len(named)),
        "empathy_words": math.log1p(len(empathy)),
        "ends_question": float(stripped.endswith("?")),
        "starts_i": float(bool(_STARTS_I.match(stripped))),
        "starts_you": float(bool(_STARTS_YOU.match(stripped))),
        "quote_echo": _quote_echo(reply, message),
        "self_before_them": _self_before_them(reply, hits, named),
        "first_sentence_i": len(_I.findall(first)) / max(len(words(first)), 1),
        "praise": math.log1p(praise),
        "praise_without_empathy": float(praise > 0 and not counts["empathy"] and not named),
        "counter_you": float(not acknowledged and bool(_COUNTER_YOU.search(reply))),
        "self_justify": float(not acknowledged and bool(_SELF_JUSTIFY.search(reply))),
        "third_party_excuse": float(not acknowledged and bool(_THIRD_PARTY.search(reply))),
        "defence_unanswered": unanswered,
        "defence_answered": answered,
        "echo_fragment": _echo_fragment(reply, message, acknowledged or bool(empathy)),
        # How much the message is about the listener's own conduct: playing it down or arguing
        # it then defends the listener, where the same words about a third party need not.
        "message_you": message_you,
        "minimise_own": message_you * float(counts["minimising"] > 0),
        "defend_own": message_you * float(counts["defensiveness"] + counts["yes_but"] > 0 or unanswered > 0),
        "self_then_them": _self_then_them(reply, hits, named),
        "mock_offer": float(not acknowledged and not empathy and bool(_OFFER.search(reply))),
    }
    return [values[name] for name in HAND_FEATURES], values


def featurize(message: str, reply: str) -> PairFeatures:
    message_vec, reply_vec = get_embedder().embed([message, reply])
    cosine = float(np.dot(message_vec, reply_vec))
    hits = find_cues(reply)
    # Each is computed once: the hand features and the evidence read the same spans.
    tokens = words(reply)
    named = feelings.named_feelings(reply)
    empathy = feelings.empathy_spans(reply, named)
    hand, values = _hand(reply, message, hits, cosine, tokens, named, empathy)
    vector = np.concatenate(
        [np.asarray(hand, dtype=np.float32), reply_vec, reply_vec * message_vec, ngram_vector(tokens)]
    )
    return PairFeatures(
        vector=vector,
        hits=hits,
        named=[s.text for s in named],
        empathy=list(empathy),
        shared_ratio=values["shared_ratio"],
        cosine=cosine,
        word_count=len(tokens),
    )


def featurize_many(pairs: list[tuple[str, str]]) -> npt.NDArray[np.float32]:
    """Feature matrix for training: each chunk of pairs is embedded in one batch first.

    A chunk's texts must all still be in the embedder's cache when its pairs are featurized, or
    each would be embedded a second time, one at a time.
    """
    embedder = get_embedder()
    rows: list[npt.NDArray[np.float32]] = []
    for start in range(0, len(pairs), _PAIRS_PER_BATCH):
        chunk = pairs[start : start + _PAIRS_PER_BATCH]
        embedder.embed([t for pair in chunk for t in pair])
        rows += [featurize(message, reply).vector for message, reply in chunk]
    return np.stack(rows)
