using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// What of a rendered card a reader cannot see whole: a text, choice label, input or button whose
/// content is wider than its box (cut or ellipsised, as Teams cuts a long button title), or that
/// reaches past the card's left or right edge. The emulator tests and the card sweep measure the same way.
/// </summary>
public static class CardClipping
{
    // Elements the Adaptive Cards renderer draws text or controls in (a button's title is a div inside it, cut with an
    // ellipsis); containers are left out, as they clip nothing by themselves.
    private const string Script = """
        card => {
          const box = card.getBoundingClientRect();
          const problems = [];
          const seen = new Set();
          for (const e of card.querySelectorAll('.ac-textBlock, .ac-richTextBlock, .ac-textRun, label, .ac-pushButton, .ac-pushButton > div, button, input, select, textarea, .ac-factset td')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (getComputedStyle(e).visibility === 'hidden') continue;
            const text = (e.innerText || e.value || e.getAttribute('aria-label') || e.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
            const why = [];
            if (e.scrollWidth > e.clientWidth + 1 && !(e.type === 'radio' || e.type === 'checkbox')) why.push(`content ${e.scrollWidth} px in a ${e.clientWidth} px box`);
            if (r.right > box.right + 0.5) why.push(`right edge ${Math.round(r.right - box.left)} px past the card's ${Math.round(box.width)} px`);
            if (r.left < box.left - 0.5) why.push(`left edge ${Math.round(box.left - r.left)} px before the card`);
            const key = text + why.join();
            if (why.length && !seen.has(key)) { seen.add(key); const kind = e.parentElement && e.parentElement.classList.contains('ac-pushButton') ? 'button title' : `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
              problems.push(`${kind} "${text}": ${why.join(', ')}`); }
          }
          return problems;
        }
        """;

    /// <param name="card">The renderer's root element (.teams-card).</param>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(ILocator card) => await card.EvaluateAsync<string[]>(Script);
}
