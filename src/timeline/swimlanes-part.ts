/**
 * What the timeline draws swimlanes (`group-by`) with, in one module so that it is fetched as one
 * chunk when first needed (feature-chunk.ts).
 */
export { groupEvents, layoutSwimlanes } from '../layout/swimlanes';
export {
  bandsOf,
  GROUP_HEADER_HEIGHT,
  renderCopyLinks,
  renderGroupBands,
  renderGroupHeaders,
} from './render-groups';

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { swimlanesStyles as styles } from './swimlanes.styles';
