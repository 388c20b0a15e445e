'use client';
import { useState } from 'react';
import { can } from '@guildhall/roles';
import { BillingFrame, type BillingContext } from '../../../../components/billing/billing-frame';
import { Pager, useCursorPager } from '../../../../components/pager';
import { describePayment, PaymentsTable, type PaymentRow } from '../../../../components/billing/payments-table';
import { RefundForm, type RefundTarget } from '../../../../components/billing/refund-form';
import { DataState } from '../../../../components/data-state';
import { Card, Notice } from '../../../../components/ui';
import { BillingPaymentsDocument } from '../../../../gql/graphql';
import { formatMoney } from '../../../../lib/format';
import { useQuery } from '../../../../lib/use-graphql';

const PAGE_SIZE = 20;

export default function BillingPaymentsPage() {
  return <BillingFrame>{(context) => <Payments {...context} />}</BillingFrame>;
}

function Payments({ organization, membership }: BillingContext) {
  const pager = useCursorPager();
  const payments = useQuery(BillingPaymentsDocument, { organizationId: organization.id, after: pager.after, first: PAGE_SIZE });
  const [target, setTarget] = useState<RefundTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const manage = can(membership, 'billing.manage');

  const startRefund = (payment: PaymentRow) => {
    setDone(null);
    setTarget({ id: payment.id, label: `${describePayment(payment)} (${formatMoney(payment.amount.amountMinor, payment.amount.currency)})`, remainingMinor: payment.amount.amountMinor - payment.refunded.amountMinor, currency: payment.amount.currency });
  };

  return (
    <>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {target ? (
        <RefundForm
          key={target.id}
          target={target}
          onClose={() => setTarget(null)}
          onDone={(text) => {
            setTarget(null);
            setDone(text);
            void payments.refetch();
          }}
        />
      ) : null}
      <Card title="Payments">
        <p className="muted">Purchases paid by or tagged with {organization.name}, top-ups and invoice payments.{manage ? ' Credits, invoice charges and top-ups can be refunded here; a member’s own card payment is theirs to cancel.' : ''}</p>
        <DataState
          loading={payments.loading}
          problem={payments.problem}
          data={payments.data}
          retry={() => void payments.refetch()}
          isEmpty={(data) => !data.billingAccount?.payments.nodes.length}
          empty={<p>No payments yet.</p>}
        >
          {({ billingAccount }) => {
            const connection = billingAccount!.payments;
            return (
              <>
                <PaymentsTable payments={connection.nodes} onRefund={manage ? startRefund : null} />
                <Pager label="Payments" page={pager.page} hasNext={connection.pageInfo.hasNextPage} busy={payments.loading} onNext={() => pager.next(connection.pageInfo.endCursor)} onPrevious={pager.previous} />
              </>
            );
          }}
        </DataState>
      </Card>
    </>
  );
}
