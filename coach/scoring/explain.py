"""Rationales and feedback a person can act on, built from what the scorer found in the reply."""

from __future__ import annotations

from coach.domain import ELEMENT_FAILURE, ELEMENT_MEANING, ElementId, FlagId


def _quote(spans: list[str]) -> str:
    return f' ("{spans[0]}")' if spans else ""


def rationale(element: ElementId, passed: bool, evidence: list[str], reason: str | None) -> str:
    if passed:
        return f"Passes: the reply {ELEMENT_MEANING[element]}{_quote(evidence)}."
    detail = reason or ELEMENT_FAILURE[element]
    return f"Falls short: the reply {detail}{_quote(evidence)}."


# What to do instead, in the order a listener should fix things: the horsemen first.
_FLAG_ADVICE: dict[FlagId, str] = {
    "contempt": "Drop the sarcasm{q}: it tells them their feeling is silly. Say what you see they feel instead.",
    "criticism": "This attacks who they are{q}. Talk about the one situation, and about their feeling, not their character.",
    "defensiveness": "You defended yourself{q} before acknowledging how it felt for them; start with their feeling, and save your side for later.",
    "stonewalling": "This shuts the conversation down{q}. If you are too flooded to talk, say so kindly and name a time to come back to it.",
}
_ELEMENT_ADVICE: dict[ElementId, str] = {
    "room_for_feelings": "Their feeling got made smaller{q}; let it be as big as it is for them before anything else.",
    "no_judgment": "You moved to fixing or judging{q}; hold the advice and first show you understand what it is like for them.",
    "honors_path": "This overrides their choice{q}; ask what they want and wish them well on it, even if you would choose differently.",
    "curious_understanding": "Add one open question about their experience, such as what the hardest part was.",
    "full_empathy": "Name the feeling you hear in your own words (tired, hurt, alone), rather than repeating theirs or staying general.",
}


def feedback(
    flags: dict[FlagId, list[str]],
    failed: dict[ElementId, list[str]],
    passed_all: bool,
) -> str:
    """One or two sentences: the most important change first, quoting the reply."""
    if passed_all:
        return "This listens well: it names their feeling, stays with it without fixing, and invites more. Keep it that simple."
    tips: list[str] = []
    for flag in ("contempt", "criticism", "defensiveness", "stonewalling"):
        if flag in flags:
            tips.append(_FLAG_ADVICE[flag].format(q=_quote(flags[flag])))
    flagged_spans = {span for spans in flags.values() for span in spans}
    for element in (
        "no_judgment",
        "honors_path",
        "room_for_feelings",
        "full_empathy",
        "curious_understanding",
    ):
        # A tip quoting the same words as a horseman's tip would say the same thing twice.
        if element in failed and not (set(failed[element][:1]) & flagged_spans):
            tip = _ELEMENT_ADVICE[element].format(q=_quote(failed[element]))
            if tip not in tips:
                tips.append(tip)
    return " ".join(tips[:2])
