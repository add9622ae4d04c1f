/** Generates the surface forms of a lemma: noun and adjective inflection, verb conjugation by form and root class. */
export { F, nounForms } from './inflect';
export type { FormSink, SurfaceForm } from './inflect';
export { verbForms } from './verb-forms';
