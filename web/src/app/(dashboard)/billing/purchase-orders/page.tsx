'use client';
import { useState } from 'react';
import { can } from '@guildhall/roles';
import { BillingFrame, type BillingContext } from '../../../../components/billing/billing-frame';
import { PurchaseOrderForm } from '../../../../components/billing/purchase-order-form';
import { PurchaseOrderTable } from '../../../../components/billing/purchase-order-table';
import { DataState } from '../../../../components/data-state';
import { Card, Notice, SelectField } from '../../../../components/ui';
import { BillingCancelPurchaseOrderDocument, BillingPurchaseOrdersDocument, type PurchaseOrderStatus } from '../../../../gql/graphql';
import { messageFor } from '../../../../lib/error-messages';
import { humanize } from '../../../../lib/format';
import { useMutation, useQuery } from '../../../../lib/use-graphql';

const STATUSES: PurchaseOrderStatus[] = ['ACTIVE', 'EXHAUSTED', 'CANCELLED', 'VOID'];

export default function BillingPurchaseOrdersPage() {
  return <BillingFrame>{(context) => <PurchaseOrders {...context} />}</BillingFrame>;
}

function PurchaseOrders({ organization, membership }: BillingContext) {
  const [status, setStatus] = useState<PurchaseOrderStatus | ''>('');
  const orders = useQuery(BillingPurchaseOrdersDocument, { organizationId: organization.id, status: status || null });
  const [cancel] = useMutation(BillingCancelPurchaseOrderDocument);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const manage = can(membership, 'purchaseOrders.manage');
  const account = orders.data?.billingAccount;

  async function cancelOrder(order: { id: string; number: string }) {
    setBusyId(order.id);
    setMessage(null);
    const result = await cancel({ input: { organizationId: organization.id, purchaseOrderId: order.id } });
    setBusyId(null);
    const problems = result.problem ? [result.problem] : result.data?.cancelPurchaseOrder.userErrors ?? [];
    setMessage(problems.length ? { kind: 'error', text: problems.map(messageFor).join(' ') } : { kind: 'success', text: `Purchase order ${order.number} cancelled.` });
    void orders.refetch();
  }

  return (
    <>
      {manage && account ? (
        <Card title="New purchase order">
          <PurchaseOrderForm organizationId={organization.id} currency={account.currency} onCreated={() => void orders.refetch()} />
        </Card>
      ) : null}
      <Card title="Purchase orders">
        <p className="muted">
          Invoiced purchases draw on a purchase order: the one named at checkout, or the active one that expires first.{' '}
          {account ? (account.requiresPurchaseOrder ? 'This organization requires one for every invoiced purchase.' : 'This organization does not require one.') : null}
        </p>
        {message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
        <div className="form-row">
          <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as PurchaseOrderStatus | '')} options={[{ value: '', label: 'All purchase orders' }, ...STATUSES.map((value) => ({ value, label: humanize(value) }))]} />
        </div>
        <DataState
          loading={orders.loading}
          problem={orders.problem}
          data={orders.data}
          retry={() => void orders.refetch()}
          isEmpty={(data) => !data.billingAccount?.purchaseOrders.length}
          empty={<p>{status ? `No ${humanize(status).toLowerCase()} purchase orders.` : `No purchase orders yet.${manage ? ' Create one above.' : ''}`}</p>}
        >
          {({ billingAccount }) => <PurchaseOrderTable orders={billingAccount!.purchaseOrders} onCancel={manage ? (order) => void cancelOrder(order) : null} busyId={busyId} />}
        </DataState>
      </Card>
    </>
  );
}
