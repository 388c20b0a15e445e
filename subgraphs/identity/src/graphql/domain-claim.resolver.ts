import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Outcome } from '@guildhall/kernel';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import { claimDomain } from '../usecases/claim-domain.js';
import { removeDomainClaim } from '../usecases/remove-domain-claim.js';
import { verifyDomain } from '../usecases/verify-domain.js';
import { toDomainClaim } from './domain-claim.mapper.js';
import { ClaimDomainInput, DomainClaim, DomainClaimInput, DomainClaimPayload } from './domain-claim.type.js';
import type { IdentityContext } from './loaders.js';
import { OrganizationRef } from './organization.type.js';

const toPayload = (outcome: Outcome<DomainClaimRecord>): DomainClaimPayload =>
  outcome.ok ? { domainClaim: toDomainClaim(outcome.value), userErrors: [] } : { domainClaim: null, userErrors: outcome.errors };

/** Domain claims, for an org's OWNER (domains.manage); rules in usecases/ and domain/domain-claim.ts. */
@Resolver()
export class DomainClaimResolver {
  @Mutation(() => DomainClaimPayload, { description: 'Claims a domain: returns the TXT record to add. Claiming it again returns the same claim.' })
  async claimDomain(@Arg('input', () => ClaimDomainInput) input: ClaimDomainInput, @Ctx() ctx: IdentityContext): Promise<DomainClaimPayload> {
    const outcome = await claimDomain(ctx, input);
    return toPayload(outcome.ok ? { ok: true, value: outcome.value.claim } : outcome);
  }

  @Mutation(() => DomainClaimPayload, { description: 'Looks the TXT record up in DNS; VERIFIED when it is there, otherwise a userError saying which record to add.' })
  async verifyDomain(@Arg('input', () => DomainClaimInput) input: DomainClaimInput, @Ctx() ctx: IdentityContext): Promise<DomainClaimPayload> {
    return toPayload(await verifyDomain(ctx, input));
  }

  @Mutation(() => DomainClaimPayload, { description: 'Removes a claim; a verified domain becomes free for another organization.' })
  async removeDomainClaim(@Arg('input', () => DomainClaimInput) input: DomainClaimInput, @Ctx() ctx: IdentityContext): Promise<DomainClaimPayload> {
    return toPayload(await removeDomainClaim(ctx, input));
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationDomainClaimsResolver {
  @FieldResolver(() => [DomainClaim], { description: 'Domains the org has claimed, oldest first. Governance only (OWNER, MAINTAINER).' })
  async domainClaims(@Root() organization: OrganizationRef, @Ctx() ctx: IdentityContext): Promise<DomainClaim[]> {
    return (await ctx.loaders.domainClaimsByOrganizationId.load(organization.id)).map(toDomainClaim);
  }
}
