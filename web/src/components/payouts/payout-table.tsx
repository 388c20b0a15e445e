'use client';
import type { PayoutFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatMoney, humanize } from '../../lib/format';
import { Badge, Table } from '../ui';
import { PAYOUT_TONE, percentOfBps, TDS_LABEL } from './payee';

/** Payouts as gross − TDS = net, with where each one stands. */
export function PayoutTable({ caption, payouts }: { caption: string; payouts: readonly PayoutFieldsFragment[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Created</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">Gross</th>
          <th scope="col" className="number">TDS</th>
          <th scope="col" className="number">Net paid</th>
          <th scope="col">Via</th>
        </tr>
      </thead>
      <tbody>
        {payouts.map((payout) => (
          <tr key={payout.id}>
            <td>{formatDateTime(payout.createdAt)}</td>
            <td>
              <Badge tone={PAYOUT_TONE[payout.status]}>{humanize(payout.status)}</Badge>
              {payout.completedAt ? <div className="muted">{formatDateTime(payout.completedAt)}</div> : null}
              {payout.failureReason ? <div className="muted">{payout.failureReason}</div> : null}
            </td>
            <td className="number">{formatMoney(payout.gross.amountMinor, payout.gross.currency)}</td>
            <td className="number">
              {formatMoney(payout.tds.amountMinor, payout.tds.currency)}
              <div className="muted">{percentOfBps(payout.tdsRateBps)} · {TDS_LABEL[payout.tdsSection]}</div>
            </td>
            <td className="number">{formatMoney(payout.net.amountMinor, payout.net.currency)}</td>
            <td>{payout.provider === 'RAZORPAYX' ? 'RazorpayX' : 'Stripe'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
