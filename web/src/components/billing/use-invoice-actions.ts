'use client';
import { useState } from 'react';
import { BillingGenerateInvoiceDocument, BillingIssueInvoiceDocument, BillingPayInvoiceDocument, BillingVoidDraftInvoiceDocument, type BillingNextActionFragment } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import type { Problem } from '../../lib/graphql-request';
import { useIntentKeys, useMutation, type MutationResult } from '../../lib/use-graphql';
import type { InvoiceActions, InvoiceRow } from './invoice-table';

export interface OpenedInvoicePayment {
  invoiceName: string;
  paymentId: string;
  nextAction: BillingNextActionFragment | null;
}

type Payload = { userErrors: readonly Problem[] };

/**
 * The billing.manage invoice actions and their outcome in words. Paying keeps one idempotency key
 * per invoice until the payment is opened, so a retried click resumes the same order.
 */
export function useInvoiceActions(organizationId: string, refetch: () => void) {
  const [generate, generating] = useMutation(BillingGenerateInvoiceDocument);
  const [issue] = useMutation(BillingIssueInvoiceDocument);
  const [voidDraft] = useMutation(BillingVoidDraftInvoiceDocument);
  const [pay] = useMutation(BillingPayInvoiceDocument);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [opened, setOpened] = useState<OpenedInvoicePayment | null>(null);
  const payKeys = useIntentKeys();

  /** The payload when the mutation worked; otherwise the reason is shown and null returned. */
  function outcome<T, P extends Payload>(result: MutationResult<T>, payloadOf: (data: T) => P): P | null {
    if (result.problem) {
      setMessage({ kind: 'error', text: messageFor(result.problem) });
      return null;
    }
    const payload = payloadOf(result.data as T);
    if (payload.userErrors.length) {
      setMessage({ kind: 'error', text: payload.userErrors.map(messageFor).join(' ') });
      return null;
    }
    return payload;
  }

  async function run(invoice: InvoiceRow, action: () => Promise<string | null>) {
    setBusyId(invoice.id);
    setMessage(null);
    const text = await action();
    setBusyId(null);
    if (text) setMessage({ kind: 'success', text });
    refetch();
  }

  const actions: InvoiceActions = {
    busyId,
    issue: (invoice) =>
      void run(invoice, async () => {
        const payload = outcome(await issue({ input: { invoiceId: invoice.id } }), (d) => d.issueInvoice);
        return payload?.invoice ? `Invoice ${payload.invoice.number ?? ''} issued.` : null;
      }),
    voidDraft: (invoice) =>
      void run(invoice, async () => (outcome(await voidDraft({ input: { invoiceId: invoice.id } }), (d) => d.voidDraftInvoice) ? 'Draft voided; its charges go on the next invoice.' : null)),
    pay: (invoice) =>
      void run(invoice, async () => {
        const result = await pay({ input: { invoiceId: invoice.id, idempotencyKey: payKeys.keyFor(invoice.id) } });
        if (result.data?.payInvoice.userErrors.some((e) => e.field?.includes('idempotencyKey'))) payKeys.forget(invoice.id);
        const payload = outcome(result, (d) => d.payInvoice);
        if (!payload?.payment) return null;
        setOpened({ invoiceName: invoice.number ?? 'Draft', paymentId: payload.payment.id, nextAction: payload.nextAction });
        return null;
      }),
  };

  async function generateDraft() {
    setMessage(null);
    const payload = outcome(await generate({ input: { organizationId } }), (d) => d.generateInvoice);
    if (payload?.invoice) setMessage({ kind: 'success', text: 'Draft invoice generated from the unbilled charges. Review it, then issue it.' });
    refetch();
  }

  return { actions, generateDraft, generating: generating.running, message, opened };
}
