/**
 * The bilingual article: headline, date and source, the summary, then each paragraph with its Arabic beside one
 * English line per sentence. Pointer or focus on a sentence or its English line highlights the pair; words open the
 * glossary tooltip on hover, or from the keyboard (arrows move by sentence and by word).
 */
import type { i18n } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { keyAction } from '../content/hover-keys';
import { request } from '../shared/client';
import type { ArticleAnalysis, VowelSpan } from '../shared/messages';
import type { Theme } from '../shared/settings';
import { ReaderGlossary } from './glossary';
import { englishLines, readerLayout, sentenceOfPoint, stripHarakat, type ReaderParagraph } from './layout';
import type { ReaderPrefs } from './prefs';
import { ArabicSentence, EnglishLine, type SentenceView } from './Sentences';
import { SummaryBox } from './SummaryBox';

interface Props {
  article: ArticleAnalysis;
  gists: string[] | null;
  /** the lines are a neural engine's translation, not the offline gist */
  translated?: boolean;
  prefs: ReaderPrefs;
  theme: Theme;
  i18n: i18n;
}

const sentenceIndex = (el: Element | null | undefined): number | null => {
  const s = el?.closest?.('[data-s]')?.getAttribute('data-s');
  return s ? Number(s) : null;
};

const hasArabic = (s: string) => /[\u0600-\u06FF]/.test(s);

/** A machine date (2025-10-12T09:30:00+03:00) in the interface language; anything else as the page wrote it. */
function formatDate(date: string, lang: string): string {
  const d = /^\d{4}-\d{2}-\d{2}/.test(date) ? new Date(date) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString(lang, { dateStyle: 'long' }) : date;
}

export function ArticleView({ article, gists, translated = false, prefs, theme, i18n }: Props) {
  const t = i18n.t.bind(i18n);
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const layout = useMemo(() => readerLayout(article), [article]);
  const lines = useMemo(
    () => englishLines(article.sentences, gists ?? [], article.summary.points, translated),
    [article, gists, translated],
  );
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [cursor, setCursor] = useState(0);
  const [word, setWord] = useState<SentenceView['word']>(null);
  const root = useRef<HTMLElement>(null);
  const vowels = useVowels(article.text, prefs.vowels);
  const glossary = useRef<ReaderGlossary | null>(null);

  const contextOf = (i: number) => {
    const s = article.sentences[i]!;
    return { context: article.text.slice(s.start, s.end), start: s.start };
  };
  /** `asked`: chosen with the keyboard, so shown even when it was the word last closed with Esc */
  const lookUp = (el: Element, i: number, asked = false) => {
    const { context, start } = contextOf(i);
    void glossary.current?.show(el, context, Number(el.getAttribute('data-start')) - start, asked);
  };

  useEffect(() => {
    const g = new ReaderGlossary(document, theme, i18n);
    g.setSource(article.url, article.title ?? '');
    glossary.current = g;
    const onOver = (e: MouseEvent) => {
      const target = e.target as Element;
      if (g.owns(target)) return g.cancelHide();
      const inText = root.current?.contains(target) ?? false;
      const w = inText ? target.closest('.w') : null;
      const i = inText ? sentenceIndex(target) : null;
      setHover(i);
      if (w && i !== null) lookUp(w, i);
      else g.hideSoon();
    };
    const onKey = (e: KeyboardEvent) => {
      const action = g.open ? keyAction(e) : null;
      if (action === 'close') {
        g.dismiss();
        setWord(null);
      } else if (action === 'next') g.nextReading();
      else if (action === 'copy') g.copy();
    };
    const onScroll = () => g.reposition();
    const onPrint = () => g.hide();
    document.addEventListener('mouseover', onOver, { passive: true });
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('beforeprint', onPrint);
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('beforeprint', onPrint);
      g.destroy();
      glossary.current = null;
    };
    // one glossary per article; theme and language changes reach it through configure below
  }, [article]);
  useEffect(() => glossary.current?.configure(theme, i18n), [theme, i18n]);

  const sentenceEl = (i: number) => root.current?.querySelector<HTMLElement>(`.ar-s[data-s="${i}"]`) ?? null;
  const goTo = (i: number, scroll = false) => {
    const el = sentenceEl(i);
    if (!el) return;
    glossary.current?.hide();
    setWord(null);
    setCursor(i);
    el.focus({ preventScroll: scroll });
    if (scroll) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const el = (e.target as Element).closest?.('.ar-s');
    if (!el || e.altKey || e.ctrlKey || e.metaKey) return;
    const i = Number(el.getAttribute('data-s'));
    const last = article.sentences.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') goTo(Math.max(0, Math.min(last, i + (e.key === 'ArrowDown' ? 1 : -1))));
    else if (e.key === 'Home' || e.key === 'End') goTo(e.key === 'Home' ? 0 : last);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      // Arabic runs right to left: the next word is to the left
      const words = el.querySelectorAll('.w');
      const step = e.key === 'ArrowLeft' ? 1 : -1;
      const w = word?.s === i ? word.w + step : step > 0 ? 0 : words.length - 1;
      const target = words[w];
      if (target) {
        setWord({ s: i, w });
        target.scrollIntoView({ block: 'nearest' });
        lookUp(target, i, true);
      }
    } else return;
    e.preventDefault();
  };

  const v: SentenceView = {
    text: article.text,
    harakat: prefs.harakat,
    vowels: prefs.vowels ? vowels : null,
    highlight: hover ?? focused,
    cursor,
    word,
    pending: gists === null,
    t,
  };
  const onFocusIn = (e: FocusEvent) => {
    const el = (e.target as Element).closest?.('.ar-s');
    const i = el ? Number(el.getAttribute('data-s')) : null;
    setFocused(i);
    if (i !== null) setCursor(i);
  };
  const { headline } = layout;
  const title = article.title ?? '';
  const show = (s: string) => (prefs.harakat ? s : stripHarakat(s));
  // a paragraph's sentences with the text between them (spaces, or whatever the sentence splitter left out)
  const arabic = (p: ReaderParagraph) =>
    p.sentences.map((i, k) => {
      const prevEnd = k === 0 ? p.start : article.sentences[p.sentences[k - 1]!]!.end;
      const gap = article.text.slice(prevEnd, article.sentences[i]!.start);
      return [gap && (gap.trim() ? show(gap) : ' '), <ArabicSentence i={i} runs={layout.runs[i]!} v={v} key={i} />];
    });
  const english = (p: ReaderParagraph) => p.sentences.map((i) => <EnglishLine i={i} line={lines[i]!} v={v} lang={lang} key={i} />);
  let host = article.url;
  try {
    host = new URL(article.url).host || article.url;
  } catch {
    // not a URL (a file or a test): show it as it is
  }
  return (
    <article
      ref={root}
      class="article"
      aria-labelledby="headline"
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
      onFocusOut={() => setFocused(null)}
    >
      <header class="head">
        {headline || title ? (
          <h1
            id="headline"
            class="ar"
            lang={headline || hasArabic(title) ? 'ar' : 'en'}
            dir={headline || hasArabic(title) ? 'rtl' : 'auto'}
          >
            {headline ? arabic(headline) : show(title)}
          </h1>
        ) : (
          <h1 id="headline">{t('reader.title')}</h1>
        )}
        {headline && prefs.english && (
          <p class="head-en" lang="en" dir="ltr">
            {english(headline)}
          </p>
        )}
        <p class="meta">
          {article.date && (
            <span>
              {t('reader.date')}:{' '}
              <time dateTime={article.date} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                {formatDate(article.date, lang)}
              </time>
              {' · '}
            </span>
          )}
          {t('reader.source')}:{' '}
          {/^(https?|file):/i.test(article.url) ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer" lang="en" dir="ltr" data-testid="source">
              {host}
            </a>
          ) : (
            // a page's script chose this address: a javascript: or data: link is shown as text, never followed
            <span lang="en" dir="ltr" data-testid="source">
              {host}
            </span>
          )}
        </p>
      </header>
      <SummaryBox article={article} t={t} onPoint={(k) => goTo(sentenceOfPoint(article.sentences, article.summary.points[k]!), true)} />
      <section class="text" aria-labelledby="text-heading">
        <h2 id="text-heading">{t('reader.text')}</h2>
        <p class="hint" id="reader-keys">
          {t('reader.keys')}
        </p>
        {layout.paragraphs.map((p) => (
          <div class="row" key={p.start} data-testid="paragraph">
            <p class="ar" lang="ar" dir="rtl">
              {arabic(p)}
            </p>
            {prefs.english && (
              <p class="en" lang="en" dir="ltr">
                {english(p)}
              </p>
            )}
          </div>
        ))}
      </section>
    </article>
  );
}

/** The article's words as read, asked for once the reader turns "Add vowels" on (null until they arrive). */
function useVowels(text: string, on: boolean): ReadonlyMap<number, VowelSpan> | null {
  const [spans, setSpans] = useState<{ text: string; map: Map<number, VowelSpan> } | null>(null);
  useEffect(() => {
    if (!on || spans?.text === text) return;
    let live = true;
    void request('vowelledText', { text }).then((r) => {
      if (live && r.ok) setSpans({ text, map: new Map(r.value.map((s) => [s.start, s])) });
    });
    return () => {
      live = false;
    };
  }, [text, on, spans]);
  return spans?.text === text ? spans.map : null;
}
