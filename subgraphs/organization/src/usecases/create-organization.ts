import { randomBytes, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, recordEvent, succeed, unauthenticated, userError, type Outcome } from '@guildhall/kernel';
import { slugify, validateOrganizationName, validateSlug } from '../domain/organization-name.js';
import { MembershipRecord } from '../entities/membership.entity.js';
import { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';

export interface CreateOrganizationInput {
  name: string;
  slug?: string | null;
}

const slugTaken = () => userError('CONFLICT', ['input', 'slug'], 'This handle is taken; choose another.');

/** The org, its creator's OWNER membership and their events commit together or not at all. */
export async function createOrganization(deps: OrganizationDeps, input: CreateOrganizationInput): Promise<Outcome<{ organization: OrganizationRecord; owner: MembershipRecord }>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw unauthenticated();
  const chosenSlug = input.slug?.trim().toLowerCase() || null;
  const problems = [...validateOrganizationName(input.name, ['input', 'name']), ...(chosenSlug ? validateSlug(chosenSlug, ['input', 'slug']) : [])];
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
      return succeed({ organization, owner });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return fail(slugTaken()); // lost a race for the slug
    throw error;
  }
}
