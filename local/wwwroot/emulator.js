// The Teams emulator: a 1:1 chat with the bot. Sends what the person does to /emulator/send (the
// local host turns it into a signed Activity, as Teams would) and shows what the bot posts back
// to the emulator's serviceUrl, rendering cards as Teams does (teams-cards.js). "Phone" narrows
// cards to 320 px; "Dark" switches to Teams' dark host config. ?width=phone&theme=dark opens so.
(() => {
  const chat = document.getElementById("chat");
  const personSelect = document.getElementById("person");
  const localeSelect = document.getElementById("locale");
  const status = document.getElementById("status");
  const rendered = new Map();
  const activities = new Map();
  const params = new URLSearchParams(location.search);
  const view = { theme: params.get("theme") === "dark" ? "dark" : "light", width: params.get("width") === "phone" ? "phone" : "desktop" };
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
    return TeamsCards.render(attachment.content, view.theme, action => {
      if (action instanceof AdaptiveCards.SubmitAction) {
        send({ type: "message", value: action.data, replyToId: activity.id });
      } else if (action instanceof AdaptiveCards.ExecuteAction) {
        send({ type: "invoke", name: "adaptiveCard/action", replyToId: activity.id,
               value: { action: { type: "Action.Execute", verb: action.verb, data: action.data } } });
      }
    });
  }

  function applyView() {
    document.body.dataset.theme = view.theme;
    document.body.dataset.width = view.width;
    document.getElementById("phone").setAttribute("aria-pressed", String(view.width === "phone"));
    document.getElementById("dark").setAttribute("aria-pressed", String(view.theme === "dark"));
  }

  function toggle(key, on, off) {
    view[key] = view[key] === on ? off : on;
    applyView();
    // Cards are drawn with the host config of the moment: draw them again.
    for (const activity of activities.values()) show(activity);
  }

  function show(activity) {
    activities.set(activity.id, activity);
    const fromBot = activity.from && activity.from.role === "bot";
    if (!fromBot && !activity.text && !(activity.attachments || []).length) return;
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
    activities.clear();
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
  document.getElementById("phone").addEventListener("click", () => toggle("width", "phone", "desktop"));
  document.getElementById("dark").addEventListener("click", () => toggle("theme", "dark", "light"));
  applyView();

  let people = [];
  TeamsCards.load().then(() => fetch("/emulator/roster")).then(r => r.json()).then(async roster => {
    people = roster;
    for (const p of roster) {
      const option = document.createElement("option");
      option.value = p.email;
      option.textContent = `${p.name} · ${p.department} · ${p.roles.join(", ")}`;
      personSelect.appendChild(option);
    }
    const wanted = params.get("as");
    const first = roster.find(p => p.email === wanted) || roster[0];
    personSelect.value = first.email;
    await signIn(first.email);
    poll();
  });
})();
