import type { Consumer, DomainEvent } from '@guildhall/kernel';
import { eraseUser } from '../usecases/erase-user.js';

/** A platform admin approved a DPDP §12 erasure: identity replaces the person's data and reports back. */
export const eraseUserWhenErasureApproved: Consumer = {
  name: 'identity.erase-user-when-erasure-approved',
  on: ['compliance.erasure.approved'],
  async handle(em, event) {
    const { userId, pseudonymId } = (event as DomainEvent<'compliance.erasure.approved'>).payload;
    await eraseUser(em, { userId, pseudonymId });
  },
};
