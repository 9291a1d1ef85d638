import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';

import { timeScale } from '../../src/layout/time-scale';

describe('timeScale', () => {
  const domain: [number, number] = [Date.UTC(2017, 0, 1), Date.UTC(2018, 1, 14)];

  it('timeScale(domain, range) places instants where d3 scaleUtc does', () => {
    const ours = timeScale(domain, [20, 980]);
    const d3 = scaleUtc().domain(domain).range([20, 980]);
    for (const t of [domain[0], Date.UTC(2017, 6, 1), domain[1], Date.UTC(2016, 0, 1)]) {
      expect(ours(t)).toBeCloseTo(d3(t), 9);
      expect(ours(new Date(t))).toBeCloseTo(d3(new Date(t)), 9);
    }
    expect(+ours.invert(500)).toBeCloseTo(+d3.invert(500), 0);
  });

  it('timeScale.copy().range(…) mirrors without changing the original', () => {
    const scale = timeScale(domain, [20, 980]);
    const mirrored = scale.copy().range([980, 20]);
    expect(mirrored(domain[0])).toBe(980);
    expect(scale(domain[0])).toBe(20);
    expect(scale.domain().map(Number)).toEqual(domain);
    expect(scale.range()).toEqual([20, 980]);
  });

  it('timeScale reaches deep time, where a Date cannot: the Big Bang is drawn at the left edge', () => {
    const bigBang = -4.35e20;
    const scale = timeScale([bigBang, Date.UTC(2000, 0, 1)], [0, 1000]);
    expect(scale(bigBang)).toBe(0);
    expect(scale(Date.UTC(1990, 0, 1))).toBeCloseTo(1000, 3);
  });

  it('timeScale with an empty domain puts everything in the middle rather than at NaN', () => {
    expect(timeScale([5, 5], [0, 100])(5)).toBe(50);
  });
});
