// The Custom Elements Manifest is what Storybook's Docs pages and editors show a page author:
// every attribute must say what it is, of which type, and what happens when it is left out.
// `npm test` builds (and analyzes) before Vitest runs, so custom-elements.json is fresh here.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const timeline = elements.find((d) => d.tagName === 'event-timeline')!;
const attribute = (name: string) => timeline.attributes!.find((a) => a.name === name);

describe('custom-elements.json', () => {
  it('lists every element with a description and type for each attribute', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual([
      'event-timeline',
      'timeline-details',
      'timeline-event',
      'timeline-legend',
      'timeline-marker',
      'timeline-overview',
    ]);
    for (const element of elements) {
      for (const a of element.attributes ?? []) {
        expect(a.description, `${element.tagName} ${a.name}`).toMatch(/\w/);
        expect(a.type?.text, `${element.tagName} ${a.name}`).toMatch(/\w/);
      }
    }
  });

  it('says what an attribute left out means, not a constant’s name', () => {
    expect(attribute('start')?.default).toBe("the data's first day");
    expect(attribute('locale')?.default).toBe('the nearest lang');
    expect(attribute('timeout')?.default).toBe('15000');
    expect(attribute('orientation')?.default).toBe("'horizontal'");
    for (const a of timeline.attributes!) expect(a.default ?? '').not.toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('leaves out style and class, and explains dir', () => {
    expect(attribute('style')).toBeUndefined();
    expect(attribute('class')).toBeUndefined();
    expect(attribute('dir')?.description).toMatch(/right to left/);
  });
});
