'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import type { Role } from '@guildhall/roles';
import { InviteMemberDocument } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice, SelectField } from '../ui';

/** One person by email, with a role the actor may grant here (the caller computes `roles` with checkGrant). */
export function InviteMemberForm({ organizationId, roles }: { organizationId: string; roles: readonly Role[] }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('LEARNER') ? 'LEARNER' : (roles[0] ?? 'LEARNER'));
  const [sent, setSent] = useState<{ email: string; role: Role; expiresAt: string; emailSent: boolean } | null>(null);
  const [invite, { running }] = useMutation(InviteMemberDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    const payload = errors.take(await invite({ input: { organizationId, email, role } }), (data) => data.inviteMember);
    if (!payload?.invitation) return;
    setSent({ email: payload.invitation.email, role: payload.invitation.role, expiresAt: payload.invitation.expiresAt, emailSent: payload.emailSent });
    setEmail('');
  }

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Invite one person">
      {sent ? (
        <Notice kind={sent.emailSent ? 'success' : 'warning'}>
          <p>
            {sent.emailSent ? `Invitation sent to ${sent.email} as ${humanize(sent.role)}.` : `The invitation for ${sent.email} is saved, but the email could not be sent; resend it from Invitations.`}{' '}
            The link works until {formatDateTime(sent.expiresAt)}. <Link href="/invitations">See invitations</Link>
          </p>
        </Notice>
      ) : null}
      <FormProblems messages={errors.general} />
      <Field label="Email" type="email" name="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields['email']} />
      <SelectField label="Role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} error={errors.fields['role']} options={roles.map((r) => ({ value: r, label: humanize(r) }))} />
      <div>
        <Button type="submit" busy={running}>Send invitation</Button>
      </div>
    </form>
  );
}
