import { forbidden, isUuid, principalCan, topLevelError, type Principal } from '@guildhall/kernel';
import { rolesWith, type Capability } from '@guildhall/roles';
import { PAYEE_KINDS, type Payee } from '../domain/payee.js';

/**
 * Who may see and change what about a payee. An ORGANIZATION payee is its org's business: the roles
 * holding the capability (read: payouts.read; change: payouts.manage). A USER payee is a person:
 * only they see or change their own. Platform admins see and change any payee. Everyone else gets
 * FORBIDDEN, whatever the id: an unknown payee and another's look the same.
 */
const isPlatformAdmin = (principal: Principal) => principal.kind === 'user' && principal.platformAdmin;

// the refusal names the roles from the one matrix, so the message cannot drift from the check
const orgRefusal = (capability: Capability) => {
  const roles = rolesWith(capability);
  const who = roles.length === 1 ? `an ${roles[0]}` : `an ${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}`;
  return forbidden(`Only ${who} of this organization can do this (${capability}).`);
};
const personRefusal = () => forbidden("An expert's payouts and tax profile are theirs alone.");

/** A payee from input: a known kind and a UUID, else the request is malformed (checked before any SQL). */
export function payeeOf(input: { kind: string; id: string }): Payee {
  if (!(PAYEE_KINDS as readonly string[]).includes(input.kind)) throw topLevelError('BAD_REQUEST', `A payee is one of ${PAYEE_KINDS.join(', ')}.`, { argument: 'payee.kind' });
  return { kind: input.kind as Payee['kind'], id: input.id };
}

function allowed(principal: Principal, payee: Payee, capability: Capability): boolean {
  if (isPlatformAdmin(principal)) return true;
  if (!isUuid(payee.id)) return false;
  if (payee.kind === 'USER') return principal.kind === 'user' && principal.userId === payee.id;
  return principalCan(principal, payee.id, capability);
}

/** Reads: statements, payouts, the tax profile. An org's API key reads its own org within its scopes. */
export function requirePayeeReader(principal: Principal, payee: Payee): void {
  if (allowed(principal, payee, 'payouts.read')) {
    if (!isUuid(payee.id)) throw topLevelError('BAD_REQUEST', 'A payee id is a UUID.', { argument: 'payee.id' });
    return;
  }
  throw payee.kind === 'USER' ? personRefusal() : orgRefusal('payouts.read');
}

/**
 * Changes (the tax profile) are made by people, whose id is recorded. For an org payee the
 * payouts.manage roles decide (OWNER, BILLING_ADMIN), not organization.tax.manage (OWNER only):
 * the profile governs payouts, which finance runs.
 */
export function requirePayeeManager(principal: Principal, payee: Payee): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user') throw forbidden('Sign in as a person to change a tax profile.');
  if (allowed(principal, payee, 'payouts.manage')) return;
  throw payee.kind === 'USER' ? personRefusal() : orgRefusal('payouts.manage');
}
