/**
 * Modal verbs, which Arabic says with a verb of possibility or duty and أن (يمكن أن تصل "can reach", يجب على الحكومة أن
 * تتحرك "the government must act", يمكنها تصنيف "it can sort") or with the particle قد (قد وصل "has arrived", قد يؤدي
 * "may lead", كان قد وصل "had arrived").
 */
import type { Modal, Unit } from './unit';

/** Verbs of possibility and duty (their lexicon English) and the modal they become. */
const MODAL_VERB: Record<string, Modal> = { 'be possible': 'can', 'be necessary': 'must', should: 'should' };
/** Phrases of the list that are a modal (لا بد أن "must"). */
const PHRASE_MODAL: Record<string, Modal> = { must: 'must' };
/** The subject pronoun of an object suffix on the modal verb (يمكنها "it can", يمكنهم "they can"). */
const SUBJECT_OF: Record<string, string> = { it: 'it', him: 'he', her: 'she', them: 'they', you: 'you', me: 'I', us: 'we' };
/** The subject of a passive made of a verbal noun with a pronoun (تصنيعها "its manufacture" → "it can be manufactured"). */
const PASSIVE_SUBJECT: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she' };
/** Prepositions that bring the modal's subject (يجب على X، يمكن لـ X). */
const SUBJECT_PREP = /^(on|for|to)$/;

const nounish = (u: Unit | undefined): u is Unit => !!u && (u.kind === 'noun' || u.kind === 'name' || u.kind === 'pron');

/**
 * Turns يمكن / يجب (+ على/لـ subject) (+ أن) + verb or verbal noun into subject + modal verb, in place: the verb after
 * carries the modal, the subject comes before it.
 */
export function applyModals(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // لا يمكن is one phrase, "cannot"
    const negated = u.en === 'cannot';
    const modal = u.kind === 'verb' ? MODAL_VERB[u.en] : negated ? 'can' : u.phrase ? PHRASE_MODAL[u.en] : undefined;
    if (!modal) continue;
    let j = i + 1;
    const subject: Unit[] = [];
    const prep = units[j];
    if (u.obj && SUBJECT_OF[u.obj]) subject.push({ kind: 'pron', en: SUBJECT_OF[u.obj]!, tokenIndex: u.tokenIndex });
    // يجب عليهم: the pronoun on the preposition is the subject ("they must")
    else if (prep?.kind === 'prep' && SUBJECT_PREP.test(prep.en) && prep.obj && SUBJECT_OF[prep.obj]) {
      subject.push({ kind: 'pron', en: SUBJECT_OF[prep.obj]!, tokenIndex: prep.tokenIndex });
      j++;
    } else if (units[j]?.kind === 'prep' && SUBJECT_PREP.test(units[j]!.en) && nounish(units[j + 1])) {
      subject.push(units[j + 1]!);
      j += 2;
    } else if (nounish(units[j]) && units[j]!.pre && SUBJECT_PREP.test(units[j]!.pre!)) {
      subject.push({ ...units[j]!, pre: undefined });
      j++;
    }
    // أن after the modal: "that", or "to" before its verb
    if (units[j]?.kind === 'that' || (units[j]?.kind === 'conj' && units[j]!.en === 'to')) j++;
    const v = units[j];
    let verb: Unit | undefined;
    // لا بد أن يكون "must be": كان carries the modal as a verb does
    if (v?.kind === 'verb' || (v?.kind === 'aux' && v.en === 'be')) verb = { ...v, modal, pre: undefined };
    // يمكنها تصنيف الخلايا: a verbal noun after the modal is its verb ("can sort the cells"); with no subject, the verb
    // is a passive whose subject is the noun's object (لا يمكن قبول هذا القرار "this decision cannot be accepted",
    // يمكن تصنيعها "it can be manufactured")
    else if (v?.kind === 'noun' && v.verbal && !v.pre && !v.phrase && (!v.poss || (!subject.length && PASSIVE_SUBJECT[v.poss]))) {
      // (only a verb with an object turns passive: يمكن الوصول إلى المدينة keeps "reach")
      const next: Unit | undefined = units[j + 1];
      const nextKind = next?.kind;
      const demonstrative = nextKind === 'adj' && /^(this|that)$/.test(next!.en);
      const object =
        !!v.poss || nextKind === 'noun' || nextKind === 'name' || nextKind === 'pron' || nextKind === 'figure' || demonstrative;
      const passive = !subject.length && object && !v.verbal.throughBi && !v.verbal.governs;
      if (v.poss) subject.push({ kind: 'pron', en: PASSIVE_SUBJECT[v.poss]!, tokenIndex: v.tokenIndex });
      verb = {
        kind: 'verb',
        en: v.verbal.en,
        tense: 'present',
        modal,
        passive: passive || undefined,
        throughBi: v.verbal.throughBi,
        governs: v.verbal.governs,
        tokenIndex: v.tokenIndex,
      };
    }
    if (!verb) continue;
    const neg: Unit[] = negated ? [{ kind: 'neg', en: 'present', tokenIndex: u.tokenIndex }] : [];
    units.splice(i, j + 1 - i, ...neg, ...subject.map((s) => ({ ...s, pre: s === subject[0] ? u.pre : s.pre })), verb);
  }
}

/** The modal of a verb after قد: the perfect (has, or had after كان) for a past verb, "may" for a present one. */
export const modalAfterQad = (tense: 'past' | 'present', afterKana: boolean): Modal =>
  tense === 'present' ? 'may' : afterKana ? 'had' : 'has';
