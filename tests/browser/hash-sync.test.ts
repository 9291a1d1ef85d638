import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';

const SURRENDER = 'is-surrender-eastern-idlib';
let original = '';

beforeEach(() => {
  original = location.href;
});

afterEach(() => {
  unmountAll();
  history.replaceState(history.state, '', original);
});

const waitFor = (target: EventTarget, type: string) =>
  new Promise<void>((resolve) => target.addEventListener(type, () => resolve(), { once: true }));

describe('hash-sync', () => {
  it('opening a URL with #event=<id> selects the event and brings it into view', async () => {
    history.replaceState(history.state, '', `#event=${SURRENDER}`);
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 400,
      attributes: { 'hash-sync': '', start: '2017-01-01', end: '2017-03-31' },
    });
    const root = await untilDrawn(
      timeline,
      (r) => r.querySelector(`[role="option"][data-id="${SURRENDER}"]`) !== null,
    );
    expect(timeline.selected).toBe(SURRENDER);
    const option = root.querySelector(`[role="option"][data-id="${SURRENDER}"]`)!;
    expect(option.getAttribute('aria-selected')).toBe('true');
    const view = timeline.visibleWindow!;
    expect(view.end.getTime()).toBeGreaterThan(Date.parse('2018-02-13'));
  });

  it('selecting writes #event=<id>, and Back and Forward move through selections', async () => {
    history.replaceState(history.state, '', '#chapter=2');
    const timeline = mountTimeline({ events: idlib2018Input, width: 400, attributes: { 'hash-sync': '' } });
    const root = await untilDrawn(timeline);
    const [first, second] = options(root);
    await userEvent.click(first!);
    expect(location.hash).toBe(`#chapter=2&event=${first!.dataset.id}`);
    await userEvent.click(second!);
    expect(location.hash).toBe(`#chapter=2&event=${second!.dataset.id}`);

    let moved = waitFor(window, 'popstate');
    history.back();
    await moved;
    expect(timeline.selected).toBe(first!.dataset.id);
    moved = waitFor(window, 'popstate');
    history.back();
    await moved;
    expect(timeline.selected).toBeUndefined();
    moved = waitFor(window, 'popstate');
    history.forward();
    await moved;
    expect(timeline.selected).toBe(first!.dataset.id);
  });

  it('without hash-sync the URL is left alone', async () => {
    history.replaceState(history.state, '', `#event=${SURRENDER}`);
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const root = await untilDrawn(timeline);
    expect(timeline.selected).toBeUndefined();
    await userEvent.click(options(root)[0]!);
    expect(location.hash).toBe(`#event=${SURRENDER}`);
  });
});
