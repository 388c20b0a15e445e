'use client';
import type { BillingPurchaseOrdersQuery } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { Badge, Table } from '../ui';
import { ConfirmButton } from '../confirm-button';
import { PURCHASE_ORDER_TONE } from './labels';

type PurchaseOrder = NonNullable<BillingPurchaseOrdersQuery['billingAccount']>['purchaseOrders'][number];

const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);

/** POs with what is left to draw; `onCancel` only for purchaseOrders.manage. */
export function PurchaseOrderTable({ orders, onCancel, busyId }: { orders: readonly PurchaseOrder[]; onCancel: ((order: PurchaseOrder) => void) | null; busyId: string | null }) {
  return (
    <Table caption="Purchase orders, newest first">
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">Amount</th>
          <th scope="col" className="number">Balance</th>
          <th scope="col">Valid</th>
          {onCancel ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <td><strong>{order.number}</strong></td>
            <td><Badge tone={PURCHASE_ORDER_TONE[order.status]}>{humanize(order.status)}</Badge></td>
            <td className="number">{money(order.amount)}</td>
            <td className="number">{money(order.remaining)}</td>
            <td>{formatDate(order.validFrom)} – {formatDate(order.validUntil)}</td>
            {onCancel ? (
              <td>
                {order.status === 'ACTIVE' || order.status === 'EXHAUSTED' ? (
                  <ConfirmButton label="Cancel" question={`Cancel purchase order ${order.number}? This is final.`} confirmLabel="Cancel purchase order" busy={busyId === order.id} onConfirm={() => onCancel(order)} />
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
