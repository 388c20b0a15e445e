'use client';
import { useEffect, useRef, useState } from 'react';
import { PurchaseHostsDocument, PurchaseQuoteDocument, type PurchaseQuoteQuery } from '../../gql/graphql';
import { formatMoney, humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Button, Field, SelectField } from '../ui';

export interface HostBooking {
  hostOrganizationId: string;
  payeeId: string;
}

export type Quote = PurchaseQuoteQuery['bookingQuote'];

/**
 * Optional: book an expert of a host org instead of the independent demo expert, so the host's rate
 * cards (and a contract with the paying org) price it. The demo cannot know an expert, so the
 * person names one by user id (a host's Members page shows it). `bookingQuote` shows the price first.
 */
export function HostExpert({ payerOrganizationId, kind, currency, fieldErrors, onChange }: {
  payerOrganizationId: string | null;
  kind: 'CONSULTATION';
  currency: string;
  fieldErrors: Record<string, string>;
  onChange: (booking: HostBooking | null, quote: Quote | null) => void;
}) {
  const [host, setHost] = useState('');
  const [expert, setExpert] = useState('');
  const [asked, setAsked] = useState<HostBooking | null>(null);
  const hosts = useQuery(PurchaseHostsDocument, { search: null });
  const quote = useQuery(
    PurchaseQuoteDocument,
    { input: { organizationId: payerOrganizationId, hostOrganizationId: asked?.hostOrganizationId ?? '', payeeId: asked?.payeeId ?? '', kind, currency } },
    { skip: !asked },
  );
  const current = asked && quote.data && !quote.loading ? quote.data.bookingQuote : null;
  // tell the form which booking is priced, and with what, each time the answer changes
  const report = useRef(onChange);
  report.current = onChange;
  useEffect(() => report.current(asked, current), [asked, current]);

  const edit = (next: () => void) => {
    next();
    setAsked(null);
  };

  return (
    <div className="form">
      <DataState loading={hosts.loading} problem={hosts.problem} data={hosts.data} retry={() => void hosts.refetch()} label="Loading host organizations…">
        {({ organizationDirectory }) => {
          const options = organizationDirectory.nodes.filter((org) => org.canHost);
          return options.length ? (
            <SelectField
              label="Host organization"
              value={host}
              onChange={(e) => edit(() => setHost(e.target.value))}
              options={[{ value: '', label: 'Choose a host' }, ...options.map((org) => ({ value: org.id, label: org.name }))]}
              error={fieldErrors['hostOrganizationId']}
            />
          ) : (
            <p className="hint">No organization hosts experts yet, so only the independent demo expert can be booked.</p>
          );
        }}
      </DataState>
      <Field label="Expert’s user id" name="payeeId" value={expert} onChange={(e) => edit(() => setExpert(e.target.value.trim()))} error={fieldErrors['payeeId']} hint="An active member of the host (its Members page shows their id)." />
      <div>
        <Button variant="secondary" disabled={!host || !expert} busy={quote.loading && !!asked} onClick={() => setAsked({ hostOrganizationId: host, payeeId: expert })}>Get the price</Button>
      </div>
      {asked ? (
        <DataState loading={quote.loading} problem={quote.problem} data={quote.data} retry={() => void quote.refetch()} label="Pricing…">
          {({ bookingQuote }) =>
            bookingQuote.price ? (
              <p role="status">Price: <strong>{formatMoney(bookingQuote.price.amountMinor, bookingQuote.price.currency)}</strong> ({humanize(bookingQuote.source)}{bookingQuote.contractId ? ', under your organization’s contract' : ''}).</p>
            ) : (
              <p role="status">No rate card prices this booking; the listed demo price applies.</p>
            )
          }
        </DataState>
      ) : null}
    </div>
  );
}
