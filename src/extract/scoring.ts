/** Named tunables and class/id weights of the article extractor (Readability-style). */

export const TUNABLES = {
  /** Arabic letters a block needs to count as prose when scoring containers */
  minParagraphLetters: 40,
  /** Arabic letters a block in the chosen container needs to be kept */
  minKeptLetters: 12,
  /** Arabic letters an article needs at least */
  minArticleLetters: 250,
  /** share of a block's characters inside links above which it is navigation */
  maxLinkDensity: 0.5,
  /** a parent scoring below this share of its child ends the climb from the best candidate (Readability: 1/3) */
  parentScoreFloor: 1 / 3,
  /** characters of an ancestor link above which it wraps an article (an unclosed <a>), not a card or a teaser */
  maxCardLinkChars: 600,
  /** paragraphs that are each one same-address link, above which the link is an unclosed <a> the parser repeated */
  minRepeatedLinkParas: 3,
  /** characters of a form above which it wraps the page (ASP.NET's one form), not a search box or comment form */
  maxWidgetFormChars: 400,
  /** Arabic letters of a link-dense block that reads as a headline pointing elsewhere (a teaser's title) */
  minHeadlineLetters: 15,
  /** ancestor levels above a prose block searched for the item (card) that holds it with its linked headline */
  teaserItemDepth: 2,
  /** a container with at least this many teasers … */
  minIndexTeasers: 4,
  /** … making up at least this share of its prose blocks is a section front, not an article */
  indexTeaserShare: 0.5,
  /** blocks shorter than this (Arabic letters) inside a byline/date element are metadata, not text */
  maxBylineLetters: 40,
  /** class/id of bylines and datelines; `date`, `time`, `meta` only as whole words, so "live-update" is not one */
  bylineClass:
    /byline|author|writer|writeby|dateline|submitted|timestamp|publish|posted-on|(?:^|[\s_-])(?:date|dates|time|meta)(?:$|[\s_-])/i,
  /** short blocks that are furniture, not article text: "read also", "share", "follow us", copyright … */
  boilerplateText:
    /^(?:اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|شارك|شارك المقال|تابعونا|تابعنا على|جميع الحقوق محفوظة|حقوق النشر|المزيد|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة|اشترك في النشرة)[\s:.…]*$/,
};

/** Elements that break text into blocks; table rows count, so a layout table is not read as one paragraph. */
export const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'TD',
  'TH',
  'TR',
  'TBODY',
  'THEAD',
  'TFOOT',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'TABLE',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FORM',
  'PRE',
  'DL',
  'DD',
  'DT',
  'MAIN',
  'CENTER',
]);
/** CSS selector of BLOCK_TAGS, to ask whether an inline element wraps blocks (`<a><figure>`, `<b><p>` in broken HTML). */
export const BLOCK_SELECTOR = Array.from(BLOCK_TAGS, (t) => t.toLowerCase()).join(',');
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Captions are kept: in a photo story they are the text, and they are Arabic a learner reads.
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'NAV',
  'ASIDE',
  'FOOTER',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
]);

const POSITIVE = /article|body|content|entry|main|news|post|story|text|detail|blog|matn|akhbar|khabar/i;
// `ad` only as a whole word or prefix (ad-slot, div-gpt-ad-top), never inside lead-, head-, thread-.
const NEGATIVE =
  /comment|footer|foot|nav|menu|sidebar|side-bar|aside|related|relate|recommend|more-|most-read|mostread|popular|trending|ticker|breaking|marquee|share|social|sharing|tags|widget|banner|sponsor|advert|\bads?\b|\bad[-_]|promo|newsletter|subscribe|author-box|breadcrumb|pagination|copyright|cookie|modal|popup|login/i;
// Readability's "okMaybeItsACandidate": words that save a negative-looking element from being dropped whole.
// Narrower than POSITIVE on purpose: "breaking-news" and "related-stories" are still furniture.
const MAYBE_CONTENT = /article|body|content|main|column|entry|matn/i;

// Landmark roles that are never the article, whatever the class says ("contentinfo" is the page footer).
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search']);

const signature = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;

/** Weight of an element from its class, id and role: +25 for article-like, −25 for furniture. */
export function classWeight(el: Element): number {
  const s = signature(el);
  let w = 0;
  if (NEGATIVE.test(s)) w -= 25;
  if (POSITIVE.test(s)) w += 25;
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') w += 15;
  return w;
}

/** Furniture: comments, sidebars, related lists, tickers… named so by class/id/role, with no word saying content. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const s = signature(el);
  return NEGATIVE.test(s) && !MAYBE_CONTENT.test(s);
}

/**
 * An editor: what the user writes there is never the article, and the reading aids must never change it (inputs
 * and textareas are in SKIP_TAGS; this is contenteditable, which "false" turns off again).
 */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Hidden by attribute or inline style (computed styles are not available in Node). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
