/** One page's Tarjuman: settings, the shadow layer (created on first use), hover, article, highlights, panel. */
import type { i18n } from 'i18next';
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { bilingualKey } from '../shared/bilingual-site';
import { resolveLanguage } from '../shared/i18n-core';
import { createContentI18n as createI18n } from './content-i18n';
import { parseCommand } from '../shared/messages';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from '../shared/settings';
import { ReadingAids } from './aids/reading-aids';
import { ArticleWatcher, type ArticleState } from './article-watch';
import { BilingualMode } from './bilingual/bilingual-mode';
import { EntityHighlights } from './entity-highlights';
import { guarded } from './guard';
import { setHighlight } from './highlights';
import { HoverController } from './hover';
import { PANEL_CSS, Panel } from './panel/Panel';
import { createShadowLayer, ensureAttached, type ShadowLayer } from './shadow-host';
import { asRead } from './aids/vowels';
import { speakerOf } from './speech';
import { rangeForSpan } from './text-map';
import { TOOLTIP_CSS } from './tooltip/styles';

export class Page {
  private settings: Settings = DEFAULT_SETTINGS;
  private i18n: i18n = createI18n('en');
  private layer: ShadowLayer | null = null;
  private hover: HoverController | null = null;
  private readonly watcher: ArticleWatcher;
  private readonly bilingual: BilingualMode;
  private readonly aids: ReadingAids;
  private readonly entityHighlights: EntityHighlights;
  private panelOpen = false;
  private panelContainer: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.entityHighlights = new EntityHighlights(doc);
    this.watcher = new ArticleWatcher(doc, (s) => this.onArticle(s));
    this.bilingual = new BilingualMode(
      doc,
      () => ({
        translator: this.i18n.t('bilingual.translator'),
        bergamot: this.i18n.t('bilingual.bergamot'),
        gist: this.i18n.t('bilingual.gist'),
      }),
      () => this.settings.provider,
    );
    this.aids = new ReadingAids(
      doc,
      guarded(() => this.applyHighlights()),
    );
  }

  private get isTop(): boolean {
    return this.doc.defaultView === this.doc.defaultView?.top;
  }

  async start(): Promise<void> {
    // listening starts at once (a pointer already resting on a word is looked up as soon as the settings are known);
    // the listener is cheap and the shadow layer is only created when an Arabic word is first hovered
    this.hover = new HoverController(this.doc, this.lazyLayer(), this.i18n);
    this.hover.start();
    browser.storage.onChanged.addListener(this.onStorage);
    browser.runtime.onMessage.addListener(this.onCommand);
    try {
      const stored = await browser.storage.local.get(SETTINGS_KEY);
      this.settings = sanitizeSettings(stored[SETTINGS_KEY]);
    } catch {
      this.settings = DEFAULT_SETTINGS;
    }
    this.i18n = createI18n(resolveLanguage(this.settings.uiLanguage, navigator.languages));
    this.panelOpen = this.settings.summaryPanel;
    this.hover.configure(this.settings, this.i18n);
    if (!this.isTop) return;
    this.watcher.start();
    void this.aids.start();
    // bilingual reading is remembered per site; the English appears once the article is found
    if (await this.siteBilingual()) this.bilingual.setEnabled(true);
  }

  private async siteBilingual(): Promise<boolean> {
    const key = bilingualKey(this.doc.location.href);
    if (!key) return false;
    try {
      return (await browser.storage.local.get(key))[key] === true;
    } catch {
      return false;
    }
  }

  private setBilingual(on: boolean): void {
    this.bilingual.setEnabled(on);
    const key = bilingualKey(this.doc.location.href);
    if (!key) return;
    const store = browser.storage.local;
    (on ? store.set({ [key]: true }) : store.remove(key)).catch(() => undefined);
  }

  /** A layer proxy that creates the real shadow host on first access. */
  private lazyLayer(): ShadowLayer {
    const get = () => (this.layer ??= createShadowLayer(this.doc, TOOLTIP_CSS + PANEL_CSS));
    const created = () => this.layer !== null;
    return {
      created,
      get host() {
        return get().host;
      },
      get root() {
        return get().root;
      },
      get layer() {
        return get().layer;
      },
    };
  }

  private readonly onStorage = guarded((changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local' || !changes[SETTINGS_KEY]) return;
    this.settings = sanitizeSettings(changes[SETTINGS_KEY].newValue);
    this.i18n = createI18n(resolveLanguage(this.settings.uiLanguage, navigator.languages));
    this.hover?.configure(this.settings, this.i18n);
    this.applyHighlights();
    if (this.panelOpen !== this.settings.summaryPanel) {
      this.panelOpen = this.settings.summaryPanel;
      this.renderPanel();
    }
    // turned off with nothing of ours open: our host leaves the page too (it comes back on the next tooltip)
    if (!this.settings.enabled && !this.panelOpen && this.layer) this.layer.host.remove();
  });

  private readonly onCommand = (msg: unknown, sender: browser.Runtime.MessageSender): undefined => {
    // only the extension itself (its background, or its pages, even open in a tab) commands a page; another page's
    // content script of ours (sender.tab with a web URL) is not
    const ownPage = !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL(''));
    if (sender.id === browser.runtime.id && ownPage) this.command(msg);
    return undefined; // no reply: the sender only needs to know the message was delivered
  };

  private readonly command = guarded((msg: unknown): void => {
    const cmd = parseCommand(msg);
    if (!cmd) return;
    if (cmd.type === 'togglePanel') {
      this.panelOpen = !this.panelOpen;
      this.renderPanel();
    } else if (cmd.type === 'toggleEnabled') {
      this.settings = { ...this.settings, enabled: !this.settings.enabled };
      this.hover?.configure(this.settings, this.i18n);
    } else if (cmd.type === 'scrollTo') this.showEvidence(cmd.start, cmd.end);
    else if (cmd.type === 'toggleBilingual' && this.isTop) this.setBilingual(cmd.on ?? !this.bilingual.enabled);
    else if (cmd.type === 'wordsChanged') {
      this.hover?.wordsChanged(cmd.words);
      this.aids.wordsChanged();
    }
  });

  private onArticle(s: ArticleState | null): void {
    this.hover?.setArticleBlocks(s ? s.extracted.paragraphs.map((p) => p.element) : []);
    this.bilingual.setArticle(s);
    this.aids.setArticle(s);
    this.applyHighlights();
    if (!s) {
      this.panelOpen = false;
    }
    this.renderPanel();
  }

  private applyHighlights(): void {
    this.entityHighlights.update(this.watcher.state, this.settings.highlights);
  }

  private showEvidence(start: number, end: number): void {
    const s = this.watcher.state;
    if (!s) return;
    const r = rangeForSpan(this.doc, s.extracted.pieces, start, end);
    if (!r) return;
    const el = r.startContainer.parentElement;
    el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setHighlight(this.doc, 'evidence', [r]);
    window.setTimeout(
      guarded(() => setHighlight(this.doc, 'evidence', [])),
      2500,
    );
  }

  private readonly repaintPanel = guarded((): void => this.renderPanel());

  private renderPanel(): void {
    const s = this.watcher.state;
    if (!this.panelOpen || !s) {
      if (this.panelContainer) render(null, this.panelContainer);
      return;
    }
    const layer = this.lazyLayer();
    ensureAttached(layer);
    if (!this.panelContainer) {
      this.panelContainer = this.doc.createElement('div');
      layer.layer.appendChild(this.panelContainer);
    }
    this.panelContainer.setAttribute('dir', this.i18n.language === 'ar' ? 'rtl' : 'ltr');
    const speaker = this.doc.defaultView ? speakerOf(this.doc.defaultView) : null;
    speaker?.watch(this.repaintPanel);
    const text = s.analysis.text;
    render(
      h(Panel, {
        article: s.analysis,
        t: this.i18n.t.bind(this.i18n),
        onEvidence: (a: number, b: number) => this.showEvidence(a, b),
        // read aloud as vowelled, so the voice says the words as the tooltip reads them
        onSpeak: speaker?.available ? (a: number, b: number) => void asRead(text.slice(a, b)).then((s) => speaker.speak(s)) : undefined,
        onClose: () => {
          this.panelOpen = false;
          this.renderPanel();
        },
      }),
      this.panelContainer,
    );
  }
}
