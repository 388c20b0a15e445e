import { randomBytes, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, recordEvent, succeed, unauthenticated, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { normaliseEmail } from '../domain/invitation.js';
import { checkInitialInvitations } from '../domain/invitation-list.js';
import { slugify, validateOrganizationName, validateSlug } from '../domain/organization-name.js';
import { MembershipRecord } from '../entities/membership.entity.js';
import { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';
import type { IssuedInvitation } from './invitation-delivery.js';
import { issueInvitation } from './issue-invitation.js';

export interface CreateOrganizationInput {
  name: string;
  slug?: string | null;
  /** Written in the same transaction as the org: any bad entry refuses the lot. Emails are the caller's, after commit. */
  invitations?: { email: string; role: Role }[] | null;
}

const slugTaken = () => userError('CONFLICT', ['input', 'slug'], 'This handle is taken; choose another.');

/** The org, its creator's OWNER membership and their events commit together or not at all. */
export async function createOrganization(deps: OrganizationDeps, input: CreateOrganizationInput): Promise<Outcome<{ organization: OrganizationRecord; owner: MembershipRecord; invitations: IssuedInvitation[] }>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw unauthenticated();
  const chosenSlug = input.slug?.trim().toLowerCase() || null;
  const problems = [...validateOrganizationName(input.name, ['input', 'name']), ...(chosenSlug ? validateSlug(chosenSlug, ['input', 'slug']) : [])];
  // a new org hosts no experts and sponsors learners (the entity's defaults)
  problems.push(...checkInitialInvitations(input.invitations ?? [], principal, { canHost: false, canSponsor: true }));
  if (problems.length) return fail(...problems);

  const name = input.name.trim();
  let slug = chosenSlug ?? slugify(name);
  if (await deps.em.count(OrganizationRecord, { slug })) {
    if (chosenSlug) return fail(slugTaken());
    slug = `${slug}-${randomBytes(3).toString('hex')}`; // a derived handle may take a suffix
  }
  try {
    return await deps.em.transactional(async (em) => {
      const organization = em.create(OrganizationRecord, { id: randomUUID(), name, slug });
      await em.persist(organization).flush(); // memberships reference it
      const owner = em.create(MembershipRecord, { id: randomUUID(), organizationId: organization.id, userId: principal.userId, role: 'OWNER', status: 'ACTIVE' });
      em.persist(owner);
      recordEvent(em, deps, {
        type: 'organization.created',
        organizationId: organization.id,
        aggregateId: organization.id,
        payload: { organizationId: organization.id, name, slug, ownerUserId: principal.userId },
      });
      recordEvent(em, deps, {
        type: 'organization.member.added',
        organizationId: organization.id,
        aggregateId: owner.id,
        payload: { organizationId: organization.id, membershipId: owner.id, userId: principal.userId, role: 'OWNER', source: 'organization.created' },
      });
      await em.flush();
      const invitations: IssuedInvitation[] = [];
      for (const [i, invite] of (input.invitations ?? []).entries()) {
        const issue = { organizationId: organization.id, email: normaliseEmail(invite.email), role: invite.role, invitedBy: principal.userId };
        invitations.push(await issueInvitation(em, deps, issue, ['input', 'invitations', String(i), 'email']));
      }
      return succeed({ organization, owner, invitations });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    if (error instanceof UniqueConstraintViolationException) return fail(slugTaken()); // lost a race for the slug
    throw error;
  }
}
