/**
 * What the timeline draws top to bottom with (`orientation="vertical"`, or `auto` on a narrow
 * screen), in one module so that it is fetched as one chunk when first needed (feature-chunk.ts).
 */
export { fitVertical } from './fit-vertical';
export {
  renderVerticalAxis,
  renderVerticalMark,
  renderVerticalMarkers,
  verticalDefs,
} from './render-vertical';

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { verticalStyles as styles } from './vertical.styles';
