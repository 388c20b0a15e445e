import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { allow, isAuthenticated, MinorUnits, orgCapability, UserError, type Outcome } from '@guildhall/kernel';
import type { ContractSide, ContractStatus, ContractTerms } from '../domain/contract.js';
import type { PurchaseKind } from '../domain/purchase.js';
import { acceptContract, rejectContract, withdrawContractProposal } from '../pricing/contract-decisions.js';
import { contractOf, contractsOf } from '../pricing/contract-queries.js';
import type { ContractRecord } from '../pricing/contract-store.js';
import { amendContract, proposeContract, terminateContract } from '../pricing/contracts.js';
import { PurchaseKindEnum } from './billing-enums.js';
import { Contract, ContractSideEnum, ContractStatusEnum, toContract } from './contract.type.js';
import type { BillingContext } from './loaders.js';
import { OrganizationRef } from './organization.type.js';
import { RevenueSplit } from './revenue-split.type.js';

@InputType()
class ContractRateInput {
  @Field(() => PurchaseKindEnum) kind!: PurchaseKind;
  @Field(() => ID, { nullable: true, description: 'An ACTIVE member of the host; omit for every expert of the host.' }) expertUserId?: string | null;
  @Field(() => MinorUnits) unitPriceMinor!: number;
  @Field(() => RevenueSplit) split!: RevenueSplit;
}

@InputType()
class ContractTermsInput {
  @Field(() => ID, { nullable: true, description: "A live rate card of the host, in the contract's currency." }) rateCardId?: string | null;
  @Field(() => String, { description: 'ISO 4217.' }) currency!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; omit for open-ended.' }) endsOn?: string | null;
  @Field(() => MinorUnits, { nullable: true, description: 'Per calendar month; omit for no cap.' }) monthlySpendCapMinor?: number | null;
  @Field(() => [ContractRateInput], { defaultValue: [], description: 'At most 50; one per kind (and expert).' }) rates!: ContractRateInput[];
}

@InputType()
class ProposeContractInput {
  @Field(() => ID, { description: 'The acting organization.' }) organizationId!: string;
  @Field(() => ContractSideEnum, { description: "The acting organization's side." }) side!: ContractSide;
  @Field(() => ID) counterpartyOrganizationId!: string;
  @Field(() => String, { description: '1–120 characters.' }) title!: string;
  @Field(() => ContractTermsInput) terms!: ContractTermsInput;
}

@InputType()
class AmendContractInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) contractId!: string;
  @Field(() => ContractTermsInput) terms!: ContractTermsInput;
}

@InputType()
class ContractVersionRefInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) contractId!: string;
  @Field(() => Int) version!: number;
}

@InputType()
class RejectContractInput extends ContractVersionRefInput {
  @Field(() => String, { nullable: true, description: 'At most 500 characters; the other side sees it.' }) reason?: string | null;
}

@InputType()
class TerminateContractInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) contractId!: string;
}

@ObjectType()
class ContractPayload {
  @Field(() => Contract, { nullable: true }) contract!: Contract | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const toTerms = (t: ContractTermsInput): ContractTerms => ({
  rateCardId: t.rateCardId ?? null,
  currency: t.currency,
  startsOn: t.startsOn,
  endsOn: t.endsOn ?? null,
  monthlySpendCapMinor: t.monthlySpendCapMinor ?? null,
  rates: t.rates.map((r) => ({ kind: r.kind, expertUserId: r.expertUserId ?? null, unitPriceMinor: r.unitPriceMinor, split: r.split })),
});

const respond = (outcome: Outcome<ContractRecord>, askingOrganizationId: string): ContractPayload =>
  outcome.ok ? { contract: toContract(outcome.value, askingOrganizationId), userErrors: [] } : { contract: null, userErrors: outcome.errors };

/** Contracts between a sponsor and a host org; the use cases check contracts.manage / contracts.sign and the side. */
@Resolver(() => Contract)
export class ContractResolver {
  @Mutation(() => ContractPayload, { description: "contracts.manage (OWNER): opens a contract with another org as version 1; one live contract per pair (CONFLICT)." })
  async proposeContract(@Arg('input', () => ProposeContractInput) input: ProposeContractInput, @Ctx() ctx: BillingContext) {
    return respond(await proposeContract(ctx, { ...input, terms: toTerms(input.terms) }), input.organizationId);
  }

  @Mutation(() => ContractPayload, { description: 'contracts.manage, either side: proposes new terms as the next version; one open proposal at a time.' })
  async amendContract(@Arg('input', () => AmendContractInput) input: AmendContractInput, @Ctx() ctx: BillingContext) {
    return respond(await amendContract(ctx, { ...input, terms: toTerms(input.terms) }), input.organizationId);
  }

  @Mutation(() => ContractPayload, { description: 'contracts.sign (OWNER, BILLING_ADMIN) of the side that did not propose it: the version becomes the terms. Your own side\'s proposal is FORBIDDEN.' })
  async acceptContract(@Arg('input', () => ContractVersionRefInput) input: ContractVersionRefInput, @Ctx() ctx: BillingContext) {
    return respond(await acceptContract(ctx, { ...input }), input.organizationId);
  }

  @Mutation(() => ContractPayload, { description: 'contracts.sign of the side that did not propose it. A rejected first proposal terminates the contract.' })
  async rejectContract(@Arg('input', () => RejectContractInput) input: RejectContractInput, @Ctx() ctx: BillingContext) {
    return respond(await rejectContract(ctx, { ...input, reason: input.reason ?? null }), input.organizationId);
  }

  @Mutation(() => ContractPayload, { description: 'contracts.manage of the proposing side. A withdrawn first proposal terminates the contract.' })
  async withdrawContractProposal(@Arg('input', () => ContractVersionRefInput) input: ContractVersionRefInput, @Ctx() ctx: BillingContext) {
    return respond(await withdrawContractProposal(ctx, { ...input }), input.organizationId);
  }

  @Mutation(() => ContractPayload, { description: 'contracts.manage, either side: ends the contract (an open proposal is withdrawn with it).' })
  async terminateContract(@Arg('input', () => TerminateContractInput) input: TerminateContractInput, @Ctx() ctx: BillingContext) {
    return respond(await terminateContract(ctx, { ...input }), input.organizationId);
  }

  @Query(() => [Contract], { description: 'The contracts the org is a party to, newest first (contracts.read).' })
  async contracts(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('status', () => ContractStatusEnum, { nullable: true }) status: ContractStatus | null | undefined,
    @Ctx() ctx: BillingContext,
  ): Promise<Contract[]> {
    return (await contractsOf(ctx, organizationId, status ?? null)).map((record) => toContract(record, organizationId));
  }

  @Query(() => Contract, { nullable: true, description: 'A contract the org is a party to (contracts.read); any other is NOT_FOUND.' })
  async contract(@Arg('organizationId', () => ID) organizationId: string, @Arg('id', () => ID) id: string, @Ctx() ctx: BillingContext): Promise<Contract> {
    return toContract(await contractOf(ctx, organizationId, id), organizationId);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The sponsor, for the organization subgraph's fields; null (with an error) where its rules refuse them." })
  sponsorOrganization(@Root() contract: Contract): OrganizationRef {
    return { id: contract.sponsorOrganizationId };
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The host, for the organization subgraph's fields; null (with an error) where its rules refuse them." })
  hostOrganization(@Root() contract: Contract): OrganizationRef {
    return { id: contract.hostOrganizationId };
  }
}

type Rule = typeof isAuthenticated | typeof allow;

const contractsRead = orgCapability('contracts.read', (_p, args: { organizationId: string }) => args.organizationId);

/**
 * Shield rules for this file's fields: mutations need a signed-in person (the use cases decide
 * capability and side); the queries need contracts.read in the org they name (outsiders get
 * NOT_FOUND), and the use cases return only contracts that org is a party to.
 */
export const contractPermissions: { Mutation: Record<string, Rule>; Query: Record<string, Rule>; [type: string]: Rule | Record<string, Rule> } = {
  Mutation: {
    proposeContract: isAuthenticated,
    amendContract: isAuthenticated,
    acceptContract: isAuthenticated,
    rejectContract: isAuthenticated,
    withdrawContractProposal: isAuthenticated,
    terminateContract: isAuthenticated,
  },
  Query: { contracts: contractsRead, contract: contractsRead },
  Contract: allow,
  ContractVersion: allow,
  ContractTermsView: allow,
  ContractRateView: allow,
  ContractPayload: allow,
  RevenueSplit: allow,
};
