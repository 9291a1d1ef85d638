import { describe, expect, it } from 'vitest';
import { keyboardHelp } from '../../src/timeline/keyboard-help';
import { keyMove, movedIndex, pagedIndex, pageStep, type KeyContext } from '../../src/timeline/keyboard';
import { en } from '../../src/i18n/messages';

const ltr: KeyContext = { direction: 'ltr', orientation: 'horizontal' };
const rtl: KeyContext = { direction: 'rtl', orientation: 'horizontal' };
const vertical: KeyContext = { direction: 'ltr', orientation: 'vertical' };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('keyMove(key, context)', () => {
  it('keyMove: ArrowRight is next and ArrowLeft previous, left to right', () => {
    expect(keyMove('ArrowRight', ltr)).toBe('next');
    expect(keyMove('ArrowLeft', ltr)).toBe('previous');
  });

  it('keyMove: in RTL, where time runs right to left, ArrowLeft is next and ArrowRight previous', () => {
    expect(keyMove('ArrowLeft', rtl)).toBe('next');
    expect(keyMove('ArrowRight', rtl)).toBe('previous');
  });

  it('keyMove: ArrowDown is next and ArrowUp previous in every orientation and direction', () => {
    for (const context of [ltr, rtl, vertical]) {
      expect(keyMove('ArrowDown', context)).toBe('next');
      expect(keyMove('ArrowUp', context)).toBe('previous');
    }
  });

  it('keyMove: a vertical timeline leaves Left and Right to the page', () => {
    expect(keyMove('ArrowLeft', vertical)).toBeNull();
    expect(keyMove('ArrowRight', vertical)).toBeNull();
  });

  it('keyMove: Home and End go to the first and last event', () => {
    for (const context of [ltr, rtl]) {
      expect(keyMove('Home', context)).toBe('first');
      expect(keyMove('End', context)).toBe('last');
    }
  });

  it('keyMove: PageUp jumps back and PageDown forward, whatever the direction', () => {
    for (const context of [ltr, rtl]) {
      expect(keyMove('PageUp', context)).toBe('page-back');
      expect(keyMove('PageDown', context)).toBe('page-forward');
    }
  });

  it('keyMove: Enter and Space select, Escape clears', () => {
    expect(keyMove('Enter', ltr)).toBe('select');
    expect(keyMove(' ', ltr)).toBe('select');
    expect(keyMove('Escape', ltr)).toBe('clear');
  });

  it('keyMove: ? opens the help, with or without Shift', () => {
    expect(keyMove('?', ltr)).toBe('help');
    expect(keyMove('?', { ...ltr, shiftKey: true })).toBe('help');
  });

  it('keyMove leaves Shift+arrows (panning) and the zoom keys + - 0 to the zoom module', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'PageDown'])
      expect(keyMove(key, { ...ltr, shiftKey: true }), key).toBeNull();
    for (const key of ['+', '-', '=', '0']) expect(keyMove(key, ltr), key).toBeNull();
  });

  it('keyMove leaves Ctrl, Alt and Meta combinations to the browser and screen readers', () => {
    expect(keyMove('ArrowRight', { ...ltr, ctrlKey: true })).toBeNull();
    expect(keyMove('Home', { ...ltr, altKey: true })).toBeNull();
    expect(keyMove('Enter', { ...ltr, metaKey: true })).toBeNull();
    expect(keyMove('Tab', ltr)).toBeNull();
    expect(keyMove('a', ltr)).toBeNull();
  });
});

describe('movedIndex and pagedIndex', () => {
  it('movedIndex stops at the ends instead of wrapping', () => {
    expect(movedIndex('previous', 0, 5)).toBe(0);
    expect(movedIndex('next', 4, 5)).toBe(4);
    expect(movedIndex('next', 2, 5)).toBe(3);
    expect(movedIndex('first', 3, 5)).toBe(0);
    expect(movedIndex('last', 0, 5)).toBe(4);
  });

  it('pageStep is a month for the whole dataset, finer when zoomed in, a year for decades', () => {
    expect(pageStep(day('2018-02-14') - day('2017-01-01'))).toEqual({ unit: 'month', count: 1 });
    expect(pageStep(day('2018-02-14') - day('2018-01-01'))).toEqual({ unit: 'week', count: 1 });
    expect(pageStep(day('2018-02-14') - day('2018-02-01'))).toEqual({ unit: 'day', count: 1 });
    expect(pageStep(day('2020-01-01') - day('2000-01-01'))).toEqual({ unit: 'year', count: 1 });
  });

  const starts = ['2017-01-01', '2017-01-20', '2017-02-01', '2017-02-15', '2017-06-06', '2018-02-13'].map(
    day,
  );
  const month = { unit: 'month', count: 1 } as const;

  it('pagedIndex forward lands on the first event at least a month later', () => {
    expect(pagedIndex('forward', 0, starts, month)).toBe(2);
    expect(pagedIndex('forward', 1, starts, month)).toBe(4);
    expect(pagedIndex('forward', 4, starts, month)).toBe(5);
  });

  it('pagedIndex back lands on the last event at least a month earlier', () => {
    expect(pagedIndex('back', 3, starts, month)).toBe(0);
    expect(pagedIndex('back', 4, starts, month)).toBe(3);
    expect(pagedIndex('back', 5, starts, month)).toBe(4);
  });

  it('pagedIndex stops on the last or first event past the ends', () => {
    expect(pagedIndex('forward', 5, starts, month)).toBe(5);
    expect(pagedIndex('back', 1, starts, month)).toBe(0);
    expect(pagedIndex('back', 0, starts, month)).toBe(0);
    expect(pagedIndex('forward', 0, [], month)).toBe(-1);
  });
});

describe('keyboardHelp', () => {
  it('keyboardHelp lists every key, the zoom keys included, each with what it does', () => {
    const rows = keyboardHelp(ltr, en.keys);
    const keys = rows.flatMap((r) => r.keys).join(' ');
    for (const key of [
      '←',
      '→',
      'Home',
      'End',
      'Page Up',
      'Page Down',
      'Enter',
      'Space',
      'Esc',
      '+',
      '-',
      '0',
      'Shift',
      '?',
    ])
      expect(keys).toContain(key);
    expect(rows.every((r) => r.action.length > 0)).toBe(true);
  });

  it('keyboardHelp lists the arrows earlier-first: → before ← in RTL, ↑ before ↓ when vertical', () => {
    expect(keyboardHelp(ltr, en.keys)[0]!.keys).toEqual(['←', '→']);
    expect(keyboardHelp(rtl, en.keys)[0]!.keys).toEqual(['→', '←']);
    expect(keyboardHelp(vertical, en.keys)[0]!.keys).toEqual(['↑', '↓']);
  });
});
