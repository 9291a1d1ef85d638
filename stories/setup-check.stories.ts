// Placeholder that proves the toolchain: Storybook renders a Lit element, the Vitest addon runs its
// play function in Chromium, and axe checks it. Remove once real stories exist.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { expect } from 'storybook/test';

class SetupCheck extends LitElement {
  static override properties = { label: { type: String } };
  declare label: string;

  constructor() {
    super();
    this.label = 'Setup works';
  }

  override render() {
    return html`<p>${this.label}</p>`;
  }
}
if (!customElements.get('setup-check')) customElements.define('setup-check', SetupCheck);

const meta = {
  title: 'Setup check',
  component: 'setup-check',
  render: ({ label }) => html`<setup-check .label=${label}></setup-check>`,
  args: { label: 'Setup works' },
} satisfies Meta<{ label: string }>;
export default meta;

export const Default: StoryObj<{ label: string }> = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<SetupCheck>('setup-check');
    await expect(element).not.toBeNull();
    await element!.updateComplete;
    await expect(element!.shadowRoot!.textContent).toContain('Setup works');
  },
};
