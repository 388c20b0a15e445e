'use client';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { can } from '@guildhall/roles';
import { BillingFrame, type BillingContext } from '../../../../components/billing/billing-frame';
import { InvoiceTable } from '../../../../components/billing/invoice-table';
import { Pager, useCursorPager } from '../../../../components/pager';
import { PayNextAction } from '../../../../components/billing/pay-next-action';
import { SettlementStatus } from '../../../../components/billing/settlement-status';
import { useInvoiceActions } from '../../../../components/billing/use-invoice-actions';
import { usePaymentSettlement } from '../../../../components/billing/use-payment-settlement';
import { DataState, Loading } from '../../../../components/data-state';
import { Button, Card, Notice, SelectField } from '../../../../components/ui';
import { BillingInvoicesDocument, type InvoiceStatus } from '../../../../gql/graphql';
import { humanize } from '../../../../lib/format';
import { useQuery } from '../../../../lib/use-graphql';

const STATUSES: InvoiceStatus[] = ['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'VOID'];
const PAGE_SIZE = 20;

export default function BillingInvoicesPage() {
  return (
    <BillingFrame>
      {(context) => (
        <Suspense fallback={<Loading />}>
          <Invoices {...context} />
        </Suspense>
      )}
    </BillingFrame>
  );
}

function Invoices({ organization, membership }: BillingContext) {
  const returned = useSearchParams().get('payment');
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [paying, setPaying] = useState<string | null>(null);
  const pager = useCursorPager();
  const invoices = useQuery(BillingInvoicesDocument, { organizationId: organization.id, status: status || null, after: pager.after, first: PAGE_SIZE });
  const manage = can(membership, 'billing.manage');
  const { actions, generateDraft, generating, message, opened } = useInvoiceActions(organization.id, () => void invoices.refetch());
  // back from the card checkout (?payment=) or paid in place: watch the payment reach the invoice
  const settlement = usePaymentSettlement(paying ?? returned, () => void invoices.refetch());
  const mode = invoices.data?.billingAccount?.mode;

  return (
    <Card
      title="Invoices"
      actions={
        manage && mode === 'INVOICED_MONTHLY' ? (
          <Button variant="secondary" busy={generating} onClick={() => void generateDraft()}>Generate draft invoice</Button>
        ) : null
      }
    >
      <p className="muted">
        GST invoices of the organization’s invoiced purchases, issued monthly{manage ? '; you can also draft one now from the unbilled charges' : ''}. Download links are valid for 15 minutes: reload for a fresh one.
      </p>
      {mode && mode !== 'INVOICED_MONTHLY' ? <p className="hint">This organization is not in invoiced monthly mode, so no new charges go on invoices.</p> : null}
      <SettlementStatus settlement={settlement} settledText={(amount) => `Payment of ${amount} received and counted against the invoice.`} />
      {message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
      {opened?.nextAction ? (
        <Card title={`Pay invoice ${opened.invoiceName}`}>
          <PayNextAction action={opened.nextAction} description={`Invoice ${opened.invoiceName}`} returnPath={`/billing/invoices?payment=${encodeURIComponent(opened.paymentId)}`} onPaying={() => setPaying(opened.paymentId)} />
        </Card>
      ) : null}
      <div className="form-row">
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as InvoiceStatus | '');
            pager.reset();
          }}
          options={[{ value: '', label: 'All invoices' }, ...STATUSES.map((value) => ({ value, label: humanize(value) }))]}
        />
      </div>
      <DataState
        loading={invoices.loading}
        problem={invoices.problem}
        data={invoices.data}
        retry={() => void invoices.refetch()}
        isEmpty={(data) => !data.billingAccount?.invoices.nodes.length}
        empty={<p>{status ? `No ${humanize(status).toLowerCase()} invoices.` : 'No invoices yet. Invoiced purchases are invoiced after the month closes.'}</p>}
      >
        {({ billingAccount }) => {
          const connection = billingAccount!.invoices;
          return (
            <>
              <InvoiceTable invoices={connection.nodes} actions={manage ? actions : null} />
              <Pager label="Invoices" page={pager.page} hasNext={connection.pageInfo.hasNextPage} busy={invoices.loading} onNext={() => pager.next(connection.pageInfo.endCursor)} onPrevious={pager.previous} />
            </>
          );
        }}
      </DataState>
    </Card>
  );
}
