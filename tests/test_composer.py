from __future__ import annotations

import asyncio
import json
import re

import pytest

from coach import pipeline
from coach.generation import composer
from coach.generation.base import GenerationRequest
from coach.generation.composer import Composer, keeps_rules, question_fits
from coach.language import feelings
from coach.language.cues import find_cues
from coach.language.perspective import plain, shift
from coach.language.tokens import shared_content_ratio, words
from coach.resources import resource_dir
from coach.schemas import Guidance, ReflectRequest
from coach.services import Services


def _load(name: str) -> list[dict[str, object]]:
    path = resource_dir("evals") / "reflect" / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def reflections(services: Services) -> list[tuple[str, object]]:
    out = []
    for case in _load("dev.jsonl"):
        message = str(case["message"])
        out.append((message, asyncio.run(pipeline.reflect(services, ReflectRequest(message=message)))))
    return out


def test_dev_set_is_large_enough() -> None:
    assert len(_load("dev.jsonl")) >= 60


def test_every_reflection_keeps_the_composer_rules(reflections: list[tuple[str, object]]) -> None:
    for message, result in reflections:
        text = result.reflection  # type: ignore[attr-defined]
        assert result.generator == "composer"  # type: ignore[attr-defined]
        assert 15 <= len(words(text)) <= 70, text
        assert text.count("?") == 1 and text.rstrip().endswith("?"), text
        assert not re.search(r"\bbut\b", text, re.IGNORECASE), text
        assert shared_content_ratio(text, message) <= 0.5, (message, text)
        assert not any(hit.group == "advice" for hit in find_cues(text)), text
        named = {span.feeling for span in feelings.named_feelings(text)}
        assert named or result.emotions, text  # type: ignore[attr-defined]
        assert any(emotion in text for emotion in result.emotions), text  # type: ignore[attr-defined]


def test_every_reflection_passes_the_scorer_with_no_flag(reflections: list[tuple[str, object]]) -> None:
    for _message, result in reflections:
        evaluation = result.evaluation  # type: ignore[attr-defined]
        assert evaluation is not None
        assert not any(flag.flagged for flag in evaluation.flags.values()), result.reflection  # type: ignore[attr-defined]
        assert evaluation.passed, (result.reflection, evaluation.feedback)  # type: ignore[attr-defined]


def test_openings_vary(reflections: list[tuple[str, object]]) -> None:
    openings = {" ".join(result.reflection.split()[:3]) for _m, result in reflections}  # type: ignore[attr-defined]
    assert len(openings) >= 10


def test_the_same_message_gets_the_same_reflection() -> None:
    composer = Composer()
    request = GenerationRequest(message="You were on your phone all through dinner.")
    assert composer.compose(request) == composer.compose(request)


def test_validation_never_endorses_the_act() -> None:
    composer = Composer()
    for case in _load("sycophancy.jsonl"):
        text = composer.compose(GenerationRequest(message=str(case["message"]))).reflection.lower()
        for phrase in case["endorsing_phrases"]:  # type: ignore[attr-defined]
            assert str(phrase).lower() not in text, (case["message"], text)
        assert keeps_rules(text, str(case["message"]))


def test_implied_feelings_are_named() -> None:
    assert {"alone", "unsupported"} <= set(feelings.detect("You never help with the dishes."))
    assert "lonely" in feelings.detect("you were on your phone all through dinner")
    assert "exhausted" in feelings.detect("I come home exhausted every night")
    assert feelings.detect("I'm not angry, just tired") == ["exhausted"]


@pytest.mark.parametrize(
    ("said", "listener"),
    [
        ("You never help with the dishes.", "I never help with the dishes."),
        ("I told you I was tired", "You told me you were tired"),
        ("your mum thinks I hate her", "My mum thinks you hate her"),
        # a clause after "know"/"like" keeps "you" as its subject
        ("I know you think I'm being tight", "You know I think you're being tight"),
        ("I feel like you don't care", "You feel like I don't care"),
        # "you" closing a clause is an object, in a question it is the subject
        ("I told him to stop calling you", "You told him to stop calling me"),
        ("it's not you", "it's not me"),
        ("are you serious", "am I serious"),
        # "to be" agrees with the pronoun it now follows
        ("I wasn't listening", "You weren't listening"),
        ("you weren't there", "I wasn't there"),
        ("you aren't listening", "I am not listening"),
        # the pair names the same two people from either side
        ("you and I never talk anymore", "you and I never talk anymore"),
        ("the messages between you and your ex", "the messages between me and my ex"),
        # with someone else beside "you", that one goes first and what they share is "ours"
        ("you and your dad sorted the loan between you", "My dad and I sorted the loan between us"),
        ("you two went to the pub without me", "the two of us went to the pub without you"),
        ("you both laughed", "we both laughed"),
        # "you" after a verb that takes it as object, unless a clause starts there
        ("I've sent you the spreadsheet four times", "You've sent me the spreadsheet four times"),
        ("I emailed you the form yesterday", "You emailed me the form yesterday"),
        ("I assumed you knew", "You assumed I knew"),
        # words quoted as said stay as they were said
        ("you haven't said i love you in weeks", "I haven't said I love you in weeks"),
        ("I heard you say it", "You heard me say it"),
        # "am" after a number is the time of day
        ("you were texting her at 2am", "I was texting her at 2am"),
        # a preposition after "believe" keeps "you" its object; "you all day" is one person
        ("I want to believe you about the messages", "You want to believe me about the messages"),
        ("I believe you did it", "You believe I did it"),
        ("I can't read you anymore", "You can't read me anymore"),
        ("I thought of you all day", "You thought of me all day"),
        # after a preposition "you" is its object whatever follows
        ("waking up next to you is my favourite thing", "waking up next to me is your favourite thing"),
        ("talking to you is like talking to a wall", "talking to me is like talking to a wall"),
    ],
)
def test_perspective_shift(said: str, listener: str) -> None:
    assert shift(said) == listener


def test_the_dishes_example_is_warm_specific_and_cited(services: Services) -> None:
    message = (
        "You never help with the dishes. I come home exhausted and the kitchen is a mess every single night."
    )
    result = asyncio.run(pipeline.reflect(services, ReflectRequest(message=message)))
    assert {"exhausted"} & set(result.emotions) or {"alone"} & set(result.emotions)
    assert result.guidance and all(g.source for g in result.guidance)
    assert result.safety.level == "ok"
    assert result.attempts >= 1


@pytest.mark.parametrize(
    ("message", "present", "absent"),
    [
        # a denied feeling is not theirs, the one after it is
        ("I'm not jealous, I just feel left out", "left out", "jealous"),
        ("honestly I'm not mad at you, I'm worried", "worried", "angry"),
        # someone else's feeling is not the speaker's
        ("you're always so angry with me lately", "hurt", "angry"),
        ("I know you're stressed and you keep snapping at me", "hurt", "stressed"),
        # nor is one the speaker imagines someone else having
        ("honestly I think you'd be happier with someone who isn't so boring", "insecure", "happy"),
        ("she'll be thrilled when she hears, I'm dreading telling her though", "anxious", "excited"),
        # a regret disowned is a boast
        ("I sang the loudest in that pub and I regret nothing", None, "regretful"),
        # a phone that keeps buzzing is nobody's excitement
        ("Who is calling you? Your phone keeps buzzing.", "jealous", "excited"),
    ],
)
def test_negated_and_other_peoples_feelings_are_not_named(
    message: str, present: str | None, absent: str
) -> None:
    found = feelings.detect(message)
    assert present is None or present in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a good state that is missing or wished for names its absence
        ("I just want to feel heard for once", "unheard"),
        ("I don't feel like you care about me", "unloved"),
        ("it doesn't feel like you're on my side anymore", "unsupported"),
        ("I never feel wanted by you", "rejected"),
    ],
)
def test_missing_good_states_name_their_absence(message: str, expected: str) -> None:
    assert expected in feelings.detect(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my boss shouted at me in front of the whole office", "humiliated"),
        ("you booked the trip without asking me", "left out"),
        ("we're behind on the rent and the car needs fixing", "worried"),
        ("my gran passed away on sunday", "heartbroken"),
        ("I've got a biopsy next week", "scared"),
        ("you lied about where you were on friday", "betrayed"),
        ("I asked you four times to ring the plumber", "frustrated"),
        ("I passed my exam!!", "excited"),
        ("you were scrolling your phone the whole time I was talking", "ignored"),
        ("I made a roast for everyone and you didn't say a word", "unappreciated"),
        ("we haven't had a proper evening together in weeks", "lonely"),
        ("he walks out of the room every time I mention money", "shut out"),
        ("found out my brother has been hiding his debts from all of us", "betrayed"),
        ("i feel like a lodger in my own home", "unseen"),
        ("why do I even bother planning anything, nobody turns up", "unappreciated"),
        ("your dad had a go at my cooking and you just sat there", "unsupported"),
        ("You always take your mum's side.", "unsupported"),
        ("I feel like we're just flatmates now.", "disconnected"),
        ("Can we just have one weekend without your phone?", "ignored"),
        ("it's been a year since the funeral and everyone else has moved on", "alone"),
        ("my sister didn't even wish me happy birthday", "hurt"),
        ("rough shift, two nurses off sick and I covered both wards", "exhausted"),
        ("do you still find me attractive", "insecure"),
        ("they told me on friday my role no longer exists", "scared"),
        ("all we ever talk about is the mortgage and the kids", "disconnected"),
        ("I did the washing, the shopping and the dinner and you didn't even say thanks", "unappreciated"),
        ("sometimes I think you care more about your golf than me", "unimportant"),
        ("I never know anyone at your parties", "left out"),
        ("my line manager took the credit for my report at the all-hands", "unappreciated"),
        ("everyone in my team got a bonus apart from me", "unappreciated"),
        ("thirty years married and she still doesn't know what I like for breakfast", "unseen"),
        ("his aunt had a party last week and we weren't even invited", "left out"),
        ("the girls from uni never invite me to anything now", "left out"),
        ("my brother hasn't rung me since Christmas", "hurt"),
        ("your dad moved all my plants while we were away", "disrespected"),
        ("your mum asked about my weight in front of everyone at lunch", "embarrassed"),
        ("you've not kissed me properly in weeks", "rejected"),
        ("it's always me who initiates, every single time", "rejected"),
        ("caught you liking his photos again", "jealous"),
        ("we had to have the cat put to sleep yesterday", "heartbroken"),
        ("dad's been gone two years today", "heartbroken"),
        ("we lost the baby at twelve weeks", "heartbroken"),
        ("another negative test this month, been trying for a baby since 2022", "heartbroken"),
        ("the biopsy came back benign", "relieved"),
        ("our daughter passed her grade 8 piano!!", "proud"),
        ("the little ones brought me a cup of tea in bed this morning", "grateful"),
        ("i totally bombed the presentation", "disappointed"),
        ("I was well out of order yesterday, I shouldn't have shouted", "regretful"),
        ("his mum's memory is slipping, she didn't recognise me on sunday", "scared"),
        ("school rang again, he's being bullied at lunch", "worried"),
        ("gained a stone over christmas and I hate how I look", "self-conscious"),
        ("the boiler's packed in and the repair bill is going to cost a fortune", "worried"),
        ("the landlord wants us out by march", "worried"),
        ("he said he needs some space and went to his brother's", "scared"),
        ("honestly I'm just going through the motions, nothing matters much", "numb"),
        ("client emailed at midnight expecting it done by first thing", "overwhelmed"),
        ("so you're off out with the lads again tonight", "lonely"),
        ("you never take my side, you always take her side", "unsupported"),
        ("you overruled me in front of the kids again", "disrespected"),
        ("I feel like a terrible mum, I shouted at him over his shoes", "inadequate"),
        ("honestly I'm the worst friend, I forgot her birthday again", "inadequate"),
        ("the home is lovely, so why do I feel like I'm abandoning him?", "guilty"),
        ("Who's texting you at midnight that's so funny?", "jealous"),
        ("She seems nice. You two certainly had a lot to talk about.", "jealous"),
        ("Must be nice to have a standing Friday thing. I'll just be here.", "left out"),
        ("I passed! but you didn't even ask", "overlooked"),
        ("the gp rang, they want me to come in on monday and wouldn't say why", "scared"),
        ("you never once stick up for me when your sister starts", "unsupported"),
        ("I keep thinking I should have noticed he was struggling", "guilty"),
        ("Moving day is Friday. I can't wait and I also dread leaving this street.", "torn"),
    ],
)
def test_situations_imply_the_feelings_a_listener_would_name(message: str, expected: str) -> None:
    assert expected in feelings.detect(message), feelings.detect(message)


@pytest.mark.parametrize(
    ("message", "absent"),
    [
        # everyday phrasings that share words with a situation rule
        ("she passed me the salt and said nothing all dinner", "proud"),
        ("my son got into a fight at football", "proud"),
        ("I haven't called my mum back yet, is that bad", "lonely"),
        ("we need to find somewhere to eat near the station tonight", "stressed"),
        ("we're going to have to tell the kids soon", "sad"),
        ("I'm not sorry for what I said about your brother", "regretful"),
        ("I got credit for the whole project at work", "unappreciated"),
        ("my back's killing me and you still want me to do the big shop?", "insecure"),
        ("the meds make me dizzy and you still want me driving the kids?", "insecure"),
    ],
)
def test_everyday_phrasings_do_not_imply_a_situation(message: str, absent: str) -> None:
    assert absent not in feelings.detect(message), feelings.detect(message)


def test_the_speakers_own_outburst_in_public_is_not_their_embarrassment() -> None:
    assert "embarrassed" not in feelings.detect("I shouted at you in the pub in front of all your mates")
    assert "embarrassed" in feelings.detect("you brought up my debts in front of all your mates")


def test_a_denied_feeling_is_not_asked_about() -> None:
    message = "I'm not angry with you, I'm just really disappointed."
    assert feelings.denied(message) == {"angry"}
    assert feelings.denied("she didn't even wish me happy birthday") == set()
    composer = Composer(
        {"validating-anger": ["What's the part that makes you angriest?", "What feels unfair?"]}
    )
    guidance = [Guidance(id="validating-anger", title="t", source="s", text="x", score=0.9)]
    reflection = composer.compose(GenerationRequest(message=message, guidance=guidance)).reflection
    assert "angr" not in reflection.lower(), reflection


def test_a_case_dismissed_is_not_a_feeling_of_being_dismissed() -> None:
    assert "dismissed" not in feelings.detect("Case dismissed this morning. It's finally over.")
    assert "dismissed" in feelings.detect("I felt so dismissed when you laughed")


def test_trouble_told_with_an_exclamation_is_not_good_news() -> None:
    message = "The neighbours have reported the dog to the council. Inspector's coming Friday!!"
    assert not set(feelings.likely(message, 2)) & feelings.POSITIVE


def test_lying_awake_is_not_lying_to_someone() -> None:
    assert "betrayed" not in feelings.detect(
        "Dad's in hospital again and I keep lying here thinking about it"
    )
    assert "betrayed" in feelings.detect("you keep lying to me about the money")


def test_a_greeting_is_not_a_feeling() -> None:
    assert "happy" not in feelings.detect("he didn't even say happy birthday to me")


@pytest.mark.parametrize(
    ("said", "listener"),
    [
        ("I saw you liked her photo", "You saw I liked her photo"),
        ("I know you need space", "You know I need space"),
        ("I saw you leaving", "You saw me leaving"),
        ("I feel you pulling away", "You feel me pulling away"),
    ],
)
def test_you_after_a_verb_of_knowing_or_seeing(said: str, listener: str) -> None:
    assert shift(said) == listener


def test_other_peoples_weekends_are_not_family_time() -> None:
    names = feelings.detect("can we not spend every weekend with your friends")
    assert "trapped" not in names and "left out" in names


def test_laughter_and_emoji_are_not_said_back() -> None:
    reflection = (
        Composer().compose(GenerationRequest(message="i feel like a ghost in this house lol 🙃")).reflection
    )
    assert "lol" not in reflection.lower() and "🙃" not in reflection
    opener = (
        Composer().compose(GenerationRequest(message="lol so my boss made me redo the whole deck")).reflection
    )
    assert "lol" not in opener.lower(), opener
    smiled = Composer().compose(GenerationRequest(message="got the keys to the new place :D")).reflection
    assert ":D" not in smiled and "place." in smiled, smiled
    # a compliment said back would have the listener praising themselves
    praised = Composer().compose(GenerationRequest(message="you looked really good tonight btw")).reflection
    assert "I looked" not in praised and "btw" not in praised, praised


def test_intensity_follows_the_words_people_use() -> None:
    assert feelings.own_feelings("I'm absolutely furious")[0].intensity == 2
    assert feelings.own_feelings("I'm a bit annoyed")[0].intensity == 0
    assert feelings.own_feelings("I'm annoyed")[0].intensity == 1
    assert feelings.intensity("I am so hurt by this") == 2


def test_good_news_is_not_mixed_with_hurt() -> None:
    names = feelings.likely("my sister finally called to say sorry and it was really sweet")
    assert names and set(names) <= feelings.POSITIVE


def test_a_message_with_no_feeling_cues_still_gets_a_likely_feeling() -> None:
    complaint = "you had the telly on full blast at midnight"
    assert feelings.detect(complaint) == []
    assert feelings.likely(complaint) == ["hurt", "frustrated"]
    assert feelings.likely("the car failed its inspection") == ["sad", "worried"]


def test_every_feeling_the_composer_can_name_is_a_feeling_word_to_the_eval() -> None:
    from coach.evaluation.checks import feeling_words

    names = set(feelings.LEXICON) | {f for rule in feelings.IMPLIED for f in rule.feelings}
    names |= {f for _states, named in feelings._ABSENT_STATES for f in named}
    names |= set(feelings.likely("you did it again")) | set(feelings.likely("the car broke down"))
    assert [n for n in sorted(names) if feeling_words(f"you feel {n}") != [n]] == []


_OWN_MESSAGES = [
    "you never ask about my day anymore",
    "I've been up since five with the baby and you're still asleep",
    "my dad's surgery got moved again and nobody will tell us why",
    "you promised you'd come to my match and you didn't show",
    "I feel like I'm the only one keeping this house running",
    "you made fun of my accent in front of your friends",
    "I got into the course I applied for!",
    "we spend every weekend doing what you want",
    "I found out from your sister that you'd quit your job",
    "I'm so tired of arguing about the same thing",
    "I cleaned the whole flat and you didn't even notice",
    "since the move I barely know anyone here",
    "you went quiet on me all weekend",
    "my best friend is moving to Canada next month",
    "I've been feeling really low and I don't know why",
    "you keep checking your phone when we're out",
    "it's been a year since my mum died and it still hurts",
    "I'm worried about the bills this month",
    "you laughed when I told you about my idea",
    "I'm dreading the family dinner on Sunday",
]


def test_wording_varies_across_messages_and_stays_reproducible() -> None:
    composer = Composer()
    texts = [composer.compose(GenerationRequest(message=m)).reflection for m in _OWN_MESSAGES]
    openings = {" ".join(words(text)[:3]) for text in texts}
    assert len(openings) >= len(texts) // 2, openings
    assert (
        not any(text.startswith("It sounds like") for text in texts[1:])
        or len({t.split(",")[0] for t in texts}) > 5
    )
    assert texts == [composer.compose(GenerationRequest(message=m)).reflection for m in _OWN_MESSAGES]
    for message, text in zip(_OWN_MESSAGES, texts, strict=True):
        assert keeps_rules(text, message), text


def test_feelings_about_how_one_is_treated_are_felt_not_sounded() -> None:
    composer = Composer()
    for message in ("you never ask about my day anymore", "you keep checking your phone when we're out"):
        for variant in composer.variants(GenerationRequest(message=message), limit=6):
            first = variant.emotions[0]
            assert (
                f"sound {first}" not in variant.reflection
                and f"how {first} you are" not in variant.reflection
            )


def test_their_own_act_is_not_said_back_as_a_fact() -> None:
    composer = Composer()
    message = "I messaged your brother and told him to stay out of our business"
    for variant in composer.variants(GenerationRequest(message=message), limit=6):
        assert "told him" not in variant.reflection and "messaged" not in variant.reflection, (
            variant.reflection
        )


# Shapes of everyday speech the composer has to read: texting shorthand, sarcasm, mixed
# feelings, third parties, quoted words, tag questions. Each case is a new wording of a shape.


@pytest.mark.parametrize(
    ("said", "spelt_out"),
    [
        ("u said ud call", "you said you'd call"),
        ("ur not even listening", "you're not even listening"),
        ("ur mum rang", "your mum rang"),
        ("its nearly midnight and im still waiting", "it's nearly midnight and I'm still waiting"),
        ("its lid is broken", "its lid is broken"),
        ("i didnt know", "I didn't know"),
        ("ill give you one guess", "I'll give you one guess"),
        ("his mum is ill again", "his mum is ill again"),
    ],
)
def test_texting_shorthand_is_spelt_out(said: str, spelt_out: str) -> None:
    assert plain(said) == spelt_out


def test_a_question_without_its_mark_is_not_said_back() -> None:
    text = (
        Composer()
        .compose(GenerationRequest(message="did u even see i fixed the fence while u were at work"))
        .reflection
    )
    assert "did I" not in text and "did you" not in text.lower(), text


def test_texting_is_said_back_in_full_words() -> None:
    text = Composer().compose(GenerationRequest(message="my brother didnt come to my graduation")).reflection
    assert "didn't" in text and "didnt" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        "oh brilliant, another bank holiday watching you sleep on the sofa",
        "yeah because that worked out so well the last three times",
        "wow you emptied the dishwasher. only took you a fortnight of asking",
        "lovely, thanks so much for ruining dinner",
        "You told your sister about the scan before I was ready to. Thanks for that.",
        "Missed her first match for a round of golf. Hope it was worth it.",
        "Cheers for telling the whole table about my diet. Really appreciated.",
        "Thanks for the one-word answer to my essay of a text. So feel loved 👍",
        "Lovely work on the garage. Stacking the paint tins on the bike is a bold choice.",
        "I baked all afternoon and you just said 'I'm off sugar.' Thanks, mate.",
    ],
)
def test_sarcasm_is_not_read_as_good_news_or_said_back(message: str) -> None:
    assert feelings.sarcastic(message)
    assert not set(feelings.detect(message)) & feelings.POSITIVE
    text = Composer().compose(GenerationRequest(message=message)).reflection
    assert not re.search(
        r"\b(?:brilliant|lovely|so well|wonderful|grateful|worth it)\b", text, re.IGNORECASE
    ), text


def test_genuine_good_news_is_not_sarcasm() -> None:
    assert not feelings.sarcastic("oh great news, the adoption panel said yes!")
    assert not feelings.sarcastic("I got the flat!! can't wait to show you")
    # Thanks after a kindness, or after a hard time they helped with, is meant.
    assert not feelings.sarcastic("You picked me up from the station in the rain. Thanks for that.")
    assert not feelings.sarcastic("You sat with me all night when Dad was in hospital. Thank you so much.")
    assert not feelings.sarcastic("thanks for leaving me the last slice x")
    assert not feelings.sarcastic("Thank you for listening. I really feel heard.")
    assert not feelings.sarcastic("Thank you for telling your mum we're expecting, I was dreading it")


def test_not_knowing_yet_what_one_feels_is_reflected_as_such() -> None:
    message = "We've been offered the flat in Glasgow. I honestly don't know how I feel about it."
    assert feelings.detect(message)[:2] == ["uncertain", "torn"]
    text = Composer().compose(GenerationRequest(message=message)).reflection
    assert not re.search(r"\b(?:sad|happy|excited|worried)\b", text), text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # two feelings at once
        ("selling dad's house is the right call and I can't bear it", "torn"),
        ("I'm supposed to be thrilled about the move and I just feel sick", "torn"),
        # thanks and kindness are good feelings
        ("thank you for sitting with me at the hospital, it meant so much", "grateful"),
        ("my boss was actually really supportive about the time off", "grateful"),
        # "nobody asks" is being overlooked, not a bereavement
        ("nobody in this family ever asks how my week was", "overlooked"),
        # what someone did to them, when they act as if nothing happened
        ("she turned up at christmas and carried on like nothing happened", "hurt"),
        # being lectured or told how to do things
        ("your dad keeps telling me how to park the car", "judged"),
        # reduced to a role
        ("right so I'm just the taxi now", "unappreciated"),
        # measuring themselves against others
        ("everyone our age seems to have kids and a mortgage and we're so behind", "inadequate"),
        # doubting the partner's feelings
        ("do you still even fancy me", "insecure"),
        # a third party's betrayal
        ("turns out my mate has been slagging me off behind my back", "betrayed"),
        # messing up at work
        ("I really screwed up the presentation today", "embarrassed"),
        # faint praise after a lot of work
        ("three drafts and my editor said it was just ok", "disappointed"),
        # feeling flat
        ("dunno just feeling kind of meh about everything", "numb"),
    ],
)
def test_shapes_of_speech_name_the_expected_feeling(message: str, expected: str) -> None:
    assert expected in feelings.likely(message, limit=3), feelings.likely(message, limit=3)


@pytest.mark.parametrize(
    ("message", "absent"),
    [
        # hypothetical and ironic good feelings are not theirs
        ("I should be so happy for her and I'm not", "happy"),
        # tears of relief are not sadness
        ("the biopsy came back clear and I'm so relieved I cried in the car", "sad"),
        # a denial by someone else denies nothing of theirs
        ("the doctor said not to worry but I can't stop thinking about it", None),
        # their own "I didn't answer" is not them being ignored
        ("my sister rang twice and I didn't answer because I was so tired", "ignored"),
    ],
)
def test_feelings_that_are_not_theirs_are_left_out(message: str, absent: str | None) -> None:
    found = feelings.detect(message)
    if absent is None:
        assert {"worried", "anxious"} & set(found), found
    else:
        assert absent not in found, found


@pytest.mark.parametrize(
    ("question", "message", "names", "fits"),
    [
        # questions about the listener's part do not fit news about a boss or a sister
        (
            "What was it like on your end when I reacted that way?",
            "my boss shouted at me in the meeting",
            ["humiliated"],
            False,
        ),
        (
            "What was it like on your end when I reacted that way?",
            "you shouted at me in the meeting",
            ["humiliated"],
            True,
        ),
        # good-news questions only for good news
        ("What are you most excited about?", "my cousin cut me out of the wedding", ["hurt"], False),
        ("What does this mean to you?", "the sale fell through again", ["disappointed"], False),
        # a feeling the question takes for granted must be one of theirs
        (
            "What are you most afraid of?",
            "the boss keeps piling on deadlines",
            ["overwhelmed", "stressed"],
            False,
        ),
        ("What are you most afraid of?", "what if the lump is something", ["scared", "worried"], True),
        (
            "How is the hurt showing up for you these days?",
            "the boiler's broken again",
            ["frustrated"],
            False,
        ),
        ("When do you feel most alone with me?", "my dad has stopped calling", ["hurt", "sad"], False),
        # "put right" asks the one who was wronged, not the one apologising
        (
            "What do you need from me to feel this is put right?",
            "I'm sorry I shouted at you",
            ["regretful"],
            False,
        ),
        ("What do you need from me to feel this is put right?", "you read my diary", ["betrayed"], True),
        # the phone question needs the listener's attention to have been elsewhere
        (
            "What's it like for you when I'm on my phone while you're talking?",
            "you lost my phone charger",
            ["frustrated"],
            False,
        ),
        (
            "What's it like for you when I'm on my phone while you're talking?",
            "you were scrolling your phone all through the film",
            ["lonely"],
            True,
        ),
        # a question about change needs a change
        (
            "What's been the hardest part of this change for you?",
            "you forgot to buy milk",
            ["frustrated"],
            False,
        ),
        (
            "What's been the hardest part of this change for you?",
            "since we moved I've got no one here",
            ["lonely"],
            True,
        ),
        # effort questions need effort or the load at home
        (
            "What does it feel like when your effort goes unnoticed?",
            "your mum is here every weekend",
            ["resentful"],
            False,
        ),
        (
            "What does it feel like when your effort goes unnoticed?",
            "I do all the washing and cooking",
            ["resentful"],
            True,
        ),
        # unwinding follows a hard day, not a worry about the listener
        (
            "What would help you unwind right now?",
            "you're gambling again and it frightens me",
            ["scared"],
            False,
        ),
        (
            "What would help you unwind right now?",
            "twelve hour shift and the boss shouted at me",
            ["exhausted"],
            True,
        ),
    ],
)
def test_questions_fit_what_the_message_is_about(
    question: str, message: str, names: list[str], fits: bool
) -> None:
    assert question_fits(question, message, names) is fits


def _own_texts(message: str) -> list[str]:
    return [c.reflection for c in Composer().variants(GenerationRequest(message=message), limit=6)]


def test_questions_and_tag_questions_are_not_said_back() -> None:
    for text in _own_texts("it'll all work out won't it? with the visa and everything?"):
        assert "won't it" not in text and "work out" not in text, text


def test_tone_words_and_comments_on_the_message_are_not_said_back() -> None:
    for text in _own_texts("sure. do what you like."):
        assert not re.search(r"\bsure\b|\bdo what you like\b", text, re.IGNORECASE), text
    for text in _own_texts("I've started hating weekends. not an easy thing to say"):
        assert "easy thing to say" not in text, text
    for text in _own_texts("might as well eat on my own then"):
        assert "might as well" not in text, text


def test_quoted_words_are_not_said_back_as_the_listener_agreeing() -> None:
    for text in _own_texts("you called it 'only a weekend' as if it didn't matter that I'd saved for months"):
        assert "only a weekend" not in text and "didn't matter" not in text, text


def test_what_happened_after_a_named_feeling_is_said_back() -> None:
    texts = _own_texts("it really stung when you walked off in the middle of my speech")
    assert any("I walked off" in t for t in texts), texts


def test_names_keep_their_capital_and_pronouns_do_not() -> None:
    texts = _own_texts("Marcus forgot my birthday again and didn't even text")
    assert all("marcus" not in t for t in texts), texts
    texts = _own_texts("You keep leaving the back door unlocked at night")
    assert all(not re.search(r"[a-z,:] You\b", t) for t in texts), texts
    # a common word that opens their sentence is no name
    texts = _own_texts("Everything at home has fallen on me since the baby came")
    assert any("everything at home has fallen on you" in t for t in texts), texts
    assert all(not re.search(r"[a-z,:] Everything\b", t) for t in texts), texts


def test_their_own_account_is_not_framed_as_their_view_of_me() -> None:
    for text in _own_texts("I keep lying awake going over the interview"):
        assert "It feels to you like you" not in text and "From where you're standing, you" not in text, text


def test_good_news_without_a_clause_is_not_how_things_have_been_lately() -> None:
    for text in _own_texts("So proud of you for the half marathon. I welled up at the end"):
        assert "how things have been lately" not in text, text


def test_fear_is_not_said_to_sting() -> None:
    for text in _own_texts("what if the results come back bad again"):
        assert "stings" not in text and "lands so hard" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        "suppose I'll just go and sit in the car then",
        "my mum says I must stop moaning about it",
        "she told me to just let it go and calm down",
    ],
)
def test_no_variant_reads_as_advice(message: str) -> None:
    for text in _own_texts(message):
        assert not re.search(
            r"\byou (?:should|must|need to|have to)\b|\bjust (?:go|let|tell)\b|\blet it go\b|\bcalm down\b",
            text,
            re.IGNORECASE,
        ), text


def test_right_now_is_time_not_a_verdict() -> None:
    texts = _own_texts("my manager keeps telling me I'm lucky to be busy right now. I feel stuck")
    assert any("lucky to be busy" in t for t in texts), texts
    for text in _own_texts("you know I was right about the car"):
        assert "right about" not in text, text


def test_state_feelings_take_their_own_preposition() -> None:
    """'Alone about how things have been' is not English; 'alone with' and 'humiliated by' are."""
    texts = [
        composer._assemble(
            t, names, "how things have been lately", False, "That makes sense.", "What is it like?"
        )
        for names in (["alone"], ["hurt", "alone"], ["humiliated"], ["worried"])
        for t in range(composer._FRAME_COUNT)
    ]
    assert not [t for t in texts if re.search(r"\b(?:alone|humiliated) about\b", t)]
    assert any("alone with how things" in t for t in texts)
    assert any("humiliated by how things" in t for t in texts)
    assert any("worried about how things" in t for t in texts)


def test_thanks_and_apologies_are_not_turned_on_the_listener() -> None:
    """'Thank you for the flowers' said back in the listener's voice becomes 'thank me'."""
    for message in ("thank you for coming to the scan with me", "sorry I snapped at you about the car"):
        for text in _own_texts(message):
            assert not re.search(r"\b(?:thank me|thanks for|sorry you snapped)\b", text, re.IGNORECASE), text


def test_praise_of_the_listener_is_not_said_back_as_self_praise() -> None:
    for text in _own_texts(
        "thank you for sitting with me at the hospital. I couldn't have got through it without you"
    ):
        assert "without me" not in text, text
    for text in _own_texts("You were brilliant with my nan today. Thank you."):
        assert "I was brilliant" not in text, text


def test_a_clause_with_nothing_in_it_is_not_said_back() -> None:
    """'I've been thinking' names no situation: 'because you've been thinking' explains nothing."""
    for text in _own_texts("I've been thinking. I'm scared we want different things from this move"):
        assert "you've been thinking" not in text, text


def test_looking_back_is_not_asked_what_lies_ahead() -> None:
    for message in ("thank you for sitting with me at the hospital", "phew, the biopsy came back clear"):
        for name in ("grateful", "relieved", "proud"):
            behind = Composer()._questions_for(GenerationRequest(message=message), [name])
            assert behind and not any("looking forward" in q for q in behind), (name, behind)
    ahead = Composer()._questions_for(
        GenerationRequest(message="we got the flat!! moving in next month"), ["excited"]
    )
    assert any("looking forward" in q for q in ahead)


@pytest.mark.parametrize(
    "message",
    [
        "you drove me to every chemo session and never once complained. thank you",
        "honestly couldn't have got through the move without you",
        "the neighbours took the bins out for us all week, I really appreciate it",
        "Thanks for coming to the hospital with me. You hardly said a word but you didn't need to.",
    ],
)
def test_thanks_without_a_feeling_word_is_not_read_as_a_complaint(message: str) -> None:
    assert feelings.likely(message)[0] == "grateful"


@pytest.mark.parametrize(
    "message",
    ["thank god, the vet says he'll be fine with the kids", "phew. the loan came through for the van"],
)
def test_relief_is_named_even_when_the_topic_sounds_heavy(message: str) -> None:
    assert feelings.likely(message)[0] == "relieved", feelings.likely(message)


@pytest.mark.parametrize(
    ("message", "good"),
    [
        ("nan's scan came back clear!!", True),
        ("got a distinction on the dissertation!", True),
        ("the twins both said dada today!!", True),
        ("stop talking over me!", False),
        ("it was your night to put them to bed!", False),
        ("the boiler's gone again!", False),
        ("don't touch my phone!", False),
    ],
)
def test_exclaimed_news_is_good_news_and_an_exclaimed_order_is_not(message: str, good: bool) -> None:
    assert (feelings.likely(message)[0] in feelings.POSITIVE) is good, feelings.likely(message)


@pytest.mark.parametrize(
    ("message", "proud"),
    [
        ("I finished the painting. first one I've ever actually finished.", True),
        ("finally got the garden done", True),
        ("I passed my theory test", True),
        ("we finally paid off the credit card", True),
        # tiredness, a death and a regret are not achievements
        ("I finished the report at 2am", False),
        ("nani passed last night", False),
        ("I finished the painting but I hate it", False),
        ("you finally did the washing up, after a week", False),
    ],
)
def test_something_achieved_told_plainly_is_pride(message: str, proud: bool) -> None:
    assert (feelings.likely(message)[0] == "proud") is proud, feelings.likely(message)


@pytest.mark.parametrize(
    "message",
    [
        "Jess said I was boring at the party.",
        "my boss told me my work was sloppy",
        "my sister thinks I'm a bad mum",
    ],
)
def test_someone_elses_verdict_on_the_speaker_is_a_hurt(message: str) -> None:
    assert feelings.likely(message)[0] == "hurt", feelings.likely(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my dad won't speak to me since I told him I'm gay", "rejected"),
        ("mum cut me off after the wedding", "rejected"),
        ("I hate my job so much I sit in the car park", "trapped"),
        ("the car broke down on the motorway with the kids in the back", "shaken"),
        ("someone rear-ended us at the lights", "shaken"),
    ],
)
def test_being_shut_out_and_dreading_work_are_read(message: str, expected: str) -> None:
    assert expected in feelings.detect(message), feelings.detect(message)


def test_a_thought_stuck_in_the_head_or_a_car_stuck_in_traffic_is_no_trap() -> None:
    assert "trapped" not in feelings.detect("It's stuck in my head.")
    assert "trapped" not in feelings.detect("My therapist said something today that really stuck with me")
    assert "trapped" not in feelings.detect("I was stuck in traffic for two hours")
    assert feelings.detect("I feel stuck in this job")[0] == "trapped"


def test_an_episode_named_by_a_feeling_word_is_said_back_whole() -> None:
    message = "I had a panic attack on the train this morning and had to get off two stops early"
    assert composer._own_clauses(message) == ["you had a panic attack on the train this morning"]


def test_a_long_sentence_is_said_back_up_to_its_second_clause_but_not_from_a_then() -> None:
    assert composer._own_clauses(
        "my best mate is moving to Melbourne and I'm trying to be happy for her"
    ) == ["your best mate is moving to Melbourne"]
    # "then I came home" needs what came before it; "and then" keeps the point that follows
    for clause in composer._own_clauses(
        "and then I came home and you'd left the washing up again and I know it's not about that really"
    ):
        assert not clause.lower().startswith("then"), clause


def test_apostrophes_of_two_contractions_are_not_a_quotation() -> None:
    assert composer._own_clauses("my dad won't speak to me since I told him I'm gay") == [
        "your dad won't speak to you since you told him you're gay"
    ]
    # a real quotation is still not said back
    assert composer._own_clauses("she said 'you're overreacting' and walked off") == []


@pytest.mark.parametrize(
    ("message", "clause"),
    [
        (
            "Abeg, your mother called me again to ask about grandchildren",
            "my mother called you again to ask about grandchildren",
        ),
        ("wah the MRT broke down again and I was late", "the MRT broke down again and you were late"),
        ("Yaar, I cleaned the whole house today", "you cleaned the whole house today"),
    ],
)
def test_interjections_of_other_englishes_are_not_said_back(message: str, clause: str) -> None:
    assert composer._own_clauses(message) == [clause]


def test_a_tag_question_and_what_they_are_not_saying_are_not_said_back() -> None:
    assert composer._own_clauses("you didn't even notice I'd had my hair cut did you") == []
    assert composer._own_clauses("I'm not saying you're a bad dad") == []


def test_what_happened_is_said_back_without_the_feeling_after_it() -> None:
    assert composer._own_clauses("my period is late and I'm freaking out") == ["your period is late"]


def test_a_lone_fear_is_not_called_pain() -> None:
    texts = [
        composer._assemble(t, ["anxious"], "we get the keys tomorrow", True, "", "", False, 2)
        for t in range(20)
    ]
    assert not any("pain" in t for t in texts), texts
    assert any("worry in this" in t for t in texts), texts


def test_what_a_feeling_is_about_can_be_a_wh_clause() -> None:
    assert composer._feeling_objects("I'm worried about how much you're drinking") == [
        "how much I'm drinking"
    ]
    # something real, not a fear of it: no "the thought of"
    assert composer._feeling_objects("I'm so confused about what you want from me") == [
        "what I want from you"
    ]


def test_a_thing_a_feeling_is_about_is_said_back_and_a_person_is_what_is_going_on_with_them() -> None:
    assert composer._feeling_objects("I'm nervous about the results tomorrow.") == ["the results tomorrow"]
    assert composer._feeling_objects("I'm so worried about my dad.") == ["what's going on with your dad"]
    # pride in someone is not "what's going on" with them
    assert composer._feeling_objects("I'm so proud of my son.") == []


@pytest.mark.parametrize(
    ("message", "about"),
    [
        ("I'm so angry at my dad for missing my graduation", "your dad missing your graduation"),
        ("I'm furious at you for lying to me", "me lying to you"),
        ("I'm worried about you driving home in this", "me driving home in this"),
    ],
)
def test_who_a_feeling_is_at_and_what_they_did_are_said_back(message: str, about: str) -> None:
    assert composer._feeling_objects(message) == [about]


def test_a_shrug_inside_a_clause_is_not_said_back() -> None:
    assert composer._own_clauses("work is fine I guess, just the same every day") == [
        "work is fine, just the same every day"
    ]


@pytest.mark.parametrize(
    ("message", "first"),
    [
        (
            "I saw the message from Jess on your phone. I'm not accusing you of anything, I just felt sick when I read it.",
            "shaken",
        ),
        ("I got really defensive earlier when you brought up the budget and I'm sorry.", "regretful"),
    ],
)
def test_the_body_s_alarm_and_an_own_apology_lead_the_reading(message: str, first: str) -> None:
    named = feelings.likely(message, 3)
    assert named[0] == first and "betrayed" not in named, named


def test_pride_is_of_something_not_about_it() -> None:
    texts = _own_texts("I'm really proud of how you handled your dad yesterday")
    assert any("proud of how I handled" in t for t in texts), texts
    assert not any("proud about" in t for t in texts), texts


def test_trying_for_a_baby_is_a_wait_not_a_change() -> None:
    question = "What's been the hardest part of this change for you?"
    assert not composer.question_fits(question, "We've been trying for a baby for eighteen months.", ["sad"])
    assert composer.question_fits(question, "The baby arrived and nothing is the same.", ["sad"])


def test_someone_close_drinking_too_much_is_worry() -> None:
    assert feelings.likely("I think my sister is drinking too much", 2)[0] == "worried"


def test_a_feared_clause_is_said_back_as_a_thought() -> None:
    assert composer._feeling_objects("I'm scared we're turning into my parents") == [
        "the thought that we're turning into your parents"
    ]
    assert composer._feeling_objects("I'm worried that you don't love me anymore") == [
        "the thought that I don't love you anymore"
    ]


def test_happiness_for_them_held_back_by_a_wish_is_torn() -> None:
    message = "I'm happy for you about the new job, I really am, I just wish it wasn't so far away"
    assert feelings.likely(message)[0] == "torn", feelings.likely(message)
    assert feelings.likely("I'm so happy for you!!") == ["happy"]


def test_a_clause_keeps_no_colon_when_said_back() -> None:
    clauses = composer._own_clauses("I've been carrying this for weeks: I think I want to change careers")
    assert clauses and not any(c.endswith((":", ";", ",")) for c in clauses), clauses


def test_thanks_for_help_is_not_something_earned() -> None:
    texts = _own_texts("thanks for picking up the kids today, it really helped")
    assert texts
    assert not any("earned" in t or "came together" in t for t in texts), texts


@pytest.mark.parametrize(
    ("message", "good"),
    [
        ("my manager took me aside and said I'm being considered for team lead", True),
        ("I got an interview at the hospital", True),
        ("I wasn't selected for the squad", False),
        # a question to the partner does not turn the offer into a complaint; a complaint still is one
        ("I've been offered a job in Dubai. Would you come with me?", True),
        ("you were offered the job and didn't tell me", False),
    ],
)
def test_being_picked_for_something_is_hope(message: str, good: bool) -> None:
    assert (feelings.likely(message)[0] in feelings.POSITIVE) is good, feelings.likely(message)


@pytest.mark.parametrize(
    "message",
    [
        "We got the all clear from the specialist today. I can finally breathe.",
        "her biopsy was benign",
        "the doctor said it's not broken",
    ],
)
def test_a_clear_result_is_relief_not_pride(message: str) -> None:
    assert feelings.likely(message)[0] == "relieved", feelings.likely(message)


def test_news_of_a_baby_on_the_way_is_not_asked_how_it_came_together() -> None:
    texts = _own_texts("Omg my sister is pregnant!! I'm going to be an auntie")
    assert texts
    assert not any("came together" in t or "earned" in t for t in texts), texts


def test_an_adverb_before_the_opening_verb_still_gets_its_you() -> None:
    assert composer._own_clauses("finally got the garden done") == ["you finally got the garden done"]


@pytest.mark.parametrize(
    ("message", "good"),
    [
        ("We had such a lovely day at the beach, I wish every weekend was like that.", True),
        ("had the best time with the girls tonight x", True),
        ("I loved our walk this morning.", True),
        # praise of how someone was is a happy moment too
        ("the twins were so sweet with grandad this afternoon, he was beaming", True),
        ("he was so sweet at first, now I hardly see him", False),
        ("you're so good at pretending nothing's wrong", False),
        # a good time lost, regretted, cut short or reported from someone else is not enjoyment
        ("we shouldn't have sold the old house. i loved that place", False),
        ("remember when we lived on pasta and thought it was the best time ever", False),
        ("It was such a lovely day until your mother turned up.", False),
        ("you said you loved the new job and now you're quitting", False),
    ],
)
def test_enjoyment_is_a_happy_memory_and_a_spoiled_one_is_not(message: str, good: bool) -> None:
    assert (feelings.likely(message)[0] in feelings.POSITIVE) is good, feelings.likely(message)


@pytest.mark.parametrize(
    ("message", "expected", "not_expected"),
    [
        (
            "I lied to my wife about how much I spent on the new bike and now I feel awful.",
            "guilty",
            "betrayed",
        ),
        ("i cheated on him last year and i cant live with it", "guilty", "betrayed"),
        ("I found out you've been lying to me for months", "betrayed", "guilty"),
        ("you cheated on me", "betrayed", "guilty"),
        ("I saw the texts. I'm not angry yet.", "betrayed", "guilty"),
    ],
)
def test_their_own_dishonesty_is_guilt_and_the_partners_is_betrayal(
    message: str, expected: str, not_expected: str
) -> None:
    found = feelings.likely(message)
    assert expected in found and not_expected not in found, found


@pytest.mark.parametrize(
    ("message", "expected", "not_expected"),
    [
        ("Someone broke into my car and took my laptop with my whole thesis on it.", "shaken", "sad"),
        ("my phone was nicked on the bus", "shaken", "sad"),
        ("i feel like you robbed me of the chance to say goodbye", "hurt", "shaken"),
        ("My coworker keeps taking credit for my ideas in meetings.", "unappreciated", "jealous"),
        ("you were texting your coworker until 1am", "jealous", "unappreciated"),
    ],
)
def test_theft_shakes_and_only_the_partners_colleague_reads_as_jealousy(
    message: str, expected: str, not_expected: str
) -> None:
    found = feelings.likely(message)
    assert expected in found and not_expected not in found, found


@pytest.mark.parametrize(
    "message",
    [
        "you're always on at me about money but you just bought a new phone",
        "my mum is constantly on my case about when we're having kids",
        "he keeps getting at me about how I load the dishwasher",
    ],
)
def test_being_picked_on_reads_as_judged_before_the_topic(message: str) -> None:
    assert feelings.likely(message)[0] == "judged", feelings.likely(message)


def test_a_happy_memory_is_not_reflected_as_a_complaint_or_a_prize() -> None:
    for text in _own_texts("We had such a lovely day at the beach, I wish every weekend was like that."):
        assert "again and again" not in text and "earned" not in text, text
        assert "came together" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        "my sister got engaged last night!! so happy for her",
        "so proud of you for finishing the course!",
        "Ade passed his driving test!!",
        "my best friend is pregnant!!",
        "proud of you babe, you smashed it",
        "my sister had her baby!! a girl, 3.2kg, both doing great",
    ],
)
def test_someone_elses_good_news_was_not_earned_by_the_speaker(message: str) -> None:
    texts = [c.reflection for c in Composer().variants(GenerationRequest(message=message), limit=500)]
    assert feelings.likely(message)[0] in feelings.POSITIVE
    for text in texts:
        assert "earned" not in text and "came together" not in text, text


def test_knowing_nobody_at_a_party_is_not_told_back_as_a_move_away() -> None:
    message = "I don't want to go to your work party, I never know anyone and I just stand there."
    texts = [c.reflection for c in Composer().variants(GenerationRequest(message=message), limit=200)]
    assert any("none of your own people" in t for t in texts), texts
    assert not any("far" in words(t) for t in texts), texts


def test_a_bare_pregnancy_announcement_is_neither_joy_nor_grief() -> None:
    # Told with no other word it may be the best news or the most frightening.
    assert feelings.likely("I'm pregnant.", 2) == ["overwhelmed", "uncertain"]
    assert feelings.likely("I'm pregnant!", 2)[0] in feelings.POSITIVE
    assert feelings.likely("I'm pregnant and I don't know what to do.", 2)[0] not in feelings.POSITIVE


def test_what_they_miss_is_asked_only_after_a_loss() -> None:
    sad_day = "Work is crushing me. I cried in the car park again."
    assert not composer.question_fits("What do you miss most?", sad_day, ["sad", "worn down"])
    assert composer.question_fits("What do you miss most?", "Our old dog died this morning.", ["sad"])


@pytest.mark.parametrize(
    "message",
    [
        "Are we okay? You've been quiet all week.",
        "Do you still want to be with me?",
        "Is everything alright with us? You seem far away.",
        "Did I upset you last night?",
        "I keep thinking you're going to leave.",
    ],
)
def test_asking_for_reassurance_is_worry_not_a_grievance(message: str) -> None:
    named = feelings.likely(message, 2)
    assert named[0] == "worried" and not {"hurt", "frustrated"} & set(named), named


def test_the_partners_going_to_is_not_the_speakers_choice() -> None:
    question = "How are you feeling about the choice you've made?"
    assert not composer.question_fits(question, "I keep thinking you're going to leave.", ["worried"])
    assert composer.question_fits(question, "I'm going to hand in my notice tomorrow.", ["worried"])


def test_the_load_is_asked_about_only_after_work_done() -> None:
    question = "Which part of the load weighs on you most?"
    names = ["unseen", "unappreciated"]
    assert not composer.question_fits(question, "You didn't even notice I'd had my hair cut.", names)
    assert composer.question_fits(question, "I cleaned the whole flat and you didn't even notice", names)


def test_the_speakers_own_good_news_can_be_earned() -> None:
    texts = [
        c.reflection for c in Composer().variants(GenerationRequest(message="I got the job!!"), limit=500)
    ]
    assert any("earned" in t for t in texts) and any("came together" in t for t in texts), texts


def test_a_message_that_starts_with_its_verb_is_said_back_in_lower_case() -> None:
    texts = _own_texts("Had the best time with the girls tonight x")
    assert any("you had the best time" in t for t in texts), texts
    assert not any("you Had" in t for t in texts), texts


def test_a_clause_whose_verb_hides_in_a_contraction_is_said_back() -> None:
    """ "Mum's not coming" has its verb inside "Mum's"; without it the reflection falls back to
    "how things have been lately"."""
    assert composer._own_clauses("Mum's not coming to the wedding.") == ["Mum's not coming to the wedding"]
    assert composer._own_clauses("Jake's finally moving out") == ["Jake's finally moving out"]
    # an irregular past tense is a verb too
    assert composer._own_clauses("I'm gutted. The house sale fell through.") == [
        "the house sale fell through"
    ]


def test_always_being_the_one_who_has_to_is_resentment() -> None:
    assert feelings.likely("Why is it always me who has to remember birthdays?")[0] == "resentful"


def test_a_long_clause_is_said_back_up_to_its_circumstances() -> None:
    """What was done is said back; 'after promising we'd look at places together on Saturday'
    would make the reflection too long to say."""
    message = "you signed the lease on the new flat without me after promising we'd look at places together"
    assert any("i signed the lease on the new flat without you" in t.lower() for t in _own_texts(message))
    for text in _own_texts(message):
        assert not re.search(r"\b(?:and|after)[.,]", text), text


def test_their_judgement_of_themselves_and_their_capitals_are_not_said_back() -> None:
    for text in _own_texts("my cooking is not so good and when your mum comments on it I feel stupid"):
        assert "cooking is not so good" not in text, text
    for text in _own_texts("you left the gate open AGAIN and the dog got out"):
        assert "AGAIN" not in text, text


@pytest.mark.parametrize(
    ("message", "unsaid"),
    [
        # a mocking tag, their verdict on their own act, a request, a fragment led by a preposition
        ("i was so harsh with your brother at dinner last night", "harsh with"),
        ("turn the telly down when i'm on the phone please", "turn the telly down"),
        ("love the flat but with the rent going up we can't stay", "with the rent"),
    ],
)
def test_mockery_self_verdicts_requests_and_fragments_are_not_said_back(message: str, unsaid: str) -> None:
    for text in _own_texts(message):
        assert unsaid not in text.lower(), text


def test_the_much_tag_is_mockery_not_an_account() -> None:
    assert composer._own_clauses("you asked her to the wedding. mixed messages much") == [
        "I asked her to the wedding"
    ]


def test_a_thought_that_keeps_coming_back_keeps_its_speaker() -> None:
    assert composer._own_clauses("keep thinking about the flat we lost. it was perfect")[0].startswith(
        "you keep"
    )


def test_a_wish_keeps_its_speaker_and_a_verb_particle_keeps_its_object() -> None:
    assert composer._own_clauses("wish i hadn't brushed you off at the party") == [
        "you wish you hadn't brushed me off at the party"
    ]


def test_a_clause_without_its_subject_or_with_a_regret_is_not_said_back() -> None:
    assert composer._own_clauses("makes me feel tiny when you sigh like that") == []
    assert composer._own_clauses("we shouldn't have moved out of the city") == []


@pytest.mark.parametrize("message", ["got the grant. walking on air", "she said yes. grinning like an idiot"])
def test_everyday_idioms_of_joy_name_it(message: str) -> None:
    assert feelings.likely(message)[0] == "happy", feelings.likely(message)


def test_doubts_keep_their_question_and_dropped_subjects_come_back() -> None:
    # "am i even a good dad" has lost its question mark, not its question
    assert composer._own_clauses("she always runs to you first. am i even a good mum") == []
    assert composer._own_clauses("keep checking his old messages like it'll change something") == [
        "you keep checking his old messages like it'll change something"
    ]
    assert composer._own_clauses("been trying to find a job here for a year") == [
        "you've been trying to find a job here for a year"
    ]


def test_a_reported_when_is_not_cut_off_as_a_circumstance() -> None:
    said = composer._own_clauses(
        "your mum asked when we're finally getting married in front of everyone at the table on sunday"
    )
    assert not [clause for clause in said if clause.endswith("mum asked")], said


@pytest.mark.parametrize(
    ("message", "said_back"),
    [
        ("I'm so nervous about starting at the new school on Monday", "starting at the new school on Monday"),
        ("honestly I'm sick of driving your brother everywhere", "driving my brother everywhere"),
        (
            "I'm fed up with doing every bath and bedtime while you watch telly",
            "doing every bath and bedtime",
        ),
    ],
)
def test_what_a_named_feeling_is_about_is_said_back(message: str, said_back: str) -> None:
    texts = _own_texts(message)
    assert any(said_back in t for t in texts), texts


def test_a_feeling_about_what_someone_did_keeps_them_as_its_subject_and_a_question_gives_nothing() -> None:
    assert composer._feeling_objects("I'm angry about you telling my sister") == ["me telling your sister"]
    assert composer._feeling_objects("am I wrong to be worried about moving?") == []


def test_news_still_to_come_did_not_come_together() -> None:
    texts = [
        c.reflection
        for c in Composer().variants(
            GenerationRequest(message="I'm excited about moving in together!"), limit=500
        )
    ]
    assert texts and all("came together" not in t for t in texts), texts
    assert any("looking forward" in t for t in texts), texts


def test_what_they_fear_is_said_back_as_a_thought_not_a_fact() -> None:
    assert composer._feeling_objects("I'm worried about being a burden on you") == [
        "the thought of being a burden on me"
    ]


def test_an_ing_phrase_is_joined_by_its_feelings_preposition() -> None:
    texts = [
        c.reflection
        for c in Composer().variants(
            GenerationRequest(message="I feel guilty for shouting at the kids this morning"), limit=500
        )
    ]
    assert any("shouting at the kids" in t for t in texts), texts
    assert not any("with shouting" in t or ", about shouting" in t for t in texts), texts


def _variants(message: str) -> list[str]:
    return [c.reflection for c in Composer().variants(GenerationRequest(message=message), limit=500)]


def test_what_follows_a_told_feeling_is_said_back() -> None:
    message = "I don't want to have sex right now, I'm just really tired and my head is full of work stuff."
    assert composer._own_clauses(message) == ["your head is full of work stuff"]
    assert composer._own_clauses("I'm exhausted and you just sat there on your phone all night") == [
        "I just sat there on my phone all night"
    ]


def test_a_picture_of_how_things_are_is_said_back_but_a_felt_one_is_not() -> None:
    assert composer._own_clauses("I feel so lonely in this marriage. We live like flatmates.") == [
        "we live like flatmates"
    ]
    assert composer._own_clauses("I feel like a maid in this house") == []


def test_a_clause_about_them_is_not_opened_with_for_you() -> None:
    texts = _variants("I just need a hug tonight. Today was a lot.")
    assert any("you just need a hug tonight" in t for t in texts), texts
    assert not any(re.search(r"\b[Ff]or you, you\b|from where you are, you\b", t) for t in texts), texts


def test_a_state_feeling_before_an_ing_phrase_takes_a_comma_not_with() -> None:
    texts = _variants("You always take the kids' side when I try to set a rule.")
    assert any("unsupported, having no backup" in t for t in texts), texts
    assert not any("with having" in t for t in texts), texts
    # "everything" ends in -ing but is not a gerund
    assert (
        composer._about_tail("alone", "everything the kids need from you")
        == " with everything the kids need from you"
    )


def test_taking_the_kids_side_is_no_backup_not_the_load_of_the_kids() -> None:
    assert feelings.likely("You always take the kids' side when I try to set a rule.", 3)[0] == "unsupported"
    assert "exhausted" in feelings.likely("bedtime with the kids is killing me", 3)


def test_weighing_a_decision_is_uncertainty_and_is_not_weighing_on_them_twice() -> None:
    message = "I keep thinking about whether we should move closer to my parents."
    assert feelings.likely(message, 2) == ["uncertain", "torn"]
    assert not any("weighing up is weighing" in t for t in _variants(message))


def test_a_day_that_was_a_lot_is_overwhelm_but_a_lot_of_traffic_is_not() -> None:
    assert feelings.likely("Today was a lot.", 1) == ["overwhelmed"]
    assert "overwhelmed" not in feelings.detect("there was a lot of traffic and I was late")


def test_tears_at_good_news_are_relief_not_sadness() -> None:
    found = feelings.likely("The biopsy came back and it's not cancer. I sat in the car and cried.", 3)
    assert "relieved" in found and "sad" not in found


@pytest.mark.parametrize(
    "message",
    [
        "Last night was lovely. I'd forgotten we could be like that x",
        "you remembered I can't stand onions and picked them all out 🥺 ur the best",
        "Finished the walk. Thought about you the whole way round, you'd have loved the view",
        "My mum hugged you at the station. A proper hug. After all these years.",
        "Thirty years on Sunday and I still get that flutter when your key's in the door",
    ],
)
def test_warmth_toward_the_partner_is_not_read_as_a_complaint(message: str) -> None:
    found = feelings.likely(message, 3)
    assert found[0] in feelings.POSITIVE and "hurt" not in found, found


@pytest.mark.parametrize(
    "message",
    ["you're the best... at forgetting things", "oh you remembered, how nice of you, only a week late"],
)
def test_mock_warmth_is_not_warmth(message: str) -> None:
    assert not set(feelings.likely(message, 3)) & feelings.POSITIVE


def test_the_good_part_after_a_but_is_what_it_came_to() -> None:
    message = "the power cut ruined dinner but honestly it was the best night we've had in ages"
    assert feelings.likely(message, 2) == ["happy", "content"]
    assert not any("ruined" in t for t in composer._own_clauses(message))


def test_a_feeling_told_as_what_scares_or_shook_them_is_named() -> None:
    assert feelings.likely("When you go quiet like this for days it scares me.", 1) == ["scared"]
    assert feelings.likely("Bit shook after the results. Can you come with me?", 1) == ["shaken"]
    assert "shaken" not in feelings.detect("he shook his head at me")


def test_liking_her_post_is_jealousy_and_a_broken_agreement_is_a_let_down() -> None:
    assert feelings.likely("u liked her post at 2am?? why were u even up", 1) == ["jealous"]
    assert feelings.likely("£200 on a jacket?? we said no big spends this month", 1) == ["disappointed"]


def test_before_the_kids_is_not_the_load_of_the_kids() -> None:
    assert "exhausted" not in feelings.detect("Sometimes I miss who we were before the kids.")


def test_what_you_were_telling_them_keeps_its_speaker() -> None:
    assert shift("I keep telling you it's getting better") == "You keep telling me it's getting better"


@pytest.mark.parametrize(
    ("message", "said_back"),
    [
        (
            "Your mam texted me 'hope he's minding you'. Tbh, love, I'm not sure you are lately.",
            "you're not sure",
        ),
        ("Sometimes I miss who we were before the kids.", "sometimes you miss who we were"),
        ("Your dad called me 'the girlfriend' again. We've been married six years.", "we've been married"),
    ],
)
def test_quotes_with_contractions_endearments_and_capitals_are_handled(message: str, said_back: str) -> None:
    clauses = composer._own_clauses(message)
    assert any(c.startswith(said_back) for c in clauses), clauses
    assert not any("'hope" in c or c.startswith("love") for c in clauses), clauses


@pytest.mark.parametrize(
    "message",
    [
        "I feel like the only time you hold my hand is when we're in front of your friends.",
        "Abeg, next time you want to lend your brother money, tell me first.",
    ],
)
def test_unfinished_clauses_and_instructions_are_not_said_back(message: str) -> None:
    clauses = composer._own_clauses(message)
    assert not any(re.search(r"\b(?:is|tell you first)$", c) or c.startswith("next time") for c in clauses), (
        clauses
    )


def test_regretting_what_they_did_is_guilt_and_hating_what_the_partner_did_is_not() -> None:
    assert feelings.likely("I keep replaying what I said. I hate that I made you cry.", 2) == [
        "regretful",
        "guilty",
    ]
    assert not {"regretful", "guilty"} & set(feelings.likely("I hate that you did that", 3))


def test_the_kids_are_a_load_only_when_they_make_demands() -> None:
    assert "exhausted" not in feelings.likely("Three drinks at lunch and then you drove to get the kids.", 3)
    assert "exhausted" in feelings.likely("both kids had the vomiting bug at 3am and you were away", 3)


def test_thanks_not_given_is_not_gratitude_and_a_heart_makes_exclaimed_news_good() -> None:
    assert "grateful" not in feelings.likely("Six hours on Christmas dinner and nobody said thank you.", 3)
    assert feelings.likely("Booked the flight!!! you better be at arrivals with a sign ❤️", 1) == ["happy"]


def test_a_you_after_before_or_since_can_start_a_clause() -> None:
    assert (
        shift("I asked you to text before you change the plan")
        == "You asked me to text before I change the plan"
    )
    assert shift("I got home before you") == "You got home before me"


@pytest.mark.parametrize(
    ("said", "shifted"),
    [
        ("The consultant talked to YOU the whole time", "The consultant talked to me the whole time"),
        ("I'd rather hear it than watch you pretend", "You'd rather hear it than watch me pretend"),
        ("Your ex messaged you happy birthday", "My ex messaged me happy birthday"),
    ],
)
def test_shouted_watched_and_messaged_you_is_an_object(said: str, shifted: str) -> None:
    assert shift(said) == shifted


def test_arrangements_and_its_like_are_not_said_back() -> None:
    assert composer._own_clauses("Another negative. I'm fine. I'll see you at six.") == []
    assert composer._own_clauses("it's like, you come home and go straight on the xbox")[0].startswith(
        "I come home"
    )


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("Passed. Actually passed. 😭", "proud"),
        ("Bought the house. OURS. Keys Monday.", "proud"),
        ("We're going to be grandparents 🥹", "happy"),
        ("Still can't believe you said yes 💍", "happy"),
        ("Second attempt, but cleared!!", "happy"),
        ("The interview went well I think??", "hopeful"),
        ("Ta for picking up the kids. Legend.", "grateful"),
        ("I booked us a weekend away for our anniversary :)", "happy"),
        ("got the keys to the new place :D", "happy"),
        ("I love how you always make me coffee before I wake up.", "happy"),
        ("i love the way you look at me when you think i'm not looking", "happy"),
        ("you looked really good tonight btw", "happy"),
        ("You always plan such good weekends.", "touched"),
        ("You give the best hugs.", "touched"),
        ("You always make me laugh when I'm low. I love that about you.", "touched"),
        ("I don't say it often but walking the dog with you is the best part of my week.", "touched"),
        ("The scan was this morning. We heard the heartbeat.", "relieved"),
        ("Scored a hat-trick at five-a-side. Forty years old and still got it.", "proud"),
        ("Walk on the cliffs with you today. Happiest I've felt in ages.", "happy"),
        ("Booked the cottage for October. No phones, just the two of us.", "excited"),
        ("Sam's drawing says 'my two dads'. I'm not crying, you're crying.", "touched"),
    ],
)
def test_good_news_told_without_an_exclamation_mark_is_good_news(message: str, first: str) -> None:
    assert feelings.likely(message, 2)[0] == first


@pytest.mark.parametrize(
    "message",
    [
        "it all went well until you opened your mouth",
        "nani passed. I am broken",
        "I can't believe you did that",
        "sure, I'll do it all myself :)",
        "you were late again :)",
        "I made a cake for my birthday and nobody came :)",
        "I love how you never listen.",
        "Love how you just assume I'll cook. Again.",
        "I love that you're not even sorry.",
        "you never look good anymore",
        "Those photos from your work do. You looked so happy. Haven't seen that face at home in a long time.",
        "you always make the best excuses",
        "You always make such good plans. Why can't you do that for my birthday?",
    ],
)
def test_what_only_looks_like_good_news_is_not(message: str) -> None:
    assert not set(feelings.likely(message, 2)) & feelings.POSITIVE


@pytest.mark.parametrize(
    ("message", "said_back"),
    [
        ("Landed safe. Miss you already x", "you miss me already"),
        ("Eish, the boss cut my hours.", "the boss cut your hours"),
        ("Sat in the car park for twenty minutes.", "you sat in the car park for twenty minutes"),
    ],
)
def test_dropped_subjects_and_interjections_from_other_englishes(message: str, said_back: str) -> None:
    assert said_back in composer._own_clauses(message)


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("My therapist thinks I should set boundaries with my dad.", "torn"),
        ("I told my sister about us and she said I deserve better.", "torn"),
        ("I think I want to go back to church.", "uncertain"),
        ("I've booked the counselling session for Thursday.", "vulnerable"),
        ("I got a parking ticket outside the hospital while I was visiting gran. £70.", "frustrated"),
        (
            "Work gave me a written warning today. I didn't even know I was doing anything wrong.",
            "frustrated",
        ),
    ],
)
def test_situations_with_a_reading_of_their_own_are_not_given_the_default_guess(
    message: str, first: str
) -> None:
    assert feelings.likely(message, 2)[0] == first


def test_praise_of_what_the_listener_makes_is_not_said_back_as_self_praise() -> None:
    assert composer._own_clauses("you cook the best roast dinners x") == []


@pytest.mark.parametrize(
    "message",
    [
        "I don't want to talk about it right now.",
        "can we not do this tonight, I'm wiped",
        "I've booked the counselling session for Thursday.",
    ],
)
def test_a_situation_that_calls_for_its_own_questions_is_asked_one_of_them(
    services: Services, message: str
) -> None:
    result = asyncio.run(pipeline.reflect(services, ReflectRequest(message=message)))
    called_for = {q for rule in feelings.implied(message) for q in rule.questions}
    assert called_for and any(q in result.reflection for q in called_for), result.reflection


def test_a_trailing_i_mean_is_not_said_back() -> None:
    assert composer._own_clauses("Can we talk later? Properly I mean.") == []


def test_a_good_feeling_turned_by_a_but_is_torn_and_one_that_ends_well_is_not() -> None:
    assert (
        feelings.likely("So proud of you for the new job. But Perth is so far away and I'll miss you.", 2)[0]
        == "torn"
    )
    assert "torn" not in feelings.likely("Passed my test!! Took me three goes but I did it", 3)


def test_being_spoken_to_like_that_is_disrespect_and_owning_a_broken_promise_is_regret() -> None:
    assert feelings.likely("You don't get to talk to me like that just because you had a bad day.", 1) == [
        "disrespected"
    ]
    assert feelings.likely("I know I said I'd be home by six and I wasn't. No excuse.", 1) == ["regretful"]


@pytest.mark.parametrize(
    ("message", "said_back"),
    [
        (
            "Didn't get the headteacher job. They went with an internal candidate.",
            "you didn't get the headteacher job",
        ),
        ("Rent went up again, 200 quid.", "rent went up again, 200 quid"),
    ],
)
def test_a_dropped_subject_before_a_negation_returns_and_everyday_nouns_lose_their_capital(
    message: str, said_back: str
) -> None:
    assert said_back in composer._own_clauses(message)


def test_an_instruction_someone_else_gave_is_not_said_back() -> None:
    assert not any(
        "google" in c for c in composer._own_clauses("She said not to worry. Dinnae google it, she said.")
    )


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("CLEARED THE OVERDRAFT. nothing owed. we are debt free 🥳", "happy"),
        ("The consultant used the word remission. Ring me back when you can", "relieved"),
        ("got a callback!! only for a chat with HR but still.", "happy"),
        ("still grinning about last night tbh", "happy"),
        ("SHE SWAM A WHOLE LENGTH!!! you should've seen her face", "happy"),
    ],
)
def test_good_news_told_in_capitals_with_a_burden_gone_or_a_concession_is_good_news(
    message: str, first: str
) -> None:
    assert feelings.likely(message, 2)[0] == first


@pytest.mark.parametrize(
    ("message", "said_back", "unsaid"),
    [
        ("SOLD MY FIRST PAINTING!!", "you sold your first painting", "sOLD"),
        (
            "Just so you know, the recycling has been out since Monday.",
            "the recycling has been out since Monday",
            "I know",
        ),
    ],
)
def test_capitals_and_a_just_so_you_know_are_not_said_back_as_typed(
    message: str, said_back: str, unsaid: str
) -> None:
    clauses = composer._own_clauses(message)
    assert said_back in clauses
    assert not any(unsaid in c for c in clauses)


@pytest.mark.parametrize(
    "message",
    [
        "Exam's at nine. Tell me I'm going to be fine.",
        "Half the rent came out twice. Make it make sense.",
    ],
)
def test_a_request_to_the_listener_is_not_said_back(message: str) -> None:
    assert not any(c.lower().startswith(("tell", "make")) for c in composer._own_clauses(message))


def test_an_emoji_mid_text_ends_the_clause_said_back() -> None:
    assert composer._own_clauses("three more days till you're home 🥰🏠 ticking them off") == [
        "three more days till I'm home"
    ]


@pytest.mark.parametrize(
    ("said", "shifted"),
    [
        ("that job is eating you alive", "that job is eating me alive"),
        ("it's driving you mad", "it's driving me mad"),
    ],
)
def test_you_after_a_verb_of_wearing_down_is_the_object(said: str, shifted: str) -> None:
    assert shift(said) == shifted


def test_a_scan_with_nothing_nasty_is_relief() -> None:
    assert feelings.likely("Scan says it's just a cyst. Nothing nasty. Sat in the car for ages.", 1) == [
        "relieved"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "you cleared the gutters without being asked. small thing, big love",
        "Watching you give that toast. Never been prouder to be yours.",
        "My poem's getting published! In an actual magazine.",
        "Ten years and we're still daft about each other.",
    ],
)
def test_love_and_pride_told_plainly_are_good_feelings(message: str) -> None:
    assert set(feelings.likely(message, 2)) <= feelings.POSITIVE


def test_pride_missing_is_still_a_complaint() -> None:
    assert not set(feelings.likely("you never say you're proud of me", 2)) & feelings.POSITIVE


@pytest.mark.parametrize("message", ["fine.", "k", "Okay.", "It's fine. Go."])
def test_a_curt_one_word_answer_is_a_door_closing(message: str) -> None:
    assert feelings.likely(message)[0] == "hurt", feelings.likely(message)


def test_fine_in_news_is_not_a_curt_answer() -> None:
    assert "let down" not in feelings.likely("the MOT went fine. new tyres though")


@pytest.mark.parametrize(
    "message",
    [
        "You always save me the crispy corner of the lasagne so I don't have to fight for it.",
        "Twenty-two years on Sunday and it's still only ever been you.",
        "The bedside lamp's always on when I get in from nights. Don't think I haven't noticed.",
        "you got me tulips for no reason on tuesday and i honestly nearly cried",
        "You left a card in my coat pocket and I welled up on the bus.",
        "You'd kept a plate warm for me. Nobody's done that since my gran.",
        "The cat was asleep on your chest and I didn't have the heart to move either of you.",
    ],
)
def test_care_noticed_and_love_declared_are_named_touched_and_grateful(message: str) -> None:
    """Love told in a complaint's words ("always", "still", "never had to ask") is not a complaint."""
    candidate = Composer().compose(GenerationRequest(message=message))
    text = candidate.reflection.lower()
    assert candidate.emotions[:2] == ["touched", "grateful"], candidate.emotions
    # Nothing was won, so nothing was earned, and the order to the listener is not said back.
    assert "touched and grateful" in text and "earned" not in text and "look at you" not in text, text
    assert "haven't noticed" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        "Thirty years today. happy anniversary i guess. you were snoring by ten",
        "I've never once had to ask you for anything. Because you never offer.",
        "Why is it always me who has to ask?",
        "You left me on read all afternoon and I nearly cried at my desk.",
        "You booked the whole trip out of the blue without asking me.",
        "Nobody's done the recycling since Tuesday.",
        "You got me a card but you forgot the present.",
    ],
)
def test_a_grievance_in_the_same_words_is_not_read_as_love(message: str) -> None:
    assert feelings.likely(message)[0] not in feelings.POSITIVE, feelings.likely(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I was so touched that you rang my mum on her birthday.", "touched"),
        ("You make me feel so loved, you know that?", "loved"),
        ("I don't feel loved anymore.", "unloved"),
        ("I haven't felt cared for in years.", "unloved"),
    ],
)
def test_touched_and_loved_are_feelings_only_as_states(message: str, expected: str) -> None:
    assert feelings.likely(message)[0] == expected, feelings.likely(message)


def test_being_touched_is_an_act_not_the_feeling() -> None:
    assert "touched" not in feelings.likely(
        "My stepdad touched me when I was twelve and I never told anyone."
    )
    assert "loved" not in feelings.likely("She loved that film, I hated it.")


def test_a_dropped_i_before_dont_is_restored_when_said_back() -> None:
    candidate = Composer().compose(
        GenerationRequest(message="Don't think I can do this anymore. Work is crushing me.")
    )
    assert "Don't" not in candidate.reflection and "don't think you can" in candidate.reflection.lower(), (
        candidate.reflection
    )


def test_a_view_with_its_i_dropped_is_said_back_with_you() -> None:
    candidate = Composer().compose(
        GenerationRequest(message="Honestly think you're the best dad on this street.")
    )
    assert re.search(r"\byou (?:honestly )?think I'm the best dad", candidate.reflection), (
        candidate.reflection
    )


def test_an_order_to_think_is_not_said_back() -> None:
    candidate = Composer().compose(
        GenerationRequest(message="Think twice before you lend your brother money again.")
    )
    assert "think twice" not in candidate.reflection.lower(), candidate.reflection


@pytest.mark.parametrize(
    "message",
    ["We lost the baby.", "we lost the baby last night", "We had to put Bramble down this morning."],
)
def test_a_loss_is_met_plainly_not_checked_or_made_light_of(message: str) -> None:
    assert feelings.detect(message)[0] == "heartbroken"
    text = Composer().compose(GenerationRequest(message=message)).reflection
    assert not re.match(r"(?:Sounds like|If I|Let me|The way I hear it)", text) or "loss" in text, text
    assert not re.search(r"\b(?:stings|lands so hard|For you, we)\b", text), text


@pytest.mark.parametrize(
    "message",
    [
        "I got the promotion! But it means moving to Manchester.",
        "Got the job!! the commute's going to be brutal though",
    ],
)
def test_good_news_with_a_price_is_felt_both_ways(message: str) -> None:
    assert feelings.detect(message)[0] == "torn", feelings.detect(message)


@pytest.mark.parametrize(
    ("message", "good"),
    [
        ("Lovely day out with you. Bit cold though.", True),
        ("Beautiful wedding. Long drive home though.", True),
        # an afterthought that blames or regrets is the turn it looks like
        ("Great party. Shame you left early though.", False),
        ("lovely evening. wish you'd stayed though", False),
    ],
)
def test_a_small_gripe_after_a_good_time_does_not_undo_it(message: str, good: bool) -> None:
    assert (feelings.likely(message)[0] in feelings.POSITIVE) == good, feelings.likely(message)


@pytest.mark.parametrize(
    ("message", "ashamed"),
    [
        ("Great night. Shame about the rain though", False),
        ("What a shame you couldn't come.", False),
        ("shame on you", False),
        ("I feel so much shame about what I said to your mum.", True),
        ("Got the job!! Shame you were too busy to pick up.", False),
        ("I feel such shame about it.", True),
    ],
)
def test_shame_as_pity_or_reproach_is_not_feeling_ashamed(message: str, ashamed: bool) -> None:
    assert ("ashamed" in feelings.detect(message)) == ashamed, feelings.detect(message)


def test_rows_the_children_witness_are_a_worry_not_tiredness() -> None:
    message = "I hate that we end up shouting in front of the boys."
    assert feelings.detect(message)[:2] == ["worried", "sad"], feelings.detect(message)
    assert "exhausted" not in feelings.detect("We had a massive row in front of the kids again")


def test_wanting_to_be_noticed_is_feeling_unseen() -> None:
    assert feelings.likely("honestly I just wanted you to notice I'd painted the hall")[0] == "unseen"


@pytest.mark.parametrize(
    "message",
    [
        "I've been offered the job in Bristol and I really want it, even though it means a two-hour commute.",
        "I got into Glasgow! but it means leaving you for six months",
    ],
)
def test_wanted_news_with_a_cost_named_after_it_is_both_ways(message: str) -> None:
    assert feelings.likely(message)[0] == "torn", feelings.likely(message)
    text = Composer().compose(GenerationRequest(message=message)).reflection
    assert not re.search(r"\bhurt\b", text), text


@pytest.mark.parametrize(
    "message",
    [
        "My counsellor says I should tell you about what happened at my old job. I'm not sure if I can.",
        "I've never told anyone this. Not even my sister.",
    ],
)
def test_working_up_to_a_hard_disclosure_is_fear_not_grievance(message: str) -> None:
    assert feelings.likely(message)[:2] == ["scared", "vulnerable"], feelings.likely(message)
    text = Composer().compose(GenerationRequest(message=message)).reflection
    assert not re.search(r"\b(?:frustrated|hurt)\b", text), text
