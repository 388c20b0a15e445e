'use client';
import { useState, type FormEvent } from 'react';
import { PayoutStatementCsvOfMineDocument, PayoutStatementCsvOfOrganizationDocument, PayoutStatementOfMineDocument, PayoutStatementOfOrganizationDocument } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { execute, RequestFailed } from '../../lib/graphql-request';
import { useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Button, Card, Field } from '../ui';
import { daysBetween, indiaToday, personal, type PayeeScope } from './payee';
import { StatementView } from './statement-view';
import styles from './payouts.module.css';
import { formatDate } from '../../lib/format';

interface Range {
  from: string;
  to: string;
}

/** This month so far, in India dates (what statements count in). */
const thisMonth = (): Range => {
  const today = indiaToday();
  return { from: `${today.slice(0, 8)}01`, to: today };
};

/** The statement for a chosen range; the dates apply on submit, not on every keystroke. */
export function StatementCard({ scope }: { scope: PayeeScope }) {
  const mine = personal(scope);
  const [draft, setDraft] = useState<Range>(thisMonth);
  const [range, setRange] = useState<Range>(draft);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const ofOrg = useQuery(PayoutStatementOfOrganizationDocument, { input: { payee: scope.payee, ...range } }, { skip: mine });
  const ofMine = useQuery(PayoutStatementOfMineDocument, range, { skip: !mine });
  const query = mine ? ofMine : ofOrg;

  function apply(event: FormEvent) {
    event.preventDefault();
    // the server refuses these too; saying so here keeps the last good statement on screen
    if (!draft.from || !draft.to) return setRangeError('Choose both dates.');
    if (draft.to < draft.from) return setRangeError('The last day comes before the first.');
    if (daysBetween(draft.from, draft.to) > 366) return setRangeError('A statement covers at most 366 days.');
    setRangeError(null);
    setRange(draft);
  }

  return (
    <Card title="Statement" actions={<CsvDownload scope={scope} range={range} />}>
      <form onSubmit={apply} noValidate className={`form-row ${styles.range}`} aria-label="Statement period">
        <Field label="From" type="date" value={draft.from} max={draft.to || undefined} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} />
        <Field label="To" type="date" value={draft.to} min={draft.from || undefined} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} />
        <div className="field">
          <Button type="submit" variant="secondary" busy={query.loading}>Show statement</Button>
        </div>
      </form>
      <FormProblems messages={rangeError ? [rangeError] : []} />
      <p className="muted">
        {formatDate(range.from)} to {formatDate(range.to)}, India time, both days included.
      </p>
      <DataState loading={query.loading} problem={query.problem} data={query.data} retry={() => void query.refetch()}>
        {({ statement }) => <StatementView statement={statement} />}
      </DataState>
    </Card>
  );
}

/**
 * The graph hands the statement's CSV over as text (RFC 4180, made server-side), so the download is
 * that text as a file: fetched only on the click, since it repeats every line.
 */
function CsvDownload({ scope, range }: { scope: PayeeScope; range: Range }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const csv = personal(scope)
        ? (await execute(PayoutStatementCsvOfMineDocument, range)).statement.csv
        : (await execute(PayoutStatementCsvOfOrganizationDocument, { input: { payee: scope.payee, ...range } })).statement.csv;
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `statement-${range.from}-to-${range.to}.csv`;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // revoked after the click has handed the file to the browser
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch (error) {
      setProblem(error instanceof RequestFailed ? messageFor(error.problem) : 'The CSV could not be made. Try again.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className={styles.csv}>
      <Button variant="secondary" busy={busy} onClick={() => void download()}>Download CSV</Button>
      {problem ? <small className="field-error" role="alert">{problem}</small> : null}
    </span>
  );
}
