// kyr studio: a chat per channel, the problems kyr check finds, the flow's diagram.
// Plain JavaScript, no build step, nothing loaded from elsewhere.
"use strict";

const POLL_MS = 1500;
const TITLES = { sms: "SMS", whatsapp: "WhatsApp", telegram: "Telegram" };
const page = {
  channel: "sms",
  last: {},          // channel -> the last turn shown (its flow, node and locale)
  version: -1,       // the content's version the page last saw
  diagramKey: "",
};

const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

async function api(method, path, body) {
  const options = { method, headers: {}, credentials: "same-origin" };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  let data = {};
  try {
    data = await response.json();
  } catch (error) {
    data = { error: `${response.status} ${response.statusText}` };
  }
  if (!response.ok && !data.error) data.error = `${response.status} ${response.statusText}`;
  data.ok = response.ok;
  return data;
}

// ---- the chat ---------------------------------------------------------------------------

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function bodyMeta(message, channel) {
  if (channel === "sms" && message.segments) {
    const parts = message.segments;
    return `${plural(parts.count, "segment")} · ${parts.encoding} · ${plural(message.characters, "character")}`;
  }
  if (channel === "whatsapp") return plural(message.characters, "character");
  return "";
}

function showTurn(turn) {
  const log = $("log");
  const you = element("div", "bubble you");
  you.appendChild(element("div", "text", turn.you));
  you.querySelector(".text").dir = "auto";
  log.appendChild(you);

  const reply = element("div", "reply");
  for (const message of turn.messages) {
    const bubble = element("div", "bubble bot");
    const text = element("div", "text", message.text);
    text.dir = "auto";
    bubble.appendChild(text);
    const meta = bodyMeta(message, turn.channel);
    if (meta) bubble.appendChild(element("div", "segments", meta));
    reply.appendChild(bubble);
  }
  if (turn.card) {  // Telegram's photo, WhatsApp's media: the rights card itself
    const bubble = element("div", "bubble bot picture");
    const picture = document.createElement("img");
    picture.src = turn.card;
    picture.alt = "the rights card";
    picture.className = "card";
    bubble.appendChild(picture);
    reply.appendChild(bubble);
  }
  if (turn.channel === "telegram" && turn.buttons.length) {
    const inline = element("div", "buttons-shown");
    for (const label of turn.buttons) inline.appendChild(element("span", "button-label", label));
    reply.appendChild(inline);
  }
  if (turn.note) reply.appendChild(element("div", "note", turn.note));
  const where = turn.flow ? `${turn.flow}/${turn.node}` : "(conversation forgotten)";
  const meta = element("div", "meta");
  meta.appendChild(element("span", "where", where));
  meta.appendChild(element("span", "event", `${turn.event} · ${turn.locale}`));
  meta.appendChild(element("span", "ids", [...turn.say, ...turn.options].join(" ")));
  reply.appendChild(meta);
  if (turn.why) {
    const why = element("details", "why");
    why.open = true;
    why.appendChild(element("summary", "", "why this answer"));
    why.appendChild(element("pre", "", turn.why));
    reply.appendChild(why);
  }
  log.appendChild(reply);
  log.scrollTop = log.scrollHeight;
  page.last[turn.channel] = turn;
}

function showKeyboard(turn) {
  const keyboard = $("keyboard");
  keyboard.replaceChildren();
  if (page.channel !== "telegram" || !turn) return;
  for (const label of turn.buttons) {
    const key = element("button", "key", label);
    key.type = "button";
    key.addEventListener("click", () => send(label));
    keyboard.appendChild(key);
  }
}

function showNote(text) {
  $("log").appendChild(element("div", "system", text));
}

async function loadConversation() {
  delete $("log").dataset.channel;
  const data = await api("GET", `/api/conversation?channel=${encodeURIComponent(page.channel)}`);
  $("log").replaceChildren();
  delete page.last[page.channel];
  if (!data.ok) {
    showNote(data.error);
    return;
  }
  $("language").value = data.locale || "";
  if (!data.turns.length) showNote(`A new ${TITLES[page.channel]} conversation. Say hello.`);
  for (const turn of data.turns) showTurn(turn);
  showKeyboard(page.last[page.channel]);
  $("log").dataset.channel = page.channel;  // shown: the page's tests wait for this
  refreshDiagram();
}

async function send(text) {
  if (!text) return;
  const data = await api("POST", "/api/send", { channel: page.channel, text });
  if (!data.ok) {
    showNote(`Not sent: ${data.error}`);
    return;
  }
  showTurn(data);
  showKeyboard(data);
  refreshDiagram();
}

function chooseChannel(channel) {
  page.channel = channel;
  for (const tab of document.querySelectorAll(".channel")) {
    tab.classList.toggle("active", tab.dataset.channel === channel);
    tab.setAttribute("aria-selected", tab.dataset.channel === channel ? "true" : "false");
  }
  $("phone").className = `phone ${channel}`;
  $("phone-title").textContent = TITLES[channel];
  loadConversation();
}

// ---- problems, checked again as files change ---------------------------------------------

async function pollProblems() {
  try {
    const data = await api("GET", "/api/problems");
    if (data.ok) showProblems(data);
  } catch (error) {
    $("problems-summary").textContent = "the studio is not answering";
  }
  setTimeout(pollProblems, POLL_MS);
}

function showProblems(data) {
  const summary = data.errors || data.warnings
    ? `${plural(data.errors, "error")}, ${plural(data.warnings, "warning")}`
    : "content is clean";
  $("problems-summary").textContent = summary;
  $("problems-summary").className = `summary ${data.errors ? "bad" : data.warnings ? "warn" : "good"}`;
  const list = $("problems");
  list.replaceChildren();
  for (const problem of data.problems) {
    const item = element("li", `problem ${problem.severity}`);
    item.appendChild(element("code", "where", problem.where));
    item.appendChild(element("span", "severity", problem.severity));
    item.appendChild(element("span", "message", problem.message));
    list.appendChild(item);
  }
  const status = {
    current: "The chat runs on the content as it is now.",
    "last good": "The chat runs on the last content without errors until these are fixed.",
    none: "The chat waits for content without errors.",
  }[data.chat];
  $("chat-status").textContent = data.load_error ? `${status} (${data.load_error})` : status;
  if (page.version >= 0 && data.version !== page.version) {
    showNote("The content changed: the next replies use it.");
    refreshDiagram(true);
  }
  page.version = data.version;
}

// ---- the diagram ---------------------------------------------------------------------------

async function refreshDiagram(force) {
  const last = page.last[page.channel];
  const flow = $("diagram-flow").value || (last && last.flow) || "";
  const locale = (last && last.locale) || $("language").value || "";
  const key = `${flow}|${locale}|${page.version}`;
  if (!force && key === page.diagramKey) {
    markNode();
    return;
  }
  page.diagramKey = key;
  const query = new URLSearchParams({ flow, locale });
  const data = await api("GET", `/api/diagram?${query}`);
  const pre = $("diagram");
  pre.dataset.flow = data.flow || "";
  pre.dataset.text = data.ok ? data.text : data.error;
  markNode();
}

function markNode() {
  const pre = $("diagram");
  const last = page.last[page.channel];
  const node = last && last.flow === pre.dataset.flow ? last.node : null;
  pre.replaceChildren();
  for (const line of (pre.dataset.text || "").split("\n")) {
    const here = node && (line.trim().endsWith(` as ${node}`) || line.trim().startsWith(`${node} -->`));
    pre.appendChild(element(here ? "mark" : "span", "", line));
    pre.appendChild(document.createTextNode("\n"));
  }
}

// ---- save as test --------------------------------------------------------------------------

async function save(event) {
  event.preventDefault();
  const status = $("save-status");
  const data = await api("POST", "/api/save", {
    channel: page.channel,
    name: $("save-name").value.trim(),
    flow: $("save-flow").value,
    comment: $("save-comment").value,
  });
  status.className = `status ${data.ok ? "good" : "bad"}`;
  status.textContent = data.ok
    ? `Saved ${data.yaml} and ${data.snapshot} (${plural(data.turns, "turn")}).${data.note ? " Note: " + data.note : ""}`
    : `Not saved: ${data.error}`;
}

// ---- wiring ----------------------------------------------------------------------------------

for (const tab of document.querySelectorAll(".channel")) {
  tab.addEventListener("click", () => chooseChannel(tab.dataset.channel));
}
$("compose").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = $("message");
  const text = input.value;
  input.value = "";
  send(text);
  input.focus();
});
$("language").addEventListener("change", async () => {
  const locale = $("language").value;
  const data = await api("POST", "/api/language", { locale });
  await loadConversation();
  if (!data.ok) showNote(data.error);
  else {
    const replayed = data.replayed[page.channel] || 0;
    const name = locale ? $("language").selectedOptions[0].textContent : "the language of the first message";
    showNote(replayed ? `Replayed ${plural(replayed, "message")} in ${name}.` : `Conversations now start in ${name}.`);
  }
});
$("reset").addEventListener("click", async () => {
  await api("POST", "/api/reset", { channel: page.channel });
  loadConversation();
});
$("diagram-flow").addEventListener("change", () => refreshDiagram());
$("save").addEventListener("submit", save);

chooseChannel("sms");
pollProblems();
