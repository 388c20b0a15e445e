import type { EventCause } from '@guildhall/kernel';

/** Consumers and jobs act as payouts itself. */
export const PAYOUTS_CAUSE: EventCause = { principal: { kind: 'service', service: 'payouts' }, origin: null };
