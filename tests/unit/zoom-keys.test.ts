import { describe, expect, it } from 'vitest';
import { keyMove, zoomKeyMove } from '../../src/timeline/keyboard';

const ltr = { direction: 'ltr', orientation: 'horizontal' } as const;

describe('zoom keys', () => {
  it('zoomKeyMove maps +, - and 0 to zoom in, zoom out and fit', () => {
    expect(zoomKeyMove('+')).toBe('zoom-in');
    expect(zoomKeyMove('=')).toBe('zoom-in');
    expect(zoomKeyMove('-')).toBe('zoom-out');
    expect(zoomKeyMove('0')).toBe('fit');
  });

  it('zoomKeyMove pans with Shift and an arrow, and keyMove leaves those to it', () => {
    expect(zoomKeyMove('ArrowLeft', { ...ltr, shiftKey: true })).toBe('pan-earlier');
    expect(zoomKeyMove('ArrowRight', { ...ltr, shiftKey: true })).toBe('pan-later');
    expect(keyMove('ArrowLeft', { ...ltr, shiftKey: true })).toBeNull();
    expect(zoomKeyMove('ArrowLeft', ltr)).toBeNull();
    expect(keyMove('ArrowLeft', ltr)).toBe('previous');
  });

  it('zoomKeyMove follows the direction time runs and the orientation', () => {
    expect(zoomKeyMove('ArrowLeft', { direction: 'rtl', orientation: 'horizontal', shiftKey: true })).toBe(
      'pan-later',
    );
    expect(zoomKeyMove('ArrowDown', { direction: 'ltr', orientation: 'vertical', shiftKey: true })).toBe(
      'pan-later',
    );
    expect(
      zoomKeyMove('ArrowLeft', { direction: 'ltr', orientation: 'vertical', shiftKey: true }),
    ).toBeNull();
  });

  it('zoomKeyMove leaves every other key, and browser shortcuts, alone', () => {
    for (const key of ['a', 'Enter', 'Home', 'ArrowLeft', '1', ' ']) expect(zoomKeyMove(key)).toBeNull();
    expect(zoomKeyMove('+', { ctrlKey: true })).toBeNull();
  });
});
