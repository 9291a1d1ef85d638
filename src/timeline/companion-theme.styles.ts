/**
 * The colour tokens and named themes for the companion elements (details, legend, overview), so
 * they read like the timeline beside them: the same light and dark defaults, the same `theme`
 * values, and, when they have no `theme` of their own, the theme of the timeline they follow
 * (which `TimelineLink` writes onto them as `linked-theme`).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkTokens, lightTokens, tokenDeclarations } from './colour-tokens';
import { THEMES, themeDeclarations } from './themes';

// The values are this module's own constants, never page input, so writing them as CSS is safe.
const themeRules = unsafeCSS(
  Object.entries(THEMES)
    .map(
      ([name, tokens]) =>
        `:host([theme='${name}']), :host(:not([theme])[linked-theme='${name}']) {\n${themeDeclarations(tokens)}\n}`,
    )
    .join('\n'),
);

export const companionThemeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(tokenDeclarations(lightTokens))}
    color: var(--timeline-text);
    background: var(--timeline-background);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(tokenDeclarations(darkTokens))}
      color-scheme: dark;
    }
  }
  ${themeRules}
  :host([theme='light']),
  :host([theme='print']),
  :host(:not([theme])[linked-theme='light']),
  :host(:not([theme])[linked-theme='print']) {
    color-scheme: light;
  }
  :host([theme='dark']),
  :host([theme='high-contrast']),
  :host(:not([theme])[linked-theme='dark']),
  :host(:not([theme])[linked-theme='high-contrast']) {
    color-scheme: dark;
  }
`;
