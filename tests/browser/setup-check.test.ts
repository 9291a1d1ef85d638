// Placeholder that proves the browser project runs in real Chromium. Remove once real tests exist.
import { html, LitElement, render } from 'lit';
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';

class SetupCheckTest extends LitElement {
  override render() {
    return html`<button type="button">Ready</button>`;
  }
}
customElements.define('setup-check-test', SetupCheckTest);

test('renders a Lit element in Chromium', async () => {
  render(html`<setup-check-test></setup-check-test>`, document.body);
  await expect.element(page.getByRole('button', { name: 'Ready' })).toBeVisible();
  expect(navigator.userAgent).toMatch(/Chrome/);
});
