import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/data/dates';
import { validateDataset } from '../../src/data/validate';
import { idlib2018 } from '../../src/data/idlib-2018';
import { histogramBins } from '../../src/layout/histogram';
import { dataExtent, padWindow } from '../../src/layout/timeline-layout';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('histogramBins', () => {
  it('histogramBins(events, window, maxBins) covers the window with at most maxBins bins, edge to edge', () => {
    const window = padWindow(dataExtent(idlib2018.events)!);
    for (const maxBins of [5, 20, 80, 500]) {
      const bins = histogramBins(idlib2018.events, window, maxBins);
      expect(bins.length).toBeLessThanOrEqual(maxBins);
      expect(bins[0]!.start).toBe(window[0]);
      expect(bins.at(-1)!.end).toBe(window[1]);
      for (let i = 1; i < bins.length; i++) expect(bins[i]!.start).toBe(bins[i - 1]!.end);
    }
  });

  it('histogramBins picks the finest calendar unit that fits: weeks for a year in 80 bins', () => {
    const bins = histogramBins([], [day('2017-01-02'), day('2018-01-01')], 80);
    expect(bins).toHaveLength(52);
    expect(bins.every((b) => b.end - b.start === 7 * DAY)).toBe(true);
    expect(new Date(bins[0]!.start).getUTCDay()).toBe(1);
  });

  it('histogramBins counts an event in every bin its span overlaps', () => {
    const { events } = validateDataset([
      { id: 'a', title: 'A day', start: '2018-02-13' },
      { id: 'b', title: 'A month', start: '2018-01' },
      { id: 'c', title: 'Outside', start: '2016-05-01' },
    ]);
    const bins = histogramBins(events, [day('2018-01-01'), day('2018-03-01')], 100);
    const on = (iso: string) => bins.find((b) => b.start <= day(iso) && day(iso) < b.end)!.count;
    expect(on('2018-01-15')).toBe(1);
    expect(on('2018-02-13')).toBe(1);
    expect(on('2018-02-14')).toBe(0);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(31 + 1);
  });

  it('histogramBins returns nothing for an empty window', () => {
    expect(histogramBins(idlib2018.events, [5, 5], 10)).toEqual([]);
    expect(histogramBins(idlib2018.events, [0, 10], 0)).toEqual([]);
  });
});
