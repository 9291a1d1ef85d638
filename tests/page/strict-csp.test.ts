/// <reference types="node" />
// Whole pages, served by Node with real headers and opened in Chromium: the built bundle under a
// strict Content-Security-Policy (and with Trusted Types enforced), loaded after the HTML it
// upgrades and loaded twice; and loading by URL over a real network, across origins.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { syntheticEvents } from '../../src/data/synthetic';
import { hostileEvents } from '../hostile-payloads';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const root = fileURLToPath(new URL('../..', import.meta.url));
const dataset = readFileSync(join(root, 'data/idlib-2018.json'), 'utf8');
const eventCount = (JSON.parse(dataset) as { events: unknown[] }).events.length;

/** Runs first on every page: keeps each CSP violation, error and rejection where the test can read them. */
const WATCH = `
window.__report = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__report.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
});
window.addEventListener('error', (e) => window.__report.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__report.errors.push(String(e.reason)));
`;

/** The elements come before the library (module scripts run after parsing): they are upgraded late. */
const page = (body: string, bundles = ['/event-timeline.bundle.js']) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>event-timeline</title><script src="/watch.js"></script></head>
  <body>
    <main>${body}</main>
    ${bundles.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </body>
</html>`;

const STRICT_BODY = `
  <event-timeline id="story" src="/datasets/idlib-2018.json" heading="How IS lost its last pocket of eastern Idlib"></event-timeline>
  <event-timeline id="hostile" src="/datasets/hostile.json" heading="Hostile data" start="2018-01-01" end="2018-01-31"></event-timeline>
  <event-timeline id="missing" src="/datasets/missing.json"></event-timeline>
  <event-timeline id="dense" src="/datasets/many.json" heading="1,000 events: the density view"></event-timeline>`;

let bundleDir: string;
let bundle: string;
let browser: Browser;
let home: Server;
let elsewhere: Server;
let homeUrl: string;
let elsewhereUrl: string;
const requests: string[] = [];
const hanging = new Set<ServerResponse>();

function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<[Server, string]> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve([server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`]),
    ),
  );
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'event-timeline-page-'));
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: bundleDir, emptyOutDir: true },
  });
  bundle = await readFile(join(bundleDir, 'event-timeline.bundle.js'), 'utf8');

  [home, homeUrl] = await listen((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(url.pathname);
    const csp = { 'content-security-policy': STRICT_CSP };
    const trustedTypes = { 'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'` };
    // The chunks the bundle loads later (d3-zoom, companions, readers), found beside it.
    if (chunkPath(url.pathname)) {
      void readFile(join(bundleDir, 'chunks', basename(url.pathname)), 'utf8').then(
        (chunk) => send(response, 200, 'text/javascript', chunk),
        () => send(response, 404, 'text/plain', 'Not found'),
      );
      return;
    }
    switch (url.pathname) {
      case '/strict.html':
        return send(response, 200, 'text/html; charset=utf-8', page(STRICT_BODY), csp);
      case '/trusted-types.html':
        return send(response, 200, 'text/html; charset=utf-8', page(STRICT_BODY), trustedTypes);
      case '/two-copies.html':
        return send(
          response,
          200,
          'text/html; charset=utf-8',
          page(STRICT_BODY, ['/event-timeline.bundle.js', '/copy/event-timeline.bundle.js']),
          csp,
        );
      case '/plain.html':
        return send(response, 200, 'text/html; charset=utf-8', page(''));
      case '/watch.js':
        return send(response, 200, 'text/javascript', WATCH);
      case '/event-timeline.bundle.js':
      case '/copy/event-timeline.bundle.js':
        return send(response, 200, 'text/javascript', bundle);

      case '/datasets/idlib-2018.json':
        return send(response, 200, 'application/json', dataset);
      case '/datasets/many.json':
        return send(response, 200, 'application/json', JSON.stringify(syntheticEvents(1000, 7)));
      case '/datasets/hostile.json':
        return send(response, 200, 'application/json', JSON.stringify({ events: hostileEvents() }));
      case '/datasets/a.json':
      case '/datasets/b.json': {
        const name = url.pathname.slice(10, 11);
        const body = JSON.stringify([{ id: name, title: `Dataset ${name}`, start: '2018-02-13' }]);
        // A is slow and B faster, so that B's answer comes first when the page asks A, B, A; but
        // not at once: asked at 50 ms, it must come after the page has gone back to A (at 100 ms),
        // or drawing B would be right. With no delay a warm page drew B in time, now and then.
        const delay = name === 'a' ? 400 : 150;
        setTimeout(() => send(response, 200, 'application/json', body), delay);
        return;
      }
      case '/datasets/never.json':
        hanging.add(response);
        return;
      case '/datasets/sign-in.html':
        return send(response, 200, 'text/html', '<!doctype html><title>Sign in</title>');
      default:
        return send(response, 404, 'text/plain', 'Not found');
    }
  });

  [elsewhere, elsewhereUrl] = await listen((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const body = JSON.stringify([{ id: 'remote', title: 'From another site', start: '2018-02-13' }]);
    if (url.pathname === '/with-cors.json') {
      return send(response, 200, 'application/json', body, { 'access-control-allow-origin': homeUrl });
    }
    return send(response, 200, 'application/json', body);
  });

  browser = await chromium.launch({
    executablePath: chromiumPath() ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});

afterAll(async () => {
  for (const response of hanging) response.destroy();
  await browser?.close();
  await Promise.all([home, elsewhere].map((s) => s && new Promise((resolve) => s.close(resolve))));
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/** `path` when it names one of the bundle's chunks (at /chunks/ or /copy/chunks/), else undefined. */
function chunkPath(path: string): string | undefined {
  return /^(\/copy)?\/chunks\/[\w.-]+\.js$/.test(path) ? path : undefined;
}

/** Opens `path`, keeping console errors, and waits for the story timeline to draw. */
async function open(path: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.setDefaultTimeout(10_000);
  await page.goto(`${homeUrl}${path}`);
  return { page, consoleErrors };
}

interface Report {
  violations: string[];
  errors: string[];
}
const report = (page: Page) => page.evaluate(() => (window as unknown as { __report: Report }).__report);

/** Everything that renders text or styles: draw, hover (tooltip), select, open the notice, retry. */
async function exercise(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#story [role="option"]').count(), { timeout: 15_000 })
    .toBe(eventCount);
  // 1,000 events are drawn as a density band on a canvas, sized by inline style properties too.
  const band = await page.locator('#dense canvas.density').boundingBox();
  expect(band!.height).toBeGreaterThan(0);
  // Checked before hovering, which could not even find a target whose position a CSP blocked.
  expect((await report(page)).violations).toEqual([]);
  await page.locator('#story [role="option"]').nth(3).hover();
  await page.locator('#story .tooltip').waitFor();
  // Placed by inline style properties (CSSOM, which CSP allows), not a style attribute (which it blocks).
  const tooltip = await page.locator('#story .tooltip').evaluate((t) => getComputedStyle(t).top);
  expect(tooltip).toMatch(/^\d+(\.\d+)?px$/);
  const target = await page.locator('#story [role="option"]').nth(3).boundingBox();
  expect(target!.width).toBeGreaterThanOrEqual(24);
  await page.locator('#story [role="option"]').nth(3).click();
  await page.locator('#hostile .notice.problems summary').click();
  await page.locator('#missing [role="alert"]').waitFor();
  await page.locator('#missing button.retry').click();
  await page.locator('#missing [role="alert"]').waitFor();
}

/** Console errors other than the 404 the page asks for on purpose. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource.*404/.test(e));

describe.each([
  ['/strict.html', STRICT_CSP],
  ['/trusted-types.html', `${STRICT_CSP}; require-trusted-types-for 'script'`],
])('a page served at %s with Content-Security-Policy: %s', (path) => {
  it('draws, styles, shows tooltips, notices and errors, with no CSP violation and no error', async () => {
    requests.length = 0;
    const { page, consoleErrors } = await open(path);
    await exercise(page);

    // The component's static styles applied (adoptedStyleSheets): the listbox sits over the plot.
    const position = await page
      .locator('#story [role="listbox"]')
      .evaluate((listbox) => getComputedStyle(listbox).position);
    expect(position).toBe('absolute');

    expect(await report(page)).toEqual({ violations: [], errors: [] });
    expect(unexpected(consoleErrors)).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // No network beyond the page, its scripts and each element's src (the failed one twice: Try again).
    // (The favicon is the browser's own request, not the page's.)
    // The bundle's own chunks, beside it, are the only other scripts it loads.
    expect(requests.filter((r) => chunkPath(r)).every((r) => r.startsWith('/chunks/'))).toBe(true);
    // d3-zoom came after the first draw, under the same policy.
    expect(requests.some((r) => r.startsWith('/chunks/time-zoom-'))).toBe(true);
    expect(requests.filter((r) => r !== '/favicon.ico' && !chunkPath(r)).sort()).toEqual(
      [
        path,
        '/watch.js',
        '/event-timeline.bundle.js',
        '/datasets/idlib-2018.json',
        '/datasets/hostile.json',
        '/datasets/many.json',
        '/datasets/missing.json',
        '/datasets/missing.json',
      ].sort(),
    );
    await page.close();
  });
});

describe('a page that loads the library twice (two bundles)', () => {
  it('defines the element once, upgrades it, and throws nothing', async () => {
    const { page, consoleErrors } = await open('/two-copies.html');
    await exercise(page);
    expect(await report(page)).toEqual({ violations: [], errors: [] });
    expect(unexpected(consoleErrors)).toEqual([]);
    await page.close();
  });
});

describe('loading by URL over a real network', () => {
  /** Adds a timeline to the page with these attributes. */
  const add = (page: Page, id: string, attributes: Record<string, string>) =>
    page.evaluate(
      ([id, attributes]) => {
        const timeline = document.createElement('event-timeline');
        timeline.id = id;
        for (const [name, value] of Object.entries(attributes)) timeline.setAttribute(name, value);
        document.querySelector('main')!.append(timeline);
      },
      [id, attributes] as const,
    );
  const alert = (page: Page, id: string) => page.locator(`#${id} [role="alert"]`).textContent();

  it('src A (slow) → B (fast) → A ends showing A, never B', async () => {
    const { page } = await open('/plain.html');
    await page.waitForFunction(() => customElements.get('event-timeline') !== undefined);
    await page.evaluate(() => {
      const timeline = document.createElement('event-timeline');
      timeline.id = 'race';
      const seen = new Set<string>();
      (window as unknown as { __seen: Set<string> }).__seen = seen;
      document.querySelector('main')!.append(timeline);
      void timeline.updateComplete.then(() => {
        new MutationObserver(() => {
          for (const g of timeline.shadowRoot!.querySelectorAll<SVGGElement>('g.event'))
            seen.add(g.dataset.id!);
        }).observe(timeline.shadowRoot!, { subtree: true, childList: true });
      });
      timeline.src = '/datasets/a.json';
      setTimeout(() => (timeline.src = '/datasets/b.json'), 50);
      setTimeout(() => (timeline.src = '/datasets/a.json'), 100);
    });
    await expect.poll(() => page.locator('#race g.event').count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(600);
    expect(await page.locator('#race g.event').getAttribute('data-id')).toBe('a');
    expect(await page.evaluate(() => [...(window as unknown as { __seen: Set<string> }).__seen])).toEqual([
      'a',
    ]);
    await page.close();
  });

  it('each failure has its own message, with role="alert": timeout, HTTP error, web page, cross-origin', async () => {
    const { page } = await open('/plain.html');
    await page.waitForFunction(() => customElements.get('event-timeline') !== undefined);
    await add(page, 'slow', { src: '/datasets/never.json', timeout: '300' });
    await add(page, 'http', { src: '/datasets/gone.json' });
    await add(page, 'type', { src: '/datasets/sign-in.html' });
    await add(page, 'cors', { src: `${elsewhereUrl}/without-cors.json` });
    await add(page, 'allowed', { src: `${elsewhereUrl}/with-cors.json` });

    await page.locator('#slow [role="alert"]').waitFor({ timeout: 10_000 });
    expect(await alert(page, 'slow')).toBe(
      'The timeline could not be loaded from /datasets/never.json: the server did not answer within 300 ms',
    );
    expect(await alert(page, 'http')).toBe(
      'The timeline could not be loaded from /datasets/gone.json: the server answered 404 Not Found',
    );
    expect(await alert(page, 'type')).toMatch(
      /the server sent text\/html \(a web page: is the address right\?\), not JSON$/,
    );
    expect(await alert(page, 'cors')).toContain(
      `${elsewhereUrl} could not be reached, or does not allow this page to read it: a dataset on another site must be served with CORS (an Access-Control-Allow-Origin header for ${homeUrl})`,
    );
    // The same server, sending the header, is read.
    await expect.poll(() => page.locator('#allowed g.event').count()).toBe(1);
    await page.close();
  });
});
