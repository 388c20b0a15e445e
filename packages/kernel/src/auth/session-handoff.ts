/**
 * How identity hands a new or ended session to the gateway: a response header on the internal hop,
 * which the gateway turns into its own cookie. Clients never see this header.
 */
export const SESSION_HANDOFF_HEADER = 'x-guildhall-session';

export type SessionHandoff = { action: 'set'; token: string; expiresAt: string } | { action: 'clear' };

export function encodeSessionHandoff(handoff: SessionHandoff): string {
  return handoff.action === 'set' ? `set ${handoff.token} ${handoff.expiresAt}` : 'clear';
}

export function decodeSessionHandoff(value: string | null | undefined): SessionHandoff | null {
  if (!value) return null;
  if (value === 'clear') return { action: 'clear' };
  const [action, token, expiresAt] = value.split(' ');
  return action === 'set' && token && expiresAt ? { action, token, expiresAt } : null;
}

/**
 * Sent by the organization subgraph when a request changed someone's memberships: the gateway that
 * carried the request forgets their cached memberships at once (others learn it from the event).
 */
export const MEMBERSHIPS_CHANGED_HEADER = 'x-guildhall-memberships-changed';
