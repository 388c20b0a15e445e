import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { hashInvitationToken, looksLikeInvitationToken } from '../domain/invitation.js';
import { acceptInvitation } from '../usecases/accept-invitation.js';
import { announceMembershipChange } from './announce-membership-change.js';
import { AcceptInvitationInput, AcceptInvitationPayload } from './invitation.inputs.js';
import { invitationPreviewOf } from './invitation.queries.js';
import { InvitationPreview } from './invitation.type.js';
import type { OrganizationContext } from './loaders.js';
import { toMembership } from './mappers.js';

/** The invitee's side: the accept page's preview (anyone holding the link) and accepting (signed in). */
@Resolver()
export class InvitationAcceptResolver {
  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link offers, for the accept page; null for a link that is not valid.' })
  async invitationPreview(@Arg('token', () => String) token: string, @Ctx() ctx: OrganizationContext): Promise<InvitationPreview | null> {
    if (!looksLikeInvitationToken(token)) return null;
    return invitationPreviewOf(ctx.em, hashInvitationToken(token.trim()));
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'Joins the organization with the invited role; the signed-in email must be the invited one.' })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: OrganizationContext): Promise<AcceptInvitationPayload> {
    const outcome = await acceptInvitation(ctx, input);
    if (!outcome.ok) return { membership: null, userErrors: outcome.errors };
    announceMembershipChange(ctx, [outcome.value]);
    return { membership: toMembership(outcome.value), userErrors: [] };
  }
}
