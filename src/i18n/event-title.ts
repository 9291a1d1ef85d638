/** Which title to show for an event in a locale: a faithful translation where the data has one. */
import type { TimelineEvent } from '../data/types';
import { languageOf } from './locale';

/** The event's Arabic title (`title_ar`) in an Arabic locale, else its title as written. */
export function eventTitle(event: Pick<TimelineEvent, 'title' | 'title_ar'>, locale: string): string {
  if (event.title_ar && languageOf(locale) === 'ar') return event.title_ar;
  return event.title;
}
