import type { InvitationPreviewQuery } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import styles from './members.module.css';

type Preview = NonNullable<InvitationPreviewQuery['invitationPreview']>;

/** What the link offers: the org, the role, who sent it and until when. */
export function InvitationPreviewDetails({ preview }: { preview: Preview }) {
  return (
    <dl className={styles.preview}>
      <dt>Organization</dt>
      <dd>{preview.organizationName}</dd>
      <dt>Role</dt>
      <dd>{humanize(preview.role)}</dd>
      <dt>Invited by</dt>
      {/* the organization context knows emails, not names: often there is no name to show */}
      <dd>{preview.inviterName ?? `An administrator of ${preview.organizationName}`}</dd>
      <dt>Expires</dt>
      <dd>{formatDateTime(preview.expiresAt)}</dd>
    </dl>
  );
}

/** Why a link that is not PENDING can no longer be used, and what to do instead. */
export function unusableMessage(preview: Preview): string | null {
  switch (preview.status) {
    case 'PENDING':
      return null;
    case 'ACCEPTED':
      return `This invitation to ${preview.organizationName} has already been used. If you accepted it, sign in and choose ${preview.organizationName} in the switcher.`;
    case 'REVOKED':
      return `This invitation to ${preview.organizationName} was withdrawn. Ask them for a new one if you still need access.`;
    case 'EXPIRED':
      return `This invitation to ${preview.organizationName} expired on ${formatDateTime(preview.expiresAt)}. Ask them to send it again.`;
  }
}
