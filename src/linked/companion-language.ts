/**
 * The language and direction a companion component writes in. Its words come from the linked
 * timeline's locale, so its layout must follow the same way: Arabic labels in a left-to-right box
 * would start at the wrong edge, and a screen reader would read them with the page's voice.
 */
import { langAttribute, localeDirection, type Direction } from '../i18n/locale';

export interface CompanionLanguage {
  /** For a `lang` attribute: `ar`, `en-GB`. */
  lang: string;
  dir: Direction;
}

/**
 * The companion's own `locale` where it has one (its direction from that locale), else the linked
 * timeline's locale and direction (which a `dir` on the timeline decides), else English.
 */
export function companionLanguage(
  ownLocale: string | undefined,
  timeline: { effectiveLocale: string; effectiveDirection: Direction } | null | undefined,
): CompanionLanguage {
  if (ownLocale) return { lang: langAttribute(ownLocale), dir: localeDirection(ownLocale) };
  if (timeline) return { lang: langAttribute(timeline.effectiveLocale), dir: timeline.effectiveDirection };
  return { lang: 'en', dir: 'ltr' };
}
