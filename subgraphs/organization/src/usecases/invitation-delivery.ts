import { selectRows, type SubgraphContext } from '@guildhall/kernel';
import { invitationEmail } from '../domain/invitation-email.js';
import type { InvitationRecord } from '../entities/invitation.entity.js';
import type { OrganizationDeps } from './deps.js';

/** Invitation use cases also send mail (after their transaction commits). */
export type InvitationDeps = OrganizationDeps & Pick<SubgraphContext, 'services'>;

/** An invitation written in this transaction, with its raw token (kept nowhere else but the email). */
export interface IssuedInvitation {
  invitation: InvitationRecord;
  token: string;
}

export interface DeliveredInvitation {
  invitation: InvitationRecord;
  /** False when the mail server refused or was unreachable: the invitation stands; resend it later. */
  emailSent: boolean;
}

/**
 * Sends the invitation emails. Call it only after the transaction that wrote the invitations has
 * committed: a rolled-back invitation must never reach anyone's inbox. A failed send never undoes
 * the invitation; it is reported as `emailSent: false`.
 */
export async function deliverInvitations(deps: InvitationDeps, organizationName: string, issued: readonly IssuedInvitation[]): Promise<DeliveredInvitation[]> {
  const inviterEmail = deps.principal.kind === 'user' ? deps.principal.email : null;
  const [directory] = deps.principal.kind === 'user' ? await selectRows<{ name: string | null }>(deps.em, `select name from "organization"."user_directory" where user_id = ?`, [deps.principal.userId]) : [];
  const settled = await Promise.allSettled(
    issued.map(({ invitation, token }) => {
      const mail = invitationEmail({
        organizationName,
        inviter: { name: directory?.name ?? null, email: inviterEmail ?? 'An administrator' },
        role: invitation.role,
        token,
        webUrl: deps.services.webUrl,
        expiresAt: invitation.expiresAt,
      });
      return deps.services.mailer.send({ to: invitation.email, ...mail });
    }),
  );
  return issued.map(({ invitation }, i) => ({ invitation, emailSent: settled[i]!.status === 'fulfilled' }));
}
