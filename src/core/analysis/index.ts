/** The whole analysis of a text (tokens, readings, phrases, entities, summary), and the build-time index. */
export { Analyzer } from './analyze';
