/** Structured data first: JSON-LD NewsArticle, OpenGraph and meta tags give the headline, date and author. */

export interface ArticleMetadata {
  title?: string;
  date?: string;
  author?: string;
  siteName?: string;
  url?: string;
}

type Json = Record<string, unknown>;

function* jsonLdObjects(doc: Document): Generator<Json> {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(s.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; ignore it
    }
    const stack: unknown[] = [parsed];
    while (stack.length) {
      const o = stack.pop();
      if (Array.isArray(o)) stack.push(...o);
      else if (o && typeof o === 'object') {
        yield o as Json;
        const graph = (o as Json)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = str(el?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

/** Where the title came from: structured data or the first h1 can be trusted; the document title is often the site's. */
export type TitleSource = 'structured' | 'h1' | 'document';

/** The page's article metadata, from JSON-LD, then OpenGraph/meta, then the document title and first h1. */
export function articleMetadata(doc: Document): ArticleMetadata & { titleSource: TitleSource } {
  const out: ArticleMetadata = {};
  for (const o of jsonLdObjects(doc)) {
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (!type.some((t) => /Article|NewsArticle|Report|BlogPosting|LiveBlogPosting/.test(t))) continue;
    out.title ??= str(o.headline) ?? str(o.name);
    out.date ??= str(o.datePublished) ?? str(o.dateCreated);
    const author = o.author;
    out.author ??= str(author) ?? str((Array.isArray(author) ? author[0] : (author as Json | undefined))?.name);
  }
  out.title ??= meta(doc, 'og:title', 'twitter:title', 'title');
  let titleSource: TitleSource = out.title ? 'structured' : 'document';
  out.date ??= meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'DC.date.issued');
  out.author ??= meta(doc, 'author', 'article:author');
  out.siteName = meta(doc, 'og:site_name');
  out.url = meta(doc, 'og:url');
  const h1 = clean(doc.querySelector('h1')?.textContent ?? undefined);
  // prefer the visible h1 when the meta title is the h1 plus the site name
  if (h1 && (!out.title || out.title.includes(h1))) {
    out.title = h1;
    if (titleSource === 'document') titleSource = 'h1';
  }
  out.title ??= clean(doc.title);
  out.title = clean(out.title);
  return { ...out, titleSource };
}
