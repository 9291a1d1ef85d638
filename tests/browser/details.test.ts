import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { idlib2018Input } from '../../src/data/idlib-2018';
import type { TimelineEventInput } from '../../src/data/types';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';
import { mountCompanion, until } from './linked';

afterEach(unmountAll);

const SURRENDER = 'is-surrender-eastern-idlib';

describe('<timeline-details>', () => {
  it('shows a hint until an event is selected, then the event the reader clicked', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, width: 400 });
    const details = mountCompanion('timeline-details', timeline);
    const root = await untilDrawn(timeline);
    const panel = await until(details, (r) => r.querySelector('.empty') !== null);
    expect(panel.querySelector('.empty')!.textContent).toMatch(/select an event/i);
    const target = options(root)[0]!;
    await userEvent.click(target);
    await until(details, (r) => r.querySelector('[role="heading"]') !== null);
    const title = idlib2018Input.events.find((e) => e.id === target.dataset.id)!.title;
    expect(panel.querySelector('[role="heading"]')!.textContent).toBe(title);
  });

  it('shows the date as precisely as known, the confidence in words, who and where', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { selected: SURRENDER } });
    const details = mountCompanion('timeline-details', timeline);
    const panel = await until(details, (r) => r.querySelector('.title') !== null);
    expect(panel.querySelector('.title')!.getAttribute('aria-level')).toBe('2');
    expect(panel.querySelector('.date')!.textContent).toBe('February 13, 2018');
    expect(panel.querySelector('.confidence')!.textContent!.replace(/\s+/g, ' ')).toMatch(
      /disputed: sources disagree/,
    );
    expect(panel.querySelector('.facts')!.textContent).toMatch(/Dahr al-Ghuzat/);
    expect(panel.querySelector('.facts')!.textContent).toMatch(/Umm al-Khalakhil/);
    // Lists read as the language writes them, with spaces: "IS, Dahr al-Ghuzat, and HTS".
    expect(panel.querySelector('.facts dd')!.textContent).toMatch(/^IS, Dahr al-Ghuzat, and HTS$/);
    expect(panel.querySelector('.media')!.textContent).toMatch(/Credit: Youtube via/);

    timeline.selected = 'army-clears-is-pocket';
    await until(details, (r) => /early February 2018/.test(r.querySelector('.date')?.textContent ?? ''));
    timeline.events = [{ id: 'vague', title: 'Vague', start: '2017-09', end: '2017-12', approximate: true }];
    timeline.selected = 'vague';
    await until(details, (r) => r.querySelector('.date')?.textContent === 'late 2017');
  });

  it('shows the quote and a safe link for each source', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { selected: 'jkw-offensive-yarmouk-basin' },
    });
    const details = mountCompanion('timeline-details', timeline);
    const panel = await until(details, (r) => r.querySelector('.source') !== null);
    const source = idlib2018Input.events.find((e) => e.id === 'jkw-offensive-yarmouk-basin')!.sources![0]!;
    expect(panel.querySelector('.quote')!.textContent).toBe(source.quote);
    const link = panel.querySelector<HTMLAnchorElement>('a.link')!;
    expect(link.href).toBe(source.url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toMatch(/opens in a new tab/);
  });

  it('never links a source whose URL is not http or https, and shows its text as text', async () => {
    const events: TimelineEventInput[] = [
      {
        id: 'e',
        title: '<img src=x onerror=alert(1)>',
        start: '2018-02-13',
        sources: [
          { publisher: 'Evil', url: 'javascript:alert(1)', quote: '<b>not bold</b>', title: 'Script' },
          { publisher: 'Data', url: ' data:text/html,<script>alert(1)</script>', quote: 'q' },
          { publisher: 'Fine', url: 'https://example.org/report', quote: 'q2' },
        ],
      },
    ];
    const timeline = mountTimeline({ events, attributes: { selected: 'e' } });
    const details = mountCompanion('timeline-details', timeline);
    const panel = await until(details, (r) => r.querySelectorAll('.source').length === 3);
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.href)).toEqual(['https://example.org/report']);
    expect(panel.querySelector('img, b, script')).toBeNull();
    expect(panel.querySelector('.title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('sets accounts that disagree side by side: 250 or 400 surrendering', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { selected: SURRENDER } });
    const details = mountCompanion('timeline-details', timeline);
    details.style.width = '800px';
    const panel = await until(details, (r) => r.querySelector('.sources.side-by-side') !== null);
    expect(panel.querySelector('.disagree')!.textContent).toMatch(/disagree/);
    const accounts = [...panel.querySelectorAll<HTMLElement>('.account')];
    const fourHundred = accounts.find((a) => /As many as 400 fighters/.test(a.textContent ?? ''))!;
    const twoFifty = accounts.find((a) => /About 250 fighters/.test(a.textContent ?? ''))!;
    expect(fourHundred).toBeTruthy();
    expect(twoFifty).toBeTruthy();
    // Side by side: the cards share rows, several to a row.
    const lefts = new Set(
      [...panel.querySelectorAll('.source')].map((s) => Math.round(s.getBoundingClientRect().left)),
    );
    expect(lefts.size).toBeGreaterThan(1);
  });

  it('previous and next move the selection through the events in time', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 400,
      attributes: { selected: SURRENDER },
    });
    const details = mountCompanion('timeline-details', timeline);
    const panel = await until(details, (r) => r.querySelector('.nav') !== null);
    const shown = timeline.shownEvents.map((e) => e.id);
    const at = shown.indexOf(SURRENDER);
    const selections: (string | undefined)[] = [];
    timeline.addEventListener('timeline-select', (e) => selections.push(e.detail.event?.id));
    await userEvent.click(panel.querySelector<HTMLButtonElement>('button.next')!);
    expect(timeline.selected).toBe(shown[at + 1]);
    await until(
      details,
      (r) => r.querySelector('.title')!.textContent === timeline.shownEvents[at + 1]!.title,
    );
    await userEvent.click(panel.querySelector<HTMLButtonElement>('button.previous')!);
    await userEvent.click(panel.querySelector<HTMLButtonElement>('button.previous')!);
    expect(timeline.selected).toBe(shown[at - 1]);
    expect(selections).toEqual([shown[at + 1], shown[at], shown[at - 1]]);
    expect(panel.querySelector('.position')!.textContent).toBe(`${at} of ${shown.length}`);
  });

  it('links to a timeline that appears after it, like <label for>', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { selected: SURRENDER } });
    const container = timeline.parentElement!;
    timeline.remove();
    timeline.id = 'later';
    const details = document.createElement('timeline-details');
    details.htmlFor = 'later';
    container.append(details);
    await until(details, (r) => r.querySelector('.empty') !== null);
    container.append(timeline);
    await until(details, (r) => r.querySelector('.title') !== null);
  });
});
