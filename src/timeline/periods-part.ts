/**
 * What the timeline reads and draws background periods (eras) with, in one module so that it is
 * fetched as one chunk, only for data that has `periods` (feature-chunk.ts).
 */
export { readPeriods } from '../data/periods';
export { PERIOD_STRIP, periodsExtent, placePeriods, renderPeriodList, renderPeriods } from './render-periods';

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { periodsStyles as styles } from './periods.styles';
