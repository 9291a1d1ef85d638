/**
 * The Idlib 2018 dataset: the surrender of Islamic State fighters in eastern Idlib on
 * 13 February 2018 (Syria Direct), with the dated 2017–2018 events the article refers to.
 * See data/README.md for where each event comes from.
 */
import dataset from '../../data/idlib-2018.json';
import type { TimelineDatasetInput } from './types';
import { validateDataset } from './validate';

/** The dataset as written in `data/idlib-2018.json`, typed but not validated. */
export const idlib2018Input: TimelineDatasetInput = dataset as TimelineDatasetInput;

/** The dataset after validation: the events ready to draw, and any problems found. */
export const idlib2018 = validateDataset(idlib2018Input);
