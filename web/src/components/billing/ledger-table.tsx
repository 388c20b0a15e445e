'use client';
import type { BillingLedgerQuery } from '../../gql/graphql';
import { formatDateTime, formatMoney, humanize } from '../../lib/format';
import { Table } from '../ui';
import styles from './billing.module.css';

type Transaction = NonNullable<BillingLedgerQuery['billingAccount']>['ledgerTransactions']['nodes'][number];

const ACCOUNT_LABELS: Record<string, string> = {
  CASH: 'Cash',
  ORG_RECEIVABLE: 'Owed by the organization',
  PLATFORM_PROMO: 'Platform promotions',
  WALLET: 'Wallet (credits)',
  PAYEE_PAYABLE: 'Owed to the payee',
  ORG_PAYABLE: 'Owed to the organization',
  GST_PAYABLE: 'GST payable',
};

const KIND_LABELS: Record<string, string> = {
  BOOKING: 'Purchase',
  TOPUP: 'Top-up',
  TOPUP_REFUND: 'Top-up refund',
  REFUND: 'Refund',
  GRANT: 'Platform grant',
  ADJUSTMENT: 'Adjustment',
  INVOICE_ISSUED: 'Invoice issued',
  INVOICE_PAID: 'Invoice paid',
  CREDIT_NOTE: 'Credit note',
};

/** A transaction's size: its debits (they equal its credits per currency, as the ledger checks). */
function total(transaction: Transaction) {
  const debits = transaction.entries.filter((entry) => entry.side === 'DEBIT');
  const currency = debits[0]?.amount.currency ?? 'INR';
  return formatMoney(debits.filter((e) => e.amount.currency === currency).reduce((sum, e) => sum + e.amount.amountMinor, 0), currency);
}

export function LedgerTable({ transactions }: { transactions: readonly Transaction[] }) {
  return (
    <Table caption="Ledger transactions, newest first">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Kind</th>
          <th scope="col">Memo</th>
          <th scope="col">Entries</th>
          <th scope="col" className="number">Amount</th>
        </tr>
      </thead>
      <tbody>
        {transactions.map((transaction) => (
          <tr key={transaction.id}>
            <td>{formatDateTime(transaction.createdAt)}</td>
            <td>{KIND_LABELS[transaction.kind] ?? humanize(transaction.kind)}</td>
            <td>{transaction.memo}</td>
            <td>
              <ul className={styles.entries}>
                {transaction.entries.map((entry, index) => (
                  <li key={index}>
                    {entry.side === 'DEBIT' ? 'Debit' : 'Credit'} {ACCOUNT_LABELS[entry.accountKind] ?? humanize(entry.accountKind)}{' '}
                    <span className={styles.amount}>{formatMoney(entry.amount.amountMinor, entry.amount.currency)}</span>
                  </li>
                ))}
              </ul>
            </td>
            <td className="number">{total(transaction)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
