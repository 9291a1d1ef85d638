/**
 * Collapses the CSS inside Lit `css` templates for the bundle: the stylesheets keep their
 * indentation and comments in the source, but a page downloads none of it. Changes no rule.
 */

/** CSS text without comments, whitespace runs as one space, none around `{`, `}`, `;` or after `:` and `,`. */
export function compactCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      // A space after a colon or comma is only ever in values, lists and media queries, never needed.
      .replace(/([:,]) /g, '$1')
      // The last declaration of a block needs no semicolon.
      .replace(/;}/g, '}')
      .trim()
  );
}

/**
 * The body of a `css` template (between its backticks) compacted, its `${…}` interpolations left as
 * they are. Around an interpolation one space is kept, since it may stand for a value in a list.
 */
export function compactCssTemplate(body: string): string {
  const parts = body.split(/(\$\{[^}]*\})/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const lead = i > 0 && /^\s/.test(part) ? ' ' : '';
      const trail = i < parts.length - 1 && /\s$/.test(part) ? ' ' : '';
      const compacted = compactCss(part);
      // Whitespace alone between two bindings stays one space; at either end of the template, none.
      if (compacted === '') return i > 0 && i < parts.length - 1 && /\s/.test(part) ? ' ' : '';
      return `${lead}${compacted}${trail}`;
    })
    .join('');
}

/** Every css`…` template in a module's source, compacted. Templates with a backtick inside are left alone. */
export function compactCssTemplates(code: string): string {
  return code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${compactCssTemplate(body)}\``);
}

/** An html`…` or svg`…` template's text between bindings, with each run of whitespace as one space, as the browser shows it. */
export function compactMarkup(text: string): string {
  return text.replace(/\s+/g, ' ');
}

interface Node {
  type: string;
  [key: string]: unknown;
}
interface Quasi {
  start: number;
  end: number;
  value: { raw: string };
}

/**
 * The text of every Lit template (`html`, `svg`, `css` tags) in a parsed module, compacted:
 * edits as [start, end, replacement], found by walking the syntax tree, so nested templates and
 * backticks in bindings are handled.
 */
export function templateEdits(ast: Node): [number, number, string][] {
  const edits: [number, number, string][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression') {
      const tag = n.tag as Node;
      const name = tag.type === 'Identifier' ? (tag.name as string) : undefined;
      const quasis = (n.quasi as { quasis: Quasi[] }).quasis;
      if (name === 'css' || name === 'html' || name === 'svg') {
        quasis.forEach((q, i) => {
          const raw = q.value.raw;
          const next =
            name === 'css'
              ? compactCssTemplate(
                  // Markers where the bindings are, so spaces next to them are kept.
                  `${i > 0 ? '${}' : ''}${raw}${i < quasis.length - 1 ? '${}' : ''}`,
                ).replace(/^\$\{\}|\$\{\}$/g, '')
              : compactMarkup(raw);
          if (next !== raw) edits.push([q.start, q.end, next]);
        });
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
  };
  visit(ast);
  return edits;
}
