/** Who may send what: the sender rules of every request, and commands to a page checked like requests. */
import { specs } from '../../../src/background/specs';
import { callerOf, type Caller } from '../../../src/shared/message-spec';
import { parseCommand, parseEnvelope, type RequestType } from '../../../src/shared/messages';

const ours = { id: 'tarjuman-id', base: 'chrome-extension://tarjuman-id/' };
const PAGE: Caller = { kind: 'extension' };
const TOP: Caller = { kind: 'content', tabId: 7, frameId: 0 };
const AD_FRAME: Caller = { kind: 'content', tabId: 7, frameId: 3 };

describe('the caller is what the browser says, never what the message says', () => {
  test.each([
    ['the popup', { id: ours.id, url: `${ours.base}popup.html` }, PAGE],
    ['the options page in a tab', { id: ours.id, url: `${ours.base}options.html`, tab: { id: 4 } }, PAGE],
    ['a content script, top frame', { id: ours.id, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 }, TOP],
    ['a content script in an ad frame', { id: ours.id, url: 'https://ads.example/x', tab: { id: 7 }, frameId: 3 }, AD_FRAME],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, null],
    [
      'a page pretending to be ours by its path',
      { id: ours.id, url: 'https://evil.example/chrome-extension://tarjuman-id/', tab: { id: 7 }, frameId: 0 },
      TOP,
    ],
    ['our id without a tab or an extension URL', { id: ours.id, url: 'https://x.example/' }, null],
  ])('%s', (_name, sender, caller) => {
    expect(callerOf(sender, ours)).toEqual(caller);
  });
});

/** Requests a content script may never send: they read or change what the user owns, or act on other tabs. */
const PAGES_ONLY: RequestType[] = [
  'getTabState',
  'tabGists',
  'getSettings',
  'setSettings',
  'tabCommand',
  'improveSummary',
  'testEndpoint',
  'listWords',
  'updateWord',
  'deleteWord',
  'restoreWord',
  'exportWords',
  'importWords',
  'reviewNext',
  'gradeCard',
  'dueCount',
  'pushToAnki',
  'vocabularyHealth',
  'exportUnreadable',
  'discardUnreadable',
  'engineBoot',
  'engineUnload',
];
/** What a page's top frame reports or asks for its own article. */
const TOP_FRAME: RequestType[] = ['analyzeArticle', 'reportPage', 'articleLemmas', 'glossText', 'knownLemmas', 'vowelledText'];
/** What any frame may ask: word lookups, saving (or marking known) the word under the pointer, English for sentences. */
const ANY_FRAME: RequestType[] = [
  'lookup',
  'lookupBatch',
  'wordsOfRoot',
  'gistSentences',
  'saveWord',
  'setKnown',
  'engineStatus',
  'engineEnglish',
];

test('every request is in one of the lists above', () => {
  expect([...PAGES_ONLY, ...TOP_FRAME, ...ANY_FRAME].sort()).toEqual(Object.keys(specs).sort());
});

describe.each([
  ['extension pages', PAGE, [...PAGES_ONLY, ...TOP_FRAME, ...ANY_FRAME]],
  ['a top frame', TOP, [...TOP_FRAME, ...ANY_FRAME]],
  ['a sub-frame', AD_FRAME, ANY_FRAME],
])('%s', (_name, caller, allowed) => {
  test.each(Object.keys(specs) as RequestType[])('%s', (type) => {
    const r = parseEnvelope({ tarjuman: 1, type, params: { nonsense: true } }, caller, specs);
    // allowed requests get to the params check; the others are refused for their sender
    const refused = r?.ok === false && /may send this/.test(r.error);
    expect(refused).toBe(!allowed.includes(type));
  });
});

describe('what is wrong goes back to the caller', () => {
  test.each(['hasOwnProperty', '__proto__', 'constructor', 'toString', 'nope'])('request type %s is unknown, not a crash', (type) => {
    expect(parseEnvelope({ tarjuman: 1, type, params: {} }, PAGE, specs)).toEqual({ ok: false, error: `unknown request ${type}` });
  });
  test('bad params name the field', () => {
    expect(parseEnvelope({ tarjuman: 1, type: 'wordsOfRoot', params: { root: 5 } }, TOP, specs)).toEqual({
      ok: false,
      error: 'wordsOfRoot.params.root: expected text of at most 20 characters',
    });
  });
  test('a message that is not a Tarjuman request is left for other listeners', () => {
    expect(parseEnvelope({ type: 'lookup' }, PAGE, specs)).toBeNull();
  });
  test('undeclared fields are not passed on', () => {
    const r = parseEnvelope({ tarjuman: 1, type: 'wordsOfRoot', params: { root: 'ك ت ب', tabId: 3, __proto__: { x: 1 } } }, TOP, specs);
    expect(r).toEqual({ ok: true, value: { tarjuman: 1, type: 'wordsOfRoot', params: { root: 'ك ت ب' } } });
  });
});

describe('commands to a page are checked like requests', () => {
  test.each([
    [
      { tarjuman: 1, type: 'togglePanel' },
      { tarjuman: 1, type: 'togglePanel' },
    ],
    [
      { tarjuman: 1, type: 'scrollTo', start: 3, end: 9 },
      { tarjuman: 1, type: 'scrollTo', start: 3, end: 9 },
    ],
    [{ tarjuman: 1, type: 'scrollTo', start: '3', end: 9 }, null],
    [{ tarjuman: 1, type: 'toggleBilingual', on: 'yes' }, null],
    [
      { tarjuman: 1, type: 'toggleBilingual' },
      { tarjuman: 1, type: 'toggleBilingual' },
    ],
    [{ tarjuman: 1, type: 'hasOwnProperty' }, null],
    [{ type: 'togglePanel' }, null],
  ])('%j', (msg, cmd) => {
    expect(parseCommand(msg)).toEqual(cmd);
  });
});
