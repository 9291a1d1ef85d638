import type { Preview } from '@storybook/web-components-vite';

// Stories render English text; screen readers and axe need the document language.
document.documentElement.lang = 'en';

const preview: Preview = {
  // Every story gets an autodocs page.
  tags: ['autodocs'],
  parameters: {
    controls: {
      matchers: { color: /(background|color)$/i, date: /Date$/i },
    },
    // An axe violation fails the story's test (in Storybook's test panel and in `vitest --project storybook`).
    a11y: { test: 'error' },
  },
};

export default preview;
