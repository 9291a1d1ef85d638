// Placeholder that proves the time-zone instances get their zone. Remove once real tz tests exist.
import { expect, test } from 'vitest';
import { server } from 'vitest/browser';

test('runs in the time zone its project names', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const expected: Record<string, string> = {
    'browser (chromium)': 'UTC',
    'browser-kiritimati': 'Pacific/Kiritimati',
    'browser-pago-pago': 'Pacific/Pago_Pago',
  };
  expect(zone).toBe(expected[server.config.name ?? '']);
});
