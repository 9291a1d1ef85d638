/**
 * Above this many events in view, marks give way to the density band (dense-view.ts). Each drawn
 * event costs about eight DOM nodes (mark, label, target, table row), so 300 keeps the DOM under
 * about 3,000. On its own so the timeline can tell whether it needs the density part without
 * holding that part's code.
 */
export const DENSE_THRESHOLD = 300;
