'use client';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { InviteMembersDocument, type InviteMembersMutation } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Progress, TextAreaField } from '../ui';
import { BulkInviteResults } from './bulk-invite-results';
import styles from './members.module.css';

type RowResult = InviteMembersMutation['inviteMembers']['results'][number];

const MAX_ROWS = 500;
const SAMPLE = 'email,role\nasha@example.com,MANAGER\nravi@example.com,LEARNER';

/** Data rows under the header; a preview only (quoted line breaks are rare): the server parses the file. */
function countRows(csv: string): number {
  const lines = csv.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  return Math.max(lines.length - 1, 0);
}

/** Many people at once from a CSV (pasted or chosen): each row succeeds or fails on its own. */
export function BulkInviteForm({ organizationId }: { organizationId: string }) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [results, setResults] = useState<RowResult[] | null>(null);
  const [inviteMany, { running }] = useMutation(InviteMembersDocument);
  const errors = useFormErrors();
  const rows = countRows(csv);

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
    setResults(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResults(null);
    if (!rows) {
      errors.fail('Add at least one row under the header "email,role".');
      return;
    }
    const payload = errors.take(await inviteMany({ input: { organizationId, csv } }), (data) => data.inviteMembers);
    if (payload) setResults(payload.results);
  }

  return (
    <details className={styles.bulk}>
      <summary>Invite many from a CSV file</summary>
      <form onSubmit={submit} noValidate className="form" aria-label="Invite from a CSV file">
        <FormProblems messages={errors.general} />
        <Field label="Choose a .csv file" type="file" name="csv-file" accept=".csv,text/csv" onChange={(event) => void chooseFile(event)} hint={fileName ? `Loaded ${fileName}; edit it below if needed.` : 'Or paste the rows below.'} />
        <TextAreaField
          label="CSV rows"
          name="csv"
          rows={6}
          spellCheck={false}
          placeholder={SAMPLE}
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            setResults(null);
          }}
          error={errors.fields['csv']}
          hint={<>The first row is the header <code>email,role</code>; role is optional (Learner when empty). At most {MAX_ROWS} rows.</>}
        />
        <p className="muted" aria-live="polite">
          {rows === 0 ? 'No rows yet.' : `${rows} ${rows === 1 ? 'row' : 'rows'} to invite${rows > MAX_ROWS ? ` — more than ${MAX_ROWS}, split the file` : ''}.`}
        </p>
        {running ? <Progress label={`Inviting ${rows} ${rows === 1 ? 'person' : 'people'}…`} /> : null}
        <div>
          <Button type="submit" busy={running} disabled={rows > MAX_ROWS}>Invite everyone in the file</Button>
        </div>
        {results ? <BulkInviteResults results={results} /> : null}
      </form>
    </details>
  );
}
