/**
 * "Add vowels": every word of the article written with its vowels as read here (the analyser's `vowelled`). The page's
 * text nodes are rewritten with the marks inserted after their letters and nothing else changed (own-text.ts keeps the
 * original and the offsets); off puts every node back exactly.
 */
import type { TextPiece } from '../../extract/article';
import { request } from '../../shared/client';
import type { VowelSpan } from '../../shared/messages';
import type { ArticleState } from '../article-watch';
import { insertText, restoreText } from '../own-text';
import { pieceIndexAt } from '../text-map';
import { vowelInserts, withVowels } from './vowel-text';

/** A piece of text as read: its words vowelled by the analyser (the text itself when that fails). */
export async function asRead(text: string): Promise<string> {
  const r = await request('vowelledText', { text });
  return r.ok ? withVowels(text, r.value) : text;
}

export class AddedVowels {
  private nodes: Text[] = [];
  private cached: { key: string; spans: VowelSpan[] } | null = null;

  /** The article's words as read (asked once per article). */
  async spans(s: ArticleState): Promise<VowelSpan[]> {
    if (this.cached?.key === s.key) return this.cached.spans;
    const r = await request('vowelledText', { text: s.extracted.text });
    const spans = r.ok ? r.value : [];
    this.cached = { key: s.key, spans };
    return spans;
  }

  /** Writes the vowels into the article's text nodes. */
  write(s: ArticleState, spans: readonly VowelSpan[]): void {
    const pieces = s.extracted.pieces;
    const text = s.extracted.text;
    const byNode = new Map<Text, Map<number, string>>();
    for (const sp of spans) {
      const inserts = vowelInserts(text.slice(sp.start, sp.end), sp.vowelled);
      if (!inserts) continue;
      for (const [k, marks] of inserts) {
        const at = sp.start + k;
        const piece: TextPiece | undefined = pieces[pieceIndexAt(pieces, at)];
        if (!piece || at < piece.start || at >= piece.end) continue;
        let m = byNode.get(piece.node);
        if (!m) byNode.set(piece.node, (m = new Map()));
        m.set(piece.nodeOffset + at - piece.start, marks);
      }
    }
    for (const [node, inserts] of byNode) insertText(node, inserts);
    this.nodes = [...byNode.keys()];
  }

  /** Puts back every node it rewrote. */
  restore(): void {
    for (const n of this.nodes) restoreText(n);
    this.nodes = [];
  }
}
