/** A new FSRS card without loading the scheduler (ts-fsrs patches Date.prototype: only the service worker loads it). */
import type { CardState } from './types';

/** The state ts-fsrs `createEmptyCard(now)` gives, as stored JSON. */
export function emptyCard(now: Date): CardState {
  return {
    due: now.toISOString(),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}
