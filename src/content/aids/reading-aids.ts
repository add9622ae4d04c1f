/**
 * The reading aids of one page (underline unknown words, hide diacritics, larger font, interlinear gloss): remembered
 * per site in storage.local (aids-site.ts), switched from the popup; the page follows the stored value through
 * storage.onChanged.
 */
import browser from 'webextension-polyfill';
import { aidsKey, NO_AIDS, sanitizeAids, type ReadingAids as Aids } from '../../shared/aids-site';
import { VOCABULARY_CHANGED_KEY } from '../../learn/schema';
import type { ArticleState } from '../article-watch';
import { guarded } from '../guard';
import { HiddenDiacritics } from './diacritics';
import { InterlinearGloss } from './interlinear-gloss';
import { LargeFont } from './large-font';
import { UnknownWords } from './unknown-words';

export class ReadingAids {
  private aids: Aids = NO_AIDS;
  private article: ArticleState | null = null;
  private readonly unknown: UnknownWords;
  private readonly diacritics = new HiddenDiacritics();
  private readonly font = new LargeFont();
  private readonly gloss: InterlinearGloss;
  /** the article and setting the diacritics aid last applied */
  private bare: { article: ArticleState | null; hide: boolean } = { article: null, hide: false };
  /** bumped by every apply, so a superseded one stops after its wait */
  private runs = 0;

  /** `onPageText`: an aid rewrote or replaced text nodes of the article; ranges drawn on them are to be redrawn */
  constructor(
    private readonly doc: Document,
    private readonly onPageText: () => void,
  ) {
    this.unknown = new UnknownWords(doc);
    this.gloss = new InterlinearGloss(doc, () => this.pageTextChanged());
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
    void this.applyAll(++this.runs).catch(() => undefined);
  }

  private async applyAll(run: number): Promise<void> {
    const s = this.article;
    const aids = this.aids;
    this.font.apply(s, aids.largeFont);
    void this.unknown.refresh(s, aids.underline).catch(() => undefined);
    let rewritten = false;
    if (this.bare.article !== s || this.bare.hide !== aids.hideDiacritics) {
      // the diacritics aid rewrites the page's own text nodes, which the gloss has taken out of the page: the gloss
      // comes off first and goes back on over the new text
      await this.gloss.apply(null, false);
      if (run !== this.runs) return;
      this.diacritics.apply(s, aids.hideDiacritics);
      this.bare = { article: s, hide: aids.hideDiacritics };
      rewritten = true;
    }
    const restored = await this.gloss.apply(s, aids.gloss);
    if (run === this.runs && (rewritten || restored)) this.pageTextChanged();
  }

  /** Ranges drawn on text nodes an aid replaced are drawn again on the live ones. */
  private pageTextChanged(): void {
    void this.unknown.refresh(this.article, this.aids.underline).catch(() => undefined);
    this.onPageText();
  }

  private readonly onStorage = guarded((changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local') return;
    const key = this.key;
    if (key && changes[key]) {
      this.aids = sanitizeAids(changes[key].newValue);
      this.apply();
    } else if (changes[VOCABULARY_CHANGED_KEY]) {
      this.unknown.vocabularyChanged();
      if (this.aids.underline) this.apply();
    }
  });
}
