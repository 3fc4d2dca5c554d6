"""The chat page in a real headless Chromium against a real `coach serve` process.

Chromium is Debian's package (/usr/bin/chromium), never a Playwright browser download. Every
test gets a fresh browser context (empty localStorage) against one server and one temporary
data dir per module. Screenshots of the main states land in test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from loopback import free_port
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from coach.practice.scenarios import default_book

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
REPLY_TIMEOUT_MS = 60_000

DISHES = "dishes-every-night"
GARAGE = "garage-overwhelm"
LISTENING = (
    "It sounds like you're exhausted and feel alone with the kitchen every night. That makes sense. "
    "What's the hardest part when you walk in?"
)
DEFENSIVE = "I did them on Tuesday. And I work too, you know."
CONTEMPT = "Wow, must be so hard being the only adult here."
CRISIS = "he hit me again last night and I'm scared to go home"


def _scenario(scenario_id: str) -> Any:
    scenario = default_book().get(scenario_id)
    assert scenario is not None
    return scenario


# ---- the server -----------------------------------------------------------------------------------


@contextmanager
def _serving(data: Path, shared_data_dir: Path, **extra_env: str) -> Iterator[str]:
    """`coach serve` in a subprocess on a free loopback port, with `data` as its data dir."""
    # The conftest's session services already fitted the scorer; copying its cache saves the server
    # the same half-minute fit. The index and the database are the server's own.
    if (shared_data_dir / "models").is_dir():
        shutil.copytree(shared_data_dir / "models", data / "models")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
    env.update(
        COACH_DATA_DIR=str(data),
        COACH_RATE_LIMIT="0",
        COACH_LOG_LEVEL="WARNING",
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        **extra_env,
    )
    log_path = data / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from coach.cli.main import main; main()",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for_ready(base, proc, log_path)
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, services: Any, shared_data_dir: Path) -> Iterator[str]:
    with _serving(tmp_path_factory.mktemp("browser-data"), shared_data_dir) as base:
        yield base


def _wait_for_ready(base: str, proc: subprocess.Popen[bytes], log_path: Path, timeout: float = 240.0) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(
                    f"coach serve exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}"
                )
            try:
                if client.get(f"{base}/readyz").status_code == 200:
                    return
            except httpx.TransportError:
                pass  # not listening yet
            time.sleep(0.1)
    raise AssertionError(f"coach serve was not ready within {timeout}s:\n{log_path.read_text()[-4000:]}")


@pytest.fixture()
def api(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60.0) as client:
        yield client


# ---- the browser -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = "Chromium is missing: apt-get install -y chromium (never `playwright install`)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    pw: Playwright = sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        pw.stop()


def _context(browser: Browser, **options: Any) -> BrowserContext:
    context = browser.new_context(**{"viewport": {"width": 1100, "height": 900}, **options})
    context.set_default_timeout(15_000)
    return context


@pytest.fixture()
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = _context(browser, base_url=server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def open_page(page: Page, path: str = "/") -> None:
    page.goto(path)
    expect(page.locator("body")).to_have_attribute("data-ready", "true")


def start_scenario(page: Page, scenario_id: str) -> None:
    page.get_by_role("tab", name="Practise").click()
    page.get_by_label("Scenario").select_option(scenario_id)
    page.get_by_role("button", name="Start practising").click()
    expect(page.locator("#transcript .bubble.partner")).to_have_count(1)


def send_reply(page: Page, text: str) -> None:
    replies = page.locator("#transcript .bubble.you")
    before = replies.count()
    page.locator("#reply-text").fill(text)
    page.get_by_role("button", name="Send reply").click()
    expect(replies).to_have_count(before + 1, timeout=REPLY_TIMEOUT_MS)


def visible_reply(turn: Any) -> str:
    """The reply as a sighted reader sees it: without the screen-reader-only flag names."""
    text: str = turn.locator(".reply-words").evaluate(
        "el => [...el.childNodes].map(n => n.nodeType === 3 ? n.textContent : n.firstChild.textContent).join('')"
    )
    return text


_CONTRAST_AUDIT = """
() => {
  const parse = (c) => {
    const m = c && c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const failures = [];
  for (const el of document.querySelectorAll("body *")) {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest(".visually-hidden, [hidden], title, desc")) continue;
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const style = getComputedStyle(el);
    const fg = parse(el instanceof SVGElement ? style.fill : style.color);
    if (!fg) continue;
    const [hi, lo] = [lum(fg), lum(background(el))].sort((x, y) => y - x);
    const ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < 4.5) failures.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class")} "${el.textContent.trim().slice(0, 40)}": ${ratio.toFixed(2)}`);
  }
  return failures;
}
"""


def assert_contrast(page: Page) -> None:
    """Every visible piece of text meets WCAG AA (4.5:1) against the background it sits on."""
    failures = page.evaluate(_CONTRAST_AUDIT)
    assert not failures, "text below 4.5:1 contrast:\n" + "\n".join(failures)


def element_state(page: Page, turn: int, element: str) -> Any:
    return page.locator(f'#transcript .bubble.you[data-turn="{turn}"] .element[data-element="{element}"]')


# ---- tests ----------------------------------------------------------------------------------------


def test_a_full_practice_session_of_three_turns(page: Page) -> None:
    scenario = _scenario(DISHES)
    open_page(page)
    start_scenario(page, DISHES)
    expect(page.locator("#session-title")).to_have_text(scenario.title)
    expect(page.locator("#transcript .bubble.partner").first).to_contain_text(scenario.opening)
    expect(page.locator("#reply-label")).to_have_text(f"Your reply to {scenario.partner}")

    # Turn 1 listens: every element passes and nothing in the reply is marked.
    send_reply(page, LISTENING)
    turn1 = page.locator('#transcript .bubble.you[data-turn="1"]')
    expect(turn1.locator(".reply-words")).to_have_text(LISTENING)
    assert visible_reply(turn1) == LISTENING
    expect(turn1.locator("mark")).to_have_count(0)
    for element in (
        "room_for_feelings",
        "no_judgment",
        "honors_path",
        "curious_understanding",
        "full_empathy",
    ):
        expect(element_state(page, 1, element)).to_have_attribute("data-state", "pass")
        expect(element_state(page, 1, element).locator(".verdict")).to_have_text("Pass")
        expect(element_state(page, 1, element).locator(".rationale")).not_to_be_empty()
    expect(turn1.locator(".suggestion-text")).not_to_be_empty()
    latest_partner = page.locator("#transcript .bubble.partner.latest .partner-words")
    expect(latest_partner).to_have_text(scenario.followups.listened[0])

    # Turn 2 defends: the excuse is marked inside the reply and the partner pushes back.
    send_reply(page, DEFENSIVE)
    turn2 = page.locator('#transcript .bubble.you[data-turn="2"]')
    expect(element_state(page, 2, "room_for_feelings")).to_have_attribute("data-state", "fail")
    expect(element_state(page, 2, "room_for_feelings").locator(".verdict")).to_have_text("Fail")
    defended = turn2.locator('.reply-words mark.flagged[data-flag~="defensiveness"]')
    expect(defended.first).to_be_visible()
    expect(defended.first).to_contain_text(re.compile(r"I (did|work)", re.IGNORECASE))
    assert visible_reply(turn2) == DEFENSIVE
    expect(turn2.locator(".flags")).to_contain_text("Defensiveness")
    expect(latest_partner).to_have_text(scenario.followups.defensive[1])
    # Only the newest feedback is open; earlier turns fold away but stay in the transcript.
    expect(page.locator('#transcript .feedback[data-turn="1"]')).not_to_have_attribute("open", "")

    # Turn 3 is contemptuous: the sarcasm is marked, and the feedback points at those words.
    send_reply(page, CONTEMPT)
    turn3 = page.locator('#transcript .bubble.you[data-turn="3"]')
    sneer = turn3.locator('.reply-words mark.flagged[data-flag~="contempt"]')
    expect(sneer.first).to_be_visible()
    marked = " ".join(sneer.all_inner_texts())
    assert re.search(r"wow|so hard being|only adult", marked, re.IGNORECASE), marked
    # The marks sit inside the person's own words, which read exactly as written around them.
    assert visible_reply(turn3) == CONTEMPT
    for element in ("room_for_feelings", "full_empathy"):
        expect(element_state(page, 3, element)).to_have_attribute("data-state", "fail")
    expect(turn3.locator(".flags")).to_contain_text("Contempt")
    expect(turn3.locator(".suggestion-text")).not_to_be_empty()
    expect(latest_partner).to_have_text(scenario.followups.defensive[2])
    expect(page.locator("#practise-status")).to_contain_text("Feedback ready")
    shot(page, "practise-three-turns")
    assert_contrast(page)

    # Try again answers the same line; the partner's reaction follows the better reply.
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("#retry-note")).to_contain_text(scenario.followups.defensive[1])
    send_reply(page, LISTENING)
    expect(page.locator("#transcript .bubble.partner .tag")).to_have_text(["trying again"])
    expect(latest_partner).to_have_text(scenario.followups.listened[2])


def test_reload_keeps_the_session_and_progress(page: Page, api: httpx.Client) -> None:
    scenario = _scenario(GARAGE)
    open_page(page)
    start_scenario(page, GARAGE)
    send_reply(
        page,
        "That sounds overwhelming, sitting there not knowing where to start. What was going through your mind?",
    )
    send_reply(page, "Whatever. I'm not doing this.")
    session_id = page.evaluate("() => localStorage.getItem('coach.session')")
    assert isinstance(session_id, str) and session_id

    page.reload()
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    # The page comes back where it was: on Practise, with the whole transcript and its feedback.
    expect(page.get_by_role("tab", name="Practise")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#session-title")).to_have_text(scenario.title)
    expect(page.locator("#transcript .bubble.you")).to_have_count(2)
    expect(page.locator('#transcript .bubble.you[data-turn="2"] .reply-words')).to_contain_text("Whatever")
    expect(
        page.locator('#transcript .bubble.you[data-turn="2"] mark.flagged[data-flag~="stonewalling"]').first
    ).to_be_visible()
    expect(page.locator("#transcript .bubble.partner.latest .partner-words")).to_have_text(
        scenario.followups.withdrawn[1]
    )
    shot(page, "practise-after-reload")

    page.get_by_role("tab", name="Progress").click()
    expected = api.get("/v1/progress").json()
    expect(page.locator("#stat-sessions")).to_have_text(str(expected["session_count"]))
    expect(page.locator("#trend-chart")).to_be_visible()
    expect(page.locator(".data-table tbody tr").last).to_contain_text(scenario.title)

    # The practice itself is on the server: a new browser profile finds it through the API.
    assert len(api.get(f"/v1/sessions/{session_id}").json()["turns"]) == 2


def test_a_reflect_request_shows_the_reflect_back_feelings_and_guidance(
    page: Page, api: httpx.Client
) -> None:
    message = (
        "You never help with the dishes. I come home exhausted and the kitchen is a mess every single night."
    )
    open_page(page)
    page.get_by_label("What your partner said").fill(message)
    page.get_by_label("Context (optional)").fill("We both work full time.")
    page.get_by_role("button", name="Reflect back").click()
    expected = api.post("/v1/reflect", json={"message": message, "context": "We both work full time."}).json()

    expect(page.locator("#reflection-text")).to_have_text(expected["reflection"])
    expect(page.locator("#reflect-status")).to_have_text(f"Reflect-back ready: {expected['reflection']}")
    chips = page.locator("#emotion-chips .chip")
    expect(chips).to_have_text(expected["emotions"])
    cards = page.locator(".guidance-card")
    expect(cards).to_have_count(len(expected["guidance"]))
    assert expected["guidance"], "the corpus should offer guidance for a chores complaint"
    expect(cards.first.locator("h3")).to_have_text(expected["guidance"][0]["title"])
    expect(cards.first.locator(".source")).to_contain_text(expected["guidance"][0]["source"])
    expect(page.locator(".evaluation-summary summary")).to_contain_text("of 5 listening elements")
    expect(page.locator("#reflect-safety")).to_have_count(0)
    shot(page, "reflect")
    assert_contrast(page)


def test_the_progress_view_draws_a_trend_chart_and_flag_rates(page: Page, api: httpx.Client) -> None:
    for text in (LISTENING, CONTEMPT):
        session = api.post("/v1/sessions", json={"scenario_id": DISHES}).json()
        assert api.post(f"/v1/sessions/{session['id']}/replies", json={"reply": text}).status_code == 200
    progress = api.get("/v1/progress").json()
    n = progress["session_count"]
    assert n >= 2

    open_page(page)
    page.get_by_role("tab", name="Progress").click()
    chart = page.locator("#trend-chart")
    expect(chart).to_be_visible()
    expect(chart).to_have_attribute("role", "img")
    expect(page.locator("#trend-chart title").first).to_have_text(
        "Listening elements over your practice sessions"
    )
    expect(chart.locator("g.series")).to_have_count(5)
    for element in (
        "room_for_feelings",
        "no_judgment",
        "honors_path",
        "curious_understanding",
        "full_empathy",
    ):
        series = chart.locator(f'g.series[data-element="{element}"]')
        expect(series.locator("polyline")).to_have_count(1)
        # One marker per session: a point for every session, oldest first.
        expect(series.locator("circle, rect, polygon, path")).to_have_count(n)
    expect(page.locator(".legend li")).to_have_count(5)
    expect(page.locator("#stat-sessions")).to_have_text(str(n))
    expect(page.locator("#stat-replies")).to_have_text(str(progress["totals"]["turns"]))
    contempt = round(progress["totals"]["flags"]["contempt"] * 100)
    expect(page.locator("#flag-rates li").first).to_contain_text(f"Contempt{contempt}%")
    expect(page.locator(".data-table tbody tr")).to_have_count(n)
    shot(page, "progress")
    assert_contrast(page)


def test_a_crisis_message_shows_the_safety_response_instead_of_an_exercise(
    page: Page, api: httpx.Client
) -> None:
    expected = api.post("/v1/reflect", json={"message": CRISIS}).json()
    assert expected["safety"]["level"] == "crisis"
    open_page(page)
    page.get_by_label("What your partner said").fill(CRISIS)
    page.get_by_role("button", name="Reflect back").click()
    alert = page.locator("#reflect-safety")
    expect(alert).to_be_visible()
    expect(alert).to_have_attribute("role", "alert")
    expect(alert.locator(".safety-message")).to_have_text(expected["safety"]["message"])
    resources = alert.locator(".resources li")
    expect(resources).to_have_count(len(expected["safety"]["resources"]))
    first = expected["safety"]["resources"][0]
    expect(resources.first).to_contain_text(first["name"])
    expect(resources.first).to_contain_text(first["contact"])
    # No validate-and-explore exercise next to it.
    expect(page.locator("#reflection-text")).to_have_count(0)
    expect(page.locator(".guidance-card")).to_have_count(0)
    shot(page, "reflect-crisis")
    assert_contrast(page)

    # The same words written as a practice reply bring the safety response up in Practise too.
    start_scenario(page, DISHES)
    send_reply(page, CRISIS)
    practise_alert = page.locator("#practise-safety")
    expect(practise_alert).to_be_visible()
    expect(practise_alert).to_have_attribute("role", "alert")
    expect(practise_alert.locator(".resources li").first).to_be_visible()
    # The role-play pauses: no score, no reaction from the partner, no "try again".
    crisis_turn = page.locator('#transcript .bubble.you[data-turn="1"]')
    expect(crisis_turn.locator(".paused-note")).to_be_visible()
    expect(crisis_turn.locator(".feedback")).to_have_count(0)
    expect(page.locator("#transcript .bubble.partner")).to_have_count(1)
    expect(page.locator("#try-again")).to_be_hidden()
    expect(page.locator("#practise-status")).to_have_text(
        "Practice paused. Support is shown at the top of the page."
    )
    shot(page, "practise-crisis")
    # Carrying on shows the line again and the conversation picks up from it.
    send_reply(page, LISTENING)
    expect(page.locator("#transcript .bubble.partner")).to_have_count(3)
    expect(page.locator("#transcript .bubble.partner.latest .partner-words")).to_have_text(
        _scenario(DISHES).followups.listened[0]
    )


def test_keyboard_only_reflect_request_and_tabs(page: Page) -> None:
    open_page(page)
    focused = page.locator(":focus")
    # Tab order: skip link, the selected tab, then straight into the form.
    page.keyboard.press("Tab")
    expect(focused).to_have_text("Skip to content")
    page.keyboard.press("Tab")
    expect(focused).to_have_attribute("id", "tab-reflect")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "the focused tab must show a focus ring"
    page.keyboard.press("Tab")
    expect(focused).to_have_attribute("id", "reflect-message")
    page.keyboard.type("I feel like you never listen when I talk about my day.")
    page.keyboard.press("Tab")
    expect(focused).to_have_attribute("id", "reflect-context")
    page.keyboard.press("Tab")
    expect(focused).to_have_attribute("id", "reflect-submit")
    shot(page, "keyboard-focus")
    page.keyboard.press("Enter")
    expect(page.locator("#reflection-text")).not_to_be_empty(timeout=REPLY_TIMEOUT_MS)

    # Ctrl+Enter sends from inside the textarea; plain Enter only adds a line.
    page.locator("#reflect-message").focus()
    page.keyboard.press("Control+a")
    page.keyboard.type("My sister cancelled on me again.")
    page.keyboard.press("Enter")
    expect(page.locator("#reflect-message")).to_have_value("My sister cancelled on me again.\n")
    first_reflection = page.locator("#reflection-text").inner_text()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#reflection-text")).not_to_have_text(first_reflection, timeout=REPLY_TIMEOUT_MS)

    # Tabs move with the arrow keys, and focus follows the selection.
    page.locator("#tab-reflect").focus()
    page.keyboard.press("ArrowRight")
    expect(focused).to_have_attribute("id", "tab-practise")
    expect(page.locator("#panel-practise")).to_be_visible()
    expect(page.locator("#panel-reflect")).to_be_hidden()
    page.keyboard.press("End")
    expect(focused).to_have_attribute("id", "tab-progress")
    page.keyboard.press("ArrowRight")
    expect(focused).to_have_attribute("id", "tab-reflect")

    # A whole practice turn without the mouse.
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    expect(focused).to_have_attribute("id", "scenario-select")
    page.keyboard.press("Tab")
    expect(focused).to_have_attribute("id", "scenario-start")
    page.keyboard.press("Enter")
    expect(focused).to_have_attribute("id", "reply-text")
    page.keyboard.type("That sounds really hard. What has it been like for you?")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#transcript .bubble.you")).to_have_count(1, timeout=REPLY_TIMEOUT_MS)
    expect(focused).to_have_attribute("id", "reply-text")


def _no_horizontal_scroll(page: Page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways: {width}px wide"


def test_a_390px_phone_screen(browser: Browser, server: str) -> None:
    context = _context(
        browser, base_url=server, viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    try:
        open_page(page)
        _no_horizontal_scroll(page)
        page.get_by_label("What your partner said").fill(
            "I'm so tired of always being the one who plans everything."
        )
        page.get_by_role("button", name="Reflect back").click()
        expect(page.locator("#reflection-text")).not_to_be_empty(timeout=REPLY_TIMEOUT_MS)
        _no_horizontal_scroll(page)
        shot(page, "phone-reflect")

        start_scenario(page, DISHES)
        send_reply(page, CONTEMPT)
        _no_horizontal_scroll(page)
        for control in ("#reply-text", "#reply-submit", "#try-again", "#new-scenario"):
            box = page.locator(control).bounding_box()
            assert box is not None, control
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, f"{control} is off screen: {box}"
            assert box["height"] >= 24, f"{control} is too small to tap: {box}"
        shot(page, "phone-practise")

        page.get_by_role("tab", name="Progress").click()
        expect(page.locator("#trend-chart")).to_be_visible()
        _no_horizontal_scroll(page)
        chart = page.locator("#trend-chart").bounding_box()
        assert chart is not None and chart["width"] <= 390
        shot(page, "phone-progress")
    finally:
        context.close()


def test_an_unreachable_server_or_an_error_shows_a_clear_message(page: Page) -> None:
    open_page(page)
    page.route("**/v1/**", lambda route: route.abort("connectionrefused"))
    page.get_by_label("What your partner said").fill("You forgot my birthday.")
    page.get_by_role("button", name="Reflect back").click()
    error = page.locator("#reflect-error")
    expect(error).to_be_visible()
    expect(error).to_have_attribute("role", "alert")
    expect(error).to_contain_text("can't be reached")
    expect(page.get_by_role("button", name="Reflect back")).to_be_enabled()
    shot(page, "server-unreachable")
    assert_contrast(page)

    # An error from the server shows its own SPEC error message.
    page.unroute("**/v1/**")
    page.route(
        "**/v1/reflect",
        lambda route: route.fulfill(
            status=503,
            content_type="application/json",
            body='{"error": {"code": "not_ready", "message": "The coach is still starting; try again shortly.", "details": null}}',
        ),
    )
    page.get_by_role("button", name="Reflect back").click()
    expect(error).to_have_text("The coach is still starting; try again shortly.")
    page.unroute("**/v1/reflect")
    page.get_by_role("button", name="Reflect back").click()
    expect(page.locator("#reflection-text")).not_to_be_empty(timeout=REPLY_TIMEOUT_MS)
    expect(error).to_be_hidden()


def test_user_text_is_shown_as_text_never_as_markup(page: Page) -> None:
    open_page(page)
    start_scenario(page, DISHES)
    hostile = 'Whatever. <img src=x onerror="document.body.dataset.owned=1"><b>bold</b>'
    send_reply(page, hostile)
    words = page.locator('#transcript .bubble.you[data-turn="1"] .reply-words')
    expect(words).to_contain_text('<img src=x onerror="document.body.dataset.owned=1"><b>bold</b>')
    expect(words.locator("img, b")).to_have_count(0)
    expect(page.locator("body")).not_to_have_attribute("data-owned", "1")


def test_a_server_with_api_keys_asks_for_one_and_then_works(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory, services: Any, shared_data_dir: Path
) -> None:
    key = "page-key-4f1c"
    with _serving(tmp_path_factory.mktemp("keyed-data"), shared_data_dir, COACH_API_KEYS=key) as base:
        context = _context(browser, base_url=base)
        try:
            page = context.new_page()
            open_page(page)
            # Loading the scenarios met a 401, so the page asks for a key instead of failing silently.
            key_form = page.locator("#key-form")
            expect(key_form).to_be_visible()
            expect(page.get_by_label("API key", exact=True)).to_be_focused()
            shot(page, "api-key-needed")
            assert_contrast(page)

            page.get_by_label("API key", exact=True).fill("not-the-key")
            page.get_by_role("button", name="Use this key").click()
            expect(key_form).to_be_visible()
            expect(page.locator("#key-error")).to_contain_text("not accepted")

            page.get_by_label("API key", exact=True).fill(key)
            page.get_by_role("button", name="Use this key").click()
            expect(key_form).to_be_hidden()
            expect(page.locator("#scenario-select option")).not_to_have_count(0)

            page.get_by_label("What your partner said").fill("You forgot my birthday again.")
            page.get_by_role("button", name="Reflect back").click()
            expect(page.locator("#reflection-text")).not_to_be_empty(timeout=REPLY_TIMEOUT_MS)
            expect(page.locator("#reflect-error")).to_be_hidden()
            # The key lives in the tab's sessionStorage, never in localStorage.
            assert page.evaluate("sessionStorage.getItem('coach.apiKey')") == key
            assert page.evaluate("JSON.stringify(localStorage)").find(key) == -1
        finally:
            context.close()
