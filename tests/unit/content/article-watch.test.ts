/** When the article watcher looks again: soon after an SPA navigation, later after an ordinary change of the page. */
import { ArticleWatcher, MAX_WAIT_MS } from '../../../src/content/article-watch';

// the watcher's messaging is not reached here (detection is stubbed): no extension APIs in Node
jest.mock('webextension-polyfill', () => ({}));

type Listener = () => void;

/** A page with a settable URL, its popstate listeners and its mutation observer's callback. */
function fakePage() {
  const listeners = new Map<string, Listener>();
  const page = {
    href: 'https://news.example/a',
    mutate: (): void => undefined,
    popstate: () => listeners.get('popstate')!(),
    doc: {} as Document,
  };
  const win = { addEventListener: (type: string, l: Listener) => listeners.set(type, l), removeEventListener: () => undefined };
  page.doc = {
    location: {
      get href() {
        return page.href;
      },
    },
    defaultView: win,
    body: {},
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as Document;
  const g = globalThis as Record<string, unknown>;
  g.window = globalThis;
  g.MutationObserver = class {
    constructor(cb: (records: MutationRecord[]) => void) {
      // a paragraph added by the page's own script
      const added = { nodeType: 1, tagName: 'P', hasAttribute: () => false };
      page.mutate = () => cb([{ type: 'childList', target: added, addedNodes: [added], removedNodes: [] } as unknown as MutationRecord]);
    }
    observe(): void {}
    disconnect(): void {}
  };
  return page;
}

let detect: jest.SpyInstance;
beforeEach(() => {
  jest.useFakeTimers();
  detect = jest.spyOn(ArticleWatcher.prototype as unknown as { detect: () => Promise<void> }, 'detect').mockResolvedValue();
});
afterEach(() => {
  detect.mockRestore();
  jest.useRealTimers();
});

/** A started watcher whose first detection has run. */
function started() {
  const page = fakePage();
  const watcher = new ArticleWatcher(page.doc, () => undefined);
  watcher.start();
  jest.advanceTimersByTime(0);
  expect(detect).toHaveBeenCalledTimes(1);
  return { page, watcher };
}

test('a DOM change under a new URL re-detects after the short delay, and a popstate for that URL keeps it short', () => {
  const { page, watcher } = started();
  page.href = 'https://news.example/b'; // pushState: unseen in the isolated world until the DOM changes
  page.mutate();
  page.popstate();
  jest.advanceTimersByTime(300);
  expect(detect).toHaveBeenCalledTimes(2);
  watcher.stop();
});

test('an ordinary change of the page, and a popstate without a navigation, wait the long delay', () => {
  const { page, watcher } = started();
  page.mutate();
  jest.advanceTimersByTime(300);
  expect(detect).toHaveBeenCalledTimes(1);
  jest.advanceTimersByTime(900);
  expect(detect).toHaveBeenCalledTimes(2);
  jest.advanceTimersByTime(5000); // past the navigation window of any earlier change
  page.popstate();
  jest.advanceTimersByTime(300);
  expect(detect).toHaveBeenCalledTimes(2);
  jest.advanceTimersByTime(900);
  expect(detect).toHaveBeenCalledTimes(3);
  watcher.stop();
});

test('a popstate to a new URL re-detects after the short delay', () => {
  const { page, watcher } = started();
  page.href = 'https://news.example/c';
  page.popstate();
  jest.advanceTimersByTime(300);
  expect(detect).toHaveBeenCalledTimes(2);
  watcher.stop();
});

test('a page that changes every second is still looked at, within the longest wait', () => {
  const { page, watcher } = started();
  for (let t = 0; t < MAX_WAIT_MS; t += 1000) {
    page.mutate();
    jest.advanceTimersByTime(1000);
  }
  expect(detect).toHaveBeenCalledTimes(2);
  // and again: the wait starts over after each look
  for (let t = 0; t < MAX_WAIT_MS; t += 1000) {
    page.mutate();
    jest.advanceTimersByTime(1000);
  }
  expect(detect).toHaveBeenCalledTimes(3);
  watcher.stop();
});
