// Loading by URL: the newest `src` wins, each failure has its own message with role="alert" and a
// `timeline-error` event, and "Try again" loads again. Where the network must misbehave on cue, a
// stand-in `fetch` plays the server; the fixtures under data/fixtures/ are served for real.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import type { EventTimeline } from '../../src/event-timeline';
import type { TimelineErrorDetail } from '../../src/timeline/events';
import { markIds, mountTimeline, unmountAll, untilDrawn } from './mount';

const realFetch = window.fetch;

afterEach(() => {
  window.fetch = realFetch;
  unmountAll();
});

const dataset = (...ids: string[]) => ({
  events: ids.map((id, i) => ({
    id,
    title: `Event ${id}`,
    start: `2018-02-${String(i + 10).padStart(2, '0')}`,
  })),
});
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

interface Call {
  url: string;
  signal: AbortSignal;
  answer: (response: Response) => void;
}

/**
 * A server that answers only when told to, and, like a real one, answers even after the page
 * gave up on the request: the component must ignore what it no longer asked for.
 */
function heldServer(): Call[] {
  const calls: Call[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((answer) => {
      calls.push({ url: String(input), signal: init!.signal!, answer });
    });
  return calls;
}

/**
 * Until the page has asked the server `n` times. The loader is a chunk of its own, fetched the
 * first time a timeline has a `src`, so a request starts a moment after `src` is set, not at once.
 */
async function untilAsked(calls: Call[], n: number): Promise<void> {
  for (let i = 0; calls.length < n; i++) {
    if (i > 200) throw new Error(`asked ${calls.length} times, not ${n}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Records every event id the timeline ever draws, so a briefly shown wrong dataset is caught. */
function everDrawn(timeline: EventTimeline): Set<string> {
  const seen = new Set<string>();
  const observer = new MutationObserver(() => {
    for (const id of markIds(timeline.shadowRoot!)) seen.add(id);
  });
  // The shadow root is there once the element is connected: watched from then, before any drawing.
  observer.observe(timeline.shadowRoot!, { subtree: true, childList: true, attributes: true });
  return seen;
}

const alertText = (root: ShadowRoot) =>
  root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();

async function failed(timeline: EventTimeline): Promise<{ root: ShadowRoot; detail: TimelineErrorDetail }> {
  const detail = new Promise<TimelineErrorDetail>((resolve) =>
    timeline.addEventListener('timeline-error', (e) => resolve(e.detail), { once: true }),
  );
  const root = await untilDrawn(timeline, (r) => r.querySelector('[role="alert"]') !== null);
  return { root, detail: await detail };
}

describe('<event-timeline src>: the newest src wins', () => {
  it('src A → B → A ends showing A, never B, even when the answers arrive in the wrong order', async () => {
    const calls = heldServer();
    const timeline = mountTimeline({ attributes: { src: '/a.json' } });
    const seen = everDrawn(timeline);
    await untilAsked(calls, 1);
    timeline.src = '/b.json';
    await untilAsked(calls, 2);
    timeline.src = '/a.json';
    await untilAsked(calls, 3);

    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/a.json', '/b.json', '/a.json']);
    expect(calls.map((c) => c.signal.aborted)).toEqual([true, true, false]);
    calls[1]!.answer(json(dataset('b1', 'b2')));
    calls[2]!.answer(json(dataset('a1', 'a2', 'a3')));
    calls[0]!.answer(json(dataset('stale')));
    const root = await untilDrawn(timeline);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(markIds(root)).toEqual(['a1', 'a2', 'a3']);
    expect([...seen].sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('events given directly win over a load still on its way', async () => {
    const calls = heldServer();
    const timeline = mountTimeline({ attributes: { src: '/slow.json' } });
    await untilAsked(calls, 1);
    timeline.events = dataset('direct').events;
    await timeline.updateComplete;
    calls[0]!.answer(json(dataset('loaded')));
    const root = await untilDrawn(timeline);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(markIds(root)).toEqual(['direct']);
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('removing src cancels its load: nothing arrives from an address no longer asked for', async () => {
    const calls = heldServer();
    const timeline = mountTimeline({ attributes: { src: '/slow.json' } });
    const seen = everDrawn(timeline);
    await untilAsked(calls, 1);
    timeline.removeAttribute('src');
    await timeline.updateComplete;
    expect(calls[0]!.signal.aborted).toBe(true);
    calls[0]!.answer(json(dataset('late')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.size).toBe(0);
    expect(timeline.shadowRoot!.querySelector('.status')).toBeNull();
  });
});

describe('<event-timeline src>: failures', () => {
  it('timeout="100": a server that never answers gives "did not answer within 100 ms"', async () => {
    const calls = heldServer();
    const timeline = mountTimeline({ attributes: { src: '/never.json', timeout: '100' } });
    const { root, detail } = await failed(timeline);
    expect(alertText(root)).toBe(
      'The timeline could not be loaded from /never.json: the server did not answer within 100 ms',
    );
    expect(detail).toEqual({
      url: '/never.json',
      kind: 'timeout',
      message: 'the server did not answer within 100 ms',
    });
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('locale="ar": the failure is said in Arabic, and the event still carries the detailed English reason', async () => {
    heldServer();
    const timeline = mountTimeline({ attributes: { src: '/never.json', timeout: '100', locale: 'ar' } });
    const { root, detail } = await failed(timeline);
    expect(alertText(root)).toBe(
      'تعذّر تحميل الخط الزمني من /never.json: استغرق التحميل وقتًا أطول من المسموح به',
    );
    expect(detail.message).toBe('the server did not answer within 100 ms');
  });

  it('the timeout is 15 seconds unless set, and a timeout that is not a number keeps it', async () => {
    heldServer();
    const timeline = mountTimeline({ attributes: { src: '/never.json', timeout: 'soon' } });
    await timeline.updateComplete;
    expect(document.createElement('event-timeline').timeout).toBe(15_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(timeline.shadowRoot!.querySelector('.status')?.textContent).toMatch(/Loading/);
  });

  it('an HTTP error says what the server answered', async () => {
    window.fetch = async () => new Response('oops', { status: 503, statusText: 'Service Unavailable' });
    const { root, detail } = await failed(mountTimeline({ attributes: { src: '/down.json' } }));
    expect(alertText(root)).toMatch(/the server answered 503 Service Unavailable$/);
    expect(detail.kind).toBe('http');
  });

  it('a real 404 says so', async () => {
    const { root, detail } = await failed(
      mountTimeline({ attributes: { src: '/data/fixtures/missing.json' } }),
    );
    expect(alertText(root)).toMatch(/the server answered 404/);
    expect(detail.kind).toBe('http');
  });

  it('a spreadsheet export (text/csv) is the wrong content type', async () => {
    const { root, detail } = await failed(
      mountTimeline({ attributes: { src: '/data/fixtures/events.csv' } }),
    );
    expect(alertText(root)).toMatch(/the server sent text\/csv, not JSON$/);
    expect(detail.kind).toBe('type');
  });

  it('a sign-in page sent with status 200 is a web page, not JSON', async () => {
    window.fetch = async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    const { root } = await failed(mountTimeline({ attributes: { src: '/data.json' } }));
    expect(alertText(root)).toMatch(
      /the server sent text\/html \(a web page: is the address right\?\), not JSON$/,
    );
  });

  it('a dataset edited by hand with a trailing comma is not valid JSON', async () => {
    const { root, detail } = await failed(
      mountTimeline({ attributes: { src: '/data/fixtures/invalid.json' } }),
    );
    expect(alertText(root)).toMatch(/the file is not valid JSON \(.+\)$/);
    expect(detail.kind).toBe('json');
  });

  it('a src on another origin that does not allow CORS says the server must send CORS headers', async () => {
    const { root, detail } = await failed(
      mountTimeline({ attributes: { src: 'http://127.0.0.1:9/data.json' } }),
    );
    expect(detail.kind).toBe('cors');
    expect(alertText(root)).toMatch(
      /http:\/\/127\.0\.0\.1:9 could not be reached, or does not allow this page to read it/,
    );
    expect(alertText(root)).toContain(`Access-Control-Allow-Origin header for ${location.origin}`);
  });

  it('"Try again" loads the src again and draws it when the server is back', async () => {
    let answers = 0;
    window.fetch = async () =>
      ++answers === 1 ? new Response('', { status: 502 }) : json(dataset('x', 'y'));
    const timeline = mountTimeline({ attributes: { src: '/flaky.json' } });
    const { root } = await failed(timeline);
    await userEvent.click(root.querySelector<HTMLElement>('button.retry')!);
    await untilDrawn(timeline);
    expect(markIds(root)).toEqual(['x', 'y']);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('"Try again" that fails again gives the button its focus back', async () => {
    let answers = 0;
    window.fetch = async () => new Response(`attempt ${++answers}`, { status: 500 });
    const timeline = mountTimeline({ attributes: { src: '/broken.json' } });
    const { root } = await failed(timeline);
    const errors: string[] = [];
    timeline.addEventListener('timeline-error', (e) => errors.push(e.detail.kind));
    await userEvent.click(root.querySelector<HTMLElement>('button.retry')!);
    await untilDrawn(
      timeline,
      (r) => r.activeElement?.classList.contains('retry') === true && errors.length === 1,
    );
    expect(answers).toBe(2);
  });
});
