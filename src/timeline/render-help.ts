/** The keyboard help dialog, opened with `?`: every key and what it does, in the reader's language. */
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Messages } from '../i18n/messages';
import type { KeyContext } from './keyboard';
import { keyboardHelp } from './keyboard-help';

export function renderHelp(
  context: Pick<KeyContext, 'direction' | 'orientation'>,
  words: Messages,
  onClose: () => void,
): ReturnType<typeof guard> {
  const rows = keyboardHelp(context, words.keys);
  // Asked for on every render, every zoom step among them, for the same rows: drawn again only when they change.
  const said = rows.map((row) => `${row.keys.join()}\u0000${row.action}`).join('\n');
  return guard(
    [said, words, onClose],
    () =>
      html`<dialog part="help" class="help" aria-labelledby="help-title" @close=${onClose}>
        <h2 id="help-title">${words.keyboardHelp}</h2>
        <dl>
          ${rows.map(
            (row) =>
              html`<div>
                <dt>${row.keys.map((key) => html`<kbd dir="ltr">${key}</kbd>`)}</dt>
                <dd>${row.action}</dd>
              </div>`,
          )}
        </dl>
        <form method="dialog">
          <button type="submit">${words.close}</button>
        </form>
      </dialog>`,
  );
}

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { helpStyles as styles } from './help.styles';
