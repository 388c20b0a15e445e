import { z } from 'zod';

/**
 * Mail settings a service composes into its config schema. Neither transport is required here:
 * createMailer refuses to start without one, so a service that never sends mail need not set either.
 */
export const mailFields = {
  // smtps:// is TLS from the first byte (465); smtp:// upgrades with STARTTLS when the server offers it
  SMTP_URL: z.url({ protocol: /^smtps?$/, hostname: /./ }).optional(),
  MAIL_FROM: z.string().regex(/^[^\r\n]+$/, 'must be a single line').default('Guildhall <no-reply@guildhall.local>'),
  // used only when SMTP_URL is unset: each message becomes an .eml file here
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
};
