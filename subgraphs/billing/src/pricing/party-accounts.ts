import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, selectRows } from '@guildhall/kernel';
import { SPENDING_ORGANIZATION_STATUSES } from '../usecases/billing-account-store.js';

/** What billing knows of an org as a party to pricing: whether it sponsors, hosts, and is in good standing. */
export interface PartyAccount {
  organizationId: string;
  canSponsor: boolean;
  canHost: boolean;
  organizationStatus: string;
}

/** The billing accounts of these orgs, by org id; an org without one (unknown, or not opened yet) is absent. */
export async function partyAccounts(em: EntityManager, organizationIds: readonly string[]): Promise<Map<string, PartyAccount>> {
  const rows = await selectRows<PartyAccount>(
    em,
    `select organization_id, can_sponsor, can_host, organization_status from "billing"."billing_account" where organization_id in ${placeholders(organizationIds)}`,
    organizationIds,
  );
  return new Map(rows.map((r) => [r.organizationId, r]));
}

/** A suspended or deactivated org takes on no new pricing commitments. */
export const inGoodStanding = (party: PartyAccount) => SPENDING_ORGANIZATION_STATUSES.includes(party.organizationStatus);
