// Local tools beside the chat: the local host's clock (advance it, run a timer now) and the SMS
// outbox of the local SMS sink, so a trainer can watch a surprise drill fire and escalate. Times
// are shown in the site's time zone (the one cards use), whatever zone the browser is in, and
// every line that shows one names the zone; so does the line above the chat, for the cards' times.
(() => {
  const now = document.getElementById("clock-now");
  const zone = document.getElementById("clock-zone");
  const chatZone = document.getElementById("chat-zone");
  const timers = document.getElementById("timers");
  const outbox = document.getElementById("outbox");

  function siteTime(value, timeZone, withDate) {
    const options = withDate
      ? { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
      : { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    return new Intl.DateTimeFormat("en-CA", options).format(new Date(value)).replace(",", "");
  }

  function renderClock(state) {
    now.textContent = `${siteTime(state.now, state.timeZone, true)} (${state.timeZone})`;
    zone.textContent = state.timeZone;
    chatZone.textContent = state.timeZone;
    timers.replaceChildren(...state.timers.map(t => {
      const item = document.createElement("li");
      const run = document.createElement("button");
      run.textContent = `Run ${t.name}`;
      run.dataset.testid = `run-${t.name}`;
      run.addEventListener("click", () => fetch(`/dev/timers/${t.name}/run`, { method: "POST" }).then(refresh));
      const when = document.createElement("div");
      when.textContent = `${t.schedule} · last ${t.lastRun ? siteTime(t.lastRun, state.timeZone, false) : "—"} · next ${t.next ? siteTime(t.next, state.timeZone, true) : "—"} (${state.timeZone})`;
      item.append(run, when);
      if (t.lastError) {
        const error = document.createElement("div");
        error.className = "error";
        error.textContent = t.lastError;
        item.append(error);
      }
      return item;
    }));
  }

  function renderOutbox(messages) {
    if (!messages.length) return;
    outbox.replaceChildren(...messages.map(m => {
      const item = document.createElement("li");
      item.dataset.testid = "sms";
      item.textContent = `${m.to} · ${m.message}`;
      return item;
    }));
  }

  async function refresh() {
    const clock = await fetch("/dev/clock").then(r => r.ok ? r.json() : null).catch(() => null);
    if (clock) renderClock(clock);
    const sms = await fetch("/sms/outbox").then(r => r.ok ? r.json() : null).catch(() => null);
    if (Array.isArray(sms)) renderOutbox(sms);
  }

  document.querySelectorAll("[data-advance]").forEach(button =>
    button.addEventListener("click", () =>
      fetch(`/dev/clock/advance?minutes=${button.dataset.advance}`, { method: "POST" }).then(refresh)));

  refresh();
  setInterval(refresh, 2000);
})();
