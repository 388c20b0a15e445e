import { z } from 'zod';
import { mailFields } from '../mail/mail-config.js';

/**
 * The platform's payout operations: where alerts about payees go (MSME payment deadlines). Unset,
 * they go to the mail-from address, so a deployment that sets nothing still hears of them.
 */
export const payoutOpsFields = {
  /** One address, or `Name <address>`; defaults to MAIL_FROM. */
  PAYOUTS_OPS_EMAIL: z.string().regex(/^[^\r\n]+$/, 'must be a single line').refine((v) => v.includes('@'), 'must be an e-mail address').optional(),
};

export interface PayoutOpsSettings {
  /** Where payout alerts are sent. */
  opsEmail: string;
}

const payoutOpsConfigSchema = z.object({ ...payoutOpsFields, MAIL_FROM: mailFields.MAIL_FROM });
type PayoutOpsConfig = z.input<typeof payoutOpsConfigSchema>;

export function payoutOpsSettings(config: Partial<PayoutOpsConfig>): PayoutOpsSettings {
  const c = payoutOpsConfigSchema.parse({ PAYOUTS_OPS_EMAIL: config.PAYOUTS_OPS_EMAIL, MAIL_FROM: config.MAIL_FROM }); // fills the defaults for partial configs (tests, scripts)
  return { opsEmail: c.PAYOUTS_OPS_EMAIL ?? c.MAIL_FROM };
}
