/**
 * The names under which progress lives in localStorage, and the in-page event that says it changed.
 * Kept apart from the store so the header's due count can use them without loading the validation library or the scheduler.
 */

/** The current format (version 2). */
export const PROGRESS_KEY = 'dsg-progress-v2';
/** The first format (version 1): read once, migrated to version 2, and left in place untouched as a backup. */
export const PROGRESS_KEY_V1 = 'dsg-progress-v1';
/** Unreadable progress is copied under this prefix plus the time it was found. */
export const CORRUPT_KEY_PREFIX = 'dsg-progress-corrupt-';
/** Before an import replaces progress, the progress it replaces is kept under this prefix plus the time. */
export const BACKUP_KEY_PREFIX = 'dsg-progress-backup-';
/** Dispatched on window whenever an island changes progress, so other scripts on the same page can refresh. */
export const PROGRESS_CHANGE_EVENT = 'dsg-progress-change';
