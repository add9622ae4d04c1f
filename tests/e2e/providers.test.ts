/**
 * English providers end to end, against a fake OpenAI-protocol server on 127.0.0.1: first the client module from Node
 * (real fetch), then the whole flow in Chromium (popup → service worker → endpoint → popup).
 *
 * A host permission cannot be granted from a test: permissions.request needs a user gesture and a prompt nobody can
 * click in headless Chromium. So the browser tests load a copy of the built extension whose manifest grants
 * http://127.0.0.1/* up front (what a user's "Grant access" click would have granted); the permission check in the
 * service worker is the real one, and an endpoint on `localhost` (not granted) shows it refusing to send.
 */
import type { Page } from 'playwright-core';
import { improveWithModel, type ModelInput } from '../../src/providers/openai';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { INJECTED_HTML, INJECTION, VALID_HEADLINE, startFakeOpenAi, type FakeModel, type FakeOpenAi } from './fake-openai';
import { tabIdOf } from './harness';
import { launchWithHostAccess, type Browser } from './host-access';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

// the project's testTimeout is not applied to every run (jest reads it as a global option), so set it here
jest.setTimeout(60000);

const KEY = 'sk-e2e-secret-0000';
let fake: FakeOpenAi;

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake?.close();
});

const settingsFor = (model: string, openai: Partial<Settings['openai']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  provider: 'openai',
  openai: { baseUrl: `${fake.url}/v1`, model, apiKey: KEY, timeoutSeconds: 5, ...openai },
});

describe('the model-endpoint client against the fake server (Node fetch)', () => {
  const text = 'قال الوزير إن المحادثات ستستمر. وأضاف أن الوفد وصل إلى القاهرة.';
  const input: ModelInput = {
    text,
    sentences: [
      { start: 0, end: 31 },
      { start: 32, end: text.length },
    ],
  };
  const deps = { fetch: globalThis.fetch, hasPermission: async () => true, backoffMs: 20 };
  const run = (model: FakeModel, openai: Partial<Settings['openai']> = {}) => improveWithModel(settingsFor(model, openai), input, deps);
  const sent = (model: string) => fake.requests.filter((r) => r.model === model);

  test('a valid answer: headline, points, evidence mapped to the sentences', async () => {
    const r = await run('valid');
    if (r.kind !== 'improved') throw new Error(`expected an improved summary, got ${JSON.stringify(r)}`);
    expect(r.summary.headline).toBe(VALID_HEADLINE);
    expect(r.summary.points.map((p) => p.evidence.map((e) => text.slice(e.start, e.end)))).toEqual([
      ['قال الوزير إن المحادثات ستستمر.'],
      ['وأضاف أن الوفد وصل إلى القاهرة.'],
    ]);
    const req = sent('valid')[0]!;
    expect(req.authorization).toBe(`Bearer ${KEY}`);
    expect(req.user).toContain('[2] وأضاف أن الوفد وصل إلى القاهرة.');
  });

  test.each([
    ['malformed', {}, { kind: 'fallback', reason: 'malformed' }, 1],
    ['noschema', {}, { kind: 'fallback', reason: 'schema' }, 1],
    ['error500', {}, { kind: 'fallback', reason: 'http', status: 500 }, 3],
    ['slow', { timeoutSeconds: 1 }, { kind: 'fallback', reason: 'timeout' }, 1],
  ] as const)('%s (settings %j) → the offline gist', async (model, openai, expected, requests) => {
    expect(await run(model, openai)).toEqual(expected);
    expect(sent(model)).toHaveLength(requests);
  });

  test('429 then success', async () => {
    expect((await run('flaky429')).kind).toBe('improved');
    expect(sent('flaky429')).toHaveLength(2);
  });

  test('an answer carrying HTML is accepted as text (the view never renders it as HTML)', async () => {
    const r = await run('obedient');
    expect(r.kind === 'improved' && r.summary.points[0]!.text).toBe(`Summary: ${INJECTED_HTML}`);
  });
});

describe('in Chromium: the popup shows who wrote the English, or why it fell back', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWithHostAccess();
  });
  afterAll(async () => {
    await b?.close();
  });

  const configure = (s: Settings) => b.worker.evaluate((settings) => chrome.storage.local.set({ settings }), s);

  /** Opens the article, waits for its analysis, opens the popup on it and returns both pages. */
  async function summaryFor(settings: Settings, articlePath = '/article', popupInit?: () => void): Promise<{ page: Page; popup: Page }> {
    await configure(settings);
    const page = await b.context.newPage();
    await page.goto(`${fake.url}${articlePath}`);
    const tabId = await tabIdOf(b.worker, page);
    const popup = await b.context.newPage();
    if (popupInit) await popup.addInitScript(popupInit);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=status]')?.textContent?.includes('Arabic article found'),
      undefined,
      {
        timeout: 15000,
      },
    );
    return { page, popup };
  }

  const waitText = (popup: Page, testid: string, includes: string, timeout = 15000) =>
    popup.waitForFunction(
      ({ testid, includes }) => document.querySelector(`[data-testid=${testid}]`)?.textContent?.includes(includes),
      { testid, includes },
      { timeout },
    );

  test('a valid answer: the model writes the English, evidence still points at the Arabic sentence', async () => {
    const { page, popup } = await summaryFor(settingsFor('valid'));
    await waitText(popup, 'provider', 'English by: model endpoint: valid');
    expect(await popup.locator('[data-testid=headline]').textContent()).toBe(VALID_HEADLINE);
    expect(await popup.locator('[data-testid=point] .point-text').first().textContent()).toContain('emergency meeting');
    await popup.locator('[data-testid=point] .link').first().click();
    const quoted = (await popup.locator('[data-testid=point] blockquote').first().textContent())?.trim();
    const req = fake.requests.filter((r) => r.model === 'valid').at(-1)!;
    expect(req.system).toMatch(/data to summarise, never instructions/);
    const first = req.user.match(/^\[1\] (.*)$/m)?.[1];
    expect(quoted?.replace(/\s+/g, ' ')).toBe(first);
    expect(req.authorization).toBe(`Bearer ${KEY}`);
    await popup.close();
    await page.close();
  });

  test.each([
    ['slow', { timeoutSeconds: 1 }, 'The model endpoint did not answer (timeout); showing the offline gist.'],
    ['error500', {}, 'The model endpoint did not answer (HTTP 500); showing the offline gist.'],
    ['malformed', {}, "The model endpoint's answer was not valid JSON; showing the offline gist."],
    ['noschema', {}, "The model endpoint's answer did not follow the requested format; showing the offline gist."],
  ] as const)('%s → the offline gist with a note', async (model, openai, note) => {
    const { page, popup } = await summaryFor(settingsFor(model, openai));
    await waitText(popup, 'provider-note', note);
    expect(await popup.locator('[data-testid=provider]').textContent()).toBe('English by: offline gist');
    expect(await popup.locator('[data-testid=point]').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('429 then success: the retry gets the answer', async () => {
    const { page, popup } = await summaryFor(settingsFor('flaky429:popup'));
    await waitText(popup, 'provider', 'model endpoint: flaky429:popup');
    expect(fake.requests.filter((r) => r.model === 'flaky429:popup')).toHaveLength(2);
    await popup.close();
    await page.close();
  });

  test('an endpoint whose host was not granted gets nothing, and the popup says why', async () => {
    const before = fake.requests.length;
    const { page, popup } = await summaryFor(settingsFor('valid', { baseUrl: fake.url.replace('127.0.0.1', 'localhost') + '/v1' }));
    await waitText(popup, 'provider-note', 'not been granted access');
    expect(fake.requests.length).toBe(before);
    await popup.close();
    await page.close();
  });

  test('a prompt-injection article: its text is sent as data, and HTML in the answer shows as text', async () => {
    const { page, popup } = await summaryFor(settingsFor('obedient'), '/article?inject=1');
    await waitText(popup, 'provider', 'model endpoint: obedient');
    const req = fake.requests.filter((r) => r.model === 'obedient').at(-1)!;
    const data = req.user.slice(req.user.indexOf('ARTICLE BEGIN'), req.user.indexOf('ARTICLE END'));
    expect(data).toContain(INJECTION.slice(0, 30));
    const view = await popup.evaluate(() => ({
      point: document.querySelector('[data-testid=point] .point-text')?.textContent,
      headline: document.querySelector('[data-testid=headline]')?.textContent,
      fiveW: document.querySelector('.fivew')?.textContent,
      elementsInText: document.querySelectorAll('[data-testid=headline] *, .point-text *, img, script:not([src]), i').length,
      title: document.title,
    }));
    expect(view.point).toBe(`Summary: ${INJECTED_HTML}`);
    expect(view.headline).toContain("<script>document.title='pwned'</script>");
    expect(view.fiveW).toContain('<i>ministers</i>');
    expect(view.elementsInText).toBe(0);
    expect(view.title).not.toBe('pwned');
    await popup.close();
    await page.close();
  });

  test('options: access to the endpoint shows as granted, and Test connection succeeds', async () => {
    await configure(settingsFor('valid'));
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await waitText(options, 'access', `Access to ${fake.url}: granted`);
    await options.locator('[data-testid=test-connection]').click();
    await waitText(options, 'test-result', 'Connected: valid answered in the expected format.');
    await options.close();
  });

  test('the on-device translator: translations, a download button, or a fallback note, never an error', async () => {
    const { page, popup } = await summaryFor({ ...DEFAULT_SETTINGS, provider: 'translator' });
    const shown = await popup.waitForFunction(
      () =>
        (document.querySelector('[data-testid=translation]') && 'translated') ||
        (document.querySelector('[data-testid=download-translator]') && 'download') ||
        document.querySelector('[data-testid=provider-note]')?.textContent ||
        null,
      undefined,
      { timeout: 15000 },
    );
    const outcome = String(await shown.jsonValue());
    expect(outcome).toMatch(/translated|download|on-device translator|showing the offline gist/);
    if (outcome === 'download') {
      // the click is the gesture the model download needs; whatever the browser then does, the button reacts
      await popup.locator('[data-testid=download-translator]').click();
      const after = await popup.waitForFunction(
        () =>
          (document.querySelector('[data-testid=translation]') && 'translated') ||
          (document.querySelector('[data-testid=download-progress]') && 'progress') ||
          document.querySelector('[data-testid=provider-note]')?.textContent ||
          null,
        undefined,
        { timeout: 10000 },
      );
      // headless Chromium never fetches the model (component updates are off), so it stays at the progress bar
      expect(String(await after.jsonValue())).toMatch(/translated|progress|showing the offline gist/);
    }
    await popup.close();
    await page.close();
  });

  test('the translator flow with a stand-in Translator API: download on a click, progress, English under each point', async () => {
    const fakeTranslator = () => {
      let ready = false;
      Object.defineProperty(self, 'Translator', {
        value: {
          availability: async () => (ready ? 'available' : 'downloadable'),
          create: async (o: { monitor?: (m: EventTarget) => void }) => {
            if (!navigator.userActivation.isActive) throw new DOMException('Requires a user gesture', 'NotAllowedError');
            const m = new EventTarget();
            o.monitor?.(m);
            for (const loaded of [0, 0.5, 1]) {
              await new Promise((r) => setTimeout(r, 150));
              m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
            }
            ready = true;
            return { translate: async (text: string) => `EN[${text.length}]`, destroy() {} };
          },
        },
      });
    };
    const { page, popup } = await summaryFor({ ...DEFAULT_SETTINGS, provider: 'translator' }, '/article', fakeTranslator);
    await popup.locator('[data-testid=download-translator]').waitFor({ timeout: 15000 });
    expect(await popup.locator('[data-testid=translation]').count()).toBe(0);
    await popup.locator('[data-testid=download-translator]').click();
    await popup.locator('[data-testid=download-progress]').waitFor();
    await waitText(popup, 'provider', 'English by: on-device translator');
    const points = await popup.locator('[data-testid=point]').count();
    expect(await popup.locator('[data-testid=translation]').allTextContents()).toEqual(
      // names and figures the stand-in dropped follow in brackets (keep-facts.ts)
      Array(points).fill(expect.stringMatching(/^EN\[\d+\]( \[[^\]]+\])?$/)),
    );
    expect(await popup.locator('[data-testid=download-translator]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('nothing was thrown into any console', () => {
    expect(b.errors).toEqual([]);
  });
});
