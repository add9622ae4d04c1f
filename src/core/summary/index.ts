/** The English summary of an article: sentences scored, grouped into topics and chosen topic by topic. */
export { pointCount, summarize } from './summary';
export { OPENER_RULES, openerRuleOf } from './summary-scores';
export type { OpenerRule } from './summary-scores';
