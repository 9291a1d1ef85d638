/** Loads a dataset by URL, with a reason a reader understands when it fails. */

export class DatasetLoadError extends Error {
  constructor(
    message: string,
    /** What went wrong, for code that wants to react to it. */
    readonly kind: 'network' | 'http' | 'json' | 'aborted',
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** Fetches `url` and parses it as JSON. Rejects with a DatasetLoadError, never anything else. */
export async function loadDataset(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw new DatasetLoadError('the request was cancelled', 'aborted');
    const crossOrigin = new URL(url, document.baseURI).origin !== location.origin;
    throw new DatasetLoadError(
      crossOrigin
        ? 'the server could not be reached, or it does not allow this page to read it (CORS)'
        : `the server could not be reached (${error instanceof Error ? error.message : String(error)})`,
      'network',
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `the server answered ${response.status} ${response.statusText}`.trim(),
      'http',
    );
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetLoadError('the file is not valid JSON', 'json');
  }
}
