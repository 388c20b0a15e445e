import type { Consumer, DomainEvent } from '@guildhall/kernel';
import { eraseUserFromOrganizations } from '../usecases/erase-user.js';

/**
 * A platform admin approved a DPDP §12 erasure: organization erases the person's memberships,
 * directory entry, invitations and SCIM profiles (beside identity, in parallel) and reports back.
 */
export const eraseUserWhenErasureApproved: Consumer = {
  name: 'organization.erase-user-when-erasure-approved',
  on: ['compliance.erasure.approved'],
  async handle(em, event) {
    const { userId, pseudonymId } = (event as DomainEvent<'compliance.erasure.approved'>).payload;
    await eraseUserFromOrganizations(em, { userId, pseudonymId });
  },
};
