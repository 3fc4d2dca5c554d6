"""The listening model the product is built on: element and flag ids with their meanings."""

from __future__ import annotations

from typing import Final, Literal

ElementId = Literal[
    "room_for_feelings", "no_judgment", "honors_path", "curious_understanding", "full_empathy"
]
FlagId = Literal["contempt", "defensiveness", "criticism", "stonewalling"]

ELEMENTS: Final[tuple[ElementId, ...]] = (
    "room_for_feelings",
    "no_judgment",
    "honors_path",
    "curious_understanding",
    "full_empathy",
)
FLAGS: Final[tuple[FlagId, ...]] = ("contempt", "defensiveness", "criticism", "stonewalling")

# Rosenthal & Rosenthal (2016): what a good listener does, and how a reply falls short of it.
ELEMENT_MEANING: Final[dict[ElementId, str]] = {
    "room_for_feelings": "makes room for whatever they feel without being threatened by it",
    "no_judgment": "does not judge or claim to know best what they should think, feel or do",
    "honors_path": "honours the path they have chosen and wishes them well",
    "curious_understanding": "cares about their inner life enough to want to understand it fully",
    "full_empathy": "lets them feel the fullness of the listener's empathy",
}
ELEMENT_FAILURE: Final[dict[ElementId, str]] = {
    "room_for_feelings": "minimises or corrects the feeling, or makes the listener's upset the topic",
    "no_judgment": "gives advice or fixes, tells them how to feel, or labels them",
    "honors_path": "pushes the listener's own plan, dismisses their choices, or issues ultimatums",
    "curious_understanding": "shows no curiosity, changes the subject, or closes the conversation",
    "full_empathy": "is flat or generic, parrots their words, or names no feeling",
}
ELEMENT_TITLE: Final[dict[ElementId, str]] = {
    "room_for_feelings": "Room for feelings",
    "no_judgment": "No judgment",
    "honors_path": "Honours their path",
    "curious_understanding": "Curious to understand",
    "full_empathy": "Full empathy",
}
# Gottman's horsemen, as the scorer flags them.
FLAG_MEANING: Final[dict[FlagId, str]] = {
    "contempt": "superiority, mockery, sarcasm, disgust or insult",
    "defensiveness": "excuses, counter-complaints, playing the innocent victim, 'yes, but'",
    "criticism": "an attack on their character rather than a complaint about an action",
    "stonewalling": "withdrawing or refusing to engage",
}
