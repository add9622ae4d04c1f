/**
 * Accessibility of the extension's pages: axe-core (WCAG 2.1 A/AA and best practices) in the popup, the options page
 * and the reader view, in English and in Arabic (right to left). Serious and critical violations fail.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { hoverWord, launch, setSettings, tabIdOf, tooltipText, waitForTooltip, wordPoint, type Harness } from './harness';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let tabId: number;

beforeAll(async () => {
  h = await launch();
  const article = await h.newPage('/');
  tabId = await tabIdOf(h.worker, article);
  // the article is analysed once the popup says so; every page below reads that analysis
  const popup = await h.popup(article);
  await popup.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent?.match(/\d/), undefined, {
    timeout: 15000,
  });
  await popup.close();
});
afterAll(async () => {
  await setSettings(h.worker);
  await h?.close();
});

/** axe into the page: page.addScriptTag inserts an inline script, which script-src 'self' blocks (and logs as an
 * error), so the source is evaluated through the debugging protocol, which CSP does not govern. */
async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  const found = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function open(path: string, ready: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  await page.waitForSelector(ready, { timeout: 15000 });
  await page.waitForTimeout(300); // let late renders (settings, polls) settle
  return page;
}

describe.each([
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const)('in %s', (lang, dir) => {
  beforeAll(async () => {
    await setSettings(h.worker, { uiLanguage: lang });
  });

  const expectLanguage = async (page: Page) => {
    await page.waitForFunction(([l, d]) => document.documentElement.lang === l && document.documentElement.dir === d, [lang, dir]);
  };

  test.each(['light', 'dark'] as const)('the popup has no serious or critical violations (%s)', async (scheme) => {
    const page = await open(`popup.html?tab=${tabId}`, '[data-testid=point]', scheme);
    await expectLanguage(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('the options page has no serious or critical violations (%s)', async (scheme) => {
    const page = await open('options.html', 'select, input', scheme);
    await expectLanguage(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    'the reader view, with the glossary open, has no serious or critical violations (%s)',
    async (scheme) => {
      const page = await open(`reader.html?tab=${tabId}`, '[data-testid=en-line]', scheme);
      await expectLanguage(page);
      expect(await seriousViolations(page)).toEqual([]);
      const p = await wordPoint(page, '.text', 'الخارجية');
      await page.mouse.move(p.x, p.y + 30);
      await page.mouse.move(p.x, p.y, { steps: 2 });
      expect(await waitForTooltip(page, (s) => s?.word === 'الخارجية')).not.toBeNull();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );

  test('every Arabic and English run of the reader says its language and direction', async () => {
    const page = await open(`reader.html?tab=${tabId}`, '[data-testid=en-line]');
    const unmarked = await page.evaluate(() => {
      const ar = /[\u0600-\u06FF]/;
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n as Text).data.trim();
        if (!text || !/\p{L}/u.test(text)) continue;
        const el = n.parentElement!.closest('[lang]');
        const want = ar.test(text) ? 'ar' : 'en';
        const dirEl = n.parentElement!.closest('[dir]');
        // UI strings follow the page; article runs must carry their own lang and dir
        if (el === document.documentElement) continue;
        if (el?.getAttribute('lang') !== want || !dirEl || dirEl === document.documentElement) bad.push(text.slice(0, 40));
      }
      return bad;
    });
    expect(unmarked).toEqual([]);
    await page.close();
  });

  test('the reader is usable from the keyboard alone, with a visible focus', async () => {
    const page = await open(`reader.html?tab=${tabId}`, '[data-testid=en-line]');
    const stops: string[] = [];
    for (let k = 0; k < 40; k++) {
      await page.keyboard.press('Tab');
      const s = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // back at the start (or out to the browser): the round is complete
        if (!el || el === document.body || el.dataset.visited) return null;
        el.dataset.visited = '1';
        const cs = getComputedStyle(el);
        const visible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
        return `${el.tagName.toLowerCase()}.${el.className}|${el.getAttribute('type') ?? ''}|${visible}`;
      });
      if (s === null) break;
      stops.push(s);
    }
    // every control, then the summary points, then the text; each with a focus outline
    expect(stops.filter((s) => !s.endsWith('|true'))).toEqual([]);
    expect(stops.some((s) => s.startsWith('input') && s.includes('|range|'))).toBe(true);
    expect(stops.some((s) => s.startsWith('button.point'))).toBe(true);
    expect(stops.some((s) => s.startsWith('span.ar-s'))).toBe(true);
    await page.close();
  });
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});

describe('on a news page', () => {
  /** Serious and critical violations inside the extension's own shadow root only (the page is not ours). */
  async function ownViolations(page: Page): Promise<Violation[]> {
    await injectAxe(page);
    const found = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      // a node inside our shadow root has a shadow path as its target: [["tarjuman-root", ".tooltip …"]]
      const ours = (n: { target: unknown }) => JSON.stringify(n.target).includes('tarjuman-root');
      return {
        checked: r.passes.reduce((n, p) => n + p.nodes.filter(ours).length, 0),
        violations: r.violations
          .map((v) => ({
            id: v.id,
            impact: v.impact ?? null,
            help: v.help,
            targets: v.nodes.filter(ours).map((n) => JSON.stringify(n.target)),
          }))
          .filter((v) => v.targets.length > 0),
      };
    });
    // the shadow root was really examined (a selector matching nothing would pass vacuously)
    expect(found.checked).toBeGreaterThan(5);
    return found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  test.each(['light', 'dark'] as const)('the summary panel and the tooltip have no serious or critical violations (%s)', async (scheme) => {
    await setSettings(h.worker, { summaryPanel: true });
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${h.serverUrl}/`);
    await page.waitForFunction(() => document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.panel'), undefined, {
      timeout: 15000,
    });
    expect(await ownViolations(page)).toEqual([]);
    // the panel sits over the start of the lines: close it (from the keyboard's reach too), then check the tooltip
    await page.locator('tarjuman-root >> css=.panel .close').click();
    await hoverWord(page, 'article', 'الخارجية');
    expect(await tooltipText(page)).toBeTruthy();
    expect(await ownViolations(page)).toEqual([]);
    await page.close();
    await setSettings(h.worker);
  });
});
