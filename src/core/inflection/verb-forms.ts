/**
 * Verb conjugation for the form index: perfect (active and passive), imperfect with moods (active and passive) and
 * imperative, for sound verbs and the weak root classes (hollow, defective, assimilated, doubled), Forms I–X.
 */
import { grammar, withGrammar, type Grammar, type Person } from '../model';
import { ALEF, ALEF_MAQSURA, collect, dropLast, F, join, last, TEH, WAW, YEH, type FormSink, type SurfaceForm } from './inflect';

export interface VerbInput {
  /** strict key of the 3ms perfect (lemma) */
  perfect: string;
  /** strict key of the 3ms imperfect, with its ي prefix; "" when unknown */
  imperfect: string;
  /** root letters ("" when unknown) */
  root: string[];
  form: string;
  passive: boolean;
  /** strict key of an irregular 2ms imperative (خذ of أخذ, كل of أكل); absent when it follows the pattern */
  imperative?: string;
}

/** A verb cell's grammar: its aspect and its subject's persons, number and gender (active voice; see `voiced`). */
const cell = (
  aspect: Grammar['aspect'],
  person: Person[] | undefined,
  number?: Grammar['number'],
  gender?: Grammar['gender'],
  mood?: Grammar['mood'],
) => grammar({ aspect, mood, voice: 'active', person, number, gender });
const voiced = (g: Grammar, voice: 'active' | 'passive'): Grammar => (voice === 'active' ? g : withGrammar(g, { voice }));

const PERFECT_HE = cell('perfect', [3], 'singular', 'masculine');
const PERFECT_VOWEL_SUFFIXES: Array<[string, Grammar, number]> = [
  ['\u062A', cell('perfect', [3], 'singular', 'feminine'), 0], // ت she
  ['\u0627', cell('perfect', [3], 'dual', 'masculine'), F.RARE], // ا they two
  ['\u062A\u0627', cell('perfect', [3], 'dual', 'feminine'), F.RARE], // تا they two (f)
  ['\u0648\u0627', cell('perfect', [3], 'plural', 'masculine'), F.NO_ENC], // وا they
  ['\u0648', cell('perfect', [3], 'plural', 'masculine'), F.ENC_ONLY], // و + pronoun
];
const PERFECT_THEY = PERFECT_VOWEL_SUFFIXES[3]![1];
const PERFECT_CONS_SUFFIXES: Array<[string, Grammar, number]> = [
  ['\u062A', cell('perfect', [1, 2], 'singular'), 0], // ت I / you
  ['\u0646\u0627', cell('perfect', [1], 'plural'), 0], // نا we
  ['\u062A\u0645', cell('perfect', [2], 'plural', 'masculine'), F.RARE], // تم you (pl)
  ['\u062A\u0645\u0648', cell('perfect', [2], 'plural', 'masculine'), F.ENC_ONLY | F.RARE], // تمو
  ['\u062A\u0645\u0627', cell('perfect', [2], 'dual'), F.RARE], // تما you two
  ['\u062A\u0646', cell('perfect', [2], 'plural', 'feminine'), F.RARE], // تن you (f pl)
  ['\u0646', cell('perfect', [3], 'plural', 'feminine'), F.RARE], // ن they (f)
];

const isWeak = (c: string | undefined) => c === WAW || c === YEH;
const HAMZA = '\u0621'; // ء, as roots write it

/**
 * The spellings a hamza takes from the vowels around it, where they differ from the seat the pattern wrote (أ or ء):
 * before the و of a plural ending it sits on و (بدؤوا، جاؤوا، يقرؤون — many outlets write بدأوا، جاءوا, which stay
 * too); at the end of an indicative imperfect, before a pronoun, its damma puts it on و (يقرؤه). (The passive
 * perfect's ئ, سُئِل، أُنْشِئَت, is its own stem above.)
 */
function hamzaSeats(surface: string, g: Grammar): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  if (/[\u0623\u0621]\u0648/.test(surface)) out.push([surface.replace(/[\u0623\u0621](?=\u0648)/g, '\u0624'), 0]);
  if ((g === IMPERFECT || g === IMPERFECT_PASSIVE) && surface.endsWith('\u0623')) out.push([surface.slice(0, -1) + '\u0624', F.ENC_ONLY]);
  return out;
}
const NOON = '\u0646'; // ن

/**
 * A consonant ending after a stem that ends in the same letter: the two merge under a shadda, written once
 * (كبت + تم → كبتم، سكن + نا → سكنا، سكن + ن → سكن). د before ت is said as ت but still written (وجدت).
 */
export const mergeSame = (stem: string, ending: string) =>
  (last(stem) === TEH || last(stem) === NOON) && ending[0] === last(stem) ? stem + ending.slice(1) : join(stem, ending);

const YT = ['\u064A', '\u062A']; // ي ت
/**
 * Imperfect cells beyond the singular, as [prefixes, ending, stem kind, grammar, flags]. The ن of the five verbs
 * stays before a pronoun (يزورونها، يضربانه، تضربينه) and drops in the subjunctive and jussive (لن يضربوا، لم تضربي);
 * ـوا is written ـو before a pronoun (لن يضربوه). "pl" is the stem before و/ي (defective: يرم+ون), "dual" the
 * stem before ا (يرمي+ان), "fpl" the stem before the ن of the feminine plural (يقلن، يرددن، يرمين).
 */
const IMPERFECT_CELLS: Array<[string[], string, 'pl' | 'dual' | 'fpl', Grammar, number]> = [
  [YT, '\u0648\u0646', 'pl', cell('imperfect', [2, 3], 'plural', 'masculine'), 0], // ون
  [YT, '\u0648\u0627', 'pl', cell('imperfect', [2, 3], 'plural', 'masculine', 'subjunctive'), F.NO_ENC], // وا
  [YT, '\u0648', 'pl', cell('imperfect', [2, 3], 'plural', 'masculine', 'subjunctive'), F.ENC_ONLY], // و + pronoun
  [YT, '\u0627\u0646', 'dual', cell('imperfect', [2, 3], 'dual'), F.RARE], // ان
  [YT, '\u0627', 'dual', cell('imperfect', [2, 3], 'dual', undefined, 'subjunctive'), F.RARE], // ا
  [YT, '\u0646', 'fpl', cell('imperfect', [2, 3], 'plural', 'feminine'), F.RARE], // ن
  [['\u062A'], '\u064A\u0646', 'pl', cell('imperfect', [2], 'singular', 'feminine'), F.RARE], // تضربين
  [['\u062A'], '\u064A', 'pl', cell('imperfect', [2], 'singular', 'feminine', 'subjunctive'), F.RARE], // تضربي
];
/** the singular and first-person imperfect (يكتب، تكتب، نكتب، أكتب): its letters leave the person open */
const IMPERFECT = cell('imperfect', undefined);
const IMPERFECT_PASSIVE = voiced(IMPERFECT, 'passive');
const JUSSIVE = cell('imperfect', undefined, undefined, undefined, 'jussive');

/**
 * Imperative cells, as endings on the long stem (the jussive stem for vowel endings) and its person:
 *   ادرس، ادرسي، ادرسا، ادرسوا (ادرسوه)، ادرسن — قل، قولي، قولا، قولوا، قلن — ارم، ارمي، ارميا، ارموا، ارمين.
 * [ending, stem kind, grammar, flags]: "long" is the stem before a vowel, "dual"/"fpl" the stems the imperfect uses.
 */
const IMPERATIVE_CELLS: Array<[string, 'long' | 'dual' | 'fpl', Grammar, number]> = [
  ['\u064A', 'long', cell('imperative', [2], 'singular', 'feminine'), F.RARE], // ي
  ['\u0627', 'dual', cell('imperative', [2], 'dual'), F.RARE], // ا
  ['\u0648\u0627', 'long', cell('imperative', [2], 'plural', 'masculine'), F.RARE | F.NO_ENC], // وا
  ['\u0648', 'long', cell('imperative', [2], 'plural', 'masculine'), F.RARE | F.ENC_ONLY], // و + pronoun (ادرسوه)
  ['\u0646', 'fpl', cell('imperative', [2], 'plural', 'feminine'), F.RARE], // ن
];
const IMPERATIVE = cell('imperative', [2], 'singular', 'masculine');

/** Surface forms of a verb. */
export function verbForms(v: VerbInput, sink?: FormSink): SurfaceForm[] {
  const [out, collectSink] = collect();
  const emit = sink ?? collectSink;
  const { root, form } = v;
  const hamzated = root.includes(HAMZA);
  const add = (surface: string, g: Grammar, flags = 0) => {
    emit(surface, g, flags | F.VERB);
    if (hamzated) for (const [seat, more] of hamzaSeats(surface, g)) emit(seat, g, flags | more | F.VERB);
  };
  const r2 = root[1];
  const r3 = root[root.length - 1];
  const hollowForm = ['I', 'IV', 'VII', 'VIII', 'X'].includes(form);
  const conjugatePerfect = (P: string, voice: 'active' | 'passive') => {
    const tag = (g: Grammar) => voiced(g, voice);
    add(P, tag(PERFECT_HE));
    if (last(P) === ALEF_MAQSURA) add(dropLast(P) + ALEF, tag(PERFECT_HE), F.ENC_ONLY); // أعطى → أعطاه
    let V = P;
    let C = P;
    let V3 = P; // stem before ت (she) and وا (they)
    const lastC = last(P);
    if ((lastC === ALEF_MAQSURA || lastC === ALEF) && isWeak(r3) && P.length >= 2) {
      // defective: رمى / دعا / أعطى
      const base = dropLast(P);
      C = base + (form === 'I' && lastC === ALEF ? WAW : YEH);
      V = C;
      V3 = base;
    } else if (lastC === YEH && isWeak(r3) && form === 'I' && P.length === 3) {
      // i-type defective: بقي / نسي / لقي
      V3 = P;
      V = P;
      add(dropLast(P) + '\u0648\u0627', tag(PERFECT_THEY), F.NO_ENC);
      add(dropLast(P) + WAW, tag(PERFECT_THEY), F.ENC_ONLY);
    } else if (hollowForm && isWeak(r2) && P.length >= 3 && P[P.length - 2] === ALEF) {
      C = P.slice(0, -2) + lastC; // قال → قل
    } else if (P.length === 3 && P[P.length - 2] === YEH && voice === 'passive' && isWeak(r2)) {
      C = P.slice(0, -2) + lastC; // قيل → قلت (passive)
    } else if (root.length === 3 && r2 === r3 && lastC === r3 && P[P.length - 2] !== r3) {
      C = P + lastC; // رد → رددت
    }
    for (const [suf, g, flags] of PERFECT_VOWEL_SUFFIXES) {
      const stem = suf.startsWith(TEH) || suf.startsWith(WAW) ? V3 : V;
      if (suf.startsWith(WAW) && V3 === P && P.endsWith(YEH) && form === 'I' && P.length === 3) continue; // بقوا handled
      add(join(stem, suf), tag(g), flags);
    }
    for (const [suf, g, flags] of PERFECT_CONS_SUFFIXES) add(mergeSame(C, suf), tag(g), flags);
  };
  conjugatePerfect(v.perfect, 'active');
  if (v.passive) {
    const P = v.perfect;
    let pass = '';
    if (hollowForm && isWeak(r2) && P.length >= 3 && P[P.length - 2] === ALEF) pass = P.slice(0, -2) + YEH + last(P);
    else if ((last(P) === ALEF_MAQSURA || last(P) === ALEF) && isWeak(r3)) pass = dropLast(P) + YEH;
    else if (form === 'III' && P[1] === ALEF) pass = P[0] + WAW + P.slice(2);
    else if (form === 'VI' && P[2] === ALEF) pass = P.slice(0, 2) + WAW + P.slice(3);
    else if (hamzated && /.[\u0623\u0621]/.test(P)) {
      // the hamza takes the passive's kasra and sits on ي: سأل → سئل، قرأ → قرئ، أنشأ → أنشئ (one that opens the word keeps its alef)
      const at = Math.max(P.lastIndexOf('\u0623'), P.lastIndexOf('\u0621'));
      pass = P.slice(0, at) + '\u0626' + P.slice(at + 1);
    }
    if (pass && pass !== P) conjugatePerfect(pass, 'passive');
  }

  if (!v.imperfect || v.imperfect.length < 2) return out;
  const S = v.imperfect.slice(1);
  const lastS = last(S);
  const defective = (lastS === YEH || lastS === WAW || lastS === ALEF_MAQSURA) && isWeak(r3) && S.length >= 2;
  const hollow = !defective && hollowForm && isWeak(r2) && S.length >= 3 && 'اوي'.includes(S[S.length - 2] ?? '');
  const doubled = !defective && root.length === 3 && r2 === r3 && lastS === r3 && S[S.length - 2] !== r3;
  const base = defective ? dropLast(S) : S;
  const short = defective ? base : hollow ? S.slice(0, -2) + lastS : S;
  const conjugateImperfect = (stem: string, juss: string, defBase: string | null, voice: 'active' | 'passive') => {
    const tag = (g: Grammar) => voiced(g, voice);
    const P = ['\u064A', '\u062A', '\u0646', '\u0623']; // ي ت ن أ
    for (const p of P) {
      // first person singular is rare in news, outside quotations
      const rare = p === '\u0623' ? F.RARE : 0;
      add(p + stem, tag(IMPERFECT), F.IMPF | rare);
      if (last(stem) === ALEF_MAQSURA) add(p + dropLast(stem) + ALEF, tag(IMPERFECT), F.IMPF | F.ENC_ONLY | rare); // يراه
      if (juss !== stem) add(p + juss, tag(JUSSIVE), F.IMPF | F.RARE);
    }
    const weakStem = stem.replace(/\u0649$/, YEH);
    const stems = {
      pl: defBase ?? stem,
      dual: defBase !== null ? weakStem : stem,
      fpl: defBase !== null ? weakStem : hollow ? juss : doubled ? stem + last(stem) : stem,
    };
    for (const [prefixes, ending, kind, g, flags] of IMPERFECT_CELLS)
      for (const p of prefixes)
        add(p + (ending === NOON ? mergeSame(stems[kind], ending) : join(stems[kind], ending)), tag(g), F.IMPF | flags);
  };
  conjugateImperfect(S, doubled ? S + lastS : short, defective ? base : null, 'active');
  if (v.passive) {
    let ps = '';
    if (hollow) ps = S.slice(0, -2) + ALEF + lastS;
    else if (defective) ps = base + ALEF_MAQSURA;
    else if (form === 'I' && root[0] === WAW && !S.startsWith(WAW)) ps = WAW + S; // يضع → يوضع
    if (ps && ps !== S) conjugateImperfect(ps, ps, defective ? base : null, 'passive');
  }
  // imperative (second person): rare in news, but quoted speech and slogans use it. Forms VII–X and a sound Form I
  // open with a hamzat al-wasl (انطلق، اجتمع، استخدم، اكتب), Form IV with أ (أكرم، أقم).
  const wasl =
    ['VII', 'VIII', 'IX', 'X'].includes(form) ||
    (form === 'I' && !hollow && !S.startsWith(ALEF) && (defective ? base.length >= 2 : doubled || short.length >= 3));
  const pre = form === 'IV' ? '\u0623' : wasl ? ALEF : '';
  const defStem = S.replace(/\u0649$/, YEH);
  // the Form I doubled imperative is رد، ردي، ردا، ردوا but ارددن
  const irregular = v.imperative;
  const plain = irregular || (form === 'I' && doubled ? S : pre + (defective ? base : S));
  const impv = irregular || (form === 'I' && doubled ? S : pre + short);
  const stems = {
    long: plain,
    dual: irregular || (defective ? pre + defStem : plain),
    fpl: irregular || pre + (defective ? defStem : hollow ? short : doubled ? S + lastS : S),
  };
  if (impv.length >= 2) {
    add(impv, IMPERATIVE, F.RARE);
    for (const [ending, stem, g, flags] of IMPERATIVE_CELLS)
      add(ending === NOON ? mergeSame(stems[stem], ending) : join(stems[stem], ending), g, flags);
  }
  return out;
}
