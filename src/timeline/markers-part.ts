/**
 * What the timeline places and draws `<timeline-marker>` children with, in one module so that it
 * is fetched as one chunk, only by a timeline that has markers (feature-chunk.ts).
 */
export { layoutMarkers, markerInstant } from '../layout/markers';
export { markerStripHeight, renderMarkerList, renderMarkers } from './render-markers';

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { markersStyles as styles } from './markers.styles';
