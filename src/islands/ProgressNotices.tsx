import type { ProgressNotice } from '../domain/progress-store.ts';
import { QUIZ_STRINGS as T } from './quiz-strings.ts';

/** Tells the learner when progress cannot be saved, or when saved progress was unreadable (with a way to download it). */
export function ProgressNotices({ notices }: { notices: readonly ProgressNotice[] }) {
	if (notices.length === 0) return null;
	return (
		<div class="quiz-notice" role="alert">
			{notices.map((notice) =>
				notice.kind === 'storage-unavailable' ? (
					<p key="storage">{T.storageNotice}</p>
				) : (
					<p key={notice.savedAsideKey}>
						{T.corruptNotice}{' '}
						<a href={`data:application/json;charset=utf-8,${encodeURIComponent(notice.raw)}`} download="saved-progress.json">
							{T.downloadCorrupt}
						</a>
					</p>
				),
			)}
		</div>
	);
}
