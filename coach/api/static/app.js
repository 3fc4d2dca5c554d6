// The chat page: Reflect, Practise and Progress, talking to the coach's JSON API.
// User text only ever reaches the page as text nodes (never innerHTML), so nothing a person or a
// model writes can become markup.

const SESSION_KEY = "coach.session";
const TAB_KEY = "coach.tab";
// sessionStorage, not localStorage: a key someone types should not outlive the tab.
const API_KEY = "coach.apiKey";

const ELEMENTS = [
  ["room_for_feelings", "Room for feelings"],
  ["no_judgment", "No judgment"],
  ["honors_path", "Honours their path"],
  ["curious_understanding", "Curious to understand"],
  ["full_empathy", "Full empathy"],
];
const FLAGS = [
  ["contempt", "Contempt"],
  ["defensiveness", "Defensiveness"],
  ["criticism", "Criticism"],
  ["stonewalling", "Stonewalling"],
];
const ELEMENT_TITLE = Object.fromEntries(ELEMENTS);
const FLAG_TITLE = Object.fromEntries(FLAGS);
// Colour is never the only cue: every series also has its own marker and dash pattern.
const SERIES_STYLE = {
  room_for_feelings: { colour: "#0f5e63", marker: "circle", dash: "" },
  no_judgment: { colour: "#8a3b12", marker: "square", dash: "6 4" },
  honors_path: { colour: "#5b3f8c", marker: "triangle", dash: "2 3" },
  curious_understanding: { colour: "#1d5fa8", marker: "diamond", dash: "10 3 2 3" },
  full_empathy: { colour: "#7a5b00", marker: "cross", dash: "1 0" },
};

const UNREACHABLE =
  "The coach server can't be reached. Check that it is still running (coach serve), then try again.";

// ---- small DOM helpers ------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const pct = (x) => `${Math.round(x * 100)}%`;

function showError(box, message) {
  box.replaceChildren(el("p", {}, message));
  box.hidden = false;
}
function clearError(box) {
  box.hidden = true;
  box.replaceChildren();
}

// ---- API ----------------------------------------------------------------------------------

class ApiFailure extends Error {
  constructor(message, status = 0, code = "unreachable") {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const NEEDS_KEY = "This coach needs an API key. Enter it in the box at the top of the page, then try again.";

function storedKey() {
  try {
    return sessionStorage.getItem(API_KEY) || "";
  } catch {
    return "";
  }
}

function requestHeaders(hasBody) {
  const headers = { Accept: "application/json" };
  if (hasBody) headers["Content-Type"] = "application/json";
  const key = storedKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

async function api(path, { method = "GET", body } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(UNREACHABLE);
  }
  if (response.status === 401) {
    askForKey(storedKey() ? "That key was not accepted. Check it and enter it again." : null);
    throw new ApiFailure(NEEDS_KEY, 401, "unauthorized");
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    // The API's one error shape: {"error": {"code", "message", "details"}}.
    const error = data && data.error;
    const message = error && error.message ? error.message : `The coach answered with an error (HTTP ${response.status}).`;
    throw new ApiFailure(message, response.status, (error && error.code) || "http_error");
  }
  if (data === null) throw new ApiFailure("The coach sent an answer this page could not read.", response.status, "bad_response");
  return data;
}

// Buttons say what is happening while a request is out, and cannot be pressed twice.
async function busy(button, label, work) {
  const original = button.textContent;
  button.disabled = true;
  button.textContent = label;
  button.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = original;
    button.removeAttribute("aria-busy");
  }
}

// Ctrl+Enter / Cmd+Enter sends the form a textarea belongs to; plain Enter keeps making new lines.
function submitOnCtrlEnter(textarea) {
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      textarea.form.requestSubmit();
    }
  });
}

// ---- tabs ---------------------------------------------------------------------------------

const tabs = () => [...document.querySelectorAll('[role="tab"]')];
const tabHandlers = {};

function selectTab(tab, { focus = false } = {}) {
  for (const other of tabs()) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) tab.focus();
  try {
    localStorage.setItem(TAB_KEY, tab.id);
  } catch {
    /* storage can be disabled; the page still works without remembering the tab */
  }
  const handler = tabHandlers[tab.id];
  if (handler) handler();
}

function initTabs() {
  const list = tabs();
  for (const tab of list) {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (event) => {
      const index = list.indexOf(tab);
      let next = null;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") next = list[(index + 1) % list.length];
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = list[(index - 1 + list.length) % list.length];
      else if (event.key === "Home") next = list[0];
      else if (event.key === "End") next = list[list.length - 1];
      if (next) {
        event.preventDefault();
        selectTab(next, { focus: true });
      }
    });
  }
}

// ---- shared renderers ---------------------------------------------------------------------

function renderSafety(container, safety) {
  const resources = el(
    "ul",
    { class: "resources" },
    (safety.resources || []).map((r) => el("li", {}, el("strong", {}, r.name), ": ", r.contact)),
  );
  container.replaceChildren(
    el("h2", { class: "safety-title" }, "This sounds serious, and you deserve support"),
    el("p", { class: "safety-message" }, safety.message || "Please reach out for help now."),
    resources.childElementCount ? el("p", {}, "You can reach someone here:") : null,
    resources.childElementCount ? resources : null,
  );
  container.hidden = false;
}

function elementList(evaluation) {
  return el(
    "ul",
    { class: "elements" },
    ELEMENTS.map(([id, title]) => {
      const result = evaluation.criteria[id];
      if (!result) return null;
      const state = result.passed ? "pass" : "fail";
      return el(
        "li",
        { class: `element ${state}`, "data-element": id, "data-state": state },
        el("span", { class: "badge", "aria-hidden": "true" }, result.passed ? "✓" : "✗"),
        el(
          "div",
          {},
          el("p", { class: "element-title" }, el("strong", {}, title), " ", el("span", { class: "verdict" }, result.passed ? "Pass" : "Fail")),
          el("p", { class: "rationale" }, result.rationale),
        ),
      );
    }),
  );
}

function raisedFlags(evaluation) {
  return FLAGS.filter(([id]) => evaluation.flags[id] && evaluation.flags[id].flagged);
}

// Marks every flagged phrase inside the reply. Evidence quotes spans of the reply; a span that
// cannot be found (the scorer normalised it) is simply not marked.
function highlightedReply(reply, evaluation) {
  const ranges = [];
  const lower = reply.toLowerCase();
  for (const [flag] of FLAGS) {
    const result = evaluation.flags[flag];
    if (!result || !result.flagged) continue;
    for (const span of result.evidence || []) {
      const needle = span.trim().toLowerCase();
      if (!needle) continue;
      let from = 0;
      for (;;) {
        const at = lower.indexOf(needle, from);
        if (at < 0) break;
        ranges.push({ start: at, end: at + needle.length, flag });
        from = at + needle.length;
      }
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      if (!last.flags.includes(range.flag)) last.flags.push(range.flag);
    } else {
      merged.push({ start: range.start, end: range.end, flags: [range.flag] });
    }
  }
  const nodes = [];
  let cursor = 0;
  for (const range of merged) {
    if (range.start > cursor) nodes.push(document.createTextNode(reply.slice(cursor, range.start)));
    const names = range.flags.map((f) => FLAG_TITLE[f]).join(", ");
    nodes.push(
      el(
        "mark",
        { class: "flagged", "data-flag": range.flags.join(" "), title: names },
        reply.slice(range.start, range.end),
        el("span", { class: "visually-hidden" }, ` (${names})`),
      ),
    );
    cursor = range.end;
  }
  if (cursor < reply.length) nodes.push(document.createTextNode(reply.slice(cursor)));
  return nodes;
}

// ---- Reflect ------------------------------------------------------------------------------

// Cards are a few hundred words; a short excerpt keeps the answer in view, the rest is one click away.
const EXCERPT_CHARS = 240;
function guidanceText(text) {
  if (text.length <= EXCERPT_CHARS + 40) return el("p", {}, text);
  const cut = text.lastIndexOf(" ", EXCERPT_CHARS);
  const head = text.slice(0, cut > 0 ? cut : EXCERPT_CHARS);
  return el(
    "div",
    {},
    el("p", {}, `${head}…`),
    el("details", { class: "more" }, el("summary", {}, "Read the rest of the card"), el("p", {}, `…${text.slice(head.length)}`)),
  );
}

function renderReflect(result) {
  const out = $("reflect-result");
  if (result.safety && result.safety.level === "crisis") {
    const box = el("div", { class: "safety", role: "alert", id: "reflect-safety" });
    renderSafety(box, result.safety);
    out.replaceChildren(box);
    box.scrollIntoView({ block: "start" });
    return;
  }
  const parts = [];
  if (result.safety && result.safety.level === "concern" && result.safety.message) {
    parts.push(el("div", { class: "note concern" }, el("p", {}, result.safety.message)));
  }
  parts.push(
    el(
      "article",
      { class: "card reflection-card" },
      el("h2", {}, "A reply you could try"),
      el("blockquote", { class: "reflection", id: "reflection-text" }, result.reflection),
      el("p", { class: "meta" }, `Written by ${result.generator === "composer" ? "the built-in composer" : result.generator}`),
    ),
  );
  if (result.emotions && result.emotions.length) {
    parts.push(
      el(
        "section",
        { class: "card", "aria-labelledby": "feelings-title" },
        el("h2", { id: "feelings-title" }, "Feelings you might name"),
        el("ul", { class: "chips", id: "emotion-chips" }, result.emotions.map((e) => el("li", { class: "chip" }, e))),
      ),
    );
  }
  if (result.guidance && result.guidance.length) {
    parts.push(
      el(
        "section",
        { class: "guidance", "aria-labelledby": "guidance-title" },
        el("h2", { id: "guidance-title" }, "The guidance behind it"),
        el(
          "div",
          { class: "guidance-grid" },
          result.guidance.map((g) =>
            el(
              "article",
              { class: "card guidance-card" },
              el("h3", {}, g.title),
              guidanceText(g.text),
              el("p", { class: "source" }, "Source: ", el("cite", {}, g.source)),
            ),
          ),
        ),
      ),
    );
  }
  if (result.evaluation) {
    const passed = ELEMENTS.filter(([id]) => result.evaluation.criteria[id] && result.evaluation.criteria[id].passed).length;
    parts.push(
      el(
        "details",
        { class: "card evaluation-summary" },
        el("summary", {}, `How this reply scores: ${passed} of ${ELEMENTS.length} listening elements`),
        elementList(result.evaluation),
      ),
    );
  }
  out.replaceChildren(...parts);
  // On a phone the answer lands below the fold; bring its start into view.
  parts[0].scrollIntoView({ block: "nearest" });
}

function initReflect() {
  const form = $("reflect-form");
  const message = $("reflect-message");
  const context = $("reflect-context");
  const error = $("reflect-error");
  submitOnCtrlEnter(message);
  submitOnCtrlEnter(context);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearError(error);
    const text = message.value.trim();
    if (!text) {
      showError(error, "Write what your partner said first.");
      message.focus();
      return;
    }
    const body = { message: text };
    if (context.value.trim()) body.context = context.value.trim();
    const out = $("reflect-result");
    out.setAttribute("aria-busy", "true");
    try {
      const result = await busy($("reflect-submit"), "Listening…", () => api("/v1/reflect", { method: "POST", body }));
      renderReflect(result);
      // One short announcement; the crisis response announces itself as an alert.
      $("reflect-status").textContent =
        result.safety && result.safety.level === "crisis" ? "" : `Reflect-back ready: ${result.reflection}`;
    } catch (failure) {
      showError(error, failure.message);
    } finally {
      out.removeAttribute("aria-busy");
    }
  });
}

// ---- Practise -----------------------------------------------------------------------------

const practice = { scenarios: [], session: null, retry: false };

function scenarioLabel(s) {
  return `${s.title} (${s.difficulty})`;
}

function renderScenarioPicker() {
  const select = $("scenario-select");
  const byTheme = new Map();
  for (const s of practice.scenarios) {
    if (!byTheme.has(s.theme)) byTheme.set(s.theme, []);
    byTheme.get(s.theme).push(s);
  }
  const groups = [...byTheme.keys()].sort().map((theme) =>
    el(
      "optgroup",
      { label: theme.replace(/-/g, " ") },
      byTheme.get(theme).map((s) => el("option", { value: s.id }, scenarioLabel(s))),
    ),
  );
  select.replaceChildren(...groups);
  updatePreview();
}

function updatePreview() {
  const chosen = practice.scenarios.find((s) => s.id === $("scenario-select").value);
  $("scenario-preview").replaceChildren(
    chosen ? el("span", {}, el("span", { class: `difficulty ${chosen.difficulty}` }, chosen.difficulty), " ", `“${chosen.opening}”`) : "",
  );
}

async function loadScenarios() {
  const error = $("scenario-error");
  try {
    practice.scenarios = await api("/v1/scenarios");
    clearError(error);
    renderScenarioPicker();
  } catch (failure) {
    showError(error, failure.message);
  }
}

function partnerBubble(name, text, { again = false, latest = false } = {}) {
  return el(
    "li",
    { class: `bubble partner${latest ? " latest" : ""}` },
    el("p", { class: "speaker" }, name, again ? el("span", { class: "tag" }, "trying again") : null),
    el("p", { class: "words partner-words" }, text),
  );
}

function feedbackBlock(turn, open) {
  const evaluation = turn.evaluation;
  const passedCount = ELEMENTS.filter(([id]) => evaluation.criteria[id] && evaluation.criteria[id].passed).length;
  const raised = raisedFlags(evaluation);
  const headline = evaluation.passed ? "You listened well" : `${passedCount} of ${ELEMENTS.length} elements passed`;
  return el(
    "details",
    { class: `feedback${evaluation.passed ? " passed" : ""}`, open, "data-turn": turn.turn },
    el("summary", {}, el("span", { class: "feedback-title" }, `Feedback on reply ${turn.turn}: `, headline)),
    el("p", { class: "feedback-text" }, evaluation.feedback),
    elementList(evaluation),
    raised.length
      ? el(
          "div",
          { class: "flags" },
          el("p", {}, el("strong", {}, "Watch for: ")),
          el(
            "ul",
            {},
            raised.map(([id, title]) =>
              el(
                "li",
                { class: "flag", "data-flag": id },
                el("span", { class: "flag-name" }, title),
                (evaluation.flags[id].evidence || []).length ? ` in “${evaluation.flags[id].evidence.join("”, “")}”` : "",
              ),
            ),
          ),
        )
      : null,
    el(
      "div",
      { class: "suggestion" },
      el("p", { class: "suggestion-label" }, "A reflect-back you could have tried"),
      el("blockquote", { class: "suggestion-text" }, turn.suggestion),
    ),
  );
}

function renderSession() {
  const session = practice.session;
  const name = session.scenario.partner;
  $("scenario-form").hidden = true;
  $("session").hidden = false;
  $("session-title").textContent = session.scenario.title;
  $("session-meta").textContent = `with ${name} · ${session.scenario.theme.replace(/-/g, " ")} · ${session.scenario.difficulty}`;
  $("session-background").textContent = session.scenario.background;

  const items = [];
  let lastPartner = null;
  session.turns.forEach((turn, index) => {
    const isLast = index === session.turns.length - 1;
    if (turn.message !== lastPartner) {
      // After a pause the line is still the one waiting for a reply.
      items.push(partnerBubble(name, turn.message, { again: turn.retry, latest: turn.paused && isLast }));
    }
    if (turn.paused) {
      // A reply that screened as a crisis gets no score and no role-play answer, only care.
      items.push(
        el(
          "li",
          { class: "bubble you", "data-turn": turn.turn },
          el("p", { class: "speaker" }, "You"),
          el("p", { class: "words reply-words" }, turn.reply),
          el(
            "p",
            { class: "paused-note" },
            `Practice is paused here. What you wrote sounds serious, so it isn't scored. The support above is for you. When you're ready, you can carry on replying to ${name}.`,
          ),
        ),
      );
      // The next reply answers the same line; showing it again keeps the conversation readable.
      lastPartner = null;
      return;
    }
    items.push(
      el(
        "li",
        { class: "bubble you", "data-turn": turn.turn },
        el("p", { class: "speaker" }, "You"),
        el("p", { class: "words reply-words" }, highlightedReply(turn.reply, turn.evaluation)),
        feedbackBlock(turn, index === session.turns.length - 1),
      ),
    );
    items.push(partnerBubble(name, turn.partner_message, { latest: index === session.turns.length - 1 }));
    lastPartner = turn.partner_message;
  });
  if (!session.turns.length) items.push(partnerBubble(name, session.partner_message, { latest: true }));
  $("transcript").replaceChildren(...items);

  const safetyBox = $("practise-safety");
  if (session.safety) renderSafety(safetyBox, session.safety);
  else safetyBox.hidden = true;

  setRetry(practice.retry);
}

function canRetry(session) {
  const last = session && session.turns[session.turns.length - 1];
  return Boolean(last && !last.paused);
}

function setRetry(on) {
  const session = practice.session;
  practice.retry = Boolean(on && canRetry(session));
  const note = $("retry-note");
  const name = session ? session.scenario.partner : "your partner";
  if (practice.retry) {
    const last = session.turns[session.turns.length - 1];
    note.replaceChildren(el("p", {}, el("strong", {}, `Try again: ${name} said `), `“${last.message}”`));
    note.hidden = false;
    $("reply-label").textContent = `Your new reply to ${name}`;
  } else {
    note.hidden = true;
    $("reply-label").textContent = `Your reply to ${name}`;
  }
  $("try-again").hidden = !canRetry(session) || practice.retry;
  $("cancel-retry").hidden = !practice.retry;
}

function rememberSession(id) {
  try {
    if (id) localStorage.setItem(SESSION_KEY, id);
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    /* without storage the session simply is not restored after a reload */
  }
}

function showPicker() {
  practice.session = null;
  practice.retry = false;
  rememberSession(null);
  $("session").hidden = true;
  $("practise-safety").hidden = true;
  $("scenario-form").hidden = false;
  $("scenario-select").focus();
}

function initPractise() {
  $("scenario-select").addEventListener("change", updatePreview);
  submitOnCtrlEnter($("reply-text"));

  $("scenario-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("scenario-error");
    clearError(error);
    const scenarioId = $("scenario-select").value || null;
    try {
      const session = await busy($("scenario-start"), "Starting…", () =>
        api("/v1/sessions", { method: "POST", body: { scenario_id: scenarioId } }),
      );
      practice.session = session;
      practice.retry = false;
      rememberSession(session.id);
      renderSession();
      $("practise-status").textContent = `${session.scenario.partner} says: ${session.partner_message}`;
      $("reply-text").focus();
    } catch (failure) {
      showError(error, failure.message);
    }
  });

  $("reply-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("reply-error");
    clearError(error);
    const textarea = $("reply-text");
    const reply = textarea.value.trim();
    if (!reply) {
      showError(error, "Write your reply first.");
      textarea.focus();
      return;
    }
    const session = practice.session;
    try {
      const result = await busy($("reply-submit"), "Reading your reply…", () =>
        api(`/v1/sessions/${encodeURIComponent(session.id)}/replies`, {
          method: "POST",
          body: practice.retry ? { reply, retry: true } : { reply },
        }),
      );
      // The server holds the transcript; reading it back keeps the page and the database in step.
      practice.session = await api(`/v1/sessions/${encodeURIComponent(session.id)}`);
      practice.retry = false;
      textarea.value = "";
      renderSession();
      const passed = ELEMENTS.filter(([id]) => result.evaluation.criteria[id].passed).length;
      const lastTurn = practice.session.turns[practice.session.turns.length - 1];
      // The crisis response itself is a role="alert"; the status line only says what changed.
      $("practise-status").textContent = lastTurn && lastTurn.paused
        ? "Practice paused. Support is shown at the top of the page."
        : `Feedback ready: ${passed} of ${ELEMENTS.length} elements passed. ${practice.session.scenario.partner} replies: ${result.partner_message}`;
      if (result.safety) {
        $("practise-safety").scrollIntoView({ block: "start" });
      } else {
        const latest = document.querySelector("#transcript .feedback[open]");
        if (latest) latest.scrollIntoView({ block: "nearest" });
      }
      textarea.focus({ preventScroll: true });
    } catch (failure) {
      if (failure.status === 404) {
        rememberSession(null);
      }
      showError(error, failure.message);
    }
  });

  $("try-again").addEventListener("click", () => {
    setRetry(true);
    $("reply-text").focus();
  });
  $("cancel-retry").addEventListener("click", () => {
    setRetry(false);
    $("reply-text").focus();
  });
  $("new-scenario").addEventListener("click", showPicker);
}

async function restoreSession() {
  let id = null;
  try {
    id = localStorage.getItem(SESSION_KEY);
  } catch {
    id = null;
  }
  if (!id) return;
  try {
    practice.session = await api(`/v1/sessions/${encodeURIComponent(id)}`);
    renderSession();
  } catch (failure) {
    if (failure.status === 404) rememberSession(null);
    else showError($("scenario-error"), failure.message);
  }
}

// ---- Progress -----------------------------------------------------------------------------

function marker(kind, x, y, colour) {
  const s = 5;
  const common = { fill: colour, stroke: colour, "stroke-width": 1.5 };
  if (kind === "square") return svg("rect", { ...common, x: x - s + 1, y: y - s + 1, width: 2 * s - 2, height: 2 * s - 2 });
  if (kind === "triangle") return svg("polygon", { ...common, points: `${x},${y - s} ${x + s},${y + s - 1} ${x - s},${y + s - 1}` });
  if (kind === "diamond") return svg("polygon", { ...common, points: `${x},${y - s} ${x + s},${y} ${x},${y + s} ${x - s},${y}` });
  if (kind === "cross") {
    return svg(
      "path",
      { stroke: colour, "stroke-width": 2.5, fill: "none", d: `M${x - s} ${y - s}L${x + s} ${y + s}M${x - s} ${y + s}L${x + s} ${y - s}` },
    );
  }
  return svg("circle", { ...common, cx: x, cy: y, r: s - 0.5 });
}

// The viewBox matches the drawn size in CSS pixels, so axis labels stay readable on a phone
// instead of shrinking with a fixed-width drawing.
function trendChart(sessions, width) {
  const W = Math.round(Math.min(640, Math.max(280, width)));
  const H = W < 480 ? 240 : 280;
  const m = { top: 16, right: 16, bottom: 40, left: 48 };
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const n = sessions.length;
  const x = (i) => m.left + (n === 1 ? iw / 2 : (i * iw) / (n - 1));
  const y = (v) => m.top + ih - v * ih;

  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) =>
    svg(
      "g",
      {},
      svg("line", { x1: m.left, x2: W - m.right, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: m.left - 8, y: y(v) + 4, "text-anchor": "end", class: "axis" }, pct(v)),
    ),
  );
  const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(iw / 44))));
  const xTicks = sessions.map((_, i) =>
    i % every === 0 || i === n - 1 ? svg("text", { x: x(i), y: H - m.bottom + 18, "text-anchor": "middle", class: "axis" }, String(i + 1)) : null,
  );
  const series = ELEMENTS.map(([id, title]) => {
    const style = SERIES_STYLE[id];
    const points = sessions.map((s, i) => [x(i), y(s.elements[id].average)]);
    return svg(
      "g",
      { class: "series", "data-element": id },
      svg("title", {}, title),
      n > 1
        ? svg("polyline", {
            points: points.map(([px, py]) => `${px},${py}`).join(" "),
            fill: "none",
            stroke: style.colour,
            "stroke-width": 2.5,
            "stroke-dasharray": style.dash,
            "stroke-linejoin": "round",
          })
        : null,
      points.map(([px, py]) => marker(style.marker, px, py, style.colour)),
    );
  });
  const titleId = "trend-title";
  const descId = "trend-desc";
  const last = sessions[n - 1];
  const description = `Average score per listening element for each of ${n} practice session${n === 1 ? "" : "s"}, oldest first. Latest session: ${ELEMENTS.map(
    ([id, t]) => `${t} ${pct(last.elements[id].average)}`,
  ).join(", ")}.`;
  return svg(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "chart", id: "trend-chart", role: "img", "aria-labelledby": `${titleId} ${descId}` },
    svg("title", { id: titleId }, "Listening elements over your practice sessions"),
    svg("desc", { id: descId }, description),
    grid,
    svg("line", { x1: m.left, x2: W - m.right, y1: y(0), y2: y(0), class: "axis-line" }),
    xTicks,
    svg("text", { x: m.left + iw / 2, y: H - 6, "text-anchor": "middle", class: "axis-label" }, "Session"),
    series,
  );
}

function legend() {
  return el(
    "ul",
    { class: "legend", "aria-label": "Chart legend" },
    ELEMENTS.map(([id, title]) => {
      const style = SERIES_STYLE[id];
      return el(
        "li",
        {},
        svg(
          "svg",
          { viewBox: "0 0 36 14", width: 36, height: 14, "aria-hidden": "true" },
          svg("line", { x1: 1, x2: 35, y1: 7, y2: 7, stroke: style.colour, "stroke-width": 2.5, "stroke-dasharray": style.dash }),
          marker(style.marker, 18, 7, style.colour),
        ),
        title,
      );
    }),
  );
}

function barRow(label, value, cls) {
  const fill = el("span", { class: `bar-fill ${cls}` });
  fill.style.setProperty("width", pct(value));
  return el(
    "li",
    { class: "bar-row" },
    el("span", { class: "bar-label" }, label),
    el("span", { class: "bar-track", "aria-hidden": "true" }, fill),
    el("span", { class: "bar-value" }, pct(value)),
  );
}

function renderProgress(progress) {
  const out = $("progress");
  if (!progress.sessions.length) {
    out.replaceChildren(
      el("div", { class: "card empty" }, el("p", {}, "No practice yet. Your progress appears here after your first reply in Practise.")),
    );
    return;
  }
  const t = progress.totals;
  const table = el(
    "table",
    { class: "data-table", "aria-labelledby": "table-heading" },
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col" }, "#"), el("th", { scope: "col" }, "Scenario"), el("th", { scope: "col" }, "Replies"),
        ELEMENTS.map(([, title]) => el("th", { scope: "col" }, title)),
        el("th", { scope: "col" }, "Any flag")),
    ),
    el(
      "tbody",
      {},
      progress.sessions.map((s, i) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, String(i + 1)),
          el("td", {}, s.scenario_title),
          el("td", {}, String(s.turns)),
          ELEMENTS.map(([id]) => el("td", {}, pct(s.elements[id].average))),
          el("td", {}, pct(Math.max(...FLAGS.map(([f]) => s.flags[f])))),
        ),
      ),
    ),
  );
  out.replaceChildren(
    el(
      "div",
      { class: "stats" },
      el("div", { class: "stat" }, el("span", { class: "stat-value", id: "stat-sessions" }, String(progress.session_count)), el("span", { class: "stat-label" }, "sessions")),
      el("div", { class: "stat" }, el("span", { class: "stat-value", id: "stat-replies" }, String(t.turns)), el("span", { class: "stat-label" }, "replies")),
      el("div", { class: "stat" }, el("span", { class: "stat-value", id: "stat-passed" }, pct(t.pass_rate)), el("span", { class: "stat-label" }, "listened fully")),
    ),
    el("section", { class: "card", "aria-labelledby": "trend-heading" },
      el("h2", { id: "trend-heading" }, "Listening elements over time"),
      trendChart(progress.sessions, out.clientWidth - 40),
      legend(),
    ),
    el("div", { class: "two-col" },
      el("section", { class: "card", "aria-labelledby": "elements-heading" },
        el("h2", { id: "elements-heading" }, "Element pass rates, all replies"),
        el("ul", { class: "bars" }, ELEMENTS.map(([id, title]) => barRow(title, t.elements[id].pass_rate, "good"))),
      ),
      el("section", { class: "card", "aria-labelledby": "flags-heading" },
        el("h2", { id: "flags-heading" }, "Flag rates, all replies"),
        el("ul", { class: "bars", id: "flag-rates" }, FLAGS.map(([id, title]) => barRow(title, t.flags[id], "warn"))),
      ),
    ),
    el("h2", { id: "table-heading", class: "table-heading" }, "Per session: average element scores and flag rates"),
    el("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-labelledby": "table-heading" }, table),
  );
}

async function loadProgress() {
  const error = $("progress-error");
  try {
    const progress = await api("/v1/progress");
    clearError(error);
    renderProgress(progress);
    $("progress-status").textContent = progress.sessions.length
      ? `Progress over ${progress.session_count} sessions loaded.`
      : "No practice yet.";
  } catch (failure) {
    showError(error, failure.message);
  }
}

// ---- API key ------------------------------------------------------------------------------

function askForKey(problem) {
  const form = $("key-form");
  const error = $("key-error");
  if (problem) showError(error, problem);
  else clearError(error);
  if (form.hidden) {
    form.hidden = false;
    $("key-input").focus();
  }
}

function initKeyForm() {
  const form = $("key-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = $("key-input").value.trim();
    if (!key) {
      showError($("key-error"), "Enter the API key first.");
      $("key-input").focus();
      return;
    }
    try {
      sessionStorage.setItem(API_KEY, key);
    } catch {
      showError($("key-error"), "This browser would not keep the key (storage is blocked), so the page cannot send it.");
      return;
    }
    $("key-input").value = "";
    form.hidden = true;
    clearError($("key-error"));
    // Whatever failed for want of a key is loaded again now.
    await loadScenarios();
    await restoreSession();
    const current = tabs().find((tab) => tab.getAttribute("aria-selected") === "true");
    if (current && tabHandlers[current.id]) tabHandlers[current.id]();
  });
}

// ---- start --------------------------------------------------------------------------------

async function main() {
  initTabs();
  initKeyForm();
  initReflect();
  initPractise();
  tabHandlers["tab-progress"] = loadProgress;
  let saved = null;
  try {
    saved = localStorage.getItem(TAB_KEY);
  } catch {
    saved = null;
  }
  const start = (saved && $(saved) && $(saved).getAttribute("role") === "tab" && $(saved)) || tabs()[0];
  selectTab(start);
  await loadScenarios();
  await restoreSession();
  document.body.dataset.ready = "true";
}

main();
