import { z } from 'zod';
import { parseConfig } from '../config/load-config.js';
import { mailFields } from './mail-config.js';

const schema = z.object(mailFields);

describe('mail configuration', () => {
  it('needs nothing: the default sender applies and no transport is chosen', () => {
    expect(parseConfig(schema, {})).toEqual({ MAIL_FROM: 'Guildhall <no-reply@guildhall.local>' });
  });

  it('accepts smtp:// and smtps:// URLs, with credentials, unchanged', () => {
    for (const url of ['smtp://127.0.0.1:1025', 'smtps://user:pa%40ss@mail.example.com:465']) {
      expect(parseConfig(schema, { SMTP_URL: url }).SMTP_URL).toBe(url);
    }
  });

  it('refuses other protocols and URLs without a host', () => {
    for (const url of ['https://mail.example.com', 'smtp:mail', 'mail.example.com:25']) {
      expect(() => parseConfig(schema, { SMTP_URL: url })).toThrow('SMTP_URL:');
    }
  });

  it('refuses a multi-line sender', () => {
    expect(() => parseConfig(schema, { MAIL_FROM: 'A <a@example.test>\nBcc: b@example.test' })).toThrow('MAIL_FROM: must be a single line');
  });

  it('treats empty values as unset', () => {
    expect(parseConfig(schema, { SMTP_URL: '', MAIL_OUTBOX_DIR: '', MAIL_FROM: '' })).toEqual({ MAIL_FROM: 'Guildhall <no-reply@guildhall.local>' });
  });
});
