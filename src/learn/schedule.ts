/**
 * Spaced repetition with ts-fsrs (FSRS): grading a card and finding what is due. Loaded only by the service worker,
 * because importing ts-fsrs adds methods to Date.prototype in the context that loads it.
 */
import { fsrs, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardState, Grade, ReviewItem, SavedWord } from './types';

// no fuzz: the same grade at the same time always gives the same due date (reproducible, testable)
const scheduler = fsrs({ enable_fuzz: false });

const toCard = (c: CardState): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
});

const fromCard = (c: Card): CardState => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as CardState['state'],
  ...(c.last_review ? { lastReview: c.last_review.toISOString() } : {}),
});

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** The card after a review graded Again (1), Hard (2), Good (3) or Easy (4) at `now`. */
export function gradeCard(card: CardState, grade: Grade, now: Date): CardState {
  return fromCard(scheduler.next(toCard(card), now, grade as FsrsGrade).card);
}

/** When the card would be due after each grade. */
export function previewDue(card: CardState, now: Date): Record<Grade, string> {
  const log = scheduler.repeat(toCard(card), now);
  const due = (g: Grade) => log[g as FsrsGrade].card.due.toISOString();
  return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) };
}

/** Words to review at `now`: not known, card due; the longest overdue first. */
export function dueWords(words: readonly SavedWord[], now: Date): SavedWord[] {
  const t = now.getTime();
  return words.filter((w) => !w.known && Date.parse(w.card.due) <= t).sort((a, b) => a.card.due.localeCompare(b.card.due));
}

/**
 * How long a review session waits for a card in its learning steps (graded Again minutes ago comes back in a minute):
 * Anki's learn-ahead limit. A card due later than this waits for the next session.
 */
export const SESSION_WAIT_MS = 20 * 60_000;

/**
 * The next word to review with the due count and the grade buttons' due dates. When nothing is due, the card in its
 * (re)learning steps that is due soonest within the session's wait comes back with `at`, its due time (the view waits
 * for it); null when there is none.
 */
export function nextReview(words: readonly SavedWord[], now: Date): ReviewItem | null {
  const due = dueWords(words, now);
  const word = due[0];
  if (word) return { word, due: due.length, next: previewDue(word.card, now) };
  const t = now.getTime();
  const soon = words
    .filter((w) => !w.known && (w.card.state === 1 || w.card.state === 3) && Date.parse(w.card.due) - t <= SESSION_WAIT_MS)
    .sort((a, b) => a.card.due.localeCompare(b.card.due))[0];
  return soon ? { word: soon, due: 0, next: previewDue(soon.card, new Date(soon.card.due)), at: soon.card.due } : null;
}

/** The toolbar badge for a due count. */
export const badgeText = (due: number): string => (due <= 0 ? '' : due > 99 ? '99+' : String(due));
