/**
 * Loads a dataset by URL, with a reason a reader understands when it fails. Each way a load can
 * fail (an address that is not one, no answer in time, a server error, a web page instead of
 * data, broken JSON, another site that does not allow it) has its own kind and its own message.
 */

import { ACCEPT, type DatasetFormat } from '../import/format-names';
import { DEFAULT_TIMEOUT } from './load-timeout';

export { DEFAULT_TIMEOUT };

/** What went wrong, for code that wants to react to it (`format`: not in the format `format` names). */
export const LOAD_ERROR_KINDS = [
  'url',
  'network',
  'cors',
  'timeout',
  'http',
  'type',
  'json',
  'format',
  'aborted',
] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly kind: LoadErrorKind,
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

export interface LoadOptions {
  /** Cancels the load; the promise then rejects with kind `aborted`. */
  signal?: AbortSignal;
  /** Milliseconds before the load is given up (kind `timeout`); 0 or less means no limit. */
  timeout?: number;
  /** The address relative URLs are read against and the page's own origin; the document's by default. */
  base?: string;
  /** What the file holds: this library's JSON (the default), TimelineJS JSON, or TimelineJS's spreadsheet CSV. */
  format?: DatasetFormat;
}

/**
 * Content types a dataset may come with. JSON ones, and the generic ones static hosts use for
 * files they do not recognise (`text/plain` from raw file hosts, or none at all). A web page
 * (`text/html`) is the classic wrong answer: a 404 page or a sign-in page sent with status 200.
 */
function isAcceptedType(contentType: string, format: DatasetFormat): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (
    format === 'csv' &&
    (type === 'text/csv' || type === 'application/csv' || type === 'application/vnd.ms-excel')
  ) {
    return true;
  }
  return (
    type === '' ||
    type === 'application/json' ||
    type === 'text/json' ||
    type.endsWith('+json') ||
    type === 'text/plain' ||
    type === 'application/octet-stream'
  );
}

/** Web addresses, and the local ones a page makes itself (a file the reader picked, as `blob:`). */
const LOADABLE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:', 'data:']);

/**
 * Fetches `url` and reads it in `options.format` (JSON unless told otherwise). Rejects with a
 * DatasetLoadError, never anything else.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal, timeout = DEFAULT_TIMEOUT, format = 'json' } = options;
  const base = options.base ?? globalThis.document?.baseURI;
  let address: URL;
  try {
    address = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    throw new DatasetLoadError(`${JSON.stringify(shorten(url))} is not a valid address`, 'url');
  }
  if (!LOADABLE_PROTOCOLS.has(address.protocol)) {
    throw new DatasetLoadError(
      `${JSON.stringify(shorten(url))} is not an http or https address, so it cannot be loaded`,
      'url',
    );
  }
  if (signal?.aborted) throw new DatasetLoadError('the request was cancelled', 'aborted');

  // One controller for both ways a load ends early, so the fetch and the body read stop together.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  const timer =
    Number.isFinite(timeout) && timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;

  // Settles with the abort even where a page wrapped `fetch` in something that ignores the signal.
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(controller.signal.reason);
  });
  aborted.catch(() => {});
  controller.signal.addEventListener('abort', onAbort, { once: true });

  const stopped = (): DatasetLoadError =>
    timedOut
      ? new DatasetLoadError(`the server did not answer within ${describeDuration(timeout)}`, 'timeout')
      : new DatasetLoadError('the request was cancelled', 'aborted');

  try {
    let response: Response;
    try {
      response = await Promise.race([
        fetch(address, { signal: controller.signal, headers: { accept: ACCEPT[format] } }),
        aborted,
      ]);
    } catch (error) {
      if (controller.signal.aborted) throw stopped();
      throw unreachable(address, base, error);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new DatasetLoadError(
        `the server answered ${response.status} ${response.statusText}`.trim(),
        'http',
      );
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!isAcceptedType(contentType, format)) {
      void response.body?.cancel().catch(() => {});
      const type = shorten(contentType.split(';')[0]!.trim());
      const page = /html/i.test(type) ? ' (a web page: is the address right?)' : '';
      throw new DatasetLoadError(
        `the server sent ${type}${page}, not ${format === 'csv' ? 'CSV' : 'JSON'}`,
        'type',
      );
    }
    let text: string;
    try {
      text = await Promise.race([response.text(), aborted]);
    } catch (error) {
      if (controller.signal.aborted) throw stopped();
      throw unreachable(address, base, error);
    }
    return format === 'json' ? parseJson(text) : await readFormat(text, format);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
    controller.signal.removeEventListener('abort', onAbort);
  }
}

/**
 * A TimelineJS file (JSON or CSV) as a dataset, or why it is not one. The readers are loaded only
 * here, the first time a page asks for one of these formats: most pages never do.
 */
async function readFormat(text: string, format: DatasetFormat): Promise<unknown> {
  if (text.trim() === '')
    throw new DatasetLoadError('the file is empty', format === 'csv' ? 'format' : 'json');
  const readers = await import('../import/formats').catch(() => null);
  if (!readers) throw new DatasetLoadError('the reader for this format could not be loaded', 'network');
  const { DatasetFormatError, datasetFromText } = readers;
  try {
    return datasetFromText(text, format);
  } catch (error) {
    if (error instanceof DatasetFormatError) throw new DatasetLoadError(error.message, error.kind);
    throw new DatasetLoadError('the file could not be read', 'format');
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new DatasetLoadError('the file is empty, not JSON', 'json');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${shorten(error.message, 120)})` : '';
    throw new DatasetLoadError(`the file is not valid JSON${detail}`, 'json');
  }
}

/**
 * A fetch that failed without an answer. Across origins the browser hides why, and the usual
 * reason is a server that does not send CORS headers, so the message says what the server needs.
 */
function unreachable(address: URL, base: string | undefined, error: unknown): DatasetLoadError {
  let pageOrigin: string | undefined;
  try {
    pageOrigin = base === undefined ? undefined : new URL(base).origin;
  } catch {
    pageOrigin = undefined;
  }
  if (pageOrigin !== undefined && address.origin !== pageOrigin) {
    return new DatasetLoadError(
      `${address.origin} could not be reached, or does not allow this page to read it: a dataset on ` +
        `another site must be served with CORS (an Access-Control-Allow-Origin header for ${pageOrigin})`,
      'cors',
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DatasetLoadError(`the server could not be reached (${shorten(reason)})`, 'network');
}

function describeDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

function shorten(text: string, length = 80): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
