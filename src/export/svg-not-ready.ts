/**
 * What `toSVG()` hands back when the code that copies the drawing (export-svg.ts, a part fetched
 * just after the first draw) is not here yet: a small standalone SVG file that says so, rather than
 * an error or an empty string. After `await timeline.updateComplete` the part is always here.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A valid SVG document (text, with an XML declaration) whose one line of text is `message`. */
export function svgNotReady(message: string, width: number): string {
  const w = Math.max(1, Math.round(Number.isFinite(width) && width > 0 ? width : 600));
  // The message may be a page's own words (`messages`): written as text, never as markup.
  const text = message.replace(/[&<>]/g, (c) => ESCAPES[c]!);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="48" viewBox="0 0 ${w} 48" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="12" y="28" font-size="13" fill="#1a1a1a">${text}</text></svg>`
  );
}
