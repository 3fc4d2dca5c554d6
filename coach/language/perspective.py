"""Shift a partner's words into the listener's voice: "you never help" -> "I never help"."""

from __future__ import annotations

import re

# Words after which "you" is an object ("told you", "with you") and becomes "me".
_OBJECT_CONTEXT = re.compile(
    r"(?:\b(?:to|with|for|at|about|from|of|on|by|like|than|around|without|behind|tell|told|telling|asking|"
    r"showing|reminding|warning|begging|promising|messaged|message|messaging|emailed|email|wished|watch|watching|"
    r"ask|asked|see|saw|need|needed|love|want|wanted|call|called|help|helped|text|texted|"
    r"thank|trust|hear|heard|miss|missed|know|left|leave|show|showed|give|gave|let|make|made|"
    r"get|got|not|it's|is|was|just|only|except|between|among|against|into|over|after|before|beside|"
    r"towards?|past|near|send|sent|bought|brought|owe|owed|paid|lent|taught|rang|phoned|warned|"
    r"reminded|invited|promised|offered|kept|blame|blamed|believe|believed|support|supported|read|understand|"
    r"reach|forgive|forgave|hurt|lose|lost|hug|hugged|hold|held|upset|bother|choose|chose|pick|picked|"
    r"wake|woke|meet|met|follow|followed|visit|visited|stop|stopped|push|pushed|judge|judged|"
    # "that job is eating you alive", "it's driving you mad"
    r"eating|driving|killing|wearing|making|dragging|keeping|letting|leaving|pushing|pulling|tearing|"
    r"bringing)\s+)$",
    re.IGNORECASE,
)
# After any other past tense, "you" is an object only when what follows cannot start a clause:
# "I emailed you the form", "I warned you twice", but "I assumed you knew".
_PAST_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+$", re.IGNORECASE)
_OBJECT_NEXT = frozenset(
    [
        "",
        "the",
        "a",
        "an",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "some",
        "twice",
        "again",
        "back",
        "about",
        "for",
        "to",
        "and",
        "so",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "away",
        "down",
        "off",
        "out",
        "up",
        "round",
    ]
)
# After "know", "like", "than"... "you" starts a new clause when a verb follows it:
# "I know you think..." is "you know I think...", never "you know me think...".
_SUBJECT_NEXT = frozenset(
    [
        "am",
        "are",
        "were",
        "was",
        "is",
        "do",
        "does",
        "did",
        "don't",
        "didn't",
        "doesn't",
        "have",
        "has",
        "had",
        "haven't",
        "hadn't",
        "will",
        "won't",
        "would",
        "wouldn't",
        "can",
        "can't",
        "could",
        "couldn't",
        "should",
        "shouldn't",
        "might",
        "must",
        "never",
        "always",
        "just",
        "even",
        "still",
        "really",
        "think",
        "thought",
        "care",
        "cared",
        "seem",
        "seemed",
        "aren't",
        "weren't",
        "wasn't",
        "also",
        "ever",
        "actually",
        "probably",
        "only",
    ]
)

# After a verb of knowing, "you" followed by a verb starts a new clause: "I know you need space"
# is "you know I need space". After a verb of seeing or telling, only a past-tense verb does:
# "I saw you liked her photo" is "you saw I liked...", but "I saw you leave" keeps "me".
_KNOWING = frozenset(
    [
        "know",
        "knew",
        "think",
        "thought",
        "guess",
        "bet",
        "swear",
        "realise",
        "realised",
        "realize",
        "realized",
        "remember",
        "hope",
        "wish",
        "believe",
        "suppose",
        "assume",
        "feel",
        "felt",
        "mean",
        "reckon",
    ]
)
_SEEING = frozenset(
    [
        "saw",
        "see",
        "seen",
        "heard",
        "hear",
        "noticed",
        "notice",
        "found",
        "caught",
        "watched",
        "watch",
        "watching",
        "told",
    ]
)
_NOT_A_VERB = frozenset(
    [
        "at",
        "in",
        "about",
        "over",
        "completely",
        "properly",
        "on",
        "with",
        "the",
        "a",
        "an",
        "for",
        "so",
        "and",
        "but",
        "or",
        "there",
        "again",
        "yesterday",
        "today",
        "tonight",
        "well",
        "better",
        "too",
        "here",
        "when",
        "while",
        "after",
        "before",
        "once",
        "twice",
        "from",
        "to",
        "of",
        "by",
        "all",
        "both",
        "now",
        "then",
        "because",
        "if",
        "as",
        "more",
        "best",
        "anymore",
        "any",
        "enough",
        "inside",
        "everywhere",
        "that",
        "this",
        "since",
        "until",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "more",
        "much",
        "most",
    ]
)
_PAST_IRREGULAR = frozenset(
    [
        "went",
        "said",
        "told",
        "made",
        "took",
        "got",
        "left",
        "saw",
        "knew",
        "thought",
        "felt",
        "forgot",
        "bought",
        "spent",
        "sent",
        "came",
        "ran",
        "gave",
        "kept",
        "lied",
        "put",
        "met",
        "found",
        "paid",
        "sold",
        "won",
        "lost",
        "broke",
        "chose",
        "drove",
        "ate",
        "drank",
        "wrote",
        "hid",
        "slept",
        "stood",
        "sat",
        "heard",
        "meant",
    ]
)


def _starts_clause(previous: str, following: str) -> bool:
    """Whether "you" between these words is the subject of a new clause despite the verb before."""
    if not following:
        return False
    past = following in _PAST_IRREGULAR or (len(following) > 4 and following.endswith("ed"))
    if previous in _SEEING:
        return past
    if previous in _KNOWING or previous in _CONJUNCTIONS:
        return past or not (
            following in _NOT_A_VERB or following in _OBJECT_NEXT or following.endswith(("ing", "ly"))
        )
    return False


# Words that are prepositions before an object and conjunctions before a clause: "before you"
# ends a thought, "before you change the plan" starts one.
_CONJUNCTIONS = frozenset(["before", "after", "until", "till", "since", "than", "like"])
_PREPOSITIONS = frozenset(
    [
        "to",
        "with",
        "for",
        "at",
        "about",
        "from",
        "of",
        "on",
        "by",
        "without",
        "behind",
        "between",
        "among",
        "against",
        "into",
        "towards",
        "toward",
        "beside",
        "near",
    ]
)


_QUESTION_VERBS = frozenset(
    [
        "are",
        "were",
        "do",
        "did",
        "can",
        "will",
        "would",
        "could",
        "should",
        "have",
        "had",
        "aren't",
        "weren't",
        "don't",
        "didn't",
        "can't",
        "won't",
    ]
)
_SIMPLE = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "youre": "I'm",
    "you've": "I've",
    "you'd": "I'd",
    "you'll": "I'll",
    "ur": "my",
    "u": "I",
    "am": "are",
    "we're": "we're",
    "us": "us",
}
# Forms of "to be" that must agree with the pronoun they now follow or precede.
_BE_AFTER_I = {"are": "am", "were": "was", "was": "was", "aren't": "am not", "weren't": "wasn't"}
_BE_AFTER_YOU = {"was": "were", "wasn't": "weren't", "am": "are"}
_BE_BEFORE_I = {"are": "am", "were": "was", "aren't": "am not", "weren't": "wasn't"}
_BE_BEFORE_YOU = {"am": "are", "was": "were", "wasn't": "weren't"}
_ADVERBS = frozenset({"always", "never", "just", "really", "still", "also", "even", "not"})
_I_FORMS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "im"})
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^A-Za-z]+")
# "you and I" names the same two people from either side (shifted it would give "I and you"),
# and "said I love you" quotes words that stay as they were said.
_PAIRS = re.compile(
    r"\b(?:(?:you and (?:I|me))|(?:me and you)|(?:I and you))\b|(?:(?<=\bsay )|(?<=\bsaid )|(?<=\bsays )|"
    r"(?<=\bsaying ))I love you\b",
    re.IGNORECASE,
)


# "you all" is a group, but "thought of you all day" is one person all day.
_GROUP_YOU = re.compile(
    r"\byou (two|both|all)\b(?! (?:day|night|week|morning|afternoon|evening|weekend|year|the time|along|over)\b)",
    re.IGNORECASE,
)
_YOU_WITH_OTHERS = re.compile(r"\byou and (?!i\b|me\b)\w+|\b(?!i\b|me\b)\w+ and you\b", re.IGNORECASE)
_I_AND = re.compile(r"\bI and ((?:my|our|the|his|her|their) [\w']+)")


def _next_word(tokens: list[str], index: int) -> str:
    for token in tokens[index + 1 :]:
        if token[:1].isalpha():
            return token.lower().replace("’", "'")
        if token.strip():
            return ""
    return ""


def _case_like(replacement: str, token: str, at_start: bool) -> str:
    if replacement.startswith("I ") or replacement in {"I", "I'm", "I've", "I'd", "I'll"}:
        return replacement
    # "talked to YOU the whole time": a shouted pronoun mid-sentence is not a sentence start.
    shouted = len(token) > 1 and token.isupper()
    if at_start or (token[:1].isupper() and not shouted and token.lower() not in _I_FORMS):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def shift(text: str) -> str:
    """Swap first and second person, keeping verbs agreeing in the common cases."""
    protected: list[str] = []

    def _hold(match: re.Match[str]) -> str:
        said = match.group(0)
        protected.append(
            "you and me" if said.lower() == "me and you" else "I" + said[1:] if said[:1] == "i" else said
        )
        return f"PAIRPLACEHOLDER{len(protected) - 1}X"

    def _group(match: re.Match[str]) -> str:
        # "you two went to the pub" includes the listener: said back, it is "the two of us".
        word = match.group(1).lower()
        protected.append("the two of us" if word == "two" else f"we {word}")
        return f"PAIRPLACEHOLDER{len(protected) - 1}X"

    tokens = _TOKEN.findall(_GROUP_YOU.sub(_group, _PAIRS.sub(_hold, text)))
    out: list[str] = []
    previous_pronoun = ""
    for index, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        replacement = token
        if lower == "you":
            before = "".join(out)
            following = _next_word(tokens, index)
            previous = before.split()[-1].lower() if before.split() else ""
            # "you" closing a clause is an object ("told him to stop calling you") unless a verb
            # stands before it as in a question ("are you?").
            at_end = following == "" and bool(before.strip()) and previous not in _QUESTION_VERBS
            if previous in _PREPOSITIONS:
                # "coming home to you is the best part of my day": after a preposition "you" is
                # its object whatever verb follows.
                as_object = True
            elif previous in _KNOWING or previous in _SEEING or previous in _CONJUNCTIONS:
                as_object = not _starts_clause(previous, following) and following not in _SUBJECT_NEXT
            else:
                as_object = (
                    bool(_OBJECT_CONTEXT.search(before))
                    or at_end
                    or (bool(_PAST_BEFORE.search(before)) and following in _OBJECT_NEXT)
                ) and following not in _SUBJECT_NEXT
            replacement = "me" if as_object else "I"
            if replacement == "I" and out:
                # "are you" -> "am I": the verb before the new subject agrees with it.
                last = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
                if last is not None and out[last].lower() in _BE_BEFORE_I:
                    out[last] = _case_like(_BE_BEFORE_I[out[last].lower()], out[last], False)
        elif lower in _BE_AFTER_I and previous_pronoun == "I":
            replacement = _BE_AFTER_I[lower]
        elif lower in _BE_AFTER_YOU and previous_pronoun == "you":
            replacement = _BE_AFTER_YOU[lower]
        elif lower in {"i", "i'm"} and out:
            replacement = _SIMPLE[lower]
            last = next((i for i in range(len(out) - 1, -1, -1) if out[i].strip()), None)
            if lower == "i" and last is not None and out[last].lower() in _BE_BEFORE_YOU:
                out[last] = _case_like(_BE_BEFORE_YOU[out[last].lower()], out[last], False)
        elif lower == "am" and index and re.search(r"\d\s?$", tokens[index - 1]):
            # "at 2am" is a time, not "I am".
            replacement = token
        elif lower in _SIMPLE and not (lower == "u" and index + 1 < len(tokens) and tokens[index + 1] == "."):
            replacement = _SIMPLE[lower]
        if token.isalpha() or "'" in token or "’" in token:
            if replacement.lower() in {"i", "me", "i'm", "i've", "i'd", "i'll"}:
                previous_pronoun = "I"
            elif replacement.lower() in {"you", "you're", "you've", "you'd", "you'll"}:
                previous_pronoun = "you"
            elif lower not in _ADVERBS:
                previous_pronoun = ""
        if replacement != token:
            at_start = not "".join(out).strip() or "".join(out).rstrip()[-1] in ".!?"
            replacement = _case_like(replacement, token, at_start)
        out.append(replacement)
    shifted = "".join(out)
    for number, pair in enumerate(protected):
        shifted = shifted.replace(f"PAIRPLACEHOLDER{number}X", pair)
    if _YOU_WITH_OTHERS.search(text):
        # "you and your dad sorted it between you": the listener and the other one did it, so
        # the other one goes first and the sharing is "between us".
        shifted = _I_AND.sub(lambda m: _case_like(m.group(1), m.group(1), m.start() == 0) + " and I", shifted)
        shifted = re.sub(r"\bbetween me\b(?! and)", "between us", shifted)
    return shifted


# Texting shorthand read as the words it stands for, so "u said ud be home" is understood and
# said back as "I said I'd be home". Only forms with one likely reading are expanded.
_SHORTHAND = {
    "u": "you",
    "ud": "you'd",
    "youre": "you're",
    "im": "I'm",
    "ive": "I've",
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "cant": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "hasnt": "hasn't",
    "havent": "haven't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "thats": "that's",
    "whats": "what's",
    "theyre": "they're",
    "hes": "he's",
    "shes": "she's",
    "b4": "before",
    "cos": "because",
    "coz": "because",
    "bc": "because",
    "tho": "though",
    "pls": "please",
    "plz": "please",
    "rly": "really",
    "ppl": "people",
    "n": "and",
}
_SHORTHAND_WORD = re.compile(
    r"(?<!['’])\b(" + "|".join(_SHORTHAND) + r"|ur|its|ill|i)\b(?!['’])", re.IGNORECASE
)
# After "ur", a verb-like word means "you're" ("ur not answering"); otherwise it is "your".
_AFTER_YOURE = re.compile(
    r"\s+(?:not|so|always|never|just|really|still|being|going|gonna|literally|actually|the|a|an|too|\w+ing|\w+ed)\b",
    re.IGNORECASE,
)
# "its nearly 10" is "it's": a possessive "its" is followed by a noun, rarely by these.
_AFTER_ITS = re.compile(
    r"\s+(?:not|so|nearly|almost|just|always|never|been|like|all|getting|going|gonna|too|really|a|the|only|over|"
    r"fine|ok|okay|late|my|your|our|\w+ing)\b",
    re.IGNORECASE,
)

# "ill give you three guesses" is "I'll": "ill" before a verb, never "ill health" or "feel ill".
_AFTER_ILL = re.compile(
    r"\s+(?:just|never|always|be|do|get|give|go|make|call|ring|text|take|see|have|try|pick|sort|let|tell|come|bring|"
    r"cook|pay|find|need|put|leave|wait|ask|send|check|buy|grab|book|talk|stop|start|show)\b",
    re.IGNORECASE,
)


def plain(text: str) -> str:
    """The message with texting shorthand spelt out ("ur not answering" -> "you're not answering")."""

    def _expand(match: re.Match[str]) -> str:
        word = match.group(1)
        lower = word.lower()
        rest = text[match.end() :]
        if lower == "i":
            return "I"
        if lower == "ur":
            return "you're" if _AFTER_YOURE.match(rest) else "your"
        if lower == "its":
            return "it's" if _AFTER_ITS.match(rest) else word
        if lower == "ill":
            return "I'll" if _AFTER_ILL.match(rest) else word
        if lower == "n" and not (match.start() and rest[:1] == " "):
            return word
        return _SHORTHAND[lower]

    return _SHORTHAND_WORD.sub(_expand, text)
