import { z } from 'zod';
import { parseConfig } from './load-config.js';
import { parseDurationMs, webhookFields, webhookSettings } from './webhook-fields.js';

describe('webhook settings', () => {
  it('defaults to no allow-list, a 15 s timeout and the compliance retry schedule', () => {
    expect(webhookSettings({})).toEqual({ allowedHosts: [], timeoutMs: 15_000, retryDelaysMs: null });
  });

  it('reads the allow-list, the timeout and a schedule', () => {
    expect(webhookSettings({ WEBHOOK_ALLOWED_HOSTS: ' 127.0.0.1, LocalHost ,[::1],', WEBHOOK_TIMEOUT_MS: '3000', WEBHOOK_RETRY_SCHEDULE: '250ms,2s,1m,1h' })).toEqual({
      allowedHosts: ['127.0.0.1', 'localhost', '::1'],
      timeoutMs: 3000,
      retryDelaysMs: [250, 2000, 60_000, 3_600_000],
    });
  });

  it('refuses a schedule it cannot read, and an absurd timeout', () => {
    expect(() => parseConfig(z.object(webhookFields), { WEBHOOK_RETRY_SCHEDULE: '1m,soon' })).toThrow('WEBHOOK_RETRY_SCHEDULE');
    expect(() => parseConfig(z.object(webhookFields), { WEBHOOK_TIMEOUT_MS: '600000' })).toThrow('WEBHOOK_TIMEOUT_MS');
    expect(parseDurationMs('1.5m')).toBeNull();
    expect(parseDurationMs('8h')).toBe(28_800_000);
  });
});
