/**
 * What a timeline's first draw would otherwise pay for in a fresh page, done once the page is idle
 * after the bundle has loaded (usually while the data is still on its way): the density band and
 * the label font, then a rehearsal of the draw itself (rehearsal.ts), which also makes the first
 * date and number formats (the first `Intl` formatter a tab makes took 50–200 ms here). A page
 * that makes its timeline in the same task as it loads the bundle has no such pause, and pays
 * these in its first draw.
 */
import { preloadDensePart } from './dense-preload';
import { textMeasurer } from './measure-text';
import { DEFAULT_LABEL_FONT } from './default-font';
import { whenIdle } from './when-idle';

export function warmUpWhenIdle(): void {
  // Asked for now (0.5 KB), so that the rehearsal can follow the rest in the same idle moment.
  const rehearsal = import('./rehearsal');
  whenIdle(() => {
    try {
      // The density band (1.5 KB): a timeline with more than 300 events in view waits for it.
      void preloadDensePart();
      // The label font, which the first label measured would otherwise look up (about 20 ms).
      textMeasurer(DEFAULT_LABEL_FONT)('Idlib');
    } catch {
      // Only a head start: anything missing here is done when a timeline needs it.
    }
    // Then a first draw away from the page (rehearsal.ts), unless a timeline has drawn meanwhile.
    rehearsal.then(
      ({ rehearse }) => rehearse(() => !drawnForReal),
      () => {},
    );
  });
}

/** Once a timeline has drawn in this page, its code is warm: no rehearsal is needed. */
let drawnForReal = false;
document.addEventListener('timeline-load', () => (drawnForReal = true), { once: true });
