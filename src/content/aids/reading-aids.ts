/**
 * The reading aids of one page (underline unknown words, hide diacritics, add vowels, larger font, interlinear gloss): remembered
 * per site in storage.local (aids-site.ts), switched from the popup; the page follows the stored value through
 * storage.onChanged. The underline follows the learner's words through the service worker's wordsChanged message
 * (the page never reads the vocabulary).
 */
import browser from 'webextension-polyfill';
import { aidsKey, NO_AIDS, sanitizeAids, type ReadingAids as Aids } from '../../shared/aids-site';
import type { ArticleState } from '../article-watch';
import { guarded } from '../guard';
import { HiddenDiacritics } from './diacritics';
import { InterlinearGloss } from './interlinear-gloss';
import { LargeFont } from './large-font';
import { UnknownWords } from './unknown-words';
import { AddedVowels } from './vowels';

export class ReadingAids {
  private aids: Aids = NO_AIDS;
  private article: ArticleState | null = null;
  private readonly unknown: UnknownWords;
  private readonly diacritics = new HiddenDiacritics();
  private readonly vowels = new AddedVowels();
  private readonly font = new LargeFont();
  private readonly gloss: InterlinearGloss;
  /** the article and settings the aids that rewrite its text (diacritics, vowels) last applied */
  private bare: { article: ArticleState | null; hide: boolean; vowels: boolean } = { article: null, hide: false, vowels: false };
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
      this.vowels.restore();
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
    // hidden diacritics and added vowels cannot both be on: hiding wins
    const vowels = aids.vowels && !aids.hideDiacritics && s !== null;
    if (this.bare.article !== s || this.bare.hide !== aids.hideDiacritics || this.bare.vowels !== vowels) {
      const spans = vowels ? await this.vowels.spans(s) : [];
      if (run !== this.runs) return;
      // these aids rewrite the page's own text nodes, which the gloss has taken out of the page: the gloss comes off
      // first and goes back on over the new text
      await this.gloss.apply(null, false);
      if (run !== this.runs) return;
      this.vowels.restore();
      this.diacritics.apply(s, aids.hideDiacritics);
      if (vowels) this.vowels.write(s, spans);
      this.bare = { article: s, hide: aids.hideDiacritics, vowels };
      rewritten = true;
    }
    const restored = await this.gloss.apply(s, aids.gloss);
    if (run === this.runs && (rewritten || restored)) this.pageTextChanged();
  }

  /** The learner's words changed (the service worker says so): the underline asks for the known words again. */
  wordsChanged(): void {
    this.unknown.vocabularyChanged();
    if (this.aids.underline) this.apply();
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
    }
  });
}
