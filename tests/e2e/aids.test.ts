/**
 * Reading aids end to end: unknown words underlined (known ones not), diacritics hidden and restored, vowels added
 * and removed, larger font, the interlinear gloss.
 */
import type { Page } from 'playwright-core';
import { hoverWord, launch, setChecked, tabIdOf, waitForTooltip, wordPoint, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

// the extension API as seen from an extension page and the service worker
declare const chrome: {
  runtime: { sendMessage(m: object): Promise<unknown> };
  storage: { session: { get(k: string): Promise<Record<string, { status?: string }>> } };
};

interface Reply<T> {
  ok: boolean;
  value: T;
  error?: string;
}

/** Sends one typed request to the service worker from an extension page, as the popup does. */
async function send<T>(type: string, params: object): Promise<T> {
  const ext = await h.context.newPage();
  await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
  const r = (await ext.evaluate((m) => chrome.runtime.sendMessage(m), { tarjuman: 1, type, params })) as Reply<T>;
  await ext.close();
  if (!r.ok) throw new Error(`${type}: ${r.error}`);
  return r.value;
}

/** Waits for the article to be analysed (the content script reports it to the service worker). */
async function articleReady(page: Page): Promise<void> {
  const tabId = await tabIdOf(h.worker, page);
  await h.worker.evaluate(async (tabId) => {
    for (let i = 0; i < 150; i++) {
      const s = (await chrome.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`];
      if (s?.status === 'article') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no article');
  }, tabId);
}

/** The text of every range of a highlight (unknown words by default), in page order; null when there is none. */
function underlined(page: Page, name = 'tarjuman-unknown'): Promise<string[] | null> {
  return page.evaluate((name) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
    // the many-range highlights are StaticRanges (no toString): read through a live Range
    const text = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    return hl ? Array.from(hl).map(text) : null;
  }, name);
}

/** Polls `check` until it holds, failing after `ms` (as waitForFunction does, for checks that need the test's code). */
async function until(what: string, check: () => Promise<boolean>, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const KNOWN = 'الحكومة';

/** Waits until the element with this test id contains `text`. */
const waitFor = (page: Page, testid: string, text: string) =>
  page.waitForFunction(
    ({ testid, text }) => document.querySelector(`[data-testid=${testid}]`)?.textContent?.includes(text),
    { testid, text },
    { timeout: 10000 },
  );
const HARAKA = /[\u064B-\u0652\u0670]/;

test('underline unknown words, hide diacritics and enlarge the font from the popup; turning them off restores the page', async () => {
  // the learner knows "government": saved through the service worker with the reading the tooltip would show
  const context = 'افتتحت الحكومة مكتبة';
  const start = context.indexOf(KNOWN);
  const looked = await send<{ analyses: Array<{ lemma: string; pos: string; gloss: string[] }> }>('lookup', { context, offset: start + 2 });
  const a = looked.analyses[0]!;
  const saved = await send<{ id: string }>('saveWord', {
    lemma: a.lemma,
    pos: a.pos,
    gloss: a.gloss,
    context,
    start,
    end: start + KNOWN.length,
    url: `${h.serverUrl}/fixtures/aids.html`,
  });
  await send('updateWord', { id: saved.id, known: true });
  expect(await send<string[]>('knownLemmas', {})).toEqual([a.lemma]);

  const page = await h.newPage('/fixtures/aids.html');
  await articleReady(page);
  const article = () => page.evaluate(() => document.getElementById('story')!.outerHTML);
  const styles = () =>
    page.evaluate(() => Array.from(document.querySelectorAll('#story h1, #story p')).map((e) => e.getAttribute('style')));
  const before = { html: await article(), styles: await styles() };
  const words = await page.evaluate(() => document.getElementById('story')!.textContent!.match(/[\u0621-\u0652\u0670]+/g)!);
  expect(words.filter((w) => w === KNOWN)).toHaveLength(2);
  expect(words.some((w) => HARAKA.test(w))).toBe(true);

  const popup = await h.popup(page);
  const box = (id: string) => popup.locator(`[data-testid=${id}]`);
  await box('aid-underline').waitFor({ timeout: 15000 });
  expect(await box('aid-underline').isChecked()).toBe(false);
  expect(await box('aid-diacritics').isChecked()).toBe(true);

  // 1. every content word but the known one is underlined, through the highlight registry (the DOM is untouched);
  // function words and names are never unknown
  await setChecked(box('aid-underline'), true);
  await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('tarjuman-unknown'));
  const marked = (await underlined(page))!;
  expect(marked).not.toContain(KNOWN);
  for (const little of ['في', 'إن', 'أن', 'على', 'كل', 'خلال', 'فيها']) expect(marked).not.toContain(little);
  expect(marked).not.toContain('الإسكندرية'); // a name
  expect(marked).toEqual(expect.arrayContaining(['مكتبةً', 'الطلاب', 'القراءة', 'بالمشروع']));
  expect(marked.length).toBeLessThan(words.length - 2 - 10);
  expect(await article()).toBe(before.html);
  // the popup's header counts the same words: the known word's two uses of all the content words
  await waitFor(popup, 'known-share', `You know ${Math.round((100 * 2) / (marked.length + 2))}% of this article's words`);
  // both follow a change made elsewhere at once: the word unmarked, then marked known again
  await send('updateWord', { id: saved.id, known: false });
  await until('the unmarked word underlined', async () => (await underlined(page))?.filter((w) => w === KNOWN).length === 2);
  await waitFor(popup, 'known-share', "You know 0% of this article's words");
  await send('updateWord', { id: saved.id, known: true });
  await until('the known word not underlined', async () => (await underlined(page))?.length === marked.length);
  expect(await underlined(page)).toEqual(marked);

  // 2. diacritics off rewrites the article's text; the underline still falls on whole words
  await setChecked(box('aid-diacritics'), false);
  await page.waitForFunction(() => !/[\u064B-\u0652\u0670]/.test(document.getElementById('story')!.textContent!));
  await until('the underline on the bare words', async () => {
    const bare = await underlined(page);
    return bare?.length === marked.length && bare.every((w) => !HARAKA.test(w));
  });
  expect(await underlined(page)).toEqual(marked.map((w) => w.replace(/[\u064B-\u0652\u0670]/g, '')));
  await setChecked(box('aid-diacritics'), true);
  await page.waitForFunction((html) => document.getElementById('story')!.outerHTML === html, before.html);
  expect(await article()).toBe(before.html);
  expect(await underlined(page)).toEqual(marked);

  // 3. the larger font is an inline font-size, and off puts every style attribute back as it was
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.getElementById('a2')!).fontSize));
  const normal = await size();
  await setChecked(box('aid-large-font'), true);
  await page.waitForFunction((n) => parseFloat(getComputedStyle(document.getElementById('a2')!).fontSize) > n, normal);
  expect(await page.evaluate(() => document.getElementById('a1')!.getAttribute('style'))).toMatch(
    /^color: rgb\(34, 34, 34\); font-size: \d+px;$/,
  );
  // (the browser re-serialised the colour: only restoring the attribute itself gives back `color: #222`)
  await setChecked(box('aid-large-font'), false);
  await page.waitForFunction((n) => parseFloat(getComputedStyle(document.getElementById('a2')!).fontSize) === n, normal);
  expect(await styles()).toEqual(before.styles);

  // the aids are remembered for the site: a new page of it opens underlined
  const again = await h.newPage('/fixtures/aids.html');
  await again.waitForFunction(
    () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('tarjuman-unknown'),
    undefined,
    {
      timeout: 15000,
    },
  );
  await popup.bringToFront();
  await setChecked(box('aid-underline'), false);
  await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('tarjuman-unknown'));
  expect(await article()).toBe(before.html);
  expect(await styles()).toEqual(before.styles);
  for (const p of [popup, page, again]) await p.close();
});

/** Each glossed ruby of the page: its Arabic, its English, and whether it lies inside the article. */
function glossed(page: Page): Promise<Array<{ ar: string; en: string; inStory: boolean }>> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('ruby[data-tarjuman=gloss]')).map((r) => ({
      ar: r.firstChild?.textContent ?? '',
      en: r.querySelector('rt')?.getAttribute('data-gloss') ?? '',
      inStory: !!r.closest('#story'),
    })),
  );
}

/** Glosses not under their word, and glosses over another glossed word (the next line's, say). */
function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const rubies = Array.from(document.querySelectorAll('#story ruby[data-tarjuman=gloss]'));
    const boxes = rubies.map((r) => {
      const range = document.createRange();
      range.selectNodeContents(r.firstChild!);
      return { ar: r.firstChild!.textContent!, word: range.getBoundingClientRect(), gloss: r.querySelector('rt')!.getBoundingClientRect() };
    });
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (const a of boxes) {
      // (the annotation sits against the font's em box; the Arabic text box reaches a little further down)
      const under = a.gloss.height > 0 && a.gloss.top >= a.word.top + a.word.height * 0.8 && a.gloss.bottom > a.word.bottom;
      if (!under) faults.push(`${a.ar}: gloss not under the word`);
      for (const b of boxes) if (b !== a && overlap(a.gloss, b.word)) faults.push(`${a.ar}: gloss over ${b.ar}`);
    }
    return faults;
  });
}

test('the interlinear gloss puts English under the article words only, keeps hover and links, and off restores the page', async () => {
  const page = await h.newPage('/fixtures/gloss.html');
  await articleReady(page);
  const html = (sel: string) => page.evaluate((sel) => document.querySelector(sel)!.innerHTML, sel);
  const before = { story: await html('#story'), nav: await html('nav'), aside: await html('aside') };
  const text = await page.evaluate(() => document.getElementById('story')!.textContent);
  const lineHeight = () => page.evaluate(() => document.getElementById('g3')!.getBoundingClientRect().height);
  const plainHeight = await lineHeight();
  // the place names are highlighted as entities (drawn with ranges on the page's text nodes)
  const locations = async () => (await underlined(page, 'tarjuman-location')) ?? [];
  /** waits until the entity highlight is drawn on the place name (it is redrawn after the text nodes change) */
  const placeHighlighted = () => until('the place highlighted', async () => (await locations()).includes('الولايات المتحدة'));
  await placeHighlighted();

  const popup = await h.popup(page);
  const box = popup.locator('[data-testid=aid-gloss]');
  await box.waitFor({ timeout: 15000 });
  expect(await box.isChecked()).toBe(false);
  await setChecked(box, true);
  // the paragraphs are glossed in order: the last one glossed means all are
  await page.waitForFunction(() => document.querySelector('#g4 ruby[data-tarjuman=gloss]') !== null, undefined, { timeout: 15000 });
  const glosses = await glossed(page);
  const en = (ar: string) => glosses.filter((g) => g.ar === ar).map((g) => g.en);

  expect(glosses.every((g) => g.inStory)).toBe(true);
  expect(await html('nav')).toBe(before.nav);
  expect(await html('aside')).toBe(before.aside);
  expect(en('الحكومة')).toEqual(['the government']);
  expect(en('افتتحت')).toEqual(['opened']);
  // a word with a conjunction, a preposition and a possessive suffix
  expect(en('وبحديقتها')).toEqual(['and with its garden']);
  // an expression is glossed once, under both its words
  expect(en('الولايات المتحدة')).toEqual(['the United States']);
  expect(en('الولايات')).toEqual([]);
  expect(en('المتحدة')).toEqual([]);
  // only Arabic words: no gloss for the figure, the Latin name or punctuation
  expect(glosses.filter((g) => !/^[\u0621-\u0652\u0670 ]+$/.test(g.ar))).toEqual([]);
  expect(glosses.map((g) => g.ar)).toContain('الكتب');
  // the English is drawn by CSS, not written into the page's text
  expect(await page.evaluate(() => document.getElementById('story')!.textContent)).toBe(text);

  // laid out as ruby: under its word, left to right, smaller, never over another word; the lines move apart for it
  const rt = await page.evaluate(() => {
    const r = document.querySelector('#g3 ruby[data-tarjuman=gloss] rt')!;
    const cs = getComputedStyle(r);
    return { direction: cs.direction, size: parseFloat(cs.fontSize), parent: parseFloat(getComputedStyle(r.parentElement!).fontSize) };
  });
  expect(rt.direction).toBe('ltr');
  expect(rt.size).toBeLessThan(rt.parent);
  expect(await layoutFaults(page)).toEqual([]);
  expect(await lineHeight()).toBeGreaterThan(plainHeight);

  // the entity highlight was redrawn on the glossed words
  await placeHighlighted();

  // hovering a glossed word still opens its tooltip
  await hoverWord(page, '#g1', 'الحكومة');
  const tip = await waitForTooltip(page, (t) => t?.word === 'الحكومة');
  expect(tip?.glosses.join(' ')).toContain('government');
  await page.mouse.move(1, 1);

  // the page's link still is one, and still works
  const link = await page.evaluate(() => {
    const a = document.getElementById('visit-link')!;
    return { rubies: a.querySelectorAll('ruby').length, href: a.getAttribute('href'), text: a.textContent };
  });
  expect(link).toEqual({ rubies: 2, href: '#visit', text: 'زيارة المكتبة' });
  await page.locator('#visit-link ruby').first().click();
  expect(await page.evaluate(() => location.hash)).toBe('#visit');

  // off: the article is the page's own again, node for node
  await popup.bringToFront();
  await setChecked(box, false);
  await page.waitForFunction(() => document.querySelector('ruby[data-tarjuman]') === null);
  expect(await html('#story')).toBe(before.story);
  await placeHighlighted();
  for (const p of [popup, page]) await p.close();
});

/** Whether the paragraph `sel` has glossed words. */
function hasGloss(page: Page, sel: string): Promise<boolean> {
  return page.evaluate((sel) => document.querySelector(`${sel} ruby[data-tarjuman=gloss]`) !== null, sel);
}

test('entity highlights are drawn near the screen and follow the reader down a long article', async () => {
  const page = await h.newPage('/fixtures/gloss-long.html');
  await articleReady(page);
  // the date «الشهر الماضي» is in every fourth paragraph, 16 times; at the top only the first screens' are drawn
  const mentions = await page.evaluate(() => (document.getElementById('story')!.textContent!.match(/الشهر الماضي/g) ?? []).length);
  expect(mentions).toBe(16);
  await until('dates highlighted at the top', async () => ((await underlined(page, 'tarjuman-date')) ?? []).length > 0);
  // the index of the furthest paragraph that has a date drawn
  const furthest = () =>
    page.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('tarjuman-date');
      const paras = Array.from(document.querySelectorAll('#story p'));
      return Math.max(-1, ...Array.from(hl ?? []).map((r) => paras.findIndex((p) => p.contains(r.startContainer))));
    });
  const total = await page.evaluate(() => document.querySelectorAll('#story p').length);
  const atTop = ((await underlined(page, 'tarjuman-date')) ?? []).filter((t) => t === 'الشهر الماضي').length;
  expect(atTop).toBeLessThan(mentions);
  expect(await furthest()).toBeLessThan(total - 8);
  // the last group's date (its third paragraph) is highlighted once the reader gets there
  await page.evaluate(() => document.getElementById('last')!.scrollIntoView({ block: 'end' }));
  await until('the end of the article highlighted', async () => (await furthest()) >= total - 4);
  await page.close();
});

test('the gloss goes only where the reader is: paragraphs far from the screen are glossed as they are scrolled near', async () => {
  const page = await h.newPage('/fixtures/gloss-long.html');
  await articleReady(page);
  const story = () => page.evaluate(() => document.getElementById('story')!.innerHTML);
  const before = await story();
  // the reader is at the end of the article when turning the gloss on
  await page.evaluate(() => document.getElementById('last')!.scrollIntoView({ block: 'end' }));
  const distance = await page.evaluate(() => -document.getElementById('first')!.getBoundingClientRect().bottom / innerHeight);
  expect(distance).toBeGreaterThan(3); // the first paragraph is more than three screens above

  const popup = await h.popup(page);
  const box = popup.locator('[data-testid=aid-gloss]');
  await box.waitFor({ timeout: 15000 });
  await setChecked(box, true);
  await page.waitForFunction(() => document.querySelector('#last ruby[data-tarjuman=gloss]') !== null, undefined, { timeout: 15000 });
  // glossing the whole article in order would have done the first paragraph long before the last
  expect(await hasGloss(page, '#first')).toBe(false);
  const glossedParagraphs = () => page.evaluate(() => document.querySelectorAll('#story p:has(ruby[data-tarjuman=gloss])').length);
  const total = await page.evaluate(() => document.querySelectorAll('#story p').length);
  expect(await glossedParagraphs()).toBeLessThan(total / 2);

  // scrolled back to the top, the first paragraph is glossed in turn
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelector('#first ruby[data-tarjuman=gloss]') !== null, undefined, { timeout: 15000 });
  expect((await glossed(page)).filter((g) => g.ar === 'البلدية').map((g) => g.en)[0]).toBe('the municipality');

  // off puts back every node, glossed near the top, near the end, or not at all
  await popup.bringToFront();
  await setChecked(box, false);
  await page.waitForFunction(() => document.querySelector('ruby[data-tarjuman]') === null);
  expect(await story()).toBe(before);
  for (const p of [popup, page]) await p.close();
});

test('switching the diacritics while the gloss is on glosses the rewritten text, and both off restore the page', async () => {
  const page = await h.newPage('/fixtures/gloss.html');
  await articleReady(page);
  const story = () => page.evaluate(() => document.getElementById('story')!.innerHTML);
  const storyText = () => page.evaluate(() => document.getElementById('story')!.textContent!);
  const before = { html: await story(), text: await storyText() };
  expect(before.text).toMatch(HARAKA);

  const popup = await h.popup(page);
  const box = (id: string) => popup.locator(`[data-testid=${id}]`);
  await box('aid-gloss').waitFor({ timeout: 15000 });
  await setChecked(box('aid-gloss'), true);
  await page.waitForFunction(() => document.querySelector('#g4 ruby[data-tarjuman=gloss]') !== null, undefined, { timeout: 15000 });
  const withHarakat = await glossed(page);
  expect(withHarakat.map((g) => g.ar)).toContain('مكتبةً');
  const bare = (w: string) => w.replace(/[\u064B-\u0652\u0670]/g, '');

  // diacritics hidden: the same words under the same English, now without their harakat
  await setChecked(box('aid-diacritics'), false);
  await until('the bare text glossed again', async () => {
    const g = await glossed(page);
    return !HARAKA.test(await storyText()) && g.length === withHarakat.length;
  });
  expect(await storyText()).toBe(bare(before.text));
  expect(await glossed(page)).toEqual(withHarakat.map((g) => ({ ...g, ar: bare(g.ar) })));

  // shown again: the page's own text, glossed as at first
  await setChecked(box('aid-diacritics'), true);
  await until('the text with harakat glossed again', async () => {
    const g = await glossed(page);
    return (await storyText()) === before.text && g.length === withHarakat.length;
  });
  expect(await glossed(page)).toEqual(withHarakat);

  // the gloss off (diacritics hidden meanwhile, then shown): the page's own nodes and text, exactly
  await setChecked(box('aid-diacritics'), false);
  await page.waitForFunction(() => !/[\u064B-\u0652\u0670]/.test(document.getElementById('story')!.textContent!));
  await setChecked(box('aid-gloss'), false);
  await page.waitForFunction(() => document.querySelector('ruby[data-tarjuman]') === null);
  await setChecked(box('aid-diacritics'), true);
  await page.waitForFunction((text) => document.getElementById('story')!.textContent === text, before.text);
  expect(await story()).toBe(before.html);
  for (const p of [popup, page]) await p.close();
});

test('"Add vowels" writes each article word as read, hover still reads it, and off restores the page exactly', async () => {
  const page = await h.newPage('/fixtures/aids.html');
  await articleReady(page);
  const story = () => page.evaluate(() => document.getElementById('story')!.innerHTML);
  const storyText = () => page.evaluate(() => document.getElementById('story')!.textContent!);
  const before = { html: await story(), text: await storyText() };
  const bare = (w: string) => w.replace(/[\u064B-\u0652\u0670]/g, '');

  const popup = await h.popup(page);
  const box = (id: string) => popup.locator(`[data-testid=${id}]`);
  await box('aid-vowels').waitFor({ timeout: 15000 });
  expect(await box('aid-vowels').isChecked()).toBe(false);
  await setChecked(box('aid-vowels'), true);
  await page.waitForFunction(
    () => document.getElementById('a3')!.textContent!.includes('\u0648\u064E\u0623\u064E\u0639\u0652\u0644\u064E\u0646\u064E\u062A\u0652'),
    undefined,
    {
      timeout: 15000,
    },
  ); // وَأَعْلَنَتْ
  const text = await storyText();
  // only marks were added: the letters are the page's own, and the marks the writer wrote are still there
  expect(bare(text)).toBe(bare(before.text));
  expect(text).toContain('\u0645\u064E\u0643\u0652\u062A\u064E\u0628\u064E\u0629\u064B'); // مَكْتَبَةً (the writer's tanwin kept)
  // the sentence shows the case: the subject after its verb, a noun after a preposition
  expect(text).toContain('\u0627\u0644\u0652\u062D\u064F\u0643\u064F\u0648\u0645\u064E\u0629\u064F'); // الْحُكُومَةُ
  expect(text).toContain('\u0641\u0650\u064A \u0627\u0644\u0652\u0645\u064F\u062F\u064F\u0646\u0650'); // فِي الْمُدُنِ

  // a vowelled word still opens its tooltip, which shows the word as read and its transliteration
  const word = '\u0648\u064E\u0623\u064E\u0639\u0652\u0644\u064E\u0646\u064E\u062A\u0652';
  // (from the margin beside it: a tooltip opened on a word passed on the way would cover it)
  const at = await wordPoint(page, '#a3', word);
  await page.mouse.move(1275, at.y);
  await page.mouse.move(at.x, at.y);
  const tip = await waitForTooltip(page, (s) => s?.word === word);
  expect(tip?.word).toBe(word);
  const reading = await page.evaluate(
    () => document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip .reading')?.textContent ?? null,
  );
  expect(reading).toBe('wa-ʾaʿlanat');

  // off: the page's own text and nodes, exactly
  await popup.bringToFront();
  await setChecked(box('aid-vowels'), false);
  await page.waitForFunction((html) => document.getElementById('story')!.innerHTML === html, before.html);
  expect(await storyText()).toBe(before.text);
  for (const p of [popup, page]) await p.close();
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
