"""What the coach says instead of an exercise when the screen raises a crisis or a concern.

The person may be writing about themselves or about their partner, so each text works for
either. Crisis texts name the concern plainly, put safety first and point to the resources that
follow them; they never ask the person to validate or reflect the message.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.safety.rules import CHILD, CONTROL, SELF_HARM, SEXUAL, THREATS, VIOLENCE

# The order in which concerns are named when a message raises several: life first.
PRIORITY: tuple[str, ...] = (SELF_HARM, CHILD, VIOLENCE, SEXUAL, THREATS, CONTROL)

_CRISIS: dict[str, str] = {
    SELF_HARM: (
        "I'm really glad this was shared, and I want to ask you directly: are you, or your "
        "partner, thinking about suicide or about hurting yourselves? Are you safe right now? "
        "If anyone might act on these thoughts soon, please call your local emergency number now. "
        "You deserve support right now, from a person, not a communication exercise: a crisis line "
        "can talk with you today, at any hour, and it's okay to call even if you're not sure it's "
        "serious enough."
    ),
    CHILD: (
        "What you've described sounds like a child may be being hurt or put at risk. A child's "
        "safety comes before anything else here: if a child is in danger right now, please call "
        "your local emergency number. A child protection helpline can talk through what you've "
        "seen, confidentially, and help you decide what to do next. You did the right thing in "
        "saying it."
    ),
    VIOLENCE: (
        "What you've described sounds like physical violence, and I don't want to treat that as "
        "an ordinary disagreement. Being hit, pushed, grabbed, choked or hurt is never acceptable "
        "and never your fault. If you're in danger right now, please call your local emergency "
        "number. A domestic abuse helpline can talk with you confidentially about staying safe, "
        "whatever you decide to do. If you're the one who used force, they can help with that "
        "too."
    ),
    SEXUAL: (
        "What you've described sounds like sex, or sexual acts, without your free and willing "
        "consent. That is sexual abuse, it is serious, and it is not your fault, whatever was said "
        "afterwards. If you're in danger or hurt right now, please call your local emergency "
        "number. A sexual violence or domestic abuse helpline can listen confidentially and help "
        "you think through what you want to do, at your pace."
    ),
    THREATS: (
        "What you've described sounds like a threat: to hurt you, to expose you, or to take "
        "something or someone from you. Threats like this are a recognised form of abuse and a "
        "serious warning sign for your safety. If you feel in danger, please call your local "
        "emergency number. A domestic abuse helpline can help you make a safety plan, "
        "confidentially. It may help to keep any messages that contain threats."
    ),
    CONTROL: (
        "What you've described sounds like coercive control: being watched, cut off from people, "
        "or controlled over money, movement or everyday choices. That is a form of abuse even "
        "when nobody is hit, and it is not something to fix by communicating better. A domestic "
        "abuse helpline can talk it through with you confidentially and help you plan for your "
        "safety. If you're in danger right now, please call your local emergency number."
    ),
}

_ALSO: dict[str, str] = {
    SELF_HARM: "thoughts of suicide or self-harm",
    CHILD: "a child's safety",
    VIOLENCE: "physical violence",
    SEXUAL: "sexual coercion",
    THREATS: "threats",
    CONTROL: "coercive control",
}

_CRISIS_GENERAL = (
    "What you've described sounds like someone may not be safe, and that matters more than any "
    "communication exercise. Are you safe right now? If anyone is in danger, please call your "
    "local emergency number. You deserve support from a person today: the helplines below are "
    "free and confidential."
)

_CRISIS_CLOSE = (
    "I've paused the coaching exercise for now. The contacts below are free and confidential. "
    "Numbers differ by country: if these are not for where you are, your local emergency number "
    "will put you through to help."
)

_CONCERN: dict[str, str] = {
    SELF_HARM: (
        "Before we go on, I want to check in: some of what you wrote sounds really heavy. How are "
        "you doing, honestly? If thoughts of not wanting to be here ever come up, for you or your "
        "partner, please reach out to someone straight away; the contacts below are there for that."
    ),
    CHILD: (
        "Before we go on, I want to check in about the children. It sounds like home has been "
        "tense for them. If you're ever worried about how a child is being treated, a helpline can "
        "talk it through with you confidentially."
    ),
    VIOLENCE: (
        "Before we go on, I want to check in: some of what you describe sounds frightening. Do you "
        "feel safe at home? Anger that scares you is worth taking seriously, and you can talk it "
        "through confidentially with the contacts below."
    ),
    SEXUAL: (
        "Before we go on, I want to check in: it's important that anything sexual between you is "
        "something you both freely want. If that doesn't feel true, you can talk it through "
        "confidentially with the contacts below."
    ),
    THREATS: (
        "Before we go on, I want to check in: some of what you describe sounds like pressure or a "
        "threat. Do you feel safe? You can talk it through confidentially with the contacts below."
    ),
    CONTROL: (
        "Before we go on, I want to gently check in: some of what you describe (checking up on "
        "you, or limits on money, friends or family) can be a sign of control. How does it feel to "
        "you? If it ever leaves you feeling watched or cut off, the contacts below can help."
    ),
}

_CONCERN_GENERAL = (
    "Before we go on, I want to check in: it sounds like things have been really hard lately. How "
    "are you doing? You don't have to carry this alone: someone you trust, your doctor or one of "
    "the contacts below can help. We can keep working on this together whenever you're ready."
)


def ordered(categories: Sequence[str]) -> list[str]:
    return sorted(set(categories), key=lambda c: PRIORITY.index(c) if c in PRIORITY else len(PRIORITY))


def crisis_message(categories: Sequence[str]) -> str:
    named = [c for c in ordered(categories) if c in _CRISIS]
    if not named:
        return f"{_CRISIS_GENERAL} {_CRISIS_CLOSE}"
    parts = [_CRISIS[named[0]]]
    others = [_ALSO[c] for c in named[1:] if c in _ALSO]
    if others:
        parts.append(f"What you wrote also raises {_join(others)}, which the contacts below can help with.")
    parts.append(_CRISIS_CLOSE)
    return " ".join(parts)


def concern_message(categories: Sequence[str]) -> str:
    named = ordered(categories)
    return _CONCERN.get(named[0], _CONCERN_GENERAL) if named else _CONCERN_GENERAL


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
