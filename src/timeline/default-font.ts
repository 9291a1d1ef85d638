/** The timeline's type when a page sets none (`--timeline-font-family` and the label tokens). */
export const DEFAULT_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";

/** Labels as drawn by default, as a CSS `font` shorthand: what labels are measured in. */
export const DEFAULT_LABEL_FONT = `600 13px ${DEFAULT_FONT_FAMILY}`;
