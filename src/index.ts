/** event-timeline: web components that draw a dated, sourced record of events as a timeline. */
export { EventTimeline } from './event-timeline';
export { TimelineDetails } from './timeline-details';
export { TimelineLegend } from './timeline-legend';
export { TimelineOverview } from './timeline-overview';
export { histogramBins } from './layout/histogram';
export { filterEvents, matchesText } from './layout/event-filter';
export type { EventFilter } from './layout/event-filter';
export type * from './timeline/events';
export type * from './data/types';
export { CONFIDENCES } from './data/types';
export { validateDataset } from './data/validate';
export { parsePartialDate } from './data/dates';
export { describeDate, formatPartialDate } from './data/describe-date';
export { layoutTimeline, eventsInView, dataExtent } from './layout/timeline-layout';
export { packLanes } from './layout/lanes';
export { chooseTicks, formatTick } from './layout/ticks';
export type { Messages } from './i18n/messages';
