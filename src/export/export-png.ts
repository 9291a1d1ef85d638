/** A PNG of the drawing, painted from its standalone SVG so both exports look the same. */

export interface PngExportOptions {
  /** Pixels per CSS pixel; the screen's by default, so the picture is as sharp as what is seen. */
  scale?: number;
}

/** Paints `svgText` on a canvas and encodes it as PNG. Rejects with an Error if the browser cannot. */
export async function svgToPNG(svgText: string, { scale }: PngExportOptions = {}): Promise<Blob> {
  const ratio =
    scale && Number.isFinite(scale) && scale > 0 ? Math.min(scale, 8) : globalThis.devicePixelRatio || 1;
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svgText);
  const width = Number(size?.[1]) || 600;
  const height = Number(size?.[2]) || 200;
  const image = new Image();
  // A data URL, not a blob URL: the canvas stays untainted and nothing needs revoking.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}
