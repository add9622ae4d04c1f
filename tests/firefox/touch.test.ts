/**
 * Touch in Firefox, as far as WebDriver BiDi carries it: taps (input.performActions with a touch pointer) reach the
 * page as pointer events of type "touch". A tap glosses the word as a hover does; a tap off any word closes.
 */
import { launch, tooltip, waitForTip, wordPoint, type FirefoxHarness } from './harness';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch({ prefs: { 'dom.w3c_touch_events.enabled': 1 } });
});
afterEach(async () => {
  await h.closePages();
});
afterAll(async () => {
  await h?.close();
});

const WORDS = ['الخارجية', 'القاهرة', 'الأحمر', 'الملاحة'];

test('a tap on a word shows its gloss, as a hover does; a tap off any word closes it', async () => {
  const page = await h.newPage('/', { width: 360, height: 740 });
  await h.articleReady(page);
  // the taps must reach the page as a finger's, not as a mouse's
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { downs: string[] }).downs = []);
    document.addEventListener('pointerdown', (e) => seen.push(e.pointerType), true);
  });
  for (const w of WORDS) {
    const p = await wordPoint(page, 'article', w);
    await page.mouse.move(p.x, p.y);
    const hovered = await waitForTip(page, (t) => t?.word === w);
    expect(hovered?.word).toBe(w);
    await page.keyboard.press('Escape');
    await waitForTip(page, (t) => t === null);
    await page.touchscreen.tap(p.x, p.y);
    const tapped = await waitForTip(page, (t) => t?.word === w);
    expect(tapped?.glosses).toEqual(hovered?.glosses);
    // inside the 360 px viewport
    expect(tapped!.rect.left).toBeGreaterThanOrEqual(0);
    expect(tapped!.rect.right).toBeLessThanOrEqual(tapped!.viewport.width);
    await page.keyboard.press('Escape');
    await waitForTip(page, (t) => t === null);
  }
  const p = await wordPoint(page, 'article', WORDS[0]!);
  await page.touchscreen.tap(p.x, p.y);
  expect((await waitForTip(page, (t) => t !== null))?.word).toBe(WORDS[0]);
  const corner = await page.evaluate(() => ({
    x: 3,
    y: Math.max(3, document.querySelector('article')!.getBoundingClientRect().bottom + 3),
  }));
  await page.touchscreen.tap(corner.x, Math.min(corner.y, 737));
  expect(await waitForTip(page, (t) => t === null)).toBeNull();
  expect(await tooltip(page)).toBeNull();
  const downs = await page.evaluate(() => (window as unknown as { downs: string[] }).downs);
  expect(downs.length).toBe(WORDS.length + 2);
  expect(new Set(downs)).toEqual(new Set(['touch']));
});

// headless Firefox does not scroll for BiDi touches, but the finger's moves reach the page as touch pointer events:
// what could open a tooltip is there
test('ten swipes over the article open no tooltip', async () => {
  const page = await h.newPage('/', { width: 360, height: 740 });
  await h.articleReady(page);
  await page.evaluate(() => {
    const w = window as unknown as { moves: number };
    w.moves = 0;
    document.addEventListener('pointermove', (e) => void (e.pointerType === 'touch' && w.moves++), true);
  });
  for (let i = 0; i < 10; i++) {
    const p = await wordPoint(page, 'article', WORDS[i % WORDS.length]!);
    const y = Math.min(p.y, 600);
    const finger = await page.touchscreen.touchStart(p.x, y);
    for (let step = 1; step <= 6; step++) await finger.move(p.x, y - step * 20);
    await finger.end();
    await new Promise((r) => setTimeout(r, 300));
    expect(await tooltip(page)).toBeNull();
  }
  expect(await page.evaluate(() => (window as unknown as { moves: number }).moves)).toBeGreaterThanOrEqual(10);
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
