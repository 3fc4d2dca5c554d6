from __future__ import annotations

import numpy as np
import pytest

from coach.domain import ELEMENTS, FLAGS
from coach.language.cues import find_cues
from coach.schemas import CriterionResult, Evaluation, FlagResult
from coach.scoring import crossval
from coach.scoring.dataset import ScorerCase, load_cases
from coach.scoring.features import (
    HAND_FEATURES,
    NGRAM_BUCKETS,
    defence_owned,
    featurize,
    ngram_vector,
    plain_apology,
    sincere_feeling_with,
)
from coach.scoring.model import _best_threshold
from coach.services import Services

DISHES = "You never help with the dishes. I come home exhausted and the kitchen is a mess every single night."

# Regression floors on the held-out split (never fitted or tuned on). The figures themselves
# are printed by `coach eval scorer` and listed in the README.
FLOORS = {
    "contempt_f1": 0.78,
    "defensiveness_f1": 0.64,
    "criticism_f1": 0.92,
    "stonewalling_f1": 0.90,
    "auc": 0.95,
    "element_accuracy": 0.92,
}


def test_sarcasm_is_contempt_with_the_span_as_evidence(services: Services) -> None:
    evaluation = services.rules.score(
        "You never help with the dishes.", "Wow, must be so hard being the only adult here."
    )
    contempt = evaluation.flags["contempt"]
    assert contempt.flagged and contempt.confidence >= 0.5
    assert any("must be so" in span or "only adult" in span for span in contempt.evidence)
    assert not evaluation.criteria["room_for_feelings"].passed
    assert not evaluation.passed


@pytest.mark.parametrize(
    "reply",
    [
        "That sounds exhausting, coming home after a long day to a kitchen that still needs doing. "
        "I can see why you feel alone with it. What's the hardest part of those evenings?",
        "You've been carrying the kitchen on your own every night and you're worn out. I'm sorry. Tell me more about how it's been.",
    ],
)
def test_a_validating_reply_passes_all_five(services: Services, reply: str) -> None:
    evaluation = services.rules.score(DISHES, reply)
    failed = [e for e in ELEMENTS if not evaluation.criteria[e].passed]
    raised = [f for f in FLAGS if evaluation.flags[f].flagged]
    assert not failed and not raised, (failed, raised)
    assert evaluation.passed and evaluation.overall > 0.5


@pytest.mark.parametrize(
    ("message", "reply", "sincere"),
    [
        ("Mum's neighbour rang. Mum passed in her sleep last night.", "oh no. so sorry sweetheart.", True),
        ("the vet says biscuit won't make it to the weekend", "oh no, poor biscuit 😢", True),
        ("I PASSED!!! Bar finals, I'm officially a lawyer", "Oh wow! Congratulations!! 🎉", True),
        (
            "My uncle who paid my school fees passed this morning.",
            "Ah, sorry. May his soul rest in peace.",
            True,
        ),
        # the same words with something added, or said to a complaint about the listener
        (
            "my manager tore my report apart in front of everyone",
            "Poor baby, someone gave you feedback.",
            False,
        ),
        ("PASSED!!! first time!!!", "Wow, only took you forty lessons.", False),
        ("You never help with the dishes.", "Oh no, I'm so sorry.", False),
    ],
)
def test_stock_sympathy_or_delight_is_sincere_only_as_the_whole_answer_to_news(
    message: str, reply: str, sincere: bool
) -> None:
    assert sincere_feeling_with(message, reply) is sincere


def test_sympathy_for_a_loss_is_never_read_as_mock_sympathy(services: Services) -> None:
    for reply in ("oh no. so sorry sweetheart.", "Oh no, I'm so sorry baby"):
        evaluation = services.rules.score("Mum's neighbour rang. Mum passed in her sleep last night.", reply)
        assert not evaluation.flags["contempt"].flagged, (reply, evaluation.flags["contempt"])


@pytest.mark.parametrize(
    "reply",
    [
        "I am so sorry, love. I should have remembered.",
        "sorry babe. I know that stung.",
        "Yeah, I was. That's rubbish of me, especially when you'd cooked. Sorry.",
    ],
)
def test_a_plain_apology_to_a_complaint_is_neither_contempt_nor_a_defence(
    services: Services, reply: str
) -> None:
    evaluation = services.rules.score("You forgot my birthday. Not even a text. Forty years married.", reply)
    assert not [flag for flag, result in evaluation.flags.items() if result.flagged], evaluation.flags


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "Why didn't you tell me you were going to Bangkok with your colleagues?",
            "Sorry, should have told you.",
        ),
        ("You've missed bath time every night this week.", "Sorry, love. I know."),
        ("You forgot to book the table for my parents' anniversary.", "Aiyo, sorry ah, my fault."),
        ("Every night you're on your phone in bed.", "sorry, I'll put it down"),
    ],
)
def test_a_plain_short_apology_is_not_contempt(services: Services, message: str, reply: str) -> None:
    evaluation = services.rules.score(message, reply)
    assert not evaluation.flags["contempt"].flagged, evaluation.flags["contempt"]


@pytest.mark.parametrize(
    ("reply", "plain"),
    [
        ("Sorry, jaan.", True),
        ("sorry, my bad. ill pick up a new slice from the bakery on my way home", True),
        # the mockery lives in a title, a question, a "next time" or what is apologised for
        ("Sorry, officer.", False),
        ("Sorry. Was that slow enough?", False),
        ("Sorry, I'll apply for a laughing permit next time.", False),
        ("Sorry my career is so inconvenient for you.", False),
        ("Sorry, I'll just add it to the collection.", False),
        ("You're right, sorry. I'll put it back now.", True),
        ("You're right, sorry, I'll ask permission next time.", False),
    ],
)
def test_a_plain_apology_is_told_from_a_mock_one(reply: str, plain: bool) -> None:
    assert plain_apology(reply) == plain


LAUGHING_WITH = [
    ("you left the milk out AGAIN", "lol sorry babe, I'll grab more on the way home x"),
    ("I got the promotion!!! I start in March", "haha knew it, so proud of you 😂 drinks on me"),
    ("you forgot to book the table", "oops 😂 my bad, ringing them now. were you looking forward to it?"),
    ("You always plan such good weekends.", "Aw, you always notice. That means a lot."),
    ("I booked us a night away for your birthday", "Wow. You absolute star. I thought you'd forgotten ❤️"),
    ("the vet says the dog needs surgery", "aww poor boy 😢 want me to come with you on friday?"),
    ("my nan finally worked out video calls", "Ha, bless her. Love you, tell her I said hi ❤️"),
    ("I got the job!!", "Oh wow, of course you did. I knew they'd see it. How are you feeling?"),
    (
        "I don't think you respect my job.",
        "Wow, okay. That's a big thing to have been carrying. What's made you feel that?",
    ),
]
LAUGHING_AT = [
    ("you left the milk out AGAIN", "lol ok mum"),
    ("you left the milk out AGAIN", "haha sorry, didn't realise you were the milk police"),
    ("you forgot to book the table", "lol sure, because you've never forgotten anything. whatever."),
    ("I'm so tired, work was brutal today.", "Aww, poor baby. Did the big bad spreadsheet hurt you?"),
    ("I'm so tired, work was brutal today.", "Wow, so sorry your life is so hard."),
    ("my best friend didn't invite me", "omg poor baby, did the big girls leave you out of the game"),
    ("I'm shattered after the night shift", "Yeah, must be tough, all that sitting around. Poor thing."),
]


@pytest.mark.parametrize(("message", "reply"), LAUGHING_WITH)
def test_laughing_with_them_beside_an_apology_or_warmth_is_not_contempt(
    services: Services, message: str, reply: str
) -> None:
    evaluation = services.rules.score(message, reply)
    assert not evaluation.flags["contempt"].flagged, (reply, evaluation.flags["contempt"])


@pytest.mark.parametrize(("message", "reply"), LAUGHING_AT)
def test_laughing_at_them_is_still_contempt(services: Services, message: str, reply: str) -> None:
    evaluation = services.rules.score(message, reply)
    assert evaluation.flags["contempt"].flagged, (reply, evaluation.flags["contempt"])


PRAISE_IN_A_CRITICS_WORDS = [
    ("I finally told my boss I'm leaving.", "You're so brave, honestly. I don't know how you kept it in."),
    ("I made dinner for everyone tonight.", "You always know exactly what we need. Thank you, love."),
    ("I finished the marathon!", "You never give up on anything, I'm so proud of you! How are your legs?"),
    (
        "I feel like I'm failing at everything lately.",
        "You're so hard on yourself. What's been the heaviest bit?",
    ),
    ("I'm scared I'm going to lose my job.", "You won't. You're the best one there."),
]
ATTACKS_IN_THE_SAME_WORDS = [
    ("You forgot to pick up the kids again.", "You're so dramatic about everything."),
    ("You forgot to pick up the kids again.", "You never remember anything I do for this family."),
    ("You forgot to pick up the kids again.", "You always notice when I mess up, never when I get it right."),
]


@pytest.mark.parametrize(
    ("message", "reply", "criticism"),
    [(m, r, False) for m, r in PRAISE_IN_A_CRITICS_WORDS]
    + [(m, r, True) for m, r in ATTACKS_IN_THE_SAME_WORDS],
)
def test_praise_in_a_critics_words_is_not_criticism_but_an_attack_in_them_is(
    services: Services, message: str, reply: str, criticism: bool
) -> None:
    evaluation = services.rules.score(message, reply)
    assert evaluation.flags["criticism"].flagged == criticism, (reply, evaluation.flags["criticism"])


def test_sarcastic_praise_is_still_contempt(services: Services) -> None:
    reply = "Oh, you're so good at everything, aren't you. Shall I call the papers?"
    assert services.rules.score("I cleaned the whole kitchen today.", reply).flags["contempt"].flagged


@pytest.mark.parametrize(
    ("reply", "flag"),
    [
        ("I did them on Tuesday. And I work too, you know.", "defensiveness"),
        ("You always exaggerate. What's wrong with you?", "criticism"),
        ("Whatever. I'm not doing this.", "stonewalling"),
    ],
)
def test_spec_examples_raise_their_flag(services: Services, reply: str, flag: str) -> None:
    evaluation = services.rules.score(DISHES, reply)
    assert evaluation.flags[flag].flagged, evaluation.flags  # type: ignore[index]
    assert not evaluation.passed


@pytest.mark.parametrize(
    ("reply", "group"),
    [
        ("Oh good, another speech about the bins. My favourite.", "contempt"),
        ("Ah yes, the famous to-do list.", "contempt"),
        ("I'm sure the neighbours are thrilled for you.", "contempt"),
        ("You agreed to this when we booked it.", "defensiveness"),
        ("How was I supposed to know you wanted me there?", "defensiveness"),
        ("She's only trying to help, she means well.", "defensiveness"),
        ("You're right, I left you to do it alone and I'm sorry.", "ownership"),
        ("And what about all those shoes last month?", "defensiveness"),
        ("Didn't your brother stay with us for a month last year?", "defensiveness"),
        ("I've already said sorry, how many more times?", "defensiveness"),
        ("Fine, I'll stop offering to help then.", "defensiveness"),
        ("She'd hate to see you moping about it.", "contempt"),
        ("Sorry my cooking isn't fancy enough for you.", "contempt"),
        ("That's not fair on you, and I've been selfish about it.", "ownership"),
    ],
)
def test_cues_catch_sarcasm_excuses_and_owning_it(reply: str, group: str) -> None:
    hits = [h for h in find_cues(reply) if h.group == group]
    assert hits, find_cues(reply)
    assert all(h.text.lower() in reply.lower() for h in hits)


@pytest.mark.parametrize(
    ("reply", "group"),
    [
        # Rueful "ugh", a reflection checking itself, and sympathy about what they never chose.
        ("ugh, sorry. on my way to get it now", "contempt"),
        ("So you felt pushed out of it. Is that right?", "contempt"),
        ("That's not pathetic at all, it's you missing her.", "contempt"),
        ("It's like you were handed a deadline you never agreed to.", "criticism"),
        ("Did you sleep at all last night?", "defensiveness"),
        ("That's not fair on you. I've been selfish about it.", "criticism"),
    ],
)
def test_cues_leave_warm_or_reflective_replies_alone(reply: str, group: str) -> None:
    assert not [h for h in find_cues(reply) if h.group == group], find_cues(reply)


# Each new shape beside its near miss: the same words doing the other job.
@pytest.mark.parametrize(
    ("reply", "group", "present"),
    [
        ("The traffic was awful, but that's no excuse. You waited an hour.", "ownership", True),
        ("There's no excuse for you talking to me like that.", "ownership", False),
        ("Leaving you to field her questions was cowardly of me.", "ownership", True),
        ("That was kind of me to offer, I thought.", "ownership", False),
        ("Yeah, that was a rubbish move. I'm sorry.", "ownership", True),
        ("You made a rubbish move there.", "ownership", False),
        ("Right, somebody call the fire brigade, I left a mug out.", "contempt", True),
        ("I had to call the fire brigade when the pan caught.", "contempt", False),
        ("Three hours of ironing. The agony.", "contempt", True),
        ("I can only guess at the agony of waiting for those results.", "contempt", False),
        ("Oh, so now I'm the reason the whole weekend went wrong?", "contempt", True),
        ("So now you're carrying all of it on your own.", "contempt", False),
        ("That's just your anxiety talking.", "contempt", True),
        ("Your anxiety sounds exhausting to live with.", "contempt", False),
        ("Stop exaggerating, it was ten minutes.", "defensiveness", True),
        ("I'm not going to exaggerate how hard that was for you.", "defensiveness", False),
        ("I'm sorry you feel that way.", "defensiveness", True),
        ("I'm sorry you feel so on your own with it.", "defensiveness", False),
        ("I really am sorry, sweetheart. That wasn't right of me.", "ownership", True),
        ("I am so sorry, love.", "ownership", True),
        ("Ehya, sorry. Go and rest, I'll take the kids tomorrow.", "ownership", True),
        ("Sorry my career is so inconvenient for your bar night.", "ownership", False),
        ("Sorry!! But you chose the 7pm one.", "ownership", False),
        ("Well, sorry!", "ownership", False),
        ("That wasn't right of you.", "ownership", False),
        ("We agreed on a budget of fifty each, and that was forty.", "defensiveness", True),
        ("We both feel it, that's the hard part.", "defensiveness", False),
        ("Everybody does a bit of overtime in December.", "defensiveness", True),
        ("Everybody was staring at you, that must have been horrible.", "defensiveness", False),
        ("It's one mug.", "defensiveness", True),
        ("It's one more thing on a very long list for you.", "defensiveness", False),
        ("It hasn't been three weeks, we went out on Friday.", "defensiveness", True),
        ("Nobody made you come to the barbecue.", "defensiveness", True),
        ("You're worn out, and that's all this is.", "defensiveness", True),
        ("I did forget. That's a rotten thing to come home to.", "ownership", True),
        ("You did ask, and I still left it.", "ownership", True),
        ("You did ask, so I did it.", "ownership", False),
        ("Maybe if you weren't always so tired I would.", "defensiveness", True),
        ("If you didn't feel heard, I would want to know.", "defensiveness", False),
        (
            "maybe if your friends talked about anything but crypto i'd actually want to go",
            "defensiveness",
            True,
        ),
        ("What could I say? She's my mother.", "defensiveness", True),
        ("What could I do to help?", "defensiveness", False),
        ("That card was never my fault, you ran it up before we met.", "defensiveness", True),
        ("That was my fault, I should have said.", "defensiveness", False),
        ("Maybe check your own spending before you start on mine.", "defensiveness", True),
        ("Forty-five minutes and it's a federal case.", "defensiveness", True),
        ("Oh so now you miss me.", "contempt", True),
        ("So now you're home, how was the drive?", "contempt", False),
        ("Congrats! Let's see if you actually stick with this one.", "contempt", True),
        ("Poor Papa. Shall I call Mummy tonight and talk to her?", "contempt", False),
        ("Shall I call the papers?", "contempt", True),
        ("That means a lot, thank you.", "warmth", True),
        ("Yeah, I was. That's rubbish of me.", "ownership", True),
        ("Yeah, I was short with her.", "ownership", True),
        ("You said I was short with her, I wasn't.", "ownership", False),
        ("It's not even overdue yet, it's due Friday.", "defensiveness", True),
        ("I'm not even sure what to say. I'm so sorry.", "defensiveness", False),
        ("I'm sure it was mortifying for you.", "contempt", True),
        ("It must have been mortifying for you.", "contempt", False),
        ("Thank you for your input, I guess.", "warmth", False),
        ("You knew about the rota when we moved in together.", "defensiveness", True),
        ("You knew I'd be upset, so thank you for telling me straight.", "defensiveness", False),
        ("The bin was nearly empty, as you well know.", "defensiveness", True),
        ("And before you start, I did ask your sister.", "defensiveness", True),
        ("He's not half as lazy as you make out.", "defensiveness", True),
        ("So now you'll stop saying I never help.", "defensiveness", True),
        ("I went to Lagos with you last year. We agreed to take turns.", "defensiveness", True),
        ("We could take turns. Would you like that?", "defensiveness", False),
        ("Right, so I'm the villain again.", "defensiveness", True),
        ("You? You can't even parallel park.", "contempt", True),
        ("You are? That's huge, tell me more.", "contempt", False),
        ("Nice. Don't get too excited though.", "contempt", True),
        ("Fine, I'll sell the car then. Would that make you happy?", "contempt", True),
        ("It's a fine wine, not that you'd know the difference.", "contempt", True),
        ("So that's why dinner isn't on.", "contempt", True),
        ("That's why I love you.", "contempt", False),
        ("Great. Anyway, have you seen my keys?", "contempt", True),
        ("Anyway, enough about me, how did the interview go?", "contempt", False),
        ("It's a hamster, love. They don't live long.", "contempt", True),
        ("Oh right, I forgot I need a permission slip to buy a kettle.", "contempt", True),
        ("lol here we go, you did this over the last phone too", "contempt", True),
        ("You went round in June and told me the day before. Same thing.", "defensiveness", True),
        ("Have you been counting my takeaways?", "defensiveness", True),
        ("Guess I'll be seeing even less of you then.", "defensiveness", True),
        ("Love you too. Want me to come with you tomorrow?", "warmth", True),
        ("You ok?", "warmth", True),
        ("Oh I'm sure it's my fault somehow.", "contempt", True),
        ("I'm sure it's nothing, but shall we get it checked?", "contempt", False),
        ("Well, I'm just the boring one, aren't I.", "contempt", True),
        ("It's a bit of rain on a tent, love.", "contempt", True),
        ("Anyone would have missed that email.", "defensiveness", True),
        ("That was a joint decision, we both signed.", "defensiveness", True),
        ("I only suggested it because you said you were bored.", "defensiveness", True),
        ("Cooking for ten is not rocket science.", "defensiveness", True),
        ("Ten whole minutes late. The film survived.", "defensiveness", True),
        ("I totally mixed them up, sorry.", "ownership", True),
    ],
)
def test_new_cue_shapes_and_their_near_misses(reply: str, group: str, present: bool) -> None:
    hits = [h for h in find_cues(reply) if h.group == group]
    assert bool(hits) == present, find_cues(reply)


@pytest.mark.parametrize(
    ("reply", "strong"),
    [
        ("Says the one who reorganised my mum's whole kitchen.", True),
        ("Like you didn't have yours out at lunch?", True),
        ("You left me at the station in May, if we're keeping score.", True),
        ("What about the time you forgot my birthday?", True),
        # A reflection that says "like you weren't..." or asks about someone else is no counter.
        ("Seeing me post and not reply, like you weren't important. Are you ok now?", False),
        ("What about your mum, did she know?", False),
    ],
)
def test_a_cross_complaint_decides_defensiveness(reply: str, strong: bool) -> None:
    hits = [h for h in find_cues(reply) if h.group == "defensiveness" and h.strong]
    assert bool(hits) == strong, find_cues(reply)


def test_news_waved_off_with_a_flat_word_decides_contempt() -> None:
    assert any(h.strong and h.group == "contempt" for h in find_cues("cool. anyway, did you book the mot"))
    assert not any(h.strong and h.group == "contempt" for h in find_cues("Cool! So when do you start?"))


def test_a_counter_question_about_their_own_conduct_is_flagged(services: Services) -> None:
    evaluation = services.rules.score(
        "You spend every Sunday at the golf course and I'm stuck here with the kids.",
        "And what about the time you went on that spa weekend?",
    )
    assert evaluation.flags["defensiveness"].flagged
    assert any("what about the time you" in e.lower() for e in evaluation.flags["defensiveness"].evidence)


def test_a_reason_followed_by_owning_it_answers_the_defence() -> None:
    owned = "I went quiet because I didn't know what to say. That's on me, and I'm sorry."
    unowned = "I'm sorry. I went quiet because I didn't know what to say."
    assert defence_owned(owned, find_cues(owned))
    assert not defence_owned(unowned, find_cues(unowned))
    mocking = "I was at work. Silly me, I'm sorry for earning us money."
    assert not defence_owned(mocking, find_cues(mocking))
    plain = "That sounds so lonely. What was the hardest part?"
    assert not defence_owned(plain, find_cues(plain))


@pytest.mark.parametrize(
    ("reply", "owned"),
    [
        ("I should've told you. Sorry, you shouldn't have had to hear it from Jess.", True),
        ("You've been doing them on your own for weeks and I've let you. That's not fair on you.", True),
        # taken back or asked
        ("I know, I'm sorry. But he's in an awful way, I couldn't let him go under.", False),
        ("Oh right, it's my fault now? Maybe if you helped out once in a while.", False),
    ],
)
def test_owning_it_with_no_reason_given_answers_a_defence_unless_taken_back(reply: str, owned: bool) -> None:
    assert defence_owned(reply, find_cues(reply)) == owned


def test_turn_and_echo_features_read_the_order_of_the_reply() -> None:
    index = {name: i for i, name in enumerate(HAND_FEATURES)}
    message = "You were forty minutes late and I sat there on my own like an idiot."
    yes_but = featurize(message, "I hear you, but I was stuck at work.").vector
    answered = featurize(
        message, "I was stuck at work, but I can hear how alone you felt. What was it like?"
    ).vector
    assert yes_but[index["defence_unanswered"]] == 1.0 and yes_but[index["defence_answered"]] == 0.0
    assert answered[index["defence_answered"]] == 1.0 and answered[index["defence_unanswered"]] == 0.0
    echo = featurize(message, "Forty minutes. Right.").vector
    reflected = featurize(message, "Forty minutes. That must have felt humiliating.").vector
    assert echo[index["echo_fragment"]] == 1.0 and reflected[index["echo_fragment"]] == 0.0
    offer = featurize(message, "Shall I buy a stopwatch for next time?").vector
    sincere = featurize(message, "I'm sorry, that's on me. Shall I ring ahead next time?").vector
    assert offer[index["mock_offer"]] == 1.0 and sincere[index["mock_offer"]] == 0.0


def test_flag_thresholds_prefer_half_within_the_tolerance() -> None:
    y = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    # Every threshold from 0.35 to 0.55 separates these perfectly: 0.5 is chosen, not the first.
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.3, 0.2, 0.1, 0.1, 0.05, 0.0])
    assert _best_threshold(y, p, is_flag=True) == pytest.approx(0.5)
    # A clearly better F1 still wins over closeness to 0.5.
    p2 = np.array([0.9, 0.8, 0.3, 0.3, 0.2, 0.1, 0.1, 0.1, 0.05, 0.0])
    assert _best_threshold(y, p2, is_flag=True) < 0.3


def test_an_apology_with_a_but_is_not_ownership() -> None:
    assert not [
        h for h in find_cues("I'm sorry you feel that way, but I was working.") if h.group == "ownership"
    ]


def test_contrast_features_see_scare_quotes_and_self_first_replies() -> None:
    index = {name: i for i, name in enumerate(HAND_FEATURES)}
    message = "I feel invisible in this house."
    echo = featurize(message, "Oh, 'invisible.' Right.").vector
    plain = featurize(message, "That sounds lonely. What makes it feel that way?").vector
    assert echo[index["quote_echo"]] == 1.0 and plain[index["quote_echo"]] == 0.0
    excuse = featurize(message, "I work every day to pay for this house. It sounds harsh.").vector
    owned = featurize(message, "That sounds lonely, and I think I've been part of it.").vector
    assert excuse[index["self_before_them"]] == 1.0 and owned[index["self_before_them"]] == 0.0


def test_ngram_block_is_stable_normalised_and_order_aware() -> None:
    first = ngram_vector(["oh", "good", "another", "one"])
    assert first.shape == (NGRAM_BUCKETS,)
    assert np.isclose(np.linalg.norm(first), 1.0)
    assert np.array_equal(first, ngram_vector(["oh", "good", "another", "one"]))
    assert not np.array_equal(first, ngram_vector(["one", "another", "good", "oh"]))
    assert np.count_nonzero(ngram_vector([])) == 1  # only the empty-reply marker


def _evaluation(flagged: set[str], passed: set[str], overall: float) -> Evaluation:
    return Evaluation(
        criteria={
            e: CriterionResult(
                score=1.0 if e in passed else 0.0, passed=e in passed, rationale="r", evidence=[]
            )
            for e in ELEMENTS
        },
        flags={
            f: FlagResult(flagged=f in flagged, confidence=float(f in flagged), evidence=[]) for f in FLAGS
        },
        overall=overall,
        passed=not flagged and passed == set(ELEMENTS),
        feedback="",
        scorer="rules",
    )


def test_cross_validation_figures_match_the_held_out_definitions() -> None:
    good = ScorerCase(id="a", message="m", reply="r", elements=dict.fromkeys(ELEMENTS, True))
    mocking = ScorerCase(
        id="b", message="m", reply="r", flags=["contempt"], elements=dict.fromkeys(ELEMENTS, False)
    )
    results = [
        crossval.FoldResult(good, _evaluation(set(), set(ELEMENTS), 0.9)),
        crossval.FoldResult(mocking, _evaluation({"contempt", "criticism"}, {"honors_path"}, 0.2)),
    ]
    figures = crossval.figures(results)
    assert figures["contempt_f1"] == 1.0 and figures["criticism_f1"] == 0.0
    assert figures["auc"] == 1.0
    assert figures["honors_path_accuracy"] == 0.5 and figures["no_judgment_accuracy"] == 1.0


def test_kind_advice_fails_no_judgment_without_a_flag(services: Services) -> None:
    evaluation = services.rules.score(DISHES, "You should just make a chore chart and put it on the fridge.")
    assert not evaluation.criteria["no_judgment"].passed
    assert not any(evaluation.flags[f].flagged for f in ("contempt", "criticism", "stonewalling"))


def test_minimising_fails_room_for_feelings(services: Services) -> None:
    evaluation = services.rules.score(DISHES, "It's just dishes, it's not a big deal.")
    assert not evaluation.criteria["room_for_feelings"].passed
    assert evaluation.criteria["room_for_feelings"].evidence


def test_evaluation_shape_and_evidence_come_from_the_reply(services: Services) -> None:
    reply = "Oh, poor you. Maybe if you weren't so lazy the kitchen wouldn't be a mess. Whatever."
    evaluation = services.rules.score(DISHES, reply)
    assert set(evaluation.criteria) == set(ELEMENTS) and set(evaluation.flags) == set(FLAGS)
    assert 0.0 <= evaluation.overall <= 1.0
    assert evaluation.scorer == "rules"
    assert evaluation.feedback and len(evaluation.feedback.split(". ")) <= 4
    for result in [*evaluation.criteria.values(), *evaluation.flags.values()]:
        for span in result.evidence:
            assert span.lower() in reply.lower(), span
    for criterion in evaluation.criteria.values():
        assert criterion.rationale


def test_feedback_points_at_the_defensive_words(services: Services) -> None:
    evaluation = services.rules.score(
        "You were two hours late and didn't even text.",
        "I was stuck at work, it's not like I was out having fun.",
    )
    assert evaluation.flags["defensiveness"].flagged
    assert "defended yourself" in evaluation.feedback
    assert '"' in evaluation.feedback, "the feedback quotes the reply"


def test_scoring_is_deterministic(services: Services) -> None:
    first = services.rules.score(DISHES, "Ugh, fine, I'll do them. Happy?")
    second = services.rules.score(DISHES, "Ugh, fine, I'll do them. Happy?")
    assert first == second


def _f1(truth: list[bool], predicted: list[bool]) -> float:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    return 2 * tp / max(sum(truth) + sum(predicted), 1)


def _auc(labels: list[bool], scores: list[float]) -> float:
    positives = [s for s, y in zip(scores, labels, strict=True) if y]
    negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def test_held_out_quality_does_not_regress(services: Services) -> None:
    cases = [c for c in load_cases() if c.split == "test"]
    assert len(cases) >= 150
    evaluations = [services.rules.score(c.message, c.reply) for c in cases]
    figures = {
        f"{flag}_f1": _f1([flag in c.flags for c in cases], [e.flags[flag].flagged for e in evaluations])
        for flag in FLAGS
    }
    figures["auc"] = _auc([c.good for c in cases], [e.overall for e in evaluations])
    figures["element_accuracy"] = float(
        np.mean(
            [
                c.elements[el] == e.criteria[el].passed
                for c, e in zip(cases, evaluations, strict=True)
                for el in ELEMENTS
            ]
        )
    )
    below = {name: round(value, 3) for name, value in figures.items() if value < FLOORS[name]}
    assert not below, f"held-out figures fell below their floors: {below}"


def test_the_training_split_and_held_out_split_do_not_share_messages() -> None:
    cases = load_cases()
    train = {c.message_id for c in cases if c.split == "train"}
    test = {c.message_id for c in cases if c.split == "test"}
    assert train and test and not train & test
    assert len(cases) >= 600 and len({c.message_id for c in cases}) >= 80
