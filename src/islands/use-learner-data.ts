import { useEffect, useState } from 'preact/hooks';
import type { Progress, ProgressNotice, ReviewScheduler } from '../domain/progress-store.ts';
import { progressStore } from './browser-progress.ts';
import { fetchCatalogue, type PracticeCatalogue } from './practice-catalogue.ts';

/** Every question of the guide, fetched once (unless the page passed it in), for the Review and Mock exam islands. */
export function useCatalogue(url: string, given: PracticeCatalogue | undefined) {
	const [catalogue, setCatalogue] = useState<PracticeCatalogue | null>(given ?? null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		if (given) return;
		let cancelled = false;
		fetchCatalogue(url).then(
			(loaded) => !cancelled && setCatalogue(loaded),
			() => !cancelled && setFailed(true),
		);
		return () => {
			cancelled = true;
		};
	}, [url, given]);
	return { catalogue, failed };
}

interface ProgressOptions {
	/** Called after every change. */
	onChange?: () => void;
	/** For islands that show the review schedule: keeps every answer's review card up to date (see pending-reviews.ts). */
	scheduleReviews?: ReviewScheduler;
}

/** The learner's progress and any storage notices, kept current as this or another tab changes them. */
export function useProgress({ onChange, scheduleReviews }: ProgressOptions = {}) {
	const [progress, setProgress] = useState<Progress | null>(null);
	const [notices, setNotices] = useState<readonly ProgressNotice[]>([]);
	useEffect(() => {
		const store = progressStore();
		if (scheduleReviews) store.scheduleReviews(scheduleReviews);
		const update = () => {
			setProgress(store.progress);
			setNotices([...store.notices]);
			onChange?.();
		};
		update();
		return store.subscribe(update);
	}, []);
	return { progress, notices };
}
