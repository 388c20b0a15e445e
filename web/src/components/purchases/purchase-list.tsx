'use client';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { PurchasesCancelDocument, PurchasesMineDocument } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import type { ViewerOrganization } from '../../lib/session';
import { useIntentKeys, useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Pager, useCursorPager } from '../pager';
import { CancelOutcome } from './cancel-outcome';
import { describeItem, type MyPayment, type OrgNames } from './describe';
import { PendingPayment } from './pending-payment';
import { PurchaseTable } from './purchase-table';

const PAGE_SIZE = 20;

/**
 * The viewer's own payments (`myPayments`), a page at a time, with cancel and pay. `refreshKey`
 * changes when something outside (a settling payment) means the list is stale.
 */
export function PurchaseList({ organizations, refreshKey, onPaying }: { organizations: readonly ViewerOrganization[]; refreshKey: string; onPaying: (paymentId: string) => void }) {
  const pager = useCursorPager();
  const query = useQuery(PurchasesMineDocument, { after: pager.after, first: PAGE_SIZE });
  const { refetch } = query;
  // no client cache: a payment settling elsewhere (the provider's webhook) is seen by asking again
  useEffect(() => {
    if (refreshKey) void refetch();
  }, [refreshKey, refetch]);
  const [cancel] = useMutation(PurchasesCancelDocument);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ payment: MyPayment; replayed: boolean } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [payingId, setPayingId] = useState<string | null>(null);
  // one key per payment's cancellation: a retry after a lost answer replays instead of asking twice
  const keys = useIntentKeys();
  const names: OrgNames = useMemo(() => new Map(organizations.map((org) => [org.id, org.name])), [organizations]);
  const nodes = query.data?.myPayments.nodes ?? [];
  const paying = nodes.find((p) => p.id === payingId && p.status === 'PENDING') ?? null;

  async function onCancel(payment: MyPayment) {
    setCancelling(payment.id);
    setOutcome(null);
    setProblems([]);
    const result = await cancel({ input: { paymentId: payment.id, idempotencyKey: keys.keyFor(payment.id) } });
    setCancelling(null);
    if (result.problem) return setProblems([`${describeItem(payment)}: ${messageFor(result.problem)}`]);
    const payload = result.data!.cancelPurchase;
    if (payload.userErrors.length) {
      // a refusal writes nothing, not even the key; the next try may use a fresh one
      keys.forget(payment.id);
      setProblems(payload.userErrors.map((e) => `${describeItem(payment)}: ${messageFor(e)}`));
    } else if (payload.payment) {
      setOutcome({ payment: payload.payment, replayed: payload.replayed });
      if (payingId === payment.id) setPayingId(null);
    }
    await query.refetch();
  }

  return (
    <>
      {outcome ? <CancelOutcome payment={outcome.payment} replayed={outcome.replayed} names={names} /> : null}
      <FormProblems messages={problems} />
      {paying ? <PendingPayment payment={paying} names={names} onPaying={() => onPaying(paying.id)} onClose={() => setPayingId(null)} /> : null}
      <DataState
        loading={query.loading}
        problem={query.problem}
        data={query.data}
        retry={() => void query.refetch()}
        label="Loading your purchases…"
        isEmpty={(data) => data.myPayments.nodes.length === 0 && pager.page === 1}
        empty={
          <p>
            You have not bought anything yet. <Link href="/purchase">Try the demo purchase</Link>.
          </p>
        }
      >
        {(data) => (
          <>
            <PurchaseTable payments={data.myPayments.nodes} names={names} cancelling={cancelling} onCancel={onCancel} onPay={(p) => setPayingId(p.id)} />
            <Pager label="Purchases" page={pager.page} hasNext={data.myPayments.pageInfo.hasNextPage} onNext={() => pager.next(data.myPayments.pageInfo.endCursor)} onPrevious={pager.previous} busy={query.loading} />
          </>
        )}
      </DataState>
    </>
  );
}
