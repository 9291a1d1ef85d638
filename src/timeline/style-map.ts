/**
 * `styleMap` for pages with a strict Content-Security-Policy. Lit's own `styleMap` writes its
 * first value as a `style="…"` attribute string, which `style-src` without `'unsafe-inline'`
 * blocks: every absolutely placed target would then sit at 0,0 with no size. This one always
 * sets properties through the CSSOM (`element.style.setProperty`), which CSP allows.
 *
 * Same use as Lit's: `<div style=${styleMap({ left: '4px', '--mark': 'red' })}>`.
 */
import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type DirectiveParameters,
  type PartInfo,
} from 'lit/directive.js';

/** CSS properties by name, camelCase (`backgroundColor`) or dashed (`background-color`, `--x`). */
export type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;

const dashed = (name: string) =>
  name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class CssomStyleMap extends Directive {
  private _applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      (partInfo.strings?.length ?? 0) > 2
    ) {
      throw new Error('styleMap must be the only expression in a style attribute');
    }
  }

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: DirectiveParameters<this>): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this._applied) {
      if (styles[name] == null) {
        style.removeProperty(dashed(name));
        this._applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(dashed(name), String(value));
      this._applied.add(name);
    }
    return noChange;
  }
}

export const styleMap = directive(CssomStyleMap);
