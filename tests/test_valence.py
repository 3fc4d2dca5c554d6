"""The valence model and the composer's use of it: warmth the phrase rules cannot read is named
as warmth, and a complaint, sarcasm or a named hurt never is."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coach import text_classifier
from coach.embeddings import get_embedder
from coach.generation.base import GenerationRequest
from coach.generation.composer import POSITIVE, Composer
from coach.language import feelings, valence
from coach.resources import resource_dir
from coach.services import Services

VALENCE = resource_dir("feelings") / "valence.jsonl"
EXAMPLES = resource_dir("feelings") / "examples.jsonl"

# Warm messages that name no feeling the rules know, and hard ones dressed in nice words.
WARM = [
    "Nine years and you still warm my side of the bed with the hot water bottle before I get in.",
    "Found the voice note you sent me from the airport the day we met. Played it three times.",
    "Mum rang. The biopsy came back clear. She's going to be here for the grandkids.",
]
HARD = [
    "Lovely, another Saturday on my own with the telly while you're at the golf club.",
    "Sure, go to your mate's again, it's not like we had plans or anything.",
    "you said you'd ring at lunch. it's half nine.",
]


def test_training_rows_join_the_valence_examples_and_the_feeling_examples() -> None:
    labels, texts = valence.training_rows(VALENCE, EXAMPLES)
    assert len(labels) == len(texts) >= 3600
    assert set(labels) == {"good", "hard"}
    # Classes are weighted evenly, but a side with too few rows still teaches too little.
    share = labels.count("good") / len(labels)
    assert 0.2 <= share <= 0.8


def test_the_model_tells_warmth_from_hurt_it_was_not_shown(tmp_path: Path) -> None:
    """Fitted on every other row, it ranks the held-back warm rows above the hard ones.

    The rows include the hardest cases on purpose (news told in three words, bittersweet endings,
    sarcasm in nice words), so a good model still misranks some of them."""
    labels, texts = valence.training_rows(VALENCE, EXAMPLES)
    vectors = get_embedder().embed(texts)
    train = list(range(0, len(texts), 2))
    test = list(range(1, len(texts), 2))
    model = text_classifier.fit(
        [labels[i] for i in train],
        [texts[i] for i in train],
        vectors[train],
        c=10.0,
        min_examples=2,
        balanced=True,
    )
    good = [model.probabilities(vectors[i], texts[i])["good"] for i in test]
    is_good = np.array([labels[i] == "good" for i in test])
    ranks = np.argsort(np.argsort(good))
    auc = (ranks[is_good].mean() - (is_good.sum() - 1) / 2) / (~is_good).sum()
    assert auc >= 0.82


def test_the_fitted_model_reads_new_warm_and_hard_messages(services: Services) -> None:
    model = services.valence_model
    assert min(valence.good_chance(model, text) for text in WARM) > max(
        valence.good_chance(model, text) for text in HARD
    )


def test_the_fitted_model_is_cached_and_reloaded(tmp_path: Path) -> None:
    valence.load_or_fit(tmp_path, VALENCE, EXAMPLES)
    [cached] = tmp_path.glob("valence-v*.npz")
    stamp = cached.stat().st_mtime_ns
    valence.load_or_fit(tmp_path, VALENCE, EXAMPLES)
    assert cached.stat().st_mtime_ns == stamp


def _composer(chance: float, guesses: tuple[str, ...] = ("grateful", "sad", "proud", "hurt")) -> Composer:
    return Composer(guess_feelings=lambda _text: list(guesses), good_chance=lambda _text: chance)


def _names(composer: Composer, message: str) -> list[str]:
    return composer.compose(GenerationRequest(message=message)).emotions


def test_a_warm_message_the_rules_cannot_read_is_named_as_warm() -> None:
    message = "Every morning you leave the good mug out for me. Twelve years."
    assert _names(_composer(0.1), message)[0] not in POSITIVE
    names = _names(_composer(0.95), message)
    assert names[:2] == ["grateful", "happy"]
    reflection = _composer(0.95).compose(GenerationRequest(message=message)).reflection
    assert "grateful" in reflection and "frustrat" not in reflection and "worn down" not in reflection


def test_sarcasm_or_a_named_hurt_is_never_turned_warm() -> None:
    sure = _composer(0.99)
    for message in [
        "Happy anniversary to me 🙃",
        "Great, love that for me, another night of your mum on speaker.",
        "I'm gutted you missed it. It was her first solo.",
        # a weary face says how the news landed
        "Someone reversed into the van at the tip. Whole bumper. £400 excess 😩",
        # and so does trouble with the law or an injury
        "Our cat scratched the neighbour's boy. His dad is talking about the police.",
        # and a complaint asked as a question
        "Do you have to hoover at 7am on a Sunday??",
    ]:
        assert _names(sure, message)[0] not in POSITIVE, message


def test_a_situation_the_rules_read_yields_only_to_stronger_agreement() -> None:
    """A guess alone yields to one good feeling heard at 0.95; a situation the rules read (money
    here, a slight there) needs two good feelings among the three likeliest, at 0.98."""
    one_good = ("relieved", "worried", "sad", "hurt")
    two_good = ("relieved", "proud", "sad", "hurt")
    for message in [
        "paid off the last of the credit card this morning. zero balance",
        "You laughed along when your brother said that about my cooking.",
    ]:
        assert feelings.names_nothing(message) and feelings.reads_a_situation(message)
        assert _names(_composer(0.99, one_good), message)[0] not in POSITIVE, message
        assert _names(_composer(0.97, two_good), message)[0] not in POSITIVE, message
    assert _names(
        _composer(0.99, two_good), "paid off the last of the credit card this morning. zero balance"
    )[:2] == ["relieved", "proud"]


def test_the_services_composer_names_news_told_flatly_as_good_news(services: Services) -> None:
    messages = [
        "Walked to the top of the hill without stopping this time. Took forever. Didn't care.",
        "Kept a plant alive for a whole year. Personal best.",
        "Panel said yes. We're approved to adopt.",
    ]
    for message in messages:
        names = services.composer.compose(GenerationRequest(message=message)).emotions
        assert names[0] in POSITIVE, (message, names)


def test_warmth_said_to_the_partner_is_thanks_or_happiness_not_pride() -> None:
    composer = _composer(0.95, ("proud", "relieved", "content", "grateful"))
    assert _names(composer, "Every morning you leave the good mug out for me.")[:2] == ["content", "grateful"]
    assert _names(composer, "Ran the whole 10k without stopping. Last place.")[:2] == ["proud", "relieved"]


def test_an_invitation_to_the_listener_is_not_said_back() -> None:
    reflection = _composer(0.95).compose(
        GenerationRequest(message="Come here and let me hug you. Just because.")
    )
    text = reflection.reflection.lower()
    assert reflection.emotions[0] in POSITIVE and "let you hug me" not in text and "come here" not in text, (
        text
    )


def test_warm_words_are_not_enough_when_the_feeling_model_hears_a_hard_feeling() -> None:
    """Longing borrows love's words; both models must agree before the rules are overruled."""
    composer = _composer(0.99, ("lonely", "sad", "hurt", "grateful"))
    names = _names(composer, "Slept in your hoodie again. It still smells of you.")
    assert names[0] not in POSITIVE, names
