// Visual access: forced colours, reduced motion, dark defaults, focus ring, target size, 320 px.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { contrastRatio, type Rgb } from '../../src/a11y/contrast';
import type { EventTimeline } from '../../src/event-timeline';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ forcedColors: null, reducedMotion: null, colorScheme: null });
  await page.viewport(414, 896);
});

/** A computed `rgb(…)`/`rgba(…)` colour as channels, or null for none and transparent. */
function rgb(value: string): Rgb | null {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?\)/.exec(value);
  if (!m || m[4] === '0') return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

describe('forced colours', () => {
  it('in forced-colors: active every mark stays visible, in system colours against the background', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const timeline = mountTimeline({ events: idlib2018Input });
    const root = await untilDrawn(timeline);
    const background = rgb(getComputedStyle(timeline).backgroundColor) ?? [255, 255, 255];
    const marks = [...root.querySelectorAll<SVGGraphicsElement>('.mark')];
    expect(marks.length).toBeGreaterThanOrEqual(35);
    for (const mark of marks) {
      const style = getComputedStyle(mark);
      const fill = rgb(style.fill);
      const stroke =
        style.stroke === 'none' || parseFloat(style.strokeWidth) === 0 ? null : rgb(style.stroke);
      const seen = [fill, stroke]
        .filter((c): c is Rgb => c !== null)
        .map((c) => contrastRatio(c, background));
      const id = mark.closest('g.event')?.getAttribute('data-id');
      expect(Math.max(1, ...seen), `${id} ${mark.getAttribute('class')}`).toBeGreaterThanOrEqual(3);
      const box = mark.getBoundingClientRect();
      expect(box.width * box.height, `${id} has a size`).toBeGreaterThan(0);
    }
    // Only system colours: the page's palette gives way to the reader's.
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = new Set(
      ['CanvasText', 'Canvas', 'Highlight', 'GrayText'].map((c) => {
        probe.style.color = c;
        return getComputedStyle(probe).color;
      }),
    );
    probe.remove();
    for (const mark of marks) {
      const style = getComputedStyle(mark);
      for (const paint of [style.fill, style.stroke].filter((p) => p !== 'none' && !p.startsWith('url')))
        expect(system, `${mark.getAttribute('class')} ${paint}`).toContain(paint);
    }
    for (const label of root.querySelectorAll('text')) {
      expect(contrastRatio(rgb(getComputedStyle(label).fill)!, background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('reduced motion', () => {
  it('prefers-reduced-motion: reduce turns transitions off; without it marks do animate', async () => {
    await commands.emulateMedia({ reducedMotion: 'no-preference' });
    let root = await untilDrawn(mountTimeline({ events: idlib2018Input }));
    expect(getComputedStyle(root.querySelector('.mark')!).transitionDuration).not.toBe('0s');
    unmountAll();
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    root = await untilDrawn(mountTimeline({ events: idlib2018Input }));
    for (const el of root.querySelectorAll('.mark, [role="option"], button'))
      expect(
        getComputedStyle(el)
          .transitionDuration.split(', ')
          .every((d) => d === '0s'),
      ).toBe(true);
  });
});

describe('colours', () => {
  it('the dark defaults follow prefers-color-scheme, with text at 4.5:1', async () => {
    await commands.emulateMedia({ colorScheme: 'dark' });
    const timeline = mountTimeline({ events: idlib2018Input });
    await untilDrawn(timeline);
    const style = getComputedStyle(timeline);
    const background = rgb(style.backgroundColor)!;
    expect(background).toEqual([22, 22, 26]);
    expect(contrastRatio(rgb(style.color)!, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('the keyboard focus ring is a solid outline of at least 3:1 against the background', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await commands.emulateMedia({ colorScheme: scheme });
      const timeline = mountTimeline({ events: idlib2018Input });
      const root = await untilDrawn(timeline);
      options(root)[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await timeline.updateComplete;
      const style = getComputedStyle(root.activeElement!);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      const ratio = contrastRatio(rgb(style.outlineColor)!, rgb(getComputedStyle(timeline).backgroundColor)!);
      expect(ratio, scheme).toBeGreaterThanOrEqual(3);
      unmountAll();
    }
  });
});

describe('targets and small screens', () => {
  it('every event is at least 24×24 CSS px to hit, however small its mark', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, width: 360 }));
    for (const option of options(root)) {
      const box = option.getBoundingClientRect();
      expect(box.width, option.dataset.id).toBeGreaterThanOrEqual(24);
      expect(box.height, option.dataset.id).toBeGreaterThanOrEqual(24);
    }
  });

  it('a 320 px viewport has no horizontal overflow, in chart view, table view and with the help open', async () => {
    await page.viewport(320, 640);
    const timeline = document.createElement('event-timeline') as EventTimeline;
    timeline.heading = 'The end of IS in eastern Idlib, 2017 – 13 February 2018';
    timeline.events = idlib2018Input;
    document.body.append(timeline);
    try {
      const root = await untilDrawn(timeline);
      const fits = () => {
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
        for (const el of root.querySelectorAll<HTMLElement>('.base > *:not(.visually-hidden)')) {
          expect(el.getBoundingClientRect().right, el.className).toBeLessThanOrEqual(320.5);
        }
      };
      fits();
      root.querySelector<HTMLElement>('[role="option"]')!.focus();
      await userEvent.keyboard('?');
      await expect.poll(() => root.querySelector('dialog')?.open).toBe(true);
      expect(root.querySelector('dialog')!.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      fits();
      await userEvent.keyboard('{Escape}');
      timeline.view = 'table';
      await untilDrawn(timeline, (r) => r.querySelector('[part="table"]:not(.visually-hidden)') !== null);
      fits();
    } finally {
      timeline.remove();
    }
  });
});
