/** The fields of an Anki note for a saved word (docs/anki.md). Values are HTML, as Anki stores fields. */
import type { SavedWord } from './types';

export const ANKI_FIELDS = ['Arabic', 'Vowelled', 'Transliteration', 'English', 'Root', 'Sentence', 'Source URL', 'Tags'] as const;
export type AnkiField = (typeof ANKI_FIELDS)[number];

// harakat, superscript alef and tatweel: the Arabic field is the word as print writes it
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
export const stripMarks = (s: string): string => s.replace(MARKS, '');

/** Text made safe as HTML: whatever a page title or note holds shows as text in Anki. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/\r\n?|\n/g, '<br>');

/** Anki tags of a word: no spaces inside a tag. */
export function ankiTags(w: SavedWord): string[] {
  return ['tarjuman', w.pos, ...(w.known ? ['known'] : [])].map((t) => t.replace(/\s+/g, '_'));
}

/** The sentence with the saved word in bold. */
export function markedSentenceHtml(w: SavedWord): string {
  const { text, start, end } = w.sentence;
  return `${escapeHtml(text.slice(0, start))}<b>${escapeHtml(text.slice(start, end))}</b>${escapeHtml(text.slice(end))}`;
}

/** Every field of the note for a word. */
export function ankiFields(w: SavedWord): Record<AnkiField, string> {
  return {
    Arabic: escapeHtml(stripMarks(w.lemma)),
    Vowelled: escapeHtml(w.vowelled),
    Transliteration: escapeHtml(w.translit ?? ''),
    English: escapeHtml(w.gloss),
    Root: escapeHtml(w.root ?? ''),
    Sentence: markedSentenceHtml(w),
    'Source URL': escapeHtml(w.url),
    Tags: ankiTags(w).join(' '),
  };
}
