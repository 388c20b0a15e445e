'use client';
import { useState } from 'react';
import { PricingArchiveRateCardDocument, PricingSetDefaultRateCardDocument, type PricingRateCardFragment, type PricingRateCardPriceFragment } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { formatDate, formatDateTime, formatMoney, humanize } from '../../lib/format';
import { useMutation } from '../../lib/use-graphql';
import { ConfirmButton } from '../confirm-button';
import { Badge, Button, Notice, Table } from '../ui';
import { formatBps, type NameOf } from './labels';
import styles from './pricing.module.css';
import { RatePriceForm } from './rate-price-form';

function PriceRows({ prices, nameOf }: { prices: readonly PricingRateCardPriceFragment[]; nameOf: NameOf }) {
  return (
    <>
      {prices.map((price) => (
        <tr key={price.id}>
          <td>{humanize(price.kind)}{price.expertUserId ? <div className="muted">Only {nameOf(price.expertUserId) ?? 'one expert'}</div> : null}</td>
          <td>{formatMoney(price.unitPrice.amountMinor, price.unitPrice.currency)}</td>
          <td>{formatBps(price.split.platformBps)} / {formatBps(price.split.hostBps)} / {formatBps(price.split.expertBps)}</td>
          <td>{formatDateTime(price.effectiveFrom)}{price.effectiveUntil ? ` – ${formatDateTime(price.effectiveUntil)}` : ' onwards'}</td>
        </tr>
      ))}
    </>
  );
}

function PriceTable({ caption, prices, nameOf }: { caption: string; prices: readonly PricingRateCardPriceFragment[]; nameOf: NameOf }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Price</th>
          <th scope="col">Split (platform / host / expert)</th>
          <th scope="col">Effective</th>
        </tr>
      </thead>
      <tbody>
        <PriceRows prices={prices} nameOf={nameOf} />
      </tbody>
    </Table>
  );
}

/** One card: the prices in effect, every version on demand, and the manager's actions. */
export function RateCardItem({ organizationId, card, canManage, nameOf, onChanged }: { organizationId: string; card: PricingRateCardFragment; canManage: boolean; nameOf: NameOf; onChanged: () => Promise<unknown> }) {
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [setDefault, defaultState] = useMutation(PricingSetDefaultRateCardDocument);
  const [archive, archiveState] = useMutation(PricingArchiveRateCardDocument);
  const live = !card.archivedAt;
  // versions that start later than now: what a manager has scheduled (and why an earlier date conflicts)
  const upcoming = card.history.filter((price) => Date.parse(price.effectiveFrom) > Date.now());

  async function act(run: () => Promise<{ problem: Parameters<typeof messageFor>[0] | null; userErrors: readonly Parameters<typeof messageFor>[0][] }>, success: string) {
    setMessage(null);
    const { problem, userErrors } = await run();
    const problems = problem ? [problem] : userErrors;
    setMessage(problems.length ? { kind: 'error', text: problems.map(messageFor).join(' ') } : { kind: 'success', text: success });
    await onChanged();
  }

  return (
    <article className={styles.item} aria-label={`Rate card ${card.name}`}>
      <header className={styles.head}>
        <h3>
          {card.name} <span className="muted">{card.currency}</span>
        </h3>
        {card.archivedAt ? <Badge>Archived {formatDate(card.archivedAt)}</Badge> : card.isDefault ? <Badge tone="good">Default</Badge> : <Badge>Active</Badge>}
      </header>
      {message ? <Notice kind={message.kind}>{message.text}</Notice> : null}
      {card.prices.length ? <PriceTable caption={`${card.name}: prices in effect now`} prices={card.prices} nameOf={nameOf} /> : <p className="muted">No prices in effect now.</p>}
      {upcoming.length ? <PriceTable caption={`${card.name}: scheduled versions`} prices={upcoming} nameOf={nameOf} /> : null}
      {card.history.length > card.prices.length ? (
        <details>
          <summary>Every version ({card.history.length})</summary>
          <PriceTable caption={`${card.name}: every version, newest first`} prices={card.history} nameOf={nameOf} />
        </details>
      ) : null}
      {canManage && live ? (
        <div className={styles.actions}>
          {!adding ? <Button variant="secondary" onClick={() => { setMessage(null); setAdding(true); }}>Add price version</Button> : null}
          {!card.isDefault ? (
            <Button
              variant="secondary"
              busy={defaultState.running}
              onClick={() => void act(async () => {
                const r = await setDefault({ input: { organizationId, rateCardId: card.id } });
                return { problem: r.problem, userErrors: r.data?.setDefaultRateCard.userErrors ?? [] };
              }, `${card.name} is now the default card.`)}
            >
              Make default
            </Button>
          ) : null}
          <ConfirmButton
            label="Archive"
            question={`Archive ${card.name}? It prices nothing more and cannot change again.${card.isDefault ? ' The organization will have no default card.' : ''}`}
            confirmLabel="Archive rate card"
            busy={archiveState.running}
            onConfirm={() => act(async () => {
              const r = await archive({ input: { organizationId, rateCardId: card.id } });
              return { problem: r.problem, userErrors: r.data?.archiveRateCard.userErrors ?? [] };
            }, `${card.name} archived.`)}
          />
        </div>
      ) : null}
      {canManage && live && adding ? (
        <RatePriceForm organizationId={organizationId} rateCardId={card.id} currency={card.currency} onAdded={() => void onChanged()} onClose={() => setAdding(false)} />
      ) : null}
    </article>
  );
}
