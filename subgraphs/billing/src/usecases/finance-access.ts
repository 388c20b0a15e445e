import { forbidden, principalCan, type Principal } from '@guildhall/kernel';

/**
 * Finance operations move an org's money: OWNER and BILLING_ADMIN only (MAINTAINER is refused
 * although it outranks BILLING_ADMIN), decided by the one capability, as an ACTIVE member.
 */
export function requireFinanceManager(principal: Principal, organizationId: string): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user' || !principalCan(principal, organizationId, 'billing.manage')) {
    throw forbidden('Only an OWNER or BILLING_ADMIN of this organization can do this.');
  }
}

export function requirePlatformAdmin(principal: Principal): asserts principal is Principal & { kind: 'user' } {
  if (principal.kind !== 'user' || !principal.platformAdmin) throw forbidden('Only a platform admin can do this.');
}
