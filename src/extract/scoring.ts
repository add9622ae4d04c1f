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
  /** short blocks that are furniture, not article text: "read also", "share", "follow us", copyright … */
  boilerplateText:
    /^(?:اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|شارك|شارك المقال|تابعونا|تابعنا على|جميع الحقوق محفوظة|حقوق النشر|المزيد|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة|اشترك في النشرة)[\s:.…]*$/,
};

export const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'TD', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FORM', 'PRE', 'DL', 'DD', 'DT', 'MAIN']);
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'FIGCAPTION']);

const POSITIVE = /article|body|content|entry|main|news|post|story|text|detail|blog|matn|akhbar|khabar/i;
const NEGATIVE =
  /comment|footer|foot|nav|menu|sidebar|side-bar|aside|related|relate|recommend|more-|most-read|mostread|popular|trending|ticker|breaking|marquee|share|social|sharing|tags|widget|banner|sponsor|advert|\bads?\b|ad-|promo|newsletter|subscribe|author-box|breadcrumb|pagination|copyright|cookie|modal|popup|login/i;

/** Weight of an element from its class, id and role: +25 for article-like, −25 for furniture. */
export function classWeight(el: Element): number {
  const s = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  let w = 0;
  if (NEGATIVE.test(s)) w -= 25;
  if (POSITIVE.test(s)) w += 25;
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') w += 15;
  return w;
}

/** Hidden by attribute or inline style (computed styles are not available in Node). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
