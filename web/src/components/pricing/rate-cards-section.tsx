'use client';
import { can, type Membership } from '@guildhall/roles';
import { PricingRateCardsDocument } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Card, Notice } from '../ui';
import type { NameOf } from './labels';
import { RateCardForm } from './rate-card-form';
import styles from './pricing.module.css';
import { RateCardItem } from './rate-card-item';

/**
 * rateCards.read: the org's cards in the graph's order (default first, archived last); managers
 * create cards and add price versions. Only a host org has cards: anyone else is told why, and no
 * manager is handed a form the graph would refuse.
 */
export function RateCardsSection({ organizationId, membership, nameOf }: { organizationId: string; membership: Membership; nameOf: NameOf }) {
  const cards = useQuery(PricingRateCardsDocument, { organizationId });
  const canManage = can(membership, 'rateCards.manage');
  const hosts = cards.data?.organization.canHost ?? false;
  const account = cards.data?.billingAccount;
  return (
    <Card title="Rate cards">
      <p className="muted">What your experts’ bookings cost when no contract says otherwise. Each price is a version: new versions start later, old ones are never rewritten.</p>
      {cards.data && !hosts ? (
        <Notice kind="info">
          <p>Rate cards need a host organization: one whose experts sell on the marketplace. This organization does not host experts, so it has no rate cards{canManage ? ' and cannot create any' : ''}. Hosting is not open to every organization yet.</p>
        </Notice>
      ) : null}
      {cards.data && hosts && canManage && account ? (
        <details className={styles.panel}>
          <summary>New rate card</summary>
          <RateCardForm organizationId={organizationId} currency={account.currency} onCreated={() => void cards.refetch()} />
        </details>
      ) : null}
      {cards.data && hosts && !canManage ? <p className="muted">Owners and billing admins change rate cards.</p> : null}
      {/* a non-host with no cards has been told why above; "no rate cards" would only repeat it */}
      {cards.data && !hosts && !cards.data.billingAccount?.rateCards.length ? null : (
        <DataState
          loading={cards.loading}
          problem={cards.problem}
          data={cards.data}
          retry={() => void cards.refetch()}
          isEmpty={(data) => !data.billingAccount?.rateCards.length}
          empty={<p>No rate cards yet.{hosts && canManage ? ' Create one above.' : ''}</p>}
        >
          {(data) => (
            <div className={styles.stack}>
              {(data.billingAccount?.rateCards ?? []).map((card) => (
                <RateCardItem key={card.id} organizationId={organizationId} card={card} canManage={canManage} nameOf={nameOf} onChanged={() => cards.refetch()} />
              ))}
            </div>
          )}
        </DataState>
      )}
    </Card>
  );
}
