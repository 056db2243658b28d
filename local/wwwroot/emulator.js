// The Teams emulator: a 1:1 chat with the bot. Sends what the person does to /emulator/send (the
// local host turns it into a signed Activity, as Teams would) and shows what the bot posts back
// to the emulator's serviceUrl, rendering cards with the official Adaptive Cards renderer.
(() => {
  const chat = document.getElementById("chat");
  const personSelect = document.getElementById("person");
  const localeSelect = document.getElementById("locale");
  const status = document.getElementById("status");
  const rendered = new Map();
  let state = { person: null, conversationId: null, version: 0 };

  async function post(url, body) {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok || (json.status && json.status >= 400)) {
      status.textContent = `Error ${json.status || response.status}: ${json.error || json.detail || "request failed"}`;
    } else {
      status.textContent = "";
    }
    return json;
  }

  function send(extra) {
    return post("/emulator/send", { as: state.person.email, locale: localeSelect.value, ...extra });
  }

  function renderCard(activity, attachment) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: "Segoe UI, PingFang SC, sans-serif" });
    card.onExecuteAction = action => {
      if (action instanceof AdaptiveCards.SubmitAction) {
        send({ type: "message", value: action.data, replyToId: activity.id });
      } else if (action instanceof AdaptiveCards.ExecuteAction) {
        send({ type: "invoke", name: "adaptiveCard/action", replyToId: activity.id,
               value: { action: { type: "Action.Execute", verb: action.verb, data: action.data } } });
      }
    };
    card.parse(attachment.content);
    return card.render();
  }

  function show(activity) {
    const fromBot = activity.from && activity.from.role === "bot";
    const element = document.createElement("div");
    element.className = `message ${fromBot ? "bot" : "user"}`;
    element.dataset.activityId = activity.id;
    const who = document.createElement("div");
    who.className = "who";
    who.textContent = fromBot ? "DrillPlatform" : (activity.from && activity.from.name) || "";
    element.appendChild(who);
    if (activity.text) element.appendChild(document.createTextNode(activity.text));
    for (const attachment of activity.attachments || []) {
      if (attachment.contentType === "application/vnd.microsoft.card.adaptive") {
        element.classList.add("card");
        element.dataset.testid = "card";
        element.appendChild(renderCard(activity, attachment));
      }
    }
    const previous = rendered.get(activity.id);
    if (previous) previous.replaceWith(element); else chat.appendChild(element);
    rendered.set(activity.id, element);
    chat.scrollTop = chat.scrollHeight;
  }

  async function poll() {
    if (state.conversationId) {
      const conversation = state.conversationId;
      const url = `/emulator/conversations/${encodeURIComponent(conversation)}/activities?after=${state.version}`;
      const response = await fetch(url).catch(() => null);
      if (response && response.ok) {
        const { activities, version } = await response.json();
        // The person may have been switched while the answer was on its way.
        if (conversation === state.conversationId) {
          activities.forEach(show);
          state.version = version;
        }
      }
    }
    setTimeout(poll, 300);
  }

  async function signIn(email) {
    const person = people.find(p => p.email === email);
    chat.replaceChildren();
    rendered.clear();
    state = { person, conversationId: `a:emulator-${person.objectId}`, version: 0 };
    localeSelect.value = person.locale === "en" ? "en-US" : "zh-CN";
    const history = await fetch(`/emulator/conversations/${encodeURIComponent(state.conversationId)}/activities`).then(r => r.json());
    if (history.activities.length === 0) await send({ type: "conversationUpdate" });
  }

  document.getElementById("composer").addEventListener("submit", async event => {
    event.preventDefault();
    const input = document.getElementById("text");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    await send({ type: "message", text });
  });
  personSelect.addEventListener("change", () => signIn(personSelect.value));

  let people = [];
  fetch("/emulator/roster").then(r => r.json()).then(async roster => {
    people = roster;
    for (const p of roster) {
      const option = document.createElement("option");
      option.value = p.email;
      option.textContent = `${p.name} · ${p.department} · ${p.roles.join(", ")}`;
      personSelect.appendChild(option);
    }
    const wanted = new URLSearchParams(location.search).get("as");
    const first = roster.find(p => p.email === wanted) || roster[0];
    personSelect.value = first.email;
    await signIn(first.email);
    poll();
  });
})();
