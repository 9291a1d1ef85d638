import { afterEach, describe, expect, it } from 'vitest';
import '../../src/timeline-event';
import type { EventTimeline } from '../../src/event-timeline';
import { markIds, options, unmountAll, untilDrawn } from './mount';

const containers: HTMLElement[] = [];
afterEach(() => {
  unmountAll();
  for (const c of containers.splice(0)) c.remove();
});

/** Puts HTML in the page as a page author would write it, and returns its timeline. */
function page(markup: string): EventTimeline {
  const container = document.createElement('div');
  container.style.width = '900px';
  // The test's own fixed markup: this is the page being authored, not data.
  container.innerHTML = markup;
  document.body.append(container);
  containers.push(container);
  return container.querySelector('event-timeline')!;
}

const ARTICLE = `
<event-timeline heading="Eastern Idlib, early 2018">
  <timeline-event id="offensive" start="2017-12-25" end="2018-01-20" category="offensive" confidence="confirmed">
    <h3>Government offensive into southeast Idlib</h3>
    <p>Pro-government forces push north from Hama province.</p>
  </timeline-event>
  <timeline-event id="pocket" start="2018-02" approximate category="pocket" confidence="reported">
    <h3>IS holds a pocket in rural eastern Idlib</h3>
  </timeline-event>
  <timeline-event id="surrender" start="2018-02-13" category="surrender" confidence="claimed">
    <h3>Up to 400 IS fighters surrender</h3>
    <p>Fighters and their families hand themselves over to rebels.</p>
    <blockquote cite="https://syriadirect.org/">Up to 400 IS fighters surrendered.</blockquote>
    <cite><a href="https://syriadirect.org/">Syria Direct</a>, <time datetime="2018-02-13">13 February 2018</time></cite>
  </timeline-event>
</event-timeline>`;

describe('<timeline-event> children', () => {
  it('draws one mark per <timeline-event>, titled by its heading, with the attributes as its fields', async () => {
    const timeline = page(ARTICLE);
    const root = await untilDrawn(timeline);
    expect(markIds(root).sort()).toEqual(['offensive', 'pocket', 'surrender']);
    const surrender = timeline.validEvents.find((e) => e.id === 'surrender')!;
    expect(surrender).toMatchObject({
      title: 'Up to 400 IS fighters surrender',
      category: 'surrender',
      confidence: 'claimed',
      summary: 'Fighters and their families hand themselves over to rebels.',
      sources: [
        {
          publisher: 'Syria Direct',
          quote: 'Up to 400 IS fighters surrendered.',
          url: 'https://syriadirect.org/',
          date: '2018-02-13',
        },
      ],
    });
    expect(timeline.validEvents.find((e) => e.id === 'pocket')!.kind).toBe('approximate');
    expect(
      options(root)
        .find((o) => o.dataset.id === 'surrender')!
        .getAttribute('aria-label'),
    ).toMatch(/^February 13, 2018, claimed: Up to 400 IS fighters surrender/);
  });

  it('the children stay in the page as readable text, but only the drawing shows once it loads', async () => {
    const timeline = page(ARTICLE);
    await untilDrawn(timeline);
    expect(timeline.textContent).toMatch(/Up to 400 IS fighters surrender/);
    // Not slotted: the light-DOM copy is not shown twice next to the drawing.
    const heading = timeline.querySelector('h3')!;
    expect(heading.getBoundingClientRect().height).toBe(0);
  });

  it('editing the children after load redraws: a new event, a changed date, a removed one', async () => {
    const timeline = page(ARTICLE);
    const root = await untilDrawn(timeline);
    const added = document.createElement('timeline-event');
    added.id = 'deal';
    added.setAttribute('start', '2018-02-14');
    added.append(Object.assign(document.createElement('h3'), { textContent: 'Evacuation deal' }));
    timeline.append(added);
    await untilDrawn(timeline, (r) => markIds(r).includes('deal'));

    timeline.querySelector('#offensive')!.setAttribute('start', '2018-01-05');
    await untilDrawn(
      timeline,
      () => timeline.validEvents.find((e) => e.id === 'offensive')?.start === '2018-01-05',
    );

    timeline.querySelector('#surrender h3')!.textContent = 'Hundreds of IS fighters surrender';
    await untilDrawn(
      timeline,
      (r) =>
        !!options(r)
          .find((o) => o.dataset.id === 'surrender')
          ?.getAttribute('aria-label')
          ?.includes('Hundreds'),
    );

    timeline.querySelector('#pocket')!.remove();
    await untilDrawn(timeline, (r) => !markIds(r).includes('pocket'));
    expect(markIds(root).sort()).toEqual(['deal', 'offensive', 'surrender']);
  });

  it('a child with a bad date is reported like any invalid event, and the rest still draw', async () => {
    const timeline = page(`<event-timeline>
      <timeline-event id="good" start="2018-02-13"><h3>Good</h3></timeline-event>
      <timeline-event id="bad" start="13/02/2018"><h3>Bad</h3></timeline-event>
    </event-timeline>`);
    const root = await untilDrawn(timeline);
    expect(markIds(root)).toEqual(['good']);
    expect(timeline.problems.map((p) => [p.id, p.field])).toEqual([['bad', 'start']]);
  });

  it('markup in the children is read as text only: nothing in it runs or is copied into the drawing', async () => {
    const timeline = page(`<event-timeline>
      <timeline-event id="x" start="2018-02-13"><h3>&lt;img src=x onerror=alert(1)&gt; <b>bold</b></h3></timeline-event>
    </event-timeline>`);
    const root = await untilDrawn(timeline);
    expect(timeline.validEvents[0]!.title).toBe('<img src=x onerror=alert(1)> bold');
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('events given as a property win over the children', async () => {
    const timeline = page(ARTICLE);
    timeline.events = [{ id: 'only', title: 'Only this', start: '2018-01-01' }];
    const root = await untilDrawn(timeline, (r) => markIds(r).join() === 'only');
    expect(markIds(root)).toEqual(['only']);
  });
});
