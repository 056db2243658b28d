// Renders an Adaptive Card the way Teams does: the official renderer with Teams' own host config
// (light or dark, from the Adaptive Cards designer package). The emulator page and the card sweep
// test (tests/Browser/CardSweepTests) both render through this file, so they see the same card.
window.TeamsCards = (() => {
  const hostConfigs = {};

  async function load(base = "") {
    for (const theme of ["light", "dark"]) {
      if (!hostConfigs[theme]) hostConfigs[theme] = await fetch(`${base}/lib/teams-${theme}.json`).then(r => r.json());
    }
  }

  function use(theme, json) { hostConfigs[theme] = json; }

  /// onAction(action) gets the renderer's action object (SubmitAction, ExecuteAction, OpenUrlAction).
  function render(content, theme, onAction) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(hostConfigs[theme] || hostConfigs.light);
    card.onExecuteAction = onAction || (() => {});
    card.parse(content);
    const element = card.render();
    element.classList.add("teams-card", `teams-${theme}`);
    return element;
  }

  return { load, use, render };
})();
