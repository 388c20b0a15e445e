'use client';
import { useEffect, useState } from 'react';
import { PricingDirectoryDocument } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { Field, SelectField } from '../ui';

export interface Counterparty {
  id: string;
  name: string;
}

/**
 * The other party of a new contract, found by name in the public directory. When the acting org
 * sponsors, only host orgs can be chosen (the others are listed, disabled, so the person sees why).
 */
export function OrgSearch({ excludeId, needsHost, value, onChange, error }: { excludeId: string; needsHost: boolean; value: Counterparty | null; onChange: (next: Counterparty | null) => void; error?: string | undefined }) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // one request per pause in typing, not per key
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const directory = useQuery(PricingDirectoryDocument, { search }, { skip: search.length < 2 });
  const found = search.length < 2 ? [] : (directory.data?.organizationDirectory.nodes ?? []).filter((org) => org.id !== excludeId);
  const options = [
    { value: '', label: search.length < 2 ? 'Type at least 2 letters above' : directory.loading && !directory.data ? 'Searching…' : found.length ? 'Choose an organization' : 'No organization by that name' },
    ...found.map((org) => ({ value: org.id, label: needsHost && !org.canHost ? `${org.name} (does not host experts)` : org.name, disabled: needsHost && !org.canHost })),
  ];
  return (
    <div className="form-row">
      <Field label="Find the other organization" type="search" value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} hint="By name, as it appears in the directory." />
      <SelectField
        label="Other organization"
        value={value?.id ?? ''}
        onChange={(e) => {
          const org = found.find((o) => o.id === e.target.value);
          onChange(org ? { id: org.id, name: org.name } : null);
        }}
        options={value && !found.some((o) => o.id === value.id) ? [...options, { value: value.id, label: value.name }] : options}
        error={error ?? (directory.problem ? 'The directory cannot be searched right now.' : undefined)}
      />
    </div>
  );
}
