'use client';
import type { PayoutStatementFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatMoney, humanize } from '../../lib/format';
import { Badge, StatCard, Table } from '../ui';
import { PayoutTable } from './payout-table';

const ENTRY_TONE = { HELD: 'warn', AVAILABLE: 'neutral', IN_PAYOUT: 'neutral', PAID: 'good' } as const;
const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);

/** A statement: the balance now, the range's totals, then its lines (entries and payouts). */
export function StatementView({ statement }: { statement: PayoutStatementFieldsFragment }) {
  return (
    <>
      <h3>Balance now</h3>
      {statement.balances.map((balance) => (
        <div key={balance.currency} className="stats" role="group" aria-label={`Balance in ${balance.currency}`}>
          <StatCard label="Available" value={money(balance.available)} detail="Paid in the next weekly batch" />
          <StatCard label="On hold" value={money(balance.held)} detail="Until the service’s hold ends" />
          <StatCard label="In a payout" value={money(balance.inPayout)} />
          <StatCard label="Paid so far" value={money(balance.paid)} detail="Gross of TDS" />
        </div>
      ))}
      <h3>Totals for the period</h3>
      {statement.totals.length ? (
        <Table caption="Statement totals by currency">
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col" className="number">Earned</th>
              <th scope="col" className="number">Clawed back</th>
              <th scope="col" className="number">Net earned</th>
              <th scope="col" className="number">Paid (gross)</th>
              <th scope="col" className="number">TDS withheld</th>
              <th scope="col" className="number">Paid (net)</th>
            </tr>
          </thead>
          <tbody>
            {statement.totals.map((t) => (
              <tr key={t.currency}>
                <th scope="row">{t.currency}</th>
                <td className="number">{money(t.earned)}</td>
                <td className="number">{money(t.clawedBack)}</td>
                <td className="number">{money(t.net)}</td>
                <td className="number">{money(t.paidGross)}</td>
                <td className="number">{money(t.tdsWithheld)}</td>
                <td className="number">{money(t.paidNet)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="muted">Nothing was earned or paid in this period.</p>
      )}
      <h3>Earnings and clawbacks</h3>
      {statement.entries.length ? (
        <Table caption="Statement entries">
          <thead>
            <tr>
              <th scope="col">Recorded</th>
              <th scope="col">Kind</th>
              <th scope="col" className="number">Amount</th>
              <th scope="col">Status</th>
              <th scope="col">Payment</th>
            </tr>
          </thead>
          <tbody>
            {statement.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.createdAt)}</td>
                <td>{entry.kind === 'EARNING' ? 'Earning' : 'Clawback (refund)'}</td>
                <td className="number">{entry.kind === 'CLAWBACK' ? '−' : ''}{money(entry.amount)}</td>
                <td>
                  <Badge tone={ENTRY_TONE[entry.status]}>{humanize(entry.status)}</Badge>
                  {entry.status === 'HELD' && entry.releaseAt ? <div className="muted">until {formatDateTime(entry.releaseAt)}</div> : null}
                </td>
                <td><code>{entry.paymentId.slice(0, 8)}</code></td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="muted">No earnings or clawbacks in this period.</p>
      )}
      <h3>Payouts in the period</h3>
      {statement.payouts.length ? <PayoutTable caption="Payouts in the statement period" payouts={statement.payouts} /> : <p className="muted">No payouts in this period.</p>}
    </>
  );
}
