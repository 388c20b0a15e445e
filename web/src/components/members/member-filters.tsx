'use client';
import { MEMBER_STATUSES, ROLES } from '@guildhall/roles';
import { useEffect, useState } from 'react';
import type { MemberStatus, Role } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { Field, SelectField } from '../ui';
import styles from './members.module.css';

export interface MemberFilter {
  role: Role | null;
  status: MemberStatus | null;
  search: string;
}

/** Role and status apply at once; the email search waits for a pause in typing so each key is not a request. */
export function MemberFilters({ value, onChange }: { value: MemberFilter; onChange: (next: MemberFilter) => void }) {
  const [search, setSearch] = useState(value.search);
  useEffect(() => {
    if (search.trim() === value.search) return;
    const timer = setTimeout(() => onChange({ ...value, search: search.trim() }), 300);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);
  return (
    <form className={styles.filters} role="search" aria-label="Filter members" onSubmit={(event) => {
      event.preventDefault();
      onChange({ ...value, search: search.trim() });
    }}>
      <SelectField label="Role" value={value.role ?? ''} onChange={(event) => onChange({ ...value, role: (event.target.value || null) as Role | null })} options={[{ value: '', label: 'All roles' }, ...ROLES.map((role) => ({ value: role, label: humanize(role) }))]} />
      <SelectField label="Status" value={value.status ?? ''} onChange={(event) => onChange({ ...value, status: (event.target.value || null) as MemberStatus | null })} options={[{ value: '', label: 'All statuses' }, ...MEMBER_STATUSES.map((status) => ({ value: status, label: humanize(status) }))]} />
      <Field label="Search by email" type="search" name="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="name@company.com" />
    </form>
  );
}
