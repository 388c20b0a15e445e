'use client';
import { useCallback } from 'react';
import { can } from '@guildhall/roles';
import { BillingFrame, type BillingContext } from '../../../../components/billing/billing-frame';
import { CancellationPolicySection } from '../../../../components/pricing/cancellation-policy-section';
import { ContractsSection } from '../../../../components/pricing/contracts-section';
import { RateCardsSection } from '../../../../components/pricing/rate-cards-section';
import { Notice } from '../../../../components/ui';
import { PricingMembersDocument } from '../../../../gql/graphql';
import { humanize } from '../../../../lib/format';
import { useSession } from '../../../../lib/session';
import { useQuery } from '../../../../lib/use-graphql';

/** Billing → Pricing: rate cards, contracts and the cancellation policy, each for the roles that read it. */
export default function BillingPricingPage() {
  return <BillingFrame>{(context) => <Pricing {...context} />}</BillingFrame>;
}

function Pricing({ organization, membership }: BillingContext) {
  const { viewer } = useSession();
  const members = useQuery(PricingMembersDocument, { organizationId: organization.id });
  // user ids on prices and versions as names: this org's members; anyone else belongs to the other side
  const nameOf = useCallback(
    (userId: string) => {
      const member = members.data?.organization.members.nodes.find((m) => m.user?.id === userId);
      return member ? member.user?.name || member.email : null;
    },
    [members.data],
  );
  // the graph shows an org's name to its members only: a counterparty is named when the viewer is in it too
  const orgName = useCallback((id: string) => viewer?.organizations.find((org) => org.id === id)?.name ?? null, [viewer]);
  const readsCards = can(membership, 'rateCards.read');
  const readsContracts = can(membership, 'contracts.read');
  if (!readsCards && !readsContracts) {
    return <Notice kind="info"><p>Your role in {organization.name} ({humanize(membership.role)}) does not include pricing.</p></Notice>;
  }
  return (
    <>
      {readsCards ? <RateCardsSection organizationId={organization.id} membership={membership} nameOf={nameOf} /> : null}
      {readsContracts ? <ContractsSection organizationId={organization.id} membership={membership} nameOf={nameOf} orgName={orgName} /> : null}
      <CancellationPolicySection organizationId={organization.id} membership={membership} />
    </>
  );
}
