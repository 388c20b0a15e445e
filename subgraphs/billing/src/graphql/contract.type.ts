import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, Money, money } from '@guildhall/kernel';
import {
  CONTRACT_SIDES,
  CONTRACT_STATUSES,
  CONTRACT_VERSION_STATUSES,
  termsInForce,
  type ContractSide,
  type ContractStatus,
  type ContractTerms,
  type ContractVersionStatus,
} from '../domain/contract.js';
import type { PurchaseKind } from '../domain/purchase.js';
import { sideOf, type ContractRecord, type ContractVersionRow } from '../pricing/contract-store.js';
import { PurchaseKindEnum } from './billing-enums.js';
import { RevenueSplit } from './revenue-split.type.js';

export const ContractStatusEnum = graphqlEnum(CONTRACT_STATUSES, 'ContractStatus', 'PROPOSED until a version is first accepted; ACTIVE once signed; TERMINATED is final.');
export const ContractVersionStatusEnum = graphqlEnum(
  CONTRACT_VERSION_STATUSES,
  'ContractVersionStatus',
  'PROPOSED awaits the other side; ACCEPTED is the terms; SUPERSEDED was replaced by a later acceptance; REJECTED and WITHDRAWN were never signed.',
);
export const ContractSideEnum = graphqlEnum(CONTRACT_SIDES, 'ContractSide', 'SPONSOR: the org whose members book; HOST: the org whose experts sell.');

@ObjectType({ description: 'A negotiated price for a kind of booking, optionally for one expert of the host.' })
export class ContractRateView {
  @Field(() => PurchaseKindEnum) kind!: PurchaseKind;
  @Field(() => ID, { nullable: true }) expertUserId!: string | null;
  @Field(() => Money) unitPrice!: Money;
  @Field(() => RevenueSplit) split!: RevenueSplit;
}

@ObjectType({ description: "A version's terms." })
export class ContractTermsView {
  @Field(() => ID, { nullable: true, description: "The host's rate card the contract prices from where its own rates say nothing." }) rateCardId!: string | null;
  @Field(() => String) currency!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null is open-ended.' }) endsOn!: string | null;
  @Field(() => Money, { nullable: true, description: 'The most the sponsor spends with the host per calendar month; null is no cap.' }) monthlySpendCap!: Money | null;
  @Field(() => [ContractRateView]) rates!: ContractRateView[];
}

@ObjectType({ description: 'One proposal of terms and what became of it. Versions are never edited.' })
export class ContractVersion {
  @Field(() => Int) version!: number;
  @Field(() => ContractVersionStatusEnum) status!: ContractVersionStatus;
  @Field(() => ContractSideEnum) proposedBySide!: ContractSide;
  @Field(() => ID, { description: 'The user who proposed it.' }) proposedBy!: string;
  @Field(() => ID, { nullable: true, description: 'The user who accepted, rejected or withdrew it.' }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected (or that the contract was terminated).' }) reason!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ContractTermsView) terms!: ContractTermsView;
}

@ObjectType({ description: 'A contract between a sponsor org and a host org, seen from one of them.' })
export class Contract {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ContractStatusEnum) status!: ContractStatus;
  @Field(() => ContractSideEnum, { description: "The asking organization's side." }) side!: ContractSide;
  @Field(() => ID) sponsorOrganizationId!: string;
  @Field(() => ID) hostOrganizationId!: string;
  @Field(() => ContractVersion, { nullable: true, description: 'The terms both sides signed last; null until the first acceptance.' }) acceptedVersion!: ContractVersion | null;
  @Field(() => [ContractVersion], { description: 'Every version, newest first.' }) versions!: ContractVersion[];
  @Field(() => Boolean, { description: "ACTIVE, and today (the sponsor's local date, as checkout counts it) is within the accepted terms' dates." }) inForce!: boolean;
  @Field(() => Date, { nullable: true }) terminatedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

const toTermsView = (t: ContractTerms): ContractTermsView => ({
  rateCardId: t.rateCardId,
  currency: t.currency,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
  monthlySpendCap: t.monthlySpendCapMinor === null ? null : money(t.monthlySpendCapMinor, t.currency),
  rates: t.rates.map((r) => ({ kind: r.kind, expertUserId: r.expertUserId, unitPrice: money(r.unitPriceMinor, t.currency), split: r.split })),
});

const toVersion = (v: ContractVersionRow): ContractVersion => ({
  version: v.version,
  status: v.status,
  proposedBySide: v.proposedBySide,
  proposedBy: v.proposedBy,
  decidedBy: v.decidedBy,
  decidedAt: v.decidedAt,
  reason: v.reason,
  createdAt: v.createdAt,
  terms: toTermsView(v.terms),
});

/** The contract as the asking org (a party) sees it. */
export function toContract({ contract, versions, sponsorToday }: ContractRecord, askingOrganizationId: string): Contract {
  const accepted = versions.find((v) => v.version === contract.acceptedVersion) ?? null;
  return {
    id: contract.id,
    title: contract.title,
    status: contract.status,
    side: sideOf(contract, askingOrganizationId),
    sponsorOrganizationId: contract.sponsorOrganizationId,
    hostOrganizationId: contract.hostOrganizationId,
    acceptedVersion: accepted && toVersion(accepted),
    versions: versions.map(toVersion),
    inForce: contract.status === 'ACTIVE' && accepted !== null && termsInForce(accepted.terms, sponsorToday),
    terminatedAt: contract.terminatedAt,
    createdAt: contract.createdAt,
    updatedAt: contract.updatedAt,
  };
}
