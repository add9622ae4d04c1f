/**
 * The tooltip on screen: renders a lookup result into the shadow layer next to its word, in the chosen theme and
 * interface language; cycles readings, copies, and shows the words of a root on request.
 */
import type { i18n } from 'i18next';
import { h, render } from 'preact';
import { request } from '../shared/client';
import { learnMessage } from '../ui/learn-message';
import type { LookupResult, RootWord } from '../shared/messages';
import type { Theme } from '../shared/settings';
import { placeTooltip } from './position';
import { ensureAttached, type ShadowLayer } from './shadow-host';
import { speakerOf } from './speech';
import { Tooltip } from './tooltip/Tooltip';

export class TooltipView {
  private result: LookupResult | null = null;
  private anchor: (() => DOMRect) | null = null;
  private active = 0;
  private rootWords: { root: string; words: RootWord[] } | null = null;
  private note: string | undefined;
  /** the sentence the shown word was looked up in (what a saved word keeps) */
  context: string | undefined;
  /** where a saved word was read, when that is not this document (the reader view shows another page's article) */
  source: { url: string; title: string } | undefined;
  private readonly container: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly layer: ShadowLayer,
    private theme: Theme,
    private i18n: i18n,
  ) {
    this.container = doc.createElement('div');
  }

  get open(): boolean {
    return this.result !== null;
  }

  /** True when an event's (retargeted) target is our host: the pointer is over the tooltip. */
  owns(target: EventTarget | null): boolean {
    return this.layer.created() && target === this.layer.host;
  }

  configure(theme: Theme, i18n: i18n): void {
    this.theme = theme;
    this.i18n = i18n;
    if (this.layer.created()) this.layer.layer.className = `layer ${theme}`;
    if (this.result) this.paint();
  }

  show(result: LookupResult, anchor: () => DOMRect): void {
    this.result = result;
    this.anchor = anchor;
    this.active = 0;
    this.rootWords = null;
    this.note = undefined;
    this.paint();
  }

  hide(): void {
    if (!this.result) return;
    this.result = null;
    this.anchor = null;
    render(null, this.container);
  }

  /** Shows the next reading; false when there is only one. */
  nextReading(): boolean {
    if (!this.result || this.result.analyses.length < 2) return false;
    this.active = (this.active + 1) % this.result.analyses.length;
    this.note = undefined;
    this.paint();
    return true;
  }

  /** Copies the word, the shown lemma and the gloss (the expression's, when the word is part of one), tab-separated. */
  copy(): void {
    const r = this.result;
    if (!r) return;
    const a = r.analyses[this.active];
    const text = `${r.word}\t${a?.lemma ?? ''}\t${(r.phrase?.gloss ?? a?.gloss ?? []).join('; ')}`;
    const clip = this.doc.defaultView?.navigator.clipboard;
    clip?.writeText(text).then(
      () => {
        if (this.result !== r) return;
        this.note = this.i18n.t('tooltip.copied');
        this.paint();
      },
      () => undefined, // no clipboard access (unfocused page, permission policy): nothing to tell the page
    );
  }

  /** Saves the shown reading to the vocabulary (and marks it known), with the sentence it was found in. */
  async save(context: string, known = false): Promise<void> {
    const r = this.result;
    const a = r?.analyses[this.active];
    if (!r || !a || a.pos === 'unknown') return;
    const doc = this.doc;
    const saved = await request('saveWord', {
      lemma: a.lemma,
      pos: a.pos,
      gloss: a.gloss,
      root: a.root,
      translit: a.translit,
      context: context.slice(0, 5000),
      start: r.start,
      end: r.end,
      url: this.source?.url ?? doc.location?.href ?? '',
      title: (this.source?.title ?? doc.title).slice(0, 500),
      ...(known ? { known } : {}),
    });
    const done = known ? 'tooltip.markedKnown' : 'tooltip.saved';
    const note = saved.ok ? this.i18n.t(done) : learnMessage(this.i18n.t.bind(this.i18n), saved.error);
    if (this.result !== r) return;
    this.note = note;
    this.paint();
  }

  /** Moves the tooltip with its word (after a scroll or resize); false when the word has left the viewport. */
  reposition(): boolean {
    const el = this.container.firstElementChild as HTMLElement | null;
    const win = this.doc.defaultView;
    if (!el || !this.anchor || !win) return false;
    const rect = this.anchor();
    if (rect.bottom < 0 || rect.top > win.innerHeight || rect.right < 0 || rect.left > win.innerWidth) return false;
    placeTooltip(el, rect, win);
    return true;
  }

  private async showRoot(root: string): Promise<void> {
    const r = this.result;
    const reply = await request('wordsOfRoot', { root });
    if (!reply.ok || this.result !== r) return;
    this.rootWords = { root, words: reply.value };
    this.paint();
  }

  /** an Arabic voice appeared or went: the open tooltip shows or hides its read-aloud button */
  private readonly repaint = (): void => this.paint();

  private paint(): void {
    if (!this.result) return;
    ensureAttached(this.layer);
    this.layer.layer.className = `layer ${this.theme}`;
    if (this.container.parentNode !== this.layer.layer) this.layer.layer.appendChild(this.container);
    const lang = this.i18n.language === 'ar' ? 'ar' : 'en';
    this.container.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    this.container.setAttribute('lang', lang);
    const win = this.doc.defaultView;
    const speaker = win ? speakerOf(win) : null;
    speaker?.watch(this.repaint);
    const word = this.result.word;
    render(
      h(Tooltip, {
        result: this.result,
        active: this.active,
        t: this.i18n.t.bind(this.i18n),
        rootWords: this.rootWords,
        note: this.note,
        onRoot: (root: string) => void this.showRoot(root),
        onSave: this.context ? (known: boolean) => void this.save(this.context!, known) : undefined,
        onSpeak: speaker?.available ? () => speaker.speak(word) : undefined,
      }),
      this.container,
    );
    this.reposition();
  }
}
