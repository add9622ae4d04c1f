/**
 * The extension as shipped keeps its shadow roots closed (src/content/shadow-mode.ts), while the other e2e tests run
 * the test build, whose roots are open so they can look inside. Here the roots are closed, as users have them: the
 * page cannot reach the tooltip, and the tooltip still works (its own keys, a word saved from it).
 */
import fs from 'node:fs';
import { launch, savedLemmas, setSettings, shippedShadowCopy, wordPoint, type Harness } from './harness';

let h: Harness;
let dir: string;

beforeAll(async () => {
  dir = shippedShadowCopy();
  h = await launch({ extensionDir: dir });
  await setSettings(h.worker);
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the page finds the host but not its shadow root; hover and the save key work as in the test build', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  const p = await wordPoint(page, '#p4', 'الاقتصادي');
  await page.mouse.move(2, 2);
  await page.mouse.move(p.x, p.y);
  // the hovered word's highlight is the one sign the page can see (README, Security model)
  await page.waitForFunction(() =>
    (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('tarjuman-hover'),
  );
  expect(await page.evaluate(() => !!document.querySelector('tarjuman-root'))).toBe(true);
  expect(await page.evaluate(() => document.querySelector('tarjuman-root')!.shadowRoot)).toBeNull();
  // Playwright's selectors pierce open shadow roots only: nothing of the tooltip is found from the page
  expect(await page.locator('.tooltip').count()).toBe(0);
  await page.keyboard.press('s');
  let saved: string[] = [];
  for (const end = Date.now() + 10000; Date.now() < end && !saved.some((l) => l.includes('اقتصادي'));) {
    await new Promise((r) => setTimeout(r, 250));
    saved = await savedLemmas(h);
  }
  expect(saved).toContainEqual(expect.stringContaining('اقتصادي'));
});

test('nothing was thrown into any console', () => {
  expect(h.errors).toEqual([]);
});
