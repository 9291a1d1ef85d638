// The bundle build collapses the text of Lit templates (scripts/compact-css.ts, used by vite.config.ts).
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { compactCss, compactCssTemplate, templateEdits } from '../../scripts/compact-css';

/** A module's source with the edits templateEdits finds applied. */
function compacted(code: string): string {
  const ast = parseAst(code);
  let out = code;
  for (const [start, end, text] of templateEdits(ast as never).sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

describe('compactCss', () => {
  it('compactCss(css) drops comments and the whitespace no rule needs', () => {
    expect(
      compactCss(`
      /* the host */
      :host {
        display: block;
        font: 13px system-ui, sans-serif;
      }
      @media (min-width: 600px) {
        .a > .b { margin: calc(100% - 8px) auto; }
      }`),
    ).toBe(
      ':host{display:block;font:13px system-ui,sans-serif}@media (min-width:600px){.a > .b{margin:calc(100% - 8px) auto}}',
    );
  });

  it('compactCssTemplate keeps one space beside a ${} binding, which may be a value in a list', () => {
    expect(compactCssTemplate('\n  .x { margin: ${a} ${b}; }\n  ${rules}\n')).toBe(
      '.x{margin: ${a} ${b}} ${rules}',
    );
  });
});

describe('templateEdits', () => {
  it('compacts css, html and svg templates, nested ones too, and leaves other strings alone', () => {
    const code = [
      'const s = css`\n  :host {\n    display: none;\n  }\n`;',
      'const t = html`<div\n    class="a">\n    ${ok ? html`<b>\n  yes</b>` : nothing}\n  </div>`;',
      'const plain = `keep\n    this`;',
    ].join('\n');
    expect(compacted(code)).toBe(
      [
        'const s = css`:host{display:none}`;',
        'const t = html`<div class="a"> ${ok ? html`<b> yes</b>` : nothing} </div>`;',
        'const plain = `keep\n    this`;',
      ].join('\n'),
    );
  });
});
