import type { Capability } from './capabilities.js';

/**
 * What a partner API key may do in its one organization: read-only scopes, each a set of the same
 * capabilities roles are made of, so every rule that checks a capability checks keys too.
 */
export const API_SCOPES = {
  ORGANIZATION_READ: ['organization.read'],
  MEMBERS_READ: ['organization.read', 'members.read'],
  BILLING_READ: ['organization.read', 'billing.read'],
  PROGRAMS_READ: ['organization.read', 'programs.read'],
  PAYOUTS_READ: ['organization.read', 'payouts.read'],
  AUDIT_READ: ['organization.read', 'audit.operations.read', 'audit.money.read'],
} as const satisfies Record<string, readonly Capability[]>;

export type ApiScope = keyof typeof API_SCOPES;
export const API_SCOPE_NAMES = Object.keys(API_SCOPES) as ApiScope[];

export function scopesAllow(scopes: readonly ApiScope[], capability: Capability): boolean {
  return scopes.some((scope) => (API_SCOPES[scope] as readonly Capability[])?.includes(capability));
}
