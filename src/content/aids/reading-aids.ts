/**
 * The reading aids of one page (underline unknown words, hide diacritics, larger font): remembered per site in
 * storage.local (aids-site.ts), switched from the popup; the page follows the stored value through storage.onChanged.
 */
import browser from 'webextension-polyfill';
import { aidsKey, NO_AIDS, sanitizeAids, type ReadingAids as Aids } from '../../shared/aids-site';
import { VOCABULARY_KEY } from '../../learn/schema';
import type { ArticleState } from '../article-watch';
import { guarded } from '../guard';
import { HiddenDiacritics } from './diacritics';
import { LargeFont } from './large-font';
import { UnknownWords } from './unknown-words';

export class ReadingAids {
  private aids: Aids = NO_AIDS;
  private article: ArticleState | null = null;
  private readonly unknown: UnknownWords;
  private readonly diacritics = new HiddenDiacritics();
  private readonly font = new LargeFont();

  constructor(private readonly doc: Document) {
    this.unknown = new UnknownWords(doc);
  }

  private get key(): string | null {
    return aidsKey(this.doc.location.href);
  }

  async start(): Promise<void> {
    browser.storage.onChanged.addListener(this.onStorage);
    const key = this.key;
    if (!key) return;
    try {
      this.aids = sanitizeAids((await browser.storage.local.get(key))[key]);
    } catch {
      this.aids = NO_AIDS;
    }
    this.apply();
  }

  /** The watcher found (or lost) the article. */
  setArticle(s: ArticleState | null): void {
    if (s === this.article) return;
    // the previous article's edits go before the new one is touched
    if (this.article && s?.key !== this.article.key) {
      this.diacritics.apply(null, false);
      this.font.apply(null, false);
    }
    this.article = s;
    this.apply();
  }

  private apply(): void {
    const s = this.article;
    this.diacritics.apply(s, this.aids.hideDiacritics);
    this.font.apply(s, this.aids.largeFont);
    void this.unknown.refresh(s, this.aids.underline).catch(() => undefined);
  }

  private readonly onStorage = guarded((changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local') return;
    const key = this.key;
    if (key && changes[key]) {
      this.aids = sanitizeAids(changes[key].newValue);
      this.apply();
    } else if (changes[VOCABULARY_KEY]) {
      this.unknown.vocabularyChanged();
      if (this.aids.underline) this.apply();
    }
  });
}
