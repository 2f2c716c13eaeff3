import { createProgressStore } from '../domain/progress-store.ts';
import { catchUpReviews } from '../domain/review-schedule.ts';

/**
 * Loaded by the header's due count only when it cannot count without the scheduler: progress in the first format, or
 * answers saved on quiz pages a day or more ago that no schedule has taken in yet. Schedules them and saves the cards.
 */
export function scheduleSavedReviews() {
	createProgressStore({ storage: window.localStorage }).scheduleReviews(catchUpReviews);
}
