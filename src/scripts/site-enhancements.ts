import { startDueCount } from './due-count-badge.ts';
import { addHeadingCopyButtons } from './heading-links.ts';
import { registerServiceWorker } from './register-service-worker.ts';

/*
 * The one script every page loads: the header's due count, a copy-link button on each section heading, and offline
 * reading. One module rather than one per component, because each separate file costs the reader another request
 * and its own compression overhead, and a plain page's budget for all its JavaScript is 6 KB.
 */
startDueCount();
addHeadingCopyButtons(document);
registerServiceWorker();
