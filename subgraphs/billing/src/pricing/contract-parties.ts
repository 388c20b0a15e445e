import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, userError, UserErrorsThrown, type UserErrorValue } from '@guildhall/kernel';
import { inGoodStanding, partyAccounts } from './party-accounts.js';

export interface Parties {
  sponsorOrganizationId: string;
  hostOrganizationId: string;
}

/**
 * Both parties may still contract: the sponsor sponsors, the host hosts, and neither is suspended
 * or deactivated. Each refusal names the input that points at the party (`fieldOf`).
 */
export async function requireContractingParties(em: EntityManager, parties: Parties, actingOrganizationId: string, fieldOf: (organizationId: string) => string[]): Promise<void> {
  const accounts = await partyAccounts(em, [parties.sponsorOrganizationId, parties.hostOrganizationId]);
  if (!accounts.has(actingOrganizationId)) throw notFound('Billing account');
  const errors: UserErrorValue[] = [];
  const check = (organizationId: string, role: 'sponsor' | 'host') => {
    const account = accounts.get(organizationId);
    if (!account) return errors.push(userError('BAD_USER_INPUT', fieldOf(organizationId), 'There is no such organization.'));
    if (role === 'sponsor' && !account.canSponsor) errors.push(userError('CONFLICT', fieldOf(organizationId), 'The sponsor of a contract must be an organization that sponsors learners.'));
    if (role === 'host' && !account.canHost) errors.push(userError('CONFLICT', fieldOf(organizationId), 'The host of a contract must be an organization that hosts experts.'));
    if (!inGoodStanding(account)) errors.push(userError('CONFLICT', fieldOf(organizationId), `The ${role} organization is ${account.organizationStatus.toLowerCase()}.`));
    return errors.length;
  };
  check(parties.sponsorOrganizationId, 'sponsor');
  check(parties.hostOrganizationId, 'host');
  if (errors.length) throw new UserErrorsThrown(errors);
}
