import { afterEach, describe, expect, it } from 'vitest';
import { idlib2018Input } from '../../src/data/idlib-2018';
import '../../src/timeline-marker';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

function addMarker(timeline: HTMLElement, date: string, label: string) {
  const marker = document.createElement('timeline-marker');
  marker.setAttribute('date', date);
  marker.setAttribute('label', label);
  timeline.append(marker);
  return marker;
}

describe('<timeline-marker>', () => {
  it('draws a labelled line at its date, lined up with that day’s events', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } });
    addMarker(timeline, '2018-02-13', 'Article published');
    const root = await untilDrawn(timeline, (r) => r.querySelector('.marker') !== null);
    const line = root.querySelector('.marker line')!;
    const surrender = root.querySelector('g.event[data-id="is-surrender-eastern-idlib"] .mark')!;
    expect(line.getBoundingClientRect().left).toBeCloseTo(
      surrender.getBoundingClientRect().left + surrender.getBoundingClientRect().width / 2,
      0,
    );
    expect(root.querySelector('.marker-label')!.textContent).toBe('Article published');
    // The line runs from under the axis to the bottom of the plot.
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    expect(line.getBoundingClientRect().bottom).toBeCloseTo(plot.bottom, 0);
    // Screen readers get it in words.
    expect(root.querySelector('ul[aria-label="Reference dates"]')!.textContent!.trim()).toBe(
      'Article published: 13 February 2018',
    );
  });

  it('its label sits clear of the event labels, and follows changes and removal', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    const marker = addMarker(timeline, '2018-01-30', 'Pocket ends');
    const root = await untilDrawn(timeline, (r) => r.querySelector('.marker-label') !== null);
    const label = root.querySelector('.marker-label')!.getBoundingClientRect();
    for (const text of root.querySelectorAll('text.label, .tick text')) {
      const box = text.getBoundingClientRect();
      const overlap =
        label.left < box.right && box.left < label.right && label.top < box.bottom && box.top < label.bottom;
      expect(overlap, text.textContent ?? '').toBe(false);
    }
    marker.setAttribute('label', 'Uqayrbat pocket ends');
    await untilDrawn(
      timeline,
      (r) => r.querySelector('.marker-label')?.textContent === 'Uqayrbat pocket ends',
    );
    marker.remove();
    await untilDrawn(timeline, (r) => r.querySelector('.marker') === null);
  });

  it('a marker outside the window, or with a date it cannot read, draws nothing and breaks nothing', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    addMarker(timeline, '2010-01-01', 'Long before');
    addMarker(timeline, '13/02/2018', 'Unreadable');
    const root = await untilDrawn(timeline);
    expect(root.querySelector('.marker')).toBeNull();
  });
});
