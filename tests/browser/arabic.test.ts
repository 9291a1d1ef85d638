// Languages and right to left: any Intl locale, Arabic words and digits, a mirrored timeline.
import { afterEach, describe, expect, it } from 'vitest';
import { idlib2018Input } from '../../src/data/idlib-2018';
import { validateDataset } from '../../src/data/validate';
import { syntheticEvents } from '../../src/data/synthetic';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';

const all = validateDataset(idlib2018Input).events;

afterEach(unmountAll);

const centreX = (root: ShadowRoot, id: string) => {
  const box = root.querySelector(`[role="option"][data-id="${id}"]`)!.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('Arabic, locale="ar"', () => {
  it('mirrors: the base runs right to left, the first event is at the right and the ticks run from the right', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar' } }));
    const base = root.querySelector('.base')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(base.getAttribute('lang')).toBe('ar');
    expect(centreX(root, all[0]!.id)).toBeGreaterThan(centreX(root, all.at(-1)!.id));
    const ticks = [...root.querySelectorAll('.tick')].map((t) => t.getBoundingClientRect().left);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
  });

  it('writes dates with Arabic month names and Arabic-Indic digits from Intl, never Latin digits', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar' } }));
    const axis = root.querySelector('.axis')!.textContent ?? '';
    expect(axis).toMatch(/[٠-٩]{4}/);
    expect(axis).not.toMatch(/[0-9]/);
    expect(axis).toContain('فبراير');
    const key = root.querySelector('.key')!.textContent ?? '';
    expect(key).toMatch(/[٠-٩]/);
    expect(key).not.toMatch(/[0-9]/);
  });

  it('speaks and labels in Arabic: names, buttons, summary; the faithful title_ar where the data has one', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { locale: 'ar' },
    });
    timeline.messages = { categoryNames: { surrender: 'استسلام' } };
    const root = await untilDrawn(timeline);
    const name = root
      .querySelector('[role="option"][data-id="is-surrender-eastern-idlib"]')!
      .getAttribute('aria-label');
    expect(name).toBe(
      '١٣ فبراير ٢٠١٨، متنازع عليه: استسلام مقاتلي تنظيم الدولة في ريف إدلب الشرقي لفصائل المعارضة، ١ من ٢ في استسلام',
    );
    expect([...root.querySelectorAll('.toolbar button')].map((b) => b.textContent?.trim())).toEqual([
      'جدول',
      'اختصارات لوحة المفاتيح',
    ]);
    expect(root.querySelector('#summary')?.textContent).toMatch(/^\s*٣٥ حدثًا من ٢٠١٧ إلى ١٣ فبراير ٢٠١٨/);
    // Labels drawn in Arabic where there is a translation; English titles stay English, left to right.
    const labels = [...root.querySelectorAll<SVGTextElement>('text.label')];
    const arabicLabel = labels.find((t) => /[\u0600-\u06FF]/.test(t.textContent ?? ''))!;
    expect(arabicLabel.getAttribute('direction')).toBe('rtl');
    const englishLabel = labels.find((t) => /^[A-Z]/.test(t.textContent ?? ''))!;
    expect(englishLabel.getAttribute('direction')).toBe('ltr');
  });

  it('each label sits over its own event, starting at the event’s right edge', async () => {
    const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar' } }));
    for (const g of root.querySelectorAll<SVGGElement>('g.event')) {
      const label = g.querySelector('text.label');
      const mark = g.querySelector('.mark');
      if (!label || !mark || g.querySelector('rect.mark')) continue;
      const l = label.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      // The label's box ends at (or, at the plot's left end, is pulled to the right of) the mark's right edge.
      expect(l.right, g.dataset.id).toBeGreaterThanOrEqual(m.right - 2);
      expect(l.left, g.dataset.id).toBeLessThanOrEqual(m.right);
    }
  });

  it('the Arabic story’s window: tooltips and the plot stay inside the component', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar' }, width: 600 });
    const root = await untilDrawn(timeline);
    const host = timeline.getBoundingClientRect();
    for (const option of options(root).slice(0, 5)) {
      option.focus();
      await timeline.updateComplete;
      const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
      expect(tip.left).toBeGreaterThanOrEqual(host.left - 0.5);
      expect(tip.right).toBeLessThanOrEqual(host.right + 0.5);
    }
  });
});

describe('the density band, in English and Arabic', () => {
  // More events than marks can show apart: the band, whose one option names the event in focus.
  // Titles without digits, so that any Latin digit in the Arabic name would be the timeline's own.
  const crowd = syntheticEvents(2000, 5).map((e) => ({ ...e, title: 'Fighting near Idlib' }));
  const bandOption = async (locale: string) => {
    const root = await untilDrawn(
      mountTimeline({ events: crowd, attributes: { locale } }),
      (r) => r.querySelector('canvas.density') !== null && r.querySelector('[role="option"]') !== null,
      10_000,
    );
    return root.querySelector('[role="option"]')!.getAttribute('aria-label') ?? '';
  };

  it('the band’s option ends with its place among the events in view, not in its category', async () => {
    const name = await bandOption('en');
    expect(name).toMatch(/, event 1 of 2,000 in view$/);
    expect(name).not.toMatch(/ of [\d,]+ in (?!view)/);
  });

  it('in Arabic, with Arabic commas and digits, and no Latin comma or digit', async () => {
    const name = await bandOption('ar');
    expect(name).toMatch(/، الحدث ١ من ٢٬٠٠٠ في الفترة المعروضة$/);
    expect(name).not.toMatch(/[0-9]|, /);
  });
});

describe('locales and direction', () => {
  it('the default locale is the page’s lang: lang="ar" gives an Arabic, right-to-left timeline', async () => {
    const timeline = mountTimeline({ events: idlib2018Input });
    timeline.parentElement!.lang = 'ar';
    timeline.requestUpdate();
    const root = await untilDrawn(timeline, (r) => r.querySelector('.base')?.getAttribute('dir') === 'rtl');
    expect(root.querySelector('.axis')!.textContent).toMatch(/[٠-٩]/);
  });

  it('any Intl locale formats the axis: fr, ja, hi-IN-u-nu-deva, ar-SY', async () => {
    const expected: [string, RegExp][] = [
      ['fr', /janv\.|févr\./],
      ['ja', /\d+月/],
      ['hi-IN-u-nu-deva', /[०-९]/],
      ['ar-SY', /شباط/],
    ];
    for (const [locale, pattern] of expected) {
      const root = await untilDrawn(mountTimeline({ events: idlib2018Input, attributes: { locale } }));
      expect(root.querySelector('.axis')!.textContent, locale).toMatch(pattern);
      unmountAll();
    }
  });

  it('dir="ltr" on the element keeps an Arabic timeline left to right', async () => {
    const root = await untilDrawn(
      mountTimeline({ events: idlib2018Input, attributes: { locale: 'ar', dir: 'ltr' } }),
    );
    expect(root.querySelector('.base')!.getAttribute('dir')).toBe('ltr');
    expect(centreX(root, all[0]!.id)).toBeLessThan(centreX(root, all.at(-1)!.id));
  });

  it('setting dir="rtl" on a drawn timeline mirrors it', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'en-GB' } });
    const root = await untilDrawn(timeline);
    expect(centreX(root, all[0]!.id)).toBeLessThan(centreX(root, all.at(-1)!.id));
    timeline.setAttribute('dir', 'rtl');
    await untilDrawn(timeline, (r) => r.querySelector('.base')?.getAttribute('dir') === 'rtl');
    expect(centreX(root, all[0]!.id)).toBeGreaterThan(centreX(root, all.at(-1)!.id));
  });

  it('a page can supply its own words through messages', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { locale: 'fr' } });
    timeline.messages = {
      tableView: 'Tableau',
      confidence: { claimed: 'revendiqué' },
      positionInCategory: (n, total, category) => `${n} sur ${total} dans ${category}`,
    };
    const root = await untilDrawn(timeline);
    expect(root.querySelector('.toolbar button')?.textContent?.trim()).toBe('Tableau');
    const name = root
      .querySelector('[role="option"][data-id="palmyra-recaptured"]')!
      .getAttribute('aria-label');
    expect(name).toMatch(/^2 mars 2017, revendiqué: .* sur \d+ dans capture$/);
  });
});
