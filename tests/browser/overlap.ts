/** Checks, in the real rendering, that no two pieces of text are drawn over each other. */

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  text: string;
}

export function textBoxes(root: ParentNode, selector: string): Box[] {
  return [...root.querySelectorAll<SVGGraphicsElement | HTMLElement>(selector)]
    .map((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: element.textContent ?? '' };
    })
    .filter((b) => b.right > b.left && b.bottom > b.top);
}

/** Pairs of boxes that overlap by more than half a pixel each way, described for a failure message. */
export function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  const e = 0.5;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e) {
        found.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
  }
  return found;
}
