import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, principalCan, type Principal } from '@guildhall/kernel';
import { rolesWith, type Capability } from '@guildhall/roles';
import { localDatePlusDays } from '../domain/billing-period.js';
import { billingProfileOf } from '../invoices/billing-profile.js';

type ProgramCapability = Extract<Capability, 'programs.read' | 'programs.manage' | 'programs.assign'>;
const WHAT: Record<ProgramCapability, string> = { 'programs.read': 'see its programs', 'programs.manage': 'manage its programs', 'programs.assign': 'assign its programs' };
// the message names the roles from the one matrix, so it cannot drift from the check
const refusal = (capability: ProgramCapability) => {
  const roles = rolesWith(capability);
  return forbidden(`Only an ${roles.slice(0, -1).join(', ')} or ${roles.at(-1)} of this organization can ${WHAT[capability]}.`);
};

/** Changes are made by people (their id is recorded); the capability decides, never the rank. */
export function requireProgramCapability(principal: Principal, organizationId: string, capability: Exclude<ProgramCapability, 'programs.read'>): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user' || !principalCan(principal, organizationId, capability)) throw refusal(capability);
}

/** Reads also admit an org's API key with the PROGRAMS_READ scope. */
export function requireProgramReader(principal: Principal, organizationId: string): void {
  if (!principalCan(principal, organizationId, 'programs.read')) throw refusal('programs.read');
}

/** Today in the org's own timezone: cycles, start dates and expiry are the org's calendar days. */
export async function orgToday(em: EntityManager, organizationId: string): Promise<string> {
  return localDatePlusDays(new Date(), (await billingProfileOf(em, organizationId)).timezone, 0);
}
