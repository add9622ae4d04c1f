/** Names of people, places and organisations, indexed by their Arabic spellings (loose keys, article-free). */
import type { EntityType } from '../model';
import type { GazetteerRow, GazetteerSource } from './lexicon-data';
import { PackedRow, parseAttrs, splitList } from './lexicon-data';
import { looseKey } from '../text';
import { bareKey } from './phrases';

export interface NameEntry {
  readonly english: string;
  readonly type: EntityType;
  readonly variants: string[];
  readonly attrs: Record<string, string>;
  readonly id: number;
}

/** A gazetteer row read as a name: its spellings and attributes are split on first use (most names never are). */
class RowName extends PackedRow<GazetteerRow> implements NameEntry {
  private variantList: string[] | undefined;
  private parsedAttrs: Record<string, string> | undefined;

  constructor(
    source: GazetteerSource,
    readonly id: number,
  ) {
    super(source);
  }

  get english(): string {
    return this.row[0];
  }

  get type(): EntityType {
    return this.row[1] as EntityType;
  }

  get variants(): string[] {
    return (this.variantList ??= this.row[2].split('|'));
  }

  get attrs(): Record<string, string> {
    return (this.parsedAttrs ??= parseAttrs(this.row[3]));
  }
}

type CommonWordTest = (key: string, type: EntityType) => boolean;

/** One spelling of a name, split into the loose keys of its words. */
export class NameVariant {
  private known: boolean | undefined;
  private partialOf: boolean | undefined;

  /** the spelling has a hamza on a yeh or waw seat (ئ ؤ); a word written with one is not a spelling without it */
  readonly seatedHamza: boolean;

  constructor(
    readonly entry: NameEntry,
    readonly words: readonly string[],
    private readonly gazetteer: Gazetteer,
    spelling = '',
  ) {
    this.seatedHamza = /[\u0626\u0624]/.test(spelling);
  }

  /**
   * A person's spelling that leaves out the given name of the person's main spelling: a surname alone (عبد العاطي
   * for بدر عبد العاطي, بوتين for فلاديمير بوتين). Many people share a surname, so it names the person only in a text
   * that also names them in full.
   */
  get partial(): boolean {
    // decided on first use: the recogniser asks it of every name it meets
    if (this.partialOf === undefined) {
      const main = looseKey(this.entry.variants[0] ?? '').split(' ');
      this.partialOf = this.entry.type === 'PERSON' && this.words.length < main.length && this.words[0] !== main[0];
    }
    return this.partialOf;
  }

  /** A one-word name that is also a common word (الأسد "the lion", أمل "hope") needs support from context. */
  get ambiguous(): boolean {
    // decided on first use (most names are never met in a given text), from the data or the lexicon
    // ambiguous=no: a name far more often meant than the common word it spells (الإمارات is the UAE in news)
    this.known ??=
      this.entry.attrs.ambiguous === 'yes' ||
      (this.entry.attrs.ambiguous !== 'no' && this.words.length === 1 && this.gazetteer.isCommonWord(this));
    return this.known;
  }
}

/** The names that start with one word: its one-word names, and the longer ones by their second word. */
export interface NamesFrom {
  single: readonly NameVariant[];
  /** second word (exact loose key) → the names of two words or more, longest first */
  longer: ReadonlyMap<string, readonly NameVariant[]>;
}

const NO_VARIANTS: readonly NameVariant[] = [];
const NO_LONGER: ReadonlyMap<string, readonly NameVariant[]> = new Map();

export class Gazetteer {
  readonly entries: NameEntry[] = [];
  /** first word (exact loose key) → the names starting with it; built on first lookup */
  private index: Map<string, NamesFrom> | undefined;
  private commonWord: CommonWordTest | null = null;
  /** nisba adjective (loose key, masculine singular) → the place entry; built on first use */
  private nisbas: Map<string, NameEntry> | undefined;
  /** country (English) → its demonym; built on first use */
  private demonyms: Map<string, string> | undefined;

  constructor(rows: readonly GazetteerSource[]) {
    // this runs at every start of the service worker, which often only answers a hover: the name index waits for
    // the first text whose entities are wanted
    for (const row of rows) this.entries.push(new RowName(row, this.entries.length));
  }

  private get byFirst(): Map<string, NamesFrom> {
    return (this.index ??= this.buildIndex());
  }

  private buildIndex(): Map<string, NamesFrom> {
    const index = new Map<string, { single: NameVariant[]; longer: Map<string, NameVariant[]> }>();
    for (const entry of this.entries) {
      for (const v of entry.variants) {
        // names are matched as written (العراق needs the article, غزة has none); the data compiler separates the
        // words of a variant by single spaces
        const key = looseKey(v);
        const words = key.includes(' ') ? key.split(' ') : [key];
        let from = index.get(words[0]!);
        if (!from) index.set(words[0]!, (from = { single: [], longer: new Map() }));
        const item = new NameVariant(entry, words, this, v);
        if (words.length === 1) from.single.push(item);
        else {
          const list = from.longer.get(words[1]!);
          if (list) list.push(item);
          else from.longer.set(words[1]!, [item]);
        }
      }
    }
    for (const from of index.values())
      for (const list of from.longer.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
    return index;
  }

  /** Sets the test of one-word variants that are also common words (applied lazily, per variant). */
  markAmbiguous(isCommonWord: CommonWordTest): void {
    this.commonWord = isCommonWord;
  }

  /** Whether a one-word variant is also a common word, by the test markAmbiguous set. */
  isCommonWord(v: NameVariant): boolean {
    return !!this.commonWord && this.commonWord(v.words[0]!, v.entry.type);
  }

  /** Whether some name starts with this exact key. */
  has(firstKey: string): boolean {
    return this.byFirst.has(firstKey);
  }

  /** The names whose first word has this exact key (article included), or undefined. */
  startingWith(firstKey: string): NamesFrom | undefined {
    return this.byFirst.get(firstKey);
  }

  /** The one-word names with this exact key. */
  single(key: string): readonly NameVariant[] {
    return this.byFirst.get(key)?.single ?? NO_VARIANTS;
  }

  /** The names of two words or more that start with these two words, longest first. */
  longer(firstKey: string, secondKey: string): readonly NameVariant[] {
    return (this.byFirst.get(firstKey)?.longer ?? NO_LONGER).get(secondKey) ?? NO_VARIANTS;
  }

  /** The demonym of a country named in English (Russia → Russian), or undefined. */
  demonymOf(country: string): string | undefined {
    this.demonyms ??= new Map(this.entries.filter((e) => e.attrs.demonym).map((e) => [e.english, e.attrs.demonym!]));
    return this.demonyms.get(country);
  }

  /** The place a nisba adjective belongs to (روسي، الروسية، الأمريكيين → Russia, United States). */
  placeOfNisba(key: string): NameEntry | undefined {
    const nisbas = (this.nisbas ??= this.nisbaIndex());
    let k = bareKey(key);
    const direct = nisbas.get(k);
    if (direct) return direct;
    for (const suf of ['ه', 'ون', 'ين', 'ات', 'يه']) {
      if (k.endsWith(suf) && k.length > suf.length + 2) {
        const base = k.slice(0, -suf.length);
        const e = nisbas.get(base) ?? nisbas.get(base + 'ي');
        if (e) return e;
      }
    }
    k = k.replace(/يه$/, 'ي');
    return nisbas.get(k);
  }

  private nisbaIndex(): Map<string, NameEntry> {
    const nisbas = new Map<string, NameEntry>();
    for (const e of this.entries) for (const n of splitList(e.attrs.nisba)) nisbas.set(looseKey(n), e);
    return nisbas;
  }
}
