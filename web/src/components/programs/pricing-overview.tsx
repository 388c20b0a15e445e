'use client';
import { ContractsOverviewDocument, RateCardsOverviewDocument } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Badge, Card, Table } from '../ui';

/** Read-only: the org's rate cards with the prices in effect now (changes live on the billing side). */
export function RateCardsOverview({ organizationId }: { organizationId: string }) {
  const cards = useQuery(RateCardsOverviewDocument, { organizationId });
  return (
    <Card title="Rate cards">
      <DataState
        loading={cards.loading}
        problem={cards.problem}
        data={cards.data}
        retry={() => void cards.refetch()}
        isEmpty={(data) => !data.billingAccount?.rateCards.length}
        empty={<p>No rate cards. Bookings with your experts are priced at what the marketplace quotes.</p>}
      >
        {(data) => (
          <Table caption="Rate cards and their current prices">
            <thead>
              <tr>
                <th scope="col">Card</th>
                <th scope="col">Status</th>
                <th scope="col">Current prices</th>
              </tr>
            </thead>
            <tbody>
              {(data.billingAccount?.rateCards ?? []).map((card) => (
                <tr key={card.id}>
                  <td>{card.name} <span className="muted">{card.currency}</span></td>
                  <td>{card.archivedAt ? <Badge>Archived {formatDate(card.archivedAt)}</Badge> : card.isDefault ? <Badge tone="good">Default</Badge> : <Badge>Active</Badge>}</td>
                  <td>
                    {card.prices.length
                      ? card.prices.map((price) => (
                          <div key={price.id}>
                            {humanize(price.kind)}
                            {price.expertUserId ? ' (one expert)' : ''}: {formatMoney(price.unitPrice.amountMinor, price.unitPrice.currency)}
                          </div>
                        ))
                      : <span className="muted">No prices in effect</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </DataState>
    </Card>
  );
}

const CONTRACT_TONE = { PROPOSED: 'warn', ACTIVE: 'good', TERMINATED: 'bad' } as const;

/** Read-only: contracts with the other party, their signed terms and whether they are in force today. */
export function ContractsOverview({ organizationId }: { organizationId: string }) {
  const contracts = useQuery(ContractsOverviewDocument, { organizationId });
  return (
    <Card title="Contracts">
      <DataState
        loading={contracts.loading}
        problem={contracts.problem}
        data={contracts.data}
        retry={() => void contracts.refetch()}
        isEmpty={(data) => data.contracts.length === 0}
        empty={<p>No contracts with other organizations.</p>}
      >
        {(data) => (
          <Table caption="Contracts">
            <thead>
              <tr>
                <th scope="col">Contract</th>
                <th scope="col">Status</th>
                <th scope="col">Signed terms</th>
              </tr>
            </thead>
            <tbody>
              {data.contracts.map((contract) => {
                const terms = contract.acceptedVersion?.terms;
                const open = contract.versions.find((v) => v.status === 'PROPOSED');
                return (
                  <tr key={contract.id}>
                    <td>
                      {contract.title}
                      <div className="muted">You are the {contract.side === 'SPONSOR' ? 'sponsor' : 'host'}</div>
                    </td>
                    <td>
                      <Badge tone={CONTRACT_TONE[contract.status]}>{humanize(contract.status)}</Badge>
                      {contract.inForce ? <div className="muted">In force today</div> : null}
                      {open ? <div className="muted">Version {open.version} proposed by {open.proposedBySide === contract.side ? 'your side' : 'the other side'}</div> : null}
                    </td>
                    <td>
                      {terms ? (
                        <>
                          <div>{formatDate(terms.startsOn)} – {terms.endsOn ? formatDate(terms.endsOn) : 'open-ended'}</div>
                          <div className="muted">Monthly cap: {terms.monthlySpendCap ? formatMoney(terms.monthlySpendCap.amountMinor, terms.monthlySpendCap.currency) : 'none'}</div>
                          {terms.rates.map((rate, index) => (
                            <div key={`${rate.kind}-${rate.expertUserId ?? ''}-${index}`}>
                              {humanize(rate.kind)}{rate.expertUserId ? ' (one expert)' : ''}: {formatMoney(rate.unitPrice.amountMinor, rate.unitPrice.currency)}
                            </div>
                          ))}
                        </>
                      ) : (
                        <span className="muted">Not signed yet</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </DataState>
    </Card>
  );
}
