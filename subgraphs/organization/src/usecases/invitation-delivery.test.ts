import type { MailMessage, SubgraphServices } from '@guildhall/kernel';
import type { InvitationRecord } from '../entities/invitation.entity.js';
import { deliverInvitations, type InvitationDeps } from './invitation-delivery.js';

const invitation = (email: string): InvitationRecord =>
  ({ id: email, organizationId: 'o', email, role: 'LEARNER', status: 'PENDING', tokenHash: 'x', invitedBy: 'u', expiresAt: new Date('2026-12-15T00:00:00Z'), acceptedBy: null, acceptedAt: null, createdAt: new Date(), updatedAt: new Date() }) as InvitationRecord;

function depsWith(send: (m: MailMessage) => Promise<unknown>): { deps: InvitationDeps; sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  const services = {
    webUrl: 'http://dashboard.test',
    features: { hostOrgs: false },
    mailer: { send: async (m: MailMessage) => (sent.push(m), send(m)), close: async () => undefined },
  } as unknown as SubgraphServices;
  const principal = { kind: 'user' as const, userId: 'u', email: 'owner@example.test', sessionId: 's', platformAdmin: false, memberships: {} };
  // the user directory knows the inviter's display name
  const em = { execute: async () => [{ name: 'Ada Raman' }] } as never;
  return { deps: { em, principal, origin: null as never, services }, sent };
}

describe('delivering invitation emails', () => {
  it('sends one email per invitation with its own link, from the inviter', async () => {
    const { deps, sent } = depsWith(async () => ({ messageId: 'm', transport: 'smtp' }));
    const result = await deliverInvitations(deps, 'Acme', [{ invitation: invitation('a@example.test'), token: 'ghi_A' }, { invitation: invitation('b@example.test'), token: 'ghi_B' }]);
    expect(result.map((r) => r.emailSent)).toEqual([true, true]);
    expect(sent.map((m) => [m.to, /token=(\S+)/.exec(m.text)?.[1]])).toEqual([['a@example.test', 'ghi_A'], ['b@example.test', 'ghi_B']]);
    expect(sent[0]!.subject).toBe('Ada Raman invited you to join Acme on Guildhall');
    expect(sent[0]!.text).toContain('Ada Raman (owner@example.test)');
  });

  it('reports a failed send as emailSent: false and keeps going', async () => {
    const { deps } = depsWith(async (m) => {
      if (m.to.startsWith('a')) throw new Error('connection refused');
      return { messageId: 'm', transport: 'smtp' };
    });
    const result = await deliverInvitations(deps, 'Acme', [{ invitation: invitation('a@example.test'), token: 'ghi_A' }, { invitation: invitation('b@example.test'), token: 'ghi_B' }]);
    expect(result.map((r) => [r.invitation.email, r.emailSent])).toEqual([['a@example.test', false], ['b@example.test', true]]);
  });
});
