/**
 * Which locale the component formats with, and which way its text and time run.
 * Pure: no DOM, so the rules are tested in Node.
 */

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

/** Parsed tags: a render asks about its locale several times, on every zoom step. */
const parsed = new Map<string, Intl.Locale | null>();

function parse(tag: string): Intl.Locale | null {
  let locale = parsed.get(tag);
  if (locale !== undefined) return locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    locale = null;
  }
  // Tags come from attributes and the page, a handful per page; the bound is against a hostile loop.
  if (parsed.size > 200) parsed.clear();
  parsed.set(tag, locale);
  return locale;
}

/** Remembers a pure function of a locale tag. */
function remembered<T>(compute: (tag: string) => T): (tag: string) => T {
  const known = new Map<string, T>();
  return (tag) => {
    if (known.has(tag)) return known.get(tag)!;
    const value = compute(tag);
    if (known.size > 200) known.clear();
    known.set(tag, value);
    return value;
  };
}

/**
 * The locale to hand to `Intl`: the tag itself, canonicalised, except that plain `ar`
 * (no region, no `-u-nu-`) gets Arabic-Indic digits. Since CLDR 42 plain `ar` formats with
 * Latin digits, but a reader who asks for Arabic without naming a country expects
 * "١٣ فبراير ٢٠١٨"; `ar-EG`, `ar-SY` and `ar-u-nu-latn` keep whatever they ask for.
 * An invalid tag gives `en`.
 */
export function formattingLocale(tag: string | null | undefined): string {
  return tag ? formattingLocaleOf(tag) : 'en';
}

const formattingLocaleOf = remembered((tag: string): string => {
  const locale = parse(tag);
  if (!locale) return 'en';
  if (locale.language === 'ar' && !locale.region && !locale.numberingSystem) {
    return new Intl.Locale(locale.baseName, { numberingSystem: 'arab' }).toString();
  }
  return locale.toString();
});

/** The language part of a tag, lower-case (`ar-SY` → `ar`), or `en` for an invalid tag. */
export function languageOf(tag: string): string {
  return parse(tag)?.language ?? 'en';
}

/** The language and region of a tag without extensions, for a `lang` attribute (`ar-u-nu-arab` → `ar`). */
export function langAttribute(tag: string): string {
  return langOf(tag);
}

// Asked on every render; `baseName` is worked out anew each time it is read.
const langOf = remembered((tag: string): string => parse(tag)?.baseName ?? 'en');

/** Whether text in this locale runs right to left: `ar`, `he`, `fa`, `ur`, `ckb`, `az-Arab`, … */
export function localeDirection(tag: string): Direction {
  return directionOf(tag);
}

const directionOf = remembered((tag: string): Direction => {
  const locale = parse(tag);
  if (!locale) return 'ltr';
  // The script decides (az-Arab is right to left, az is not); engines' textInfo does not always look at it.
  const script = locale.maximize().script;
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  const withInfo = locale as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const direction = (withInfo.getTextInfo?.() ?? withInfo.textInfo)?.direction;
  return direction === 'rtl' ? 'rtl' : 'ltr';
});

export interface DirectionSources {
  /** The element's own `dir` attribute. */
  ownDir?: string | null;
  /** The element's own `locale` attribute. */
  locale?: string | null;
  /** The `dir` of the nearest ancestor that has one. */
  inheritedDir?: string | null;
  /** The page's `lang`, when the element has no `locale`. */
  lang?: string | null;
}

const asDirection = (value: string | null | undefined): Direction | null =>
  value === 'rtl' || value === 'ltr' ? value : null;

/**
 * Which way the timeline runs. As in HTML, `dir` decides: the element's own, then the nearest
 * ancestor's. Where no `dir` is set, the locale does: the element's `locale`, else the page's
 * `lang` (so `locale="ar"` alone mirrors the timeline). `dir="auto"` counts as not set.
 */
export function resolveDirection({ ownDir, locale, inheritedDir, lang }: DirectionSources): Direction {
  return (
    asDirection(ownDir) ??
    asDirection(inheritedDir) ??
    (locale ? localeDirection(locale) : null) ??
    (lang ? localeDirection(lang) : 'ltr')
  );
}

/**
 * The direction of a piece of text from its first strong character, like `dir="auto"`:
 * an Arabic title is laid out right to left even inside an English timeline, and the
 * other way round, so that its punctuation and ellipsis land at the right end.
 */
export function textDirection(text: string): Direction | null {
  for (const char of text) {
    if (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(char)) return 'rtl';
    if (/\p{L}/u.test(char)) return 'ltr';
  }
  return null;
}
