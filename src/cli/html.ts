/** Parses a saved page with linkedom (a CLI-only dependency) and runs the same extractor as the extension. */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../extract/article';

export function loadHtmlArticle(html: string): { text: string; title?: string; date?: string } | null {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document);
  if (!article) return null;
  return { text: article.text, title: article.title, date: article.date };
}
