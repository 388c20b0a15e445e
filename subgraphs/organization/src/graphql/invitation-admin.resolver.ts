import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { inviteMember } from '../usecases/invite-member.js';
import { inviteMembers } from '../usecases/invite-members.js';
import { resendInvitation } from '../usecases/resend-invitation.js';
import { revokeInvitation } from '../usecases/revoke-invitation.js';
import { InvitationInput, InvitationPayload, InviteMemberInput, InviteMembersInput, InviteMembersPayload, RevokeInvitationPayload } from './invitation.inputs.js';
import { toInvitation } from './invitation.mapper.js';
import type { OrganizationContext } from './loaders.js';

/** Invitations, for an org's governance (invitations.manage); rules in usecases/ and domain/invitation*.ts. */
@Resolver()
export class InvitationAdminResolver {
  @Mutation(() => InvitationPayload, { description: 'Invites an email to join with a role; the email goes out once the invitation is saved.' })
  async inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: OrganizationContext): Promise<InvitationPayload> {
    const outcome = await inviteMember(ctx, input);
    return outcome.ok ? { invitation: toInvitation(outcome.value.invitation), emailSent: outcome.value.emailSent, userErrors: [] } : { invitation: null, emailSent: false, userErrors: outcome.errors };
  }

  @Mutation(() => InviteMembersPayload, { description: 'Invites everyone in a CSV file; each row succeeds or fails on its own.' })
  async inviteMembers(@Arg('input', () => InviteMembersInput) input: InviteMembersInput, @Ctx() ctx: OrganizationContext): Promise<InviteMembersPayload> {
    const outcome = await inviteMembers(ctx, input);
    if (!outcome.ok) return { results: [], userErrors: outcome.errors };
    return { results: outcome.value.map((r) => ({ ...r, invitation: r.invitation && toInvitation(r.invitation) })), userErrors: [] };
  }

  @Mutation(() => InvitationPayload, { description: 'Sends a pending invitation again with a new link and 14 more days; the old link stops working.' })
  async resendInvitation(@Arg('input', () => InvitationInput) input: InvitationInput, @Ctx() ctx: OrganizationContext): Promise<InvitationPayload> {
    const outcome = await resendInvitation(ctx, input);
    return outcome.ok ? { invitation: toInvitation(outcome.value.invitation), emailSent: outcome.value.emailSent, userErrors: [] } : { invitation: null, emailSent: false, userErrors: outcome.errors };
  }

  @Mutation(() => RevokeInvitationPayload, { description: 'Withdraws a pending invitation; its link stops working.' })
  async revokeInvitation(@Arg('input', () => InvitationInput) input: InvitationInput, @Ctx() ctx: OrganizationContext): Promise<RevokeInvitationPayload> {
    const outcome = await revokeInvitation(ctx, input);
    return outcome.ok ? { invitation: toInvitation(outcome.value), userErrors: [] } : { invitation: null, userErrors: outcome.errors };
  }
}
