/**
 * How long a `src` load may take by default. Apart from the loader (load-dataset.ts) because the
 * timeline's `timeout` property starts at it, and the loader itself waits in a chunk until a
 * timeline first has a `src`.
 */

/** How long a load may take before it is given up, in milliseconds. */
export const DEFAULT_TIMEOUT = 15_000;
