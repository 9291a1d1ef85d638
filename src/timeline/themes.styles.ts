/**
 * The `theme` attribute's styles, and the tokens for spacing, mark size and background periods.
 * Themes only override tokens on `:host([theme=…])`, so they compose with whatever a page sets.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { THEMES, themeDeclarations, type ThemeTokens } from './themes';

// The values are this module's own constants, never page input, so writing them as CSS is safe.
const themeRules = unsafeCSS(
  Object.entries(THEMES)
    .map(([name, tokens]) => `:host([theme='${name}']) {\n${themeDeclarations(tokens)}\n}`)
    .join('\n'),
);

const bands = (tokens: ThemeTokens) =>
  unsafeCSS(
    themeDeclarations(
      Object.fromEntries(Object.entries(tokens).filter(([name]) => name.startsWith('--timeline-period'))),
    ),
  );

const printDefaults = unsafeCSS(`:host(:not([theme])) {\n${themeDeclarations(THEMES.print)}\n}`);

export const themeStyles: CSSResult = css`
  :host {
    /* Diameter of a point mark; bars and bands scale with it. */
    --timeline-mark-size: 12px;
    /* Height of one lane: a label line above a mark line. */
    --timeline-lane-height: 36px;
    /* Space between the heading, the key, notices and the plot. */
    --timeline-space: 0.5rem;
    --timeline-lane: transparent;
  }
  /* Band colours follow the reader's scheme, as the other default colours do. */
  :host {
    ${bands(THEMES.light)}
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${bands(THEMES.dark)}
    }
  }

  ${themeRules}

  :host([theme='light']),
  :host([theme='print']) {
    color-scheme: light;
  }
  :host([theme='dark']),
  :host([theme='high-contrast']) {
    color-scheme: dark;
  }

  .heading,
  .key,
  .notice {
    margin-block-end: var(--timeline-space);
  }

  .lane {
    fill: var(--timeline-lane);
  }
  :host([theme='high-contrast']) .mark {
    stroke-width: 2.5px;
  }
  :host([theme='high-contrast']) .stem {
    opacity: 1;
  }
  :host([theme='high-contrast']) [role='option']:focus-visible {
    outline-width: 4px;
  }
  :host([theme='high-contrast']) .notice {
    border: 2px solid var(--timeline-text);
  }

  /* On paper nothing is hovered or focused, and a Dismiss button cannot be pressed. */
  :host([theme='print']) .tooltip,
  :host([theme='print']) .notice button {
    display: none;
  }

  @media print {
    ${printDefaults}
    .tooltip,
    .notice button {
      display: none;
    }
  }
`;
