/** Named entities of a text: people with their roles, places, organisations, dates and figures. */
export { findEntities } from './entities';
export { GUESS_BELOW } from './entities';
export { entitiesIn, firstEntityEndingAfter } from './entity-spans';
