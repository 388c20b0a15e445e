import { forbidden } from '../errors/top-level-errors.js';
import { principalCan, type Principal } from './principal.js';
import { rolesWith, type Capability } from '@guildhall/roles';

// the refusal names the roles from the one matrix, so the message cannot drift from the check
const refusal = (capability: Capability) => {
  const roles = rolesWith(capability);
  const who = roles.length === 1 ? `an ${roles[0]}` : `an ${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}`;
  return forbidden(`Only ${who} of this organization can do this (${capability}).`);
};

/** Changes are made by people (their id is recorded); the capability decides, never the rank. */
export function requireCapability(principal: Principal, organizationId: string, capability: Capability): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user' || !principalCan(principal, organizationId, capability)) throw refusal(capability);
}

/** Reads also admit an org's API key whose scopes grant the capability. */
export function requireReader(principal: Principal, organizationId: string, capability: Capability): void {
  if (!principalCan(principal, organizationId, capability)) throw refusal(capability);
}
