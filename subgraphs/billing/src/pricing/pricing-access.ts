import { forbidden, principalCan, type Principal } from '@guildhall/kernel';
import type { Capability } from '@guildhall/roles';

const WHO: Partial<Record<Capability, string>> = {
  'rateCards.read': 'Only finance roles of this organization can see its rate cards.',
  'rateCards.manage': 'Only an OWNER or BILLING_ADMIN of this organization can change its rate cards.',
  'contracts.read': 'Only an OWNER, MAINTAINER or BILLING_ADMIN of this organization can see its contracts.',
  'contracts.manage': 'Only an OWNER of this organization can propose, amend, withdraw or terminate its contracts.',
  'contracts.sign': 'Only an OWNER or BILLING_ADMIN of this organization can accept or reject a contract.',
};

/** Changes are made by people (their id is recorded); the capability decides, never the rank. */
export function requireCapability(principal: Principal, organizationId: string, capability: Capability): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user' || !principalCan(principal, organizationId, capability)) throw forbidden(WHO[capability]);
}

/** Reads also admit an org's API key whose scopes grant the capability. */
export function requireReader(principal: Principal, organizationId: string, capability: Capability): void {
  if (!principalCan(principal, organizationId, capability)) throw forbidden(WHO[capability]);
}
