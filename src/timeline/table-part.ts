/**
 * What the timeline builds the events table with, in one module so that it is fetched as one chunk
 * (feature-chunk.ts): in chart view just after the chart paints, when the hidden table is first
 * built for screen readers; with `view="table"` before the table view is drawn.
 */
export { renderTable, rowsOf } from './event-table';
export { tablePage } from '../layout/table-page';

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { eventTableStyles as styles } from './event-table.styles';
