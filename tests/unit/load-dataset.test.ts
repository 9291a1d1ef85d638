/// <reference types="node" />
// loadDataset against a real HTTP server on this machine: every way a load fails gets its own
// kind and a message that says what to fix. No test here measures time: a timeout is provoked
// by a server that never answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DatasetLoadError, loadDataset } from '../../src/timeline/load-dataset';

let server: Server;
let page: string;
const hanging = new Set<() => void>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string | null, body: string) => {
      response.writeHead(status, type === null ? {} : { 'content-type': type });
      response.end(body);
    };
    switch (path) {
      case '/ok.json':
        return send(200, 'application/json; charset=utf-8', '{"events":[]}');
      case '/ld.json':
        return send(200, 'application/ld+json', '[1]');
      case '/plain.json':
        return send(200, 'text/plain', '[2]');
      case '/untyped.json':
        return send(200, null, '[3]');
      case '/page.html':
        return send(200, 'text/html; charset=utf-8', '<!doctype html><title>Sign in</title>');
      case '/picture.png':
        return send(200, 'image/png', 'PNG');
      case '/broken.json':
        return send(200, 'application/json', '{"events": [ {"title": "x",, } ]');
      case '/empty.json':
        return send(200, 'application/json', '');
      case '/missing.json':
        return send(404, 'text/html', 'Not here');
      case '/fails.json':
        return send(500, 'text/plain', 'Oops');
      case '/never.json':
        // Headers, never a body: the timeout must cover reading the file too.
        if (request.url?.includes('headers')) {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write('{"events": [');
        }
        hanging.add(() => response.destroy());
        return;
      default:
        return send(404, 'text/plain', '');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story/`;
});

afterAll(async () => {
  for (const close of hanging) close();
  await new Promise((resolve) => server.close(resolve));
});

/** The DatasetLoadError a load rejects with. */
async function failure(
  url: string,
  options: Parameters<typeof loadDataset>[1] = {},
): Promise<DatasetLoadError> {
  try {
    await loadDataset(url, { base: page, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetLoadError);
    return error as DatasetLoadError;
  }
  throw new Error(`loading ${url} did not fail`);
}

describe('loadDataset', () => {
  it('loadDataset(url) parses JSON served as JSON, +json, text/plain or with no type', async () => {
    expect(await loadDataset('/ok.json', { base: page })).toEqual({ events: [] });
    expect(await loadDataset('../ld.json', { base: page })).toEqual([1]);
    expect(await loadDataset('/plain.json', { base: page })).toEqual([2]);
    expect(await loadDataset('/untyped.json', { base: page })).toEqual([3]);
  });

  it('loadDataset rejects a web page served instead of data: "the server sent text/html (a web page…), not JSON"', async () => {
    const error = await failure('/page.html');
    expect(error.kind).toBe('type');
    expect(error.message).toBe('the server sent text/html (a web page: is the address right?), not JSON');
    expect((await failure('/picture.png')).message).toBe('the server sent image/png, not JSON');
  });

  it('loadDataset says which HTTP error the server answered', async () => {
    expect(await failure('/missing.json')).toMatchObject({
      kind: 'http',
      message: 'the server answered 404 Not Found',
    });
    expect(await failure('/fails.json')).toMatchObject({
      kind: 'http',
      message: 'the server answered 500 Internal Server Error',
    });
  });

  it('loadDataset says the file is not valid JSON, and where the parser stopped', async () => {
    const error = await failure('/broken.json');
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(/^the file is not valid JSON \(.*position \d+.*\)$/);
    expect(await failure('/empty.json')).toMatchObject({
      kind: 'json',
      message: 'the file is empty, not JSON',
    });
  });

  it('loadDataset gives up after `timeout` ms when the server never answers', async () => {
    expect(await failure('/never.json', { timeout: 50 })).toMatchObject({
      kind: 'timeout',
      message: 'the server did not answer within 50 ms',
    });
    expect(await failure('/never.json?headers', { timeout: 1500 })).toMatchObject({
      kind: 'timeout',
      message: 'the server did not answer within 1.5 seconds',
    });
  });

  it('loadDataset rejects with kind "aborted" when its signal aborts, before or during the load', async () => {
    expect((await failure('/ok.json', { signal: AbortSignal.abort() })).kind).toBe('aborted');
    const controller = new AbortController();
    const pending = failure('/never.json', { signal: controller.signal, timeout: 0 });
    setTimeout(() => controller.abort(), 10);
    expect((await pending).kind).toBe('aborted');
  });

  it('loadDataset on another origin that cannot be read says the server must send CORS headers', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const error = await failure(`http://127.0.0.1:${closed}/data.json`);
    expect(error.kind).toBe('cors');
    expect(error.message).toContain(
      `http://127.0.0.1:${closed} could not be reached, or does not allow this page to read it`,
    );
    expect(error.message).toContain(`Access-Control-Allow-Origin header for ${new URL(page).origin}`);
  });

  it.each(['http://[::1', 'https://exa mple.org/'])(
    'loadDataset(%j) says it is not a valid address',
    async (url) => {
      expect(await failure(url)).toMatchObject({
        kind: 'url',
        message: `${JSON.stringify(url)} is not a valid address`,
      });
    },
  );

  it.each(['javascript:globalThis.ran = true', ' JaVaScRiPt:globalThis.ran = true', 'file:///etc/passwd'])(
    'loadDataset(%j) refuses to load anything that is not a web address, and runs nothing',
    async (url) => {
      expect(await failure(url)).toMatchObject({
        kind: 'url',
        message: expect.stringContaining('is not an http or https address, so it cannot be loaded'),
      });
      expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    },
  );

  it('loadDataset(a data: URL) loads it, as a page may build one', async () => {
    expect(await loadDataset('data:application/json,%5B4%5D')).toEqual([4]);
  });
});
