import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, isUuid, recordEvent, succeed, userError, type EventCause, type Outcome, type Principal } from '@guildhall/kernel';
import type { Payee } from '../domain/payee.js';
import { requirePayeeManager, requirePayeeReader } from '../statements/payee-access.js';
import { changedFields, normalizeTaxProfile, taxProfileErrors, TAX_PROFILE_FIELDS, type TaxProfileInput } from './tax-profile-rules.js';
import { findTaxProfile, lockPayeeProfile, saveTaxProfile, type StoredTaxProfile } from './tax-profile-store.js';

export interface TaxProfileDeps extends EventCause {
  em: EntityManager;
  principal: Principal;
}

/** Today in India (IST has no daylight saving): the date tax rates are looked up on. */
export const indiaToday = (now: Date = new Date()) => new Date(now.getTime() + 330 * 60_000).toISOString().slice(0, 10);

/** Who may read: see statements/payee-access.ts. Defaults when nothing was set. */
export async function readTaxProfile(deps: Pick<TaxProfileDeps, 'em' | 'principal'>, payee: Payee): Promise<StoredTaxProfile> {
  requirePayeeReader(deps.principal, payee);
  return findTaxProfile(deps.em, payee);
}

/**
 * Sets a payee's whole profile. Bad input writes nothing and answers every problem at once; setting
 * what is already stored changes nothing and records nothing. The event names the changed fields only.
 */
export async function setTaxProfile(deps: TaxProfileDeps, payee: Payee, input: TaxProfileInput): Promise<Outcome<StoredTaxProfile>> {
  const principal = deps.principal;
  requirePayeeManager(principal, payee);
  // only a platform admin reaches here with an id that is not a UUID (nobody else can hold one)
  if (!isUuid(payee.id)) return fail(userError('BAD_USER_INPUT', ['input', 'payee', 'id'], 'A payee id is a UUID.'));
  const profile = normalizeTaxProfile(input);
  const errors = taxProfileErrors(profile, indiaToday());
  if (errors.length) return fail(...errors);

  return succeed(
    await deps.em.transactional(async (em) => {
      await lockPayeeProfile(em, payee);
      const before = await findTaxProfile(em, payee);
      const fields = before.stored ? changedFields(before, profile) : [...TAX_PROFILE_FIELDS];
      if (!fields.length) return before;
      const saved = await saveTaxProfile(em, payee, profile, principal.userId);
      recordEvent(em, deps, {
        type: 'payouts.tax-profile.changed',
        organizationId: payee.kind === 'ORGANIZATION' ? payee.id : null,
        aggregateId: payee.id,
        payload: { organizationId: payee.kind === 'ORGANIZATION' ? payee.id : null, payeeKind: payee.kind, payeeId: payee.id, fields },
      });
      await em.flush();
      return saved;
    }),
  );
}
