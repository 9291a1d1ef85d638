import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/data/dates';
import { layoutMarkers, markerInstant } from '../../src/layout/markers';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const window: [number, number] = [day('2018-01-01'), day('2018-03-01')];
const range: [number, number] = [0, 590];
const length = (label: string) => label.length * 7;

describe('markers', () => {
  it('markerInstant puts a day marker at midday, like day events, and a month at its start', () => {
    expect(markerInstant('2018-02-13')).toBe(day('2018-02-13') + DAY / 2);
    expect(markerInstant('2018-02')).toBe(day('2018-02-01'));
    expect(markerInstant('2018-02-13T06:00Z')).toBe(day('2018-02-13') + 6 * 3_600_000);
    expect(markerInstant('13/02/2018')).toBeNull();
  });

  it('layoutMarkers places the line at its date and centres the label on it', () => {
    const { markers, rows } = layoutMarkers(
      [{ date: '2018-01-30', label: 'Pocket ends' }],
      window,
      range,
      length,
    );
    expect(rows).toBe(1);
    const [m] = markers;
    expect(m!.position).toBeCloseTo(((day('2018-01-30') + DAY / 2 - window[0]) / (59 * DAY)) * 590);
    expect(m!.labelStart + m!.labelLength / 2).toBeCloseTo(m!.position);
  });

  it('layoutMarkers keeps labels inside the range and leaves out markers outside the window', () => {
    const { markers } = layoutMarkers(
      [
        { date: '2018-02-28', label: 'A long label at the very end' },
        { date: '2017-12-31', label: 'Before' },
      ],
      window,
      range,
      length,
    );
    expect(markers).toHaveLength(1);
    expect(markers[0]!.labelStart + markers[0]!.labelLength).toBeLessThanOrEqual(590);
  });

  it('layoutMarkers moves a colliding label to the next row, and drops it when the rows are full', () => {
    const close = ['2018-02-12', '2018-02-13', '2018-02-14'].map((date) => ({ date, label: 'Label' }));
    const { markers, rows } = layoutMarkers(close, window, range, length, 2);
    expect(rows).toBe(2);
    expect(markers.map((m) => [m.row, m.labelled])).toEqual([
      [0, true],
      [1, true],
      [0, false],
    ]);
  });
});
