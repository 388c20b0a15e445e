'use client';
import type { InvitationStatus } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { SelectField } from '../ui';
import styles from './members.module.css';

// PENDING first: the ones that still need someone's attention
const STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'];

export function InvitationStatusFilter({ value, onChange }: { value: InvitationStatus | null; onChange: (status: InvitationStatus | null) => void }) {
  return (
    <div className={styles.narrowFilter}>
      <SelectField
        label="Status"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || null) as InvitationStatus | null)}
        options={[...STATUSES.map((status) => ({ value: status, label: humanize(status) })), { value: '', label: 'All statuses' }]}
      />
    </div>
  );
}
