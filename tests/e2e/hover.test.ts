/** The hover glossary end to end in real Chromium: what the tooltip shows, its keys, settings, and what it leaves alone. */
import type { Frame, Page } from 'playwright-core';
import { launch, setSettings, tooltipState, waitForTooltip, wordPoint, type Harness, type TooltipState } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await setSettings(h.worker);
});

const LIGHT_BG = 'rgb(255, 253, 248)';
const DARK_BG = 'rgb(31, 36, 40)';

/** Moves the pointer onto a word, arriving from a little below it as a hand would. */
async function moveTo(page: Page, selector: string, word: string, opts: { frame?: Frame; nth?: number } = {}): Promise<void> {
  const p = await wordPoint(opts.frame ?? page, selector, word, opts.nth ?? 0);
  await page.mouse.move(p.x + 3, p.y + 4);
  await page.mouse.move(p.x, p.y, { steps: 2 });
}

/**
 * Hovers a word until the tooltip shows `expected` (the word as the tooltip writes it). A fresh page's content script
 * may still be starting when the pointer first arrives, so the hover is retried a few times.
 */
async function hoverFor(
  page: Page,
  selector: string,
  word: string,
  expected = word,
  opts: { frame?: Frame; nth?: number } = {},
): Promise<TooltipState | null> {
  let s: TooltipState | null = null;
  // a tooltip lying over the word keeps itself open while the pointer is on it: go round it, as a reader would
  const open = await tooltipState(opts.frame ?? page);
  if (open) {
    await page.mouse.move(1, 1);
    await waitForTooltip(opts.frame ?? page, (t) => t === null);
  }
  for (let attempt = 0; attempt < 4; attempt++) {
    await moveTo(page, selector, word, opts);
    s = await waitForTooltip(opts.frame ?? page, (t) => t?.word === expected, 2000);
    if (s?.word === expected) return s;
  }
  return s;
}

/** Waits a little, then returns whatever tooltip is open (for checks that nothing appears). */
async function settledTooltip(target: Page | Frame, ms = 700): Promise<TooltipState | null> {
  await new Promise((r) => setTimeout(r, ms));
  return tooltipState(target);
}

/** The centre of a word inside an <input> or <textarea> (right-to-left, first line), measured with the field's font. */
async function fieldWordPoint(page: Page, selector: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, word }) => {
      const el = document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = cs.font;
      ctx.direction = 'rtl';
      const i = el.value.indexOf(word);
      const before = ctx.measureText(el.value.slice(0, i)).width;
      const w = ctx.measureText(word).width;
      const b = el.getBoundingClientRect();
      const right = b.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight);
      const top = b.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop);
      const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.3;
      return { x: right - before - w / 2, y: el instanceof HTMLInputElement ? b.top + b.height / 2 : top + line / 2 };
    },
    { selector, word },
  );
}

test('a word with clitics shows each segment with its meaning, the lemma, transliteration and glosses', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p1', 'وبالمفاوضات');
  expect(s?.word).toBe('وبالمفاوضات');
  expect(s!.segments.map((x) => x.ar)).toEqual(['و', 'ب', 'ال', 'مفاوضات']);
  expect(s!.segments.map((x) => x.gloss)).toEqual(['and', 'with', 'the', null]);
  expect(s!.segments.map((x) => x.role)).toEqual(['proclitic', 'proclitic', 'article', 'stem']);
  expect(s!.lemma).toBe('مُفاوَضة');
  expect(s!.translit).toBeTruthy();
  // the plural (مفاوضات) leads with its plural sense (plsense=): negotiations
  expect(s!.glosses[0]).toBe('negotiations');
  expect(s!.keys).toContain('Esc');
  await page.close();
});

test('the tooltip opens on the reading the context chooses and says why (issue 21)', async () => {
  const page = await h.newPage('/fixtures/reading.html');
  // قوة بحرية: the adjective "naval" agreeing with قوة, not ب + حرية "with freedom"
  let s = await hoverFor(page, '#r1', 'بحرية');
  expect(s).toMatchObject({ lemma: 'بَحْرِيّ', reason: 'as an adjective after قوة' });
  expect(s!.glosses[0]).toBe('naval');
  s = await hoverFor(page, '#r1', 'البحرية');
  expect(s).toMatchObject({ lemma: 'بَحْرِيّ', reason: 'as an adjective after الممرات' });
  // لبحث: لـ + a verbal noun of purpose, "to discuss"
  s = await hoverFor(page, '#r2', 'لبحث');
  expect(s!.segments.map((x) => x.gloss)).toEqual(['to', null]);
  expect(s!.glosses[0]).toBe('discuss');
  // كلمة افتتاحية: the expression makes كلمة a speech
  s = await hoverFor(page, '#r2', 'كلمة');
  expect(s!.glosses[0]).toBe('speech');
  expect(s!.reason).toBe('in the expression كلمة افتتاحية');
  await page.close();
});

test('a word of a multi-word expression shows the expression first', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  for (const word of ['الولايات', 'المتحدة']) {
    const s = await hoverFor(page, '#p2', word);
    expect(s?.phrase).toBe('الولايات المتحدة');
    expect(s?.phraseGloss).toMatch(/^the United States/);
    const first = await page.evaluate(
      () => document.querySelector('tarjuman-root')!.shadowRoot!.querySelector('.tooltip')!.firstElementChild!.className,
    );
    expect(first).toBe('phrase');
  }
  await page.close();
});

test('an unknown word still shows its segments, a transliteration and the not-in-dictionary note', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p3', 'والزرنيخوفات');
  expect(s?.unknown).toBe('Not in the dictionary yet');
  expect(s!.segments.map((x) => x.ar)).toEqual(['و', 'ال', 'زرنيخوفات']);
  expect(s!.translit).toMatch(/z/);
  expect(s!.glosses).toEqual([]);
  await page.close();
});

test('a word split by inline markup is one word, from either side of the tag', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p2 b', 'حكومة', 'الحكومة');
  expect(s?.word).toBe('الحكومة');
  expect(s!.segments.map((x) => x.ar)).toEqual(['ال', 'حكومة']);
  expect(s!.glosses).toContain('government');
  // now the article half, which sits in the text node before <b>
  await page.mouse.move(5, 5);
  await waitForTooltip(page, (t) => t === null);
  const p = await page.evaluate(() => {
    const t = document.querySelector('#p2 b')!.previousSibling as Text;
    const r = document.createRange();
    r.setStart(t, t.data.length - 2);
    r.setEnd(t, t.data.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(p.x, p.y + 3);
  await page.mouse.move(p.x, p.y);
  expect((await waitForTooltip(page, (t) => t?.word === 'الحكومة'))?.word).toBe('الحكومة');
  await page.close();
});

test('Esc closes the tooltip and removes the word highlight; it stays closed while the pointer rests there', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const highlighted = () =>
    page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return Array.from(reg.get('tarjuman-hover') ?? []).map((r) => r.toString());
    });
  expect((await hoverFor(page, '#p4', 'القاهرة'))?.word).toBe('القاهرة');
  expect(await highlighted()).toEqual(['القاهرة']);
  await page.keyboard.press('Escape');
  expect(await waitForTooltip(page, (t) => t === null)).toBeNull();
  expect(await highlighted()).toEqual([]);
  const p = await wordPoint(page, '#p4', 'القاهرة');
  await page.mouse.move(p.x + 2, p.y); // a small tremor on the same word does not bring it back
  expect(await settledTooltip(page, 400)).toBeNull();
  await page.close();
});

test('A cycles through the readings and C copies the word with its gloss', async () => {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.serverUrl });
  const page = await h.newPage('/fixtures/hover.html');
  const first = await hoverFor(page, '#p5', 'كتب');
  expect(first?.lemma).toBeTruthy();
  const seen = [first!.lemma];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('a');
    const s = await waitForTooltip(page, (t) => !!t && t.lemma !== seen[seen.length - 1]);
    expect(s).not.toBeNull();
    if (s!.lemma === first!.lemma) break;
    seen.push(s!.lemma);
  }
  expect(new Set(seen).size).toBeGreaterThanOrEqual(2); // كَتَبَ "write" and كُتُب "books"
  expect((await tooltipState(page))?.lemma).toBe(first!.lemma); // and back to the first reading
  await page.keyboard.press('c');
  const copied = await waitForTooltip(page, (t) => t?.keys === 'Copied');
  expect(copied?.keys).toBe('Copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip.startsWith('كتب\t')).toBe(true);
  await page.close();
});

test('keys typed into a page input are never taken by the tooltip', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  await page.focus('#editor');
  await page.keyboard.press('End');
  const first = await hoverFor(page, '#p5', 'كتب');
  expect(first).not.toBeNull();
  await page.keyboard.type('ac');
  expect(await page.locator('#editor').textContent()).toMatch(/ac$/);
  const after = await tooltipState(page);
  expect(after?.lemma).toBe(first!.lemma);
  expect(after?.keys).not.toBe('Copied');
  await page.focus('#field');
  await page.keyboard.press('End');
  await page.keyboard.type('a');
  expect(await page.inputValue('#field')).toBe('كتاب جديدa');
  expect((await tooltipState(page))?.lemma).toBe(first!.lemma);
  await page.close();
});

test('the pointer can move from the word into the tooltip and click the root for its other words', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p1', 'وبالمفاوضات');
  expect(s).not.toBeNull();
  const btn = await page.evaluate(() => {
    const b = document.querySelector('tarjuman-root')!.shadowRoot!.querySelector('.root-btn')!.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(btn.x, btn.y, { steps: 8 }); // from the word across the gap into the tooltip
  await page.waitForTimeout(400); // longer than the hide delay
  expect((await tooltipState(page))?.word).toBe('وبالمفاوضات');
  await page.mouse.click(btn.x, btn.y);
  const words = await page.waitForFunction(
    () => document.querySelector('tarjuman-root')?.shadowRoot?.querySelectorAll('.root-words li').length ?? 0,
  );
  expect(await words.jsonValue()).toBeGreaterThan(1);
  await page.close();
});

test('moving within a word or back to it asks the service worker nothing more', async () => {
  // requests (single or batched) that ask for the word الاقتصادي, counted in the service worker
  await h.worker.evaluate(() => {
    const g = globalThis as unknown as {
      __asked?: number;
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
    };
    type Item = { context: string; offset?: number; offsets?: number[] };
    const asks = (it: Item) =>
      [...(it.offsets ?? []), ...(it.offset === undefined ? [] : [it.offset])].filter((o) => it.context.startsWith('الاقتصادي', o)).length;
    if (g.__asked === undefined)
      g.chrome.runtime.onMessage.addListener((m) => {
        const msg = m as { type?: string; params?: Item & { items?: Item[] } };
        if (msg?.type === 'lookup' && msg.params) g.__asked = (g.__asked ?? 0) + asks(msg.params);
        if (msg?.type === 'lookupBatch') for (const it of msg.params?.items ?? []) g.__asked = (g.__asked ?? 0) + asks(it);
      });
    g.__asked = 0;
  });
  const asked = () => h.worker.evaluate(() => (globalThis as unknown as { __asked: number }).__asked);
  const page = await h.newPage('/fixtures/hover.html');
  expect(await hoverFor(page, '#p4', 'الاقتصادي')).not.toBeNull();
  const before = await asked();
  expect(before).toBeGreaterThan(0);
  const p = await wordPoint(page, '#p4', 'الاقتصادي');
  for (let dx = -12; dx <= 12; dx += 3) await page.mouse.move(p.x + dx, p.y);
  expect((await hoverFor(page, '#p4', 'القاهرة'))?.word).toBe('القاهرة');
  expect((await hoverFor(page, '#p4', 'الاقتصادي'))?.word).toBe('الاقتصادي');
  expect(await asked()).toBe(before); // the second visit came from the cache
  await page.close();
});

test('the tooltip follows its word when the page scrolls and closes when the word leaves the view', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p2', 'جنيف');
  expect(s).not.toBeNull();
  await page.mouse.move(1, 1); // out of the way: the pointer is not what moves the tooltip here
  await page.evaluate(() => {
    document.documentElement.style.minHeight = '3000px';
    window.scrollBy(0, 30);
  });
  const moved = await waitForTooltip(page, (t) => !!t && Math.abs(t.rect.top - (s!.rect.top - 30)) < 2, 1000);
  expect(moved?.rect.top).toBeCloseTo(s!.rect.top - 30, 0);
  await page.evaluate(() => window.scrollBy(0, 2000));
  expect(await waitForTooltip(page, (t) => t === null)).toBeNull();
  await page.close();
});

test('the scan modifier chosen on the options page is obeyed', async () => {
  const options = await h.newPage(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('label', { hasText: 'Key to hold while hovering' }).locator('select').selectOption('shift');
  await options.getByText('Saved').waitFor();
  await options.close();
  const page = await h.newPage('/fixtures/hover.html');
  await page.keyboard.down('Shift');
  expect((await hoverFor(page, '#p4', 'القاهرة'))?.word).toBe('القاهرة');
  await page.keyboard.up('Shift');
  // without the key, moving on closes the tooltip and opens no other
  await moveTo(page, '#p1', 'العاصمة');
  expect(await waitForTooltip(page, (t) => t === null)).toBeNull();
  expect(await settledTooltip(page)).toBeNull();
  // pressing the key with the pointer resting on a word looks it up
  await page.keyboard.down('Shift');
  expect((await waitForTooltip(page, (t) => t?.word === 'العاصمة'))?.word).toBe('العاصمة');
  await page.keyboard.up('Shift');
  await page.close();
});

test('a settings change reaches an open tab live', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p4', 'القاهرة');
  expect(s?.background).toBe(LIGHT_BG);
  await setSettings(h.worker, { theme: 'dark' });
  expect((await waitForTooltip(page, (t) => t?.background === DARK_BG))?.background).toBe(DARK_BG);
  await setSettings(h.worker, { theme: 'dark', enabled: false });
  expect(await waitForTooltip(page, (t) => t === null)).toBeNull();
  await moveTo(page, '#p1', 'العاصمة');
  expect(await settledTooltip(page)).toBeNull();
  await setSettings(h.worker, { modifier: 'alt' });
  await page.keyboard.down('Alt');
  expect((await hoverFor(page, '#p1', 'الوزير'))?.word).toBe('الوزير');
  await page.keyboard.up('Alt');
  await page.close();
});

test('the dark theme puts the tooltip in dark colours; light wins over a dark system', async () => {
  await setSettings(h.worker, { theme: 'dark' });
  const page = await h.newPage('/fixtures/hover.html');
  const s = await hoverFor(page, '#p4', 'القاهرة');
  expect(s?.background).toBe(DARK_BG);
  expect(s?.color).toBe('rgb(232, 237, 241)');
  await page.close();
  await setSettings(h.worker, { theme: 'light' });
  const dark = await h.context.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.goto(`${h.serverUrl}/fixtures/hover.html`);
  expect((await hoverFor(dark, '#p4', 'القاهرة'))?.background).toBe(LIGHT_BG);
  await setSettings(h.worker, { theme: 'auto' });
  await moveTo(dark, '#p1', 'العاصمة');
  expect((await waitForTooltip(dark, (t) => t?.word === 'العاصمة' && t.background === DARK_BG))?.background).toBe(DARK_BG);
  await dark.close();
});

test("a hover session leaves the page's own nodes untouched; the only addition is <tarjuman-root>", async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const snapshot = () =>
    page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('tarjuman-root').forEach((n) => n.remove());
      return { article: document.getElementById('story')!.innerHTML, html: clone.outerHTML };
    });
  const before = await snapshot();
  expect(await hoverFor(page, '#p1', 'وبالمفاوضات')).not.toBeNull();
  expect(await hoverFor(page, '#p2', 'حكومة', 'الحكومة')).not.toBeNull();
  expect(await hoverFor(page, '#p5', 'كتب')).not.toBeNull();
  await page.keyboard.press('a');
  await page.keyboard.press('Escape');
  expect(await hoverFor(page, '#p2', 'الولايات')).not.toBeNull();
  await page.mouse.move(5, 5);
  await waitForTooltip(page, (t) => t === null);
  const after = await snapshot();
  expect(after.article).toBe(before.article);
  expect(after.html).toBe(before.html);
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('tarjuman-root')).map((n) => n.parentElement?.tagName))).toEqual([
    'HTML',
  ]);
  await page.close();
});

test('inputs, text areas and editors are ignored unless hoverInInputs is on', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  expect(await hoverFor(page, '#p1', 'الوزير')).not.toBeNull(); // the content script is running
  const moveToField = async (selector: string, word: string) => {
    const p = await fieldWordPoint(page, selector, word);
    await page.mouse.move(p.x + 2, p.y);
    await page.mouse.move(p.x, p.y);
  };
  await moveToField('#field', 'كتاب');
  expect(await settledTooltip(page)).toBeNull();
  await moveToField('#area', 'رسالة');
  expect(await settledTooltip(page)).toBeNull();
  await moveTo(page, '#editor', 'مسودة');
  expect(await settledTooltip(page)).toBeNull();

  await setSettings(h.worker, { hoverInInputs: true });
  await page.waitForTimeout(200);
  await moveToField('#field', 'كتاب');
  expect((await waitForTooltip(page, (t) => t?.word === 'كتاب'))?.glosses).toContain('book');
  // the tooltip below the input reaches over the text area: go round it, as a reader would
  await page.mouse.move(1, 1);
  await waitForTooltip(page, (t) => t === null);
  await moveToField('#area', 'رسالة');
  expect((await waitForTooltip(page, (t) => t?.word === 'رسالة'))?.word).toBe('رسالة');
  expect((await hoverFor(page, '#editor', 'مسودة'))?.word).toBe('مسودة');
  await page.close();
});

test('content added to the page later is hoverable', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  expect(await hoverFor(page, '#p1', 'الوزير')).not.toBeNull();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'ووصل الوفد الأوروبي إلى الرياض مساء أمس.';
    document.getElementById('story')!.appendChild(p);
  });
  expect((await hoverFor(page, '#late', 'الرياض'))?.word).toBe('الرياض');
  await page.close();
});

test('Arabic in a same-origin iframe gets its tooltip inside the frame', async () => {
  const page = await h.newPage('/fixtures/hover-frame.html');
  const frame = page.frames().find((f) => f.url().endsWith('/hover-inner.html'));
  expect(frame).toBeDefined();
  const s = await hoverFor(page, '#framed', 'الانتخابات', 'الانتخابات', { frame: frame! });
  expect(s?.word).toBe('الانتخابات');
  expect(s!.glosses.join(' ')).toMatch(/election/);
  expect(s!.rect.right).toBeLessThanOrEqual(s!.viewport.width);
  expect(await tooltipState(page)).toBeNull(); // the top document has no tooltip of its own
  expect((await hoverFor(page, '#outer', 'بيروت'))?.word).toBe('بيروت');
  await page.close();
});

test('a page with a strict CSP still shows a styled tooltip', async () => {
  const page = await h.newPage('/fixtures/hover.csp.html');
  const s = await hoverFor(page, '#c1', 'البرلمان');
  expect(s?.word).toBe('البرلمان');
  expect(s?.background).toBe(LIGHT_BG);
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('tarjuman-root')!.shadowRoot!.querySelector('.tooltip')!).position),
  ).toBe('fixed');
  await page.close();
});

test('the tooltip stays inside the viewport for words at the edges', async () => {
  const page = await h.newPage('/fixtures/hover-edge.html');
  for (const [sel, word] of [
    ['#corner', 'العاصمة'],
    ['#left', 'الاقتصاد'],
  ] as const) {
    const s = await hoverFor(page, sel, word);
    expect(s?.word).toBe(word);
    const { rect, viewport } = s!;
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(viewport.width);
    expect(rect.bottom).toBeLessThanOrEqual(viewport.height);
    // and it does not cover the word it explains
    const p = await wordPoint(page, sel, word);
    expect(p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom).toBe(false);
  }
  await page.close();
});

test('the article’s words are looked up ahead of the pointer: a hover is answered within the pointer event itself', async () => {
  const page = await h.newPage('/');
  // a main-world listener that runs after the content script's (window, bubbling): is the tooltip already there?
  await page.evaluate(() => {
    const w = window as unknown as { __answered: string[] };
    w.__answered = [];
    window.addEventListener('pointerrawupdate', () => {
      const tip = document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip .word');
      w.__answered.push(tip?.textContent?.trim() ?? '');
    });
  });
  // distinct words of the article's later paragraphs, none hovered before (their lookup can only come from the prefetch)
  const words = await page.evaluate(() => {
    const out: string[] = [];
    for (const p of Array.from(document.querySelectorAll('article p')).slice(1))
      for (const m of (p.textContent ?? '').matchAll(/[\u0621-\u064A]{4,}/g)) if (!out.includes(m[0])) out.push(m[0]);
    return out.slice(0, 12);
  });
  expect(words.length).toBeGreaterThan(8);
  let answeredAtOnce = '';
  for (const word of words) {
    await page.keyboard.press('Escape');
    await waitForTooltip(page, (t) => t === null, 2000);
    await page.evaluate(() => ((window as unknown as { __answered: string[] }).__answered.length = 0));
    const pt = await wordPoint(page, 'article', word);
    await page.mouse.move(pt.x, pt.y);
    const s = await waitForTooltip(page, (t) => t?.word === word, 3000);
    expect(s?.word).toBe(word); // every hover is answered, prefetched or not
    const answered = await page.evaluate(() => (window as unknown as { __answered: string[] }).__answered);
    if (answered.includes(word)) {
      answeredAtOnce = word;
      break;
    }
    await new Promise((r) => setTimeout(r, 400)); // give the idle-time lookups a moment
  }
  expect(answeredAtOnce).not.toBe('');
  await page.close();
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
