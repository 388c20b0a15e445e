import { applyBps, userError, type UserErrorValue } from '@guildhall/kernel';

/** How a booking's money divides, in basis points of the price; the three always sum to 10,000. */
export interface SplitBps {
  platformBps: number;
  hostBps: number;
  expertBps: number;
}

/** The same division in minor units of one payment, snapshotted on it at booking. */
export interface SplitMinor {
  platformMinor: number;
  hostMinor: number;
  expertMinor: number;
}

export const FULL_BPS = 10_000;

/** The platform's terms where no rate card speaks: a host org takes 10%, and a sale without one pays the platform 20%. */
export const PLATFORM_DEFAULT_SPLIT: SplitBps = { platformBps: 1_000, hostBps: 1_000, expertBps: 8_000 };
export const INDEPENDENT_EXPERT_SPLIT: SplitBps = { platformBps: 2_000, hostBps: 0, expertBps: 8_000 };

export function splitErrors(split: SplitBps, field: string[]): UserErrorValue[] {
  const parts = [split.platformBps, split.hostBps, split.expertBps];
  if (parts.some((bps) => !Number.isInteger(bps) || bps < 0 || bps > FULL_BPS)) return [userError('BAD_USER_INPUT', field, 'Each share is a whole number of basis points from 0 to 10,000.')];
  if (parts.reduce((a, b) => a + b, 0) !== FULL_BPS) return [userError('BAD_USER_INPUT', field, 'The platform, host and expert shares add up to 10,000 basis points (100%).')];
  return [];
}

/**
 * Divides a price: the platform's and the expert's shares are floored and the host org gets the
 * remainder, so the parts always sum to the price. `surchargeMinor` (an overage surcharge) is the
 * platform's on top.
 */
export function splitAmount(priceMinor: number, split: SplitBps, surchargeMinor = 0): SplitMinor {
  const platformMinor = applyBps(priceMinor, split.platformBps);
  const expertMinor = applyBps(priceMinor, split.expertBps);
  return { platformMinor: platformMinor + surchargeMinor, hostMinor: priceMinor - platformMinor - expertMinor, expertMinor };
}
