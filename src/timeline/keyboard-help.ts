/**
 * The lines of the keyboard help dialog (render-help.ts, a part fetched when first drawn): every
 * key of the timeline and what it does.
 */
import type { Messages } from '../i18n/messages';
import type { KeyContext } from './keyboard';

/** One line of the keyboard help: the keys, as printed on a keyboard, and what they do. */
export interface KeyHelp {
  keys: string[];
  action: string;
}

/** The words `keyboardHelp` needs: the `keys` group of the message catalogue. */
export type KeyHelpWords = Messages['keys'];

/**
 * Every key of the timeline, for the `?` dialog and the docs, in the order a reader learns
 * them. The arrows are listed earlier-first, so in a right-to-left timeline → comes before ←.
 * The zoom keys and Shift+arrows are handled by the zoom module.
 */
export function keyboardHelp(
  context: Pick<KeyContext, 'direction' | 'orientation'>,
  words: KeyHelpWords,
): KeyHelp[] {
  const arrows =
    context.orientation === 'vertical' ? ['↑', '↓'] : context.direction === 'rtl' ? ['→', '←'] : ['←', '→'];
  return [
    { keys: arrows, action: words.previousNext },
    { keys: ['Home', 'End'], action: words.firstLast },
    { keys: ['Page Up', 'Page Down'], action: words.page },
    { keys: ['Enter', 'Space'], action: words.select },
    { keys: ['Esc'], action: words.clear },
    { keys: ['+'], action: words.zoomIn },
    { keys: ['-'], action: words.zoomOut },
    { keys: ['0'], action: words.zoomReset },
    { keys: [`Shift + ${arrows.join(' ')}`], action: words.pan },
    { keys: ['?'], action: words.help },
  ];
}
