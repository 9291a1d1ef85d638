/**
 * What the timeline draws the density band with (more than `DENSE_THRESHOLD` events in view), in
 * one module so that it is fetched as one chunk, only when a timeline needs it (feature-chunk.ts),
 * with the watch that repaints its canvas when the reader's colours change.
 */
export { BAND_HEIGHT, denseLayout, drawBand, fitTitlesWhenIdle, renderDenseBand } from './dense-view';
export { eventNear } from '../layout/density';
export { ColourSchemeWatch } from './colour-scheme-watch';

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { densityStyles as styles } from './density.styles';
