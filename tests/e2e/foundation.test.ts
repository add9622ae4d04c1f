/** The frame works in real Chromium: the extension loads, activates on an Arabic article, stays inert elsewhere. */
import { hoverWord, launch, tooltipText, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('the content script activates on an Arabic article and the popup shows its analysis', async () => {
  const page = await h.newPage('/');
  await hoverWord(page, 'article', 'الخارجية');
  const text = await tooltipText(page);
  expect(text).toContain('foreign');
  const popup = await h.popup(page);
  await popup.waitForFunction(
    () => document.querySelector('[data-testid=status]')?.textContent?.includes('Arabic article found'),
    undefined,
    { timeout: 15000 },
  );
  expect(await popup.locator('html').getAttribute('dir')).toBe('ltr');
  await popup.close();
  await page.close();
});

test('an English page stays untouched and the popup says it is not Arabic', async () => {
  const page = await h.newPage('/fixtures/english.html');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await page.mouse.move(200, 150);
  await page.mouse.move(220, 160);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => document.querySelector('tarjuman-root'))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  const popup = await h.popup(page);
  await popup.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent?.includes('not in Arabic'), undefined, {
    timeout: 15000,
  });
  await popup.close();
  await page.close();
});

test('the popup renders in Arabic, right to left', async () => {
  const page = await h.newPage('/');
  const popup = await h.popup(page);
  await popup.selectOption('select', 'ar');
  await popup.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
  expect(await popup.locator('[data-testid=status]').textContent()).toMatch(/[\u0600-\u06FF]/);
  await popup.selectOption('select', 'en');
  await popup.waitForFunction(() => document.documentElement.dir === 'ltr');
  await popup.close();
  await page.close();
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
