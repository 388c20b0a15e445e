'use client';
import type { BillingInvoicesQuery } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { Badge, Button, Table } from '../ui';
import { ConfirmButton } from '../confirm-button';
import { formatPeriod } from './dates';
import { INVOICE_TONE } from './labels';
import styles from './billing.module.css';

export type InvoiceRow = NonNullable<BillingInvoicesQuery['billingAccount']>['invoices']['nodes'][number];

export interface InvoiceActions {
  issue: (invoice: InvoiceRow) => void;
  voidDraft: (invoice: InvoiceRow) => void;
  pay: (invoice: InvoiceRow) => void;
  /** The invoice whose action is running, if any. */
  busyId: string | null;
}

const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);
const PAYABLE = new Set(['ISSUED', 'PARTIALLY_PAID', 'OVERDUE']);

/** Invoices with their credit notes; `actions` only for billing.manage (read-only roles get none). */
export function InvoiceTable({ invoices, actions }: { invoices: readonly InvoiceRow[]; actions: InvoiceActions | null }) {
  return (
    <Table caption="Invoices, newest first">
      <thead>
        <tr>
          <th scope="col">Invoice</th>
          <th scope="col">Period</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">Total</th>
          <th scope="col" className="number">Outstanding</th>
          <th scope="col">Due</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((invoice) => {
          const name = invoice.number ?? 'Draft';
          return (
            <tr key={invoice.id}>
              <td>
                <strong>{name}</strong>
                {invoice.creditNotes.length ? (
                  <ul className={styles.notes} aria-label={`Credit notes of ${name}`}>
                    {invoice.creditNotes.map((note) => (
                      <li key={note.id}>
                        Credit note {note.number}: {money(note.total)} ({humanize(note.settlement)}, {formatDate(note.issuedAt)}){' '}
                        <a href={note.pdfUrl} aria-label={`Download credit note ${note.number} PDF`}>PDF</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>{formatPeriod(invoice.periodStart, invoice.periodEnd)}</td>
              <td><Badge tone={INVOICE_TONE[invoice.status]}>{humanize(invoice.status)}</Badge></td>
              <td className="number">{money(invoice.total)}</td>
              <td className="number">{money(invoice.outstanding)}</td>
              <td>{formatDate(invoice.dueDate)}</td>
              <td>
                <div className="actions">
                  {invoice.pdfUrl ? (
                    <a className="button secondary" href={invoice.pdfUrl} aria-label={`Download PDF of invoice ${name}`}>Download PDF</a>
                  ) : null}
                  {actions && invoice.status === 'DRAFT' ? (
                    <>
                      <Button variant="secondary" busy={actions.busyId === invoice.id} onClick={() => actions.issue(invoice)}>Issue</Button>
                      <ConfirmButton label="Void draft" question="Void this draft? Its charges go on the next invoice." confirmLabel="Void draft" onConfirm={() => actions.voidDraft(invoice)} />
                    </>
                  ) : null}
                  {actions && PAYABLE.has(invoice.status) && invoice.outstanding.amountMinor > 0 ? (
                    <Button busy={actions.busyId === invoice.id} onClick={() => actions.pay(invoice)}>Pay {money(invoice.outstanding)} by card</Button>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
