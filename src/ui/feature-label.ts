/**
 * The learner's grammar label of a reading ("perfect, she", "plural, definite", "related: …"), written from the
 * analyser's structured grammar (core/model/grammar.ts): each term is a `tooltip.feature.*` key, shown in the
 * interface language. The CLI writes the same label in English.
 */
import type { TFunction } from 'i18next';
import type { Grammar } from '../core/model';

/** The locale keys under `tooltip.feature` that a label is made of. */
export type FeatureTerm =
  | 'perfect'
  | 'imperfect'
  | 'subjunctive'
  | 'jussive'
  | 'imperative'
  | 'passive'
  | 'iYou'
  | 'we'
  | 'she'
  | 'they'
  | 'theyF'
  | 'theyTwo'
  | 'theyTwoF'
  | 'youF'
  | 'youTwo'
  | 'youPl'
  | 'youFPl'
  | 'theyYouTwo'
  | 'theyYouPl'
  | 'theyYouFPl'
  | 'definite'
  | 'feminine'
  | 'feminineDual'
  | 'femininePlural'
  | 'dual'
  | 'plural'
  | 'accusative'
  | 'construct';

/**
 * The subject of a verb form, by its persons, number and gender ("3 plural feminine" → they (f)). The bare perfect
 * (he) and the bare imperative (you) say nothing beyond their aspect.
 */
function subjectTerm(g: Grammar): FeatureTerm | undefined {
  if (!g.person) return undefined;
  const who = g.person.join('/');
  const f = g.gender === 'feminine';
  if (g.number === 'singular' && !f && ((g.aspect === 'perfect' && who === '3') || (g.aspect === 'imperative' && who === '2')))
    return undefined;
  switch (`${who} ${g.number}`) {
    case '1/2 singular':
      return 'iYou';
    case '1 plural':
      return 'we';
    case '3 singular':
      return f ? 'she' : undefined;
    case '3 plural':
      return f ? 'theyF' : 'they';
    case '3 dual':
      return f ? 'theyTwoF' : 'theyTwo';
    case '2 singular':
      return f ? 'youF' : undefined;
    case '2 dual':
      return 'youTwo';
    case '2 plural':
      return f ? 'youFPl' : 'youPl';
    case '2/3 dual':
      return 'theyYouTwo';
    case '2/3 plural':
      return f ? 'theyYouFPl' : 'theyYouPl';
    default:
      return undefined;
  }
}

/** A noun's or adjective's number and gender: feminine, plural, feminine dual … (the masculine singular says nothing). */
function nominalTerm(g: Grammar): FeatureTerm | undefined {
  if (g.gender === 'feminine') return g.number === 'dual' ? 'feminineDual' : g.number === 'plural' ? 'femininePlural' : 'feminine';
  return g.number === 'dual' ? 'dual' : g.number === 'plural' ? 'plural' : undefined;
}

/** The terms of a grammar's label, in the order a learner reads them: aspect, subject, mood, voice; number, state, case. */
export function grammarTerms(g: Grammar): FeatureTerm[] {
  const terms: Array<FeatureTerm | undefined> = g.aspect
    ? [
        g.aspect === 'imperfect' && g.mood === 'subjunctive' ? 'subjunctive' : g.aspect,
        subjectTerm(g),
        g.mood === 'jussive' ? 'jussive' : undefined,
        g.voice === 'passive' ? 'passive' : undefined,
      ]
    : [nominalTerm(g), g.state === 'construct' ? 'construct' : undefined, g.case];
  if (g.state === 'definite') terms.push('definite');
  return terms.filter((x): x is FeatureTerm => x !== undefined);
}

/** What a label is written from: a reading's grammar, and for an unknown word the lexicon words of its root. */
export interface Labelled {
  grammar?: Grammar;
  related?: readonly string[];
}

/** The label in the interface language ("" when the form shows nothing); the related lemmas stay Arabic. */
export function featureLabel(a: Labelled, t: TFunction): string {
  if (a.related?.length) return t('tooltip.feature.related', { words: a.related.join(', ') });
  return a.grammar
    ? grammarTerms(a.grammar)
        .map((term) => t(`tooltip.feature.${term}`))
        .join(t('tooltip.feature.separator'))
    : '';
}
