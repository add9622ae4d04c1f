/** Named entities of a text: people with their roles, places, organisations, dates and figures. */
export { findEntities } from './entities';
export { GUESS_BELOW } from './entities';
export { entitiesIn, firstEntityEndingAfter } from './entity-spans';
export { CANDIDATE_RULES, NAME_RULES } from './entity-rule-table';
export { ENTITY_PASSES } from './entity-pass-table';
export type { EntityExample, EntityRule } from './entity-rule-table';
