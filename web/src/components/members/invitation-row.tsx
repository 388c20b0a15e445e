'use client';
import { useState } from 'react';
import { ResendInvitationDocument, RevokeInvitationDocument, type InvitationRowFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { Badge, Button } from '../ui';
import { ConfirmStep } from './confirm-step';
import styles from './members.module.css';

const STATUS_TONE: Record<InvitationRowFragment['status'], 'good' | 'warn' | 'bad' | 'neutral'> = {
  PENDING: 'warn',
  ACCEPTED: 'good',
  REVOKED: 'neutral',
  EXPIRED: 'bad',
};

/** One invitation; a PENDING one can be sent again (new link, new expiry) or revoked after a confirm step. */
export function InvitationRow({ invitation, organizationId, onChanged }: { invitation: InvitationRowFragment; organizationId: string; onChanged: (invitation: InvitationRowFragment, message: string) => void }) {
  const [resend, resendState] = useMutation(ResendInvitationDocument);
  const [revoke, revokeState] = useMutation(RevokeInvitationDocument);
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const input = { organizationId, invitationId: invitation.id };

  async function sendAgain() {
    const payload = errors.take(await resend({ input }), (data) => data.resendInvitation);
    if (!payload?.invitation) return;
    const when = formatDateTime(payload.invitation.expiresAt);
    onChanged(payload.invitation, payload.emailSent ? `Sent again to ${invitation.email}; the new link works until ${when}. The old link no longer works.` : `A new link for ${invitation.email} works until ${when}, but the email could not be sent; try again later.`);
  }

  async function withdraw() {
    const payload = errors.take(await revoke({ input }), (data) => data.revokeInvitation);
    if (!payload?.invitation) return;
    setConfirming(false);
    onChanged(payload.invitation, `The invitation for ${invitation.email} is revoked; its link no longer works.`);
  }

  const problems = [...Object.values(errors.fields), ...errors.general];
  return (
    <tr>
      <td className={styles.emailCell}>{invitation.email}</td>
      <td>{humanize(invitation.role)}</td>
      <td><Badge tone={STATUS_TONE[invitation.status]}>{humanize(invitation.status)}</Badge></td>
      <td>{invitation.invitedBy.name}</td>
      <td>{formatDate(invitation.createdAt)}</td>
      <td>{formatDateTime(invitation.expiresAt)}</td>
      <td>
        {invitation.status !== 'PENDING' ? (
          <span className="muted">—</span>
        ) : confirming ? (
          <ConfirmStep question={`Revoke the invitation for ${invitation.email}?`} confirmLabel="Confirm revoke" busy={revokeState.running} onConfirm={() => void withdraw()} onCancel={() => setConfirming(false)}>
            <p className="muted">The link in their email stops working. You can invite them again later.</p>
          </ConfirmStep>
        ) : (
          <div className="actions">
            <Button variant="secondary" busy={resendState.running} onClick={() => void sendAgain()} aria-label={`Resend invitation to ${invitation.email}`}>Resend</Button>
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke invitation to ${invitation.email}`}>Revoke</Button>
          </div>
        )}
        {problems.map((message) => <small key={message} className={styles.rowError} role="alert">{message}</small>)}
      </td>
    </tr>
  );
}
