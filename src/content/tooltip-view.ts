/**
 * The tooltip on screen: renders a lookup result into the shadow layer next to its word, in the chosen theme and
 * interface language; cycles readings, copies, and shows the words of a root on request.
 */
import type { i18n } from 'i18next';
import { h, render } from 'preact';
import { request } from '../shared/client';
import { wordId } from '../learn/types';
import { learnMessage } from '../ui/learn-message';
import type { LookupResult, RootWord, WordAnalysis, WordsChange } from '../shared/messages';
import type { Theme } from '../shared/settings';
import { placeTooltip } from './position';
import { ensureAttached, type ShadowLayer } from './shadow-host';
import { speakerOf } from './speech';
import { Tooltip, type LearnState } from './tooltip/Tooltip';

export class TooltipView {
  private result: LookupResult | null = null;
  private anchor: (() => DOMRect) | null = null;
  private active = 0;
  private rootWords: { root: string; words: RootWord[] } | null = null;
  private note: string | undefined;
  /**
   * Words saved, marked known or deleted since the page loaded, here or elsewhere (`lemma|pos` → known, null:
   * deleted): they win over the lookup replies, which were cached before the change.
   */
  private readonly changed = new Map<string, boolean | null>();
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

  /** Whether a reading is one of the learner's saved words, and known. */
  stateOf(a: WordAnalysis | undefined, r = this.result): LearnState {
    if (!a || !r) return null;
    const id = wordId(a.lemma, a.pos);
    const changed = this.changed.get(id);
    const known = changed === undefined ? r.saved?.find((s) => s.id === id)?.known : changed;
    return known === undefined || known === null ? null : known ? 'known' : 'saved';
  }

  /** The service worker says which words changed: the marks follow, the open tooltip at once. */
  wordsChanged(words: WordsChange): void {
    if (words === 'all') this.changed.clear();
    else if (Array.isArray(words))
      for (const w of words)
        if (typeof w?.id === 'string' && (typeof w.known === 'boolean' || w.known === null)) this.changed.set(w.id, w.known);
    if (this.result) this.paint();
  }

  /**
   * S (`known` false): saves the shown reading with its sentence; on a saved word it only says so, and the saved word
   * stays as it was. K (`known` true): marks it known (saving it first when needed), or, on a known word, unmarks it.
   */
  async save(context: string, known = false): Promise<void> {
    const r = this.result;
    const a = r?.analyses[this.active];
    if (!r || !a || a.pos === 'unknown') return;
    const t = this.i18n.t.bind(this.i18n);
    const id = wordId(a.lemma, a.pos);
    const state = this.stateOf(a);
    let note: string;
    if (!known && state) note = t('tooltip.alreadySaved');
    else if (known && state) {
      const marked = await request('setKnown', { id, known: state !== 'known' });
      if (marked.ok) this.changed.set(id, marked.value.known);
      note = !marked.ok ? learnMessage(t, marked.error) : marked.value.known ? t('tooltip.markedKnown') : t('tooltip.unmarkedKnown');
    } else note = await this.saveNew(r, a, context, known);
    if (this.result !== r) return;
    this.note = note;
    this.paint();
  }

  private async saveNew(r: LookupResult, a: WordAnalysis, context: string, known: boolean): Promise<string> {
    const t = this.i18n.t.bind(this.i18n);
    const doc = this.doc;
    const first = r.analyses[0];
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
      ...(first
        ? {
            reading: {
              chosen: wordId(first.lemma, first.pos),
              rank: r.analyses.indexOf(a),
              ...(first.reason ? { rule: first.reason.rule } : {}),
            },
          }
        : {}),
    });
    if (!saved.ok) return learnMessage(t, saved.error);
    this.changed.set(saved.value.id, saved.value.known);
    return t(known ? 'tooltip.markedKnown' : 'tooltip.saved');
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
    // the word as read in this reading (its vowels), so the voice says what the tooltip shows
    const word = this.result.analyses[this.active]?.vowelled ?? this.result.word;
    render(
      h(Tooltip, {
        result: this.result,
        active: this.active,
        t: this.i18n.t.bind(this.i18n),
        rootWords: this.rootWords,
        note: this.note,
        states: this.result.analyses.map((a) => this.stateOf(a)),
        onRoot: (root: string) => void this.showRoot(root),
        onSave: this.context ? (known: boolean) => void this.save(this.context!, known) : undefined,
        onSpeak: speaker?.available ? () => speaker.speak(word) : undefined,
      }),
      this.container,
    );
    this.reposition();
  }
}
