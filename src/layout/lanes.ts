/**
 * Packing events and their labels into lanes so that no label is ever drawn over another
 * label or a mark. Layout never measures text: the component measures, and passes pixel sizes in.
 */

/** One event to place: its mark and its label as horizontal pixel extents `[x0, x1]`, `x0 <= x1`. */
export interface LaneItem {
  mark: [number, number];
  /** May sit on either side of the mark (labels flip left near the right edge). */
  label: [number, number];
  /**
   * Shorter versions of the label, longest first, tried when the full one has no room:
   * a shortened title beats no title.
   */
  shorterLabels?: readonly [number, number][];
}

/** Where an item went, and whether there was room to show its label. */
export interface LanePlacement {
  lane: number;
  labelled: boolean;
  /** Which label was shown: 0 for `label`, 1 for the first of `shorterLabels`, and so on. */
  labelChoice: number;
}

export interface LaneOptions {
  /** How many lanes there are; at least one is always used. */
  lanes: number;
  /** Minimum space in pixels between things in a lane. Default 4. */
  gap?: number;
}

/** What a lane holds so far, seen from the right: everything placed lies left of these edges. */
interface Lane {
  /** Right edge (plus gap) of everything drawn in the lane. */
  end: number;
  /** Right edge (plus gap) of the labels in the lane. */
  labelEnd: number;
  /**
   * The last labelled item placed here. A mark with nowhere else to go may take its label away;
   * no earlier label can be in that mark's way, since the last one was placed right of them all.
   */
  lastLabelled: number;
  /** `labelEnd` without the last labelled item's label. */
  labelEndBefore: number;
  /** `end` without the last labelled item's label. */
  endWithoutLastLabel: number;
}

/**
 * Greedy interval partitioning, in order of each item's left edge: an item goes, with its label,
 * into the lowest lane with room for both; else its mark goes alone into the lowest lane with room
 * for the mark; else into the lane that ends earliest, preferring one where it covers only marks.
 * Where that would put it under a label, the label gives way: marks may overlap, labels never do.
 * Returns one placement per item, in input order. O(n·lanes) after sorting.
 */
export function packLanes(items: readonly LaneItem[], options: LaneOptions): LanePlacement[] {
  const laneCount = Number.isFinite(options.lanes) ? Math.max(1, Math.floor(options.lanes)) : 1;
  const gap = options.gap ?? 4;
  const lanes: Lane[] = Array.from({ length: laneCount }, () => ({
    end: -Infinity,
    labelEnd: -Infinity,
    lastLabelled: -1,
    labelEndBefore: -Infinity,
    endWithoutLastLabel: -Infinity,
  }));
  const placements: LanePlacement[] = items.map(() => ({ lane: 0, labelled: false, labelChoice: 0 }));
  const lefts = items.map((item) => Math.min(item.mark[0], item.label[0]));
  const order = items.map((_, i) => i).sort((a, b) => lefts[a]! - lefts[b]! || a - b);

  // Plain loops, no arrays made per item: every zoom step packs every event in view again.
  const laneEndingBy = (x: number) => {
    for (let k = 0; k < laneCount; k++) if (lanes[k]!.end <= x) return k;
    return -1;
  };
  const placeLabelled = (i: number, laneIndex: number, choice = 0) => {
    const { mark } = items[i]!;
    const label = choice === 0 ? items[i]!.label : items[i]!.shorterLabels![choice - 1]!;
    const lane = lanes[laneIndex]!;
    lane.endWithoutLastLabel = Math.max(lane.end, mark[1] + gap);
    lane.end = Math.max(lane.end, mark[1] + gap, label[1] + gap);
    lane.labelEndBefore = lane.labelEnd;
    lane.labelEnd = Math.max(lane.labelEnd, label[1] + gap);
    lane.lastLabelled = i;
    placements[i] = { lane: laneIndex, labelled: true, labelChoice: choice };
  };

  for (const i of order) {
    const { mark } = items[i]!;
    const left = lefts[i]!;

    const withLabel = laneEndingBy(left);
    if (withLabel >= 0) {
      placeLabelled(i, withLabel);
      continue;
    }
    // Everything placed so far lies left of a lane's `end`, so a shorter label that starts
    // right of it collides with nothing.
    const shorter = items[i]!.shorterLabels ?? [];
    const k = shorter.findIndex((label) => laneEndingBy(Math.min(mark[0], label[0])) >= 0);
    if (k >= 0) {
      placeLabelled(i, laneEndingBy(Math.min(mark[0], shorter[k]![0])), k + 1);
      continue;
    }

    const markAlone = laneEndingBy(mark[0]);
    const chosen = markAlone >= 0 ? markAlone : crowdedLane(lanes, mark[0]);
    const lane = lanes[chosen]!;
    if (lane.labelEnd > mark[0] && lane.lastLabelled >= 0) {
      placements[lane.lastLabelled]!.labelled = false;
      lane.labelEnd = lane.labelEndBefore;
      lane.end = lane.endWithoutLastLabel;
      lane.lastLabelled = -1;
      // With that label gone there may be room for this item's own: a label traded, not lost.
      if (lane.end <= left) {
        placeLabelled(i, chosen);
        continue;
      }
    }
    lane.end = Math.max(lane.end, mark[1] + gap);
    lane.endWithoutLastLabel = Math.max(lane.endWithoutLastLabel, mark[1] + gap);
    placements[i] = { lane: chosen, labelled: false, labelChoice: 0 };
  }
  return placements;
}

/**
 * The lane for a mark that fits nowhere: the one whose content ends earliest, among lanes where
 * the mark would cover no label if there are any, else among all lanes.
 */
function crowdedLane(lanes: readonly Lane[], markStart: number): number {
  let best = -1;
  let bestClear = false;
  lanes.forEach((lane, i) => {
    const clear = lane.labelEnd <= markStart;
    const current = lanes[best];
    if (!current || (clear && !bestClear) || (clear === bestClear && lane.end < current.end)) {
      best = i;
      bestClear = clear;
    }
  });
  return best;
}
