// Benchmark inputs, all written by the team: the sample article (assets/sample/article.ar.txt) and the articles in
// tests/fixtures/bench/texts/. Inputs of N words are those articles concatenated in a fixed order, cut to N words;
// the pages are the sample news template (assets/sample/page.html) filled with such text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'bench');
const TEXTS = path.join(BENCH_FIXTURES, 'texts');
const ORDER = ['economy', 'politics', 'sports', 'health', 'climate', 'technology', 'culture', 'energy'];

/** {title, paragraphs} of one article file (title, blank line, paragraphs separated by blank lines). */
function readArticle(file) {
  const [title, ...paras] = fs
    .readFileSync(file, 'utf8')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
  return { title, paragraphs: paras };
}

/** The sample article first, then the bench articles, in a fixed order. */
export function articles() {
  return [
    readArticle(path.join(ROOT, 'assets', 'sample', 'article.ar.txt')),
    ...ORDER.map((n) => readArticle(path.join(TEXTS, `${n}.ar.txt`))),
  ];
}

const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** Paragraphs (headlines included as one-line paragraphs) cycling through the articles until `n` words, cut to exactly n. */
export function paragraphs(n) {
  const arts = articles();
  const out = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const a = arts[i % arts.length];
    for (const p of [a.title, ...a.paragraphs]) {
      if (count >= n) break;
      const w = p.split(/\s+/).filter(Boolean);
      const take = Math.min(w.length, n - count);
      out.push(w.slice(0, take).join(' '));
      count += take;
    }
  }
  return out;
}

/** Plain text of exactly n whitespace-separated words (paragraphs separated by blank lines). */
export function textOfWords(n) {
  return paragraphs(n).join('\n\n');
}

/** One coherent-ish ~1,000-word news article: the sample article continued by four bench articles' paragraphs. */
export function article1k() {
  const [sample, ...rest] = articles();
  const byTitle = Object.fromEntries(ORDER.map((n, i) => [n, rest[i]]));
  const paras = [...sample.paragraphs];
  for (const name of ['economy', 'energy', 'climate', 'technology', 'health']) {
    for (const p of byTitle[name].paragraphs) {
      if (words(paras.join(' ')) >= 1000) break;
      paras.push(p);
    }
  }
  return {
    title: sample.title,
    paragraphs: paras,
    text: `${sample.title}\n\n${paras.join('\n\n')}`,
    words: words(paras.join(' ')) + words(sample.title),
  };
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The sample news template with a title and paragraphs (as scripts/server.mjs renders the sample article). */
export function newsPage(title, paras) {
  const body = paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n    ');
  return fs
    .readFileSync(path.join(ROOT, 'assets', 'sample', 'page.html'), 'utf8')
    .replaceAll('{{title}}', escapeHtml(title))
    .replace('{{body}}', body);
}

/**
 * Writes the benchmark pages to tests/fixtures/bench/ (served by scripts/server.mjs at /fixtures/bench/…):
 * news-1k.html (the ~1,000-word article), hover-5k.html (~5,000 words), long-50k.html (50,000 words), blank.html.
 * Returns {name: {file, url, words}}.
 */
export function writePages() {
  fs.mkdirSync(BENCH_FIXTURES, { recursive: true });
  const a = article1k();
  const pages = {
    'news-1k': { title: a.title, paras: a.paragraphs, words: a.words },
    'hover-5k': { title: 'ملف الأسبوع: اقتصاد وسياسة ورياضة وصحة في المنطقة', paras: paragraphs(5000), words: 5000 },
    'long-50k': { title: 'الأرشيف الكامل: خمسون ألف كلمة من أخبار المنطقة', paras: paragraphs(50000), words: 50000 },
  };
  const out = {};
  for (const [name, p] of Object.entries(pages)) {
    const file = path.join(BENCH_FIXTURES, `${name}.html`);
    fs.writeFileSync(file, newsPage(p.title, p.paras));
    out[name] = { file, url: `/fixtures/bench/${name}.html`, words: p.words };
  }
  const blank = path.join(BENCH_FIXTURES, 'blank.html');
  fs.writeFileSync(
    blank,
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>bench</p></body></html>\n',
  );
  out.blank = { file: blank, url: '/fixtures/bench/blank.html', words: 1 };
  return out;
}
