import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows, type EventPayloads } from '@guildhall/kernel';
import { localDatePlusDays } from '../domain/billing-period.js';
import type { DocumentParty } from './invoice-document.js';

export interface BillingProfile {
  organizationId: string;
  displayName: string;
  legalName: string | null;
  gstin: string | null;
  stateCode: string | null;
  country: string;
  timezone: string;
  paymentTermsDays: number;
  billingEmail: string | null;
  address: EventPayloads['organization.billing-profile-changed']['address'];
}

/** The org's invoicing profile, or the defaults of a new org (Indian, IST, Net-60, no GST details yet). */
export async function billingProfileOf(em: EntityManager, organizationId: string): Promise<BillingProfile> {
  const [row] = await selectRows<BillingProfile>(em, `select * from "billing"."billing_profile" where organization_id = ?`, [organizationId]);
  if (row) return { ...row, stateCode: row.stateCode?.trim() ?? null, country: row.country.trim() };
  return { organizationId, displayName: 'Organization', legalName: null, gstin: null, stateCode: null, country: 'IN', timezone: 'Asia/Kolkata', paymentTermsDays: 60, billingEmail: null, address: null };
}

/** Today in the org's own timezone: program cycles, contract terms and due dates are the org's calendar days. */
export async function orgToday(em: EntityManager, organizationId: string): Promise<string> {
  return localDatePlusDays(new Date(), (await billingProfileOf(em, organizationId)).timezone, 0);
}

export function buyerParty(profile: BillingProfile): DocumentParty {
  const a = profile.address;
  return {
    legalName: profile.legalName ?? profile.displayName,
    gstin: profile.gstin,
    address: a ? [a.line1, a.line2, a.city, a.postalCode, a.country].filter(Boolean).join(', ') : null,
    stateCode: profile.stateCode,
    country: profile.country,
  };
}
