/**
 * What the timeline draws the density band with (more than `DENSE_THRESHOLD` events in view), in
 * one module so that it is fetched as one chunk, only when a timeline needs it (feature-chunk.ts).
 */
export { BAND_HEIGHT, denseLayout, drawDensity, forcedColours, renderDenseBand } from './dense-view';
export { eventNear } from '../layout/density';
