import { createLogger, type Consumer, type DomainEvent } from '@guildhall/kernel';
import { admitUser } from '../usecases/admit-user.js';

const log = createLogger('organization:sso-auto-join');

/**
 * Auto-join: a user who signed in through an org's SSO connection with a verified email of its domain
 * joins that org at the connection's default role, through the same seat-gated admission as every
 * other path. Already a member, or no seat left: nothing changes (the refusal is logged).
 */
export const admitUserWhenSsoSignedIn: Consumer = {
  name: 'organization.admit-user-when-sso-signed-in',
  on: ['identity.sso.signed-in'],
  async handle(em, event) {
    const { userId, organizationId, autoJoinRole } = (event as DomainEvent<'identity.sso.signed-in'>).payload;
    if (!autoJoinRole) return;
    const outcome = await admitUser({ em, principal: { kind: 'service', service: 'organization' }, origin: event.origin ?? { ip: null, userAgent: null } }, { organizationId, userId, role: autoJoinRole, source: 'sso' });
    if (!outcome.ok && !outcome.errors.every((e) => e.code === 'CONFLICT')) {
      log.warn('auto-join refused', { organizationId, userId, reasons: outcome.errors.map((e) => e.code) });
    }
  },
};
