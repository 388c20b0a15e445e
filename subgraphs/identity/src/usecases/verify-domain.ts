import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, recordEvent, selectRows, succeed, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { missingRecordMessage } from '../domain/domain-claim.js';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import { lookupClaimRecord } from './dns-txt.js';
import { claimOf, domainTaken, requireDomainManager, verifiedByAnotherOrg, type DomainClaimDeps } from './domain-claim-lock.js';

export interface VerifyDomainInput {
  organizationId: string;
  claimId: string;
}

const FIELD = ['input', 'claimId'];

/**
 * Looks the claim's TXT record up (at the domain, or `_guildhall.<domain>`) and, when it is there,
 * compare-and-sets PENDING | LAPSED → VERIFIED. A missing record leaves the claim as it was (the
 * check's time and finding are kept) and says exactly which record to add. One org per verified
 * domain: the partial unique index turns a race between two orgs into CONFLICT for the loser.
 * DNS is asked outside any transaction.
 */
export async function verifyDomain(deps: DomainClaimDeps, input: VerifyDomainInput): Promise<Outcome<DomainClaimRecord>> {
  requireDomainManager(deps, input.organizationId);
  const claim = await claimOf(deps.em, input.organizationId, input.claimId);
  if (claim.status === 'VERIFIED') return succeed(claim);
  if (await verifiedByAnotherOrg(deps.em, claim.domain, claim.organizationId)) return fail(domainTaken(FIELD));

  const lookup = await lookupClaimRecord(deps.services.txtResolver, claim.domain, claim.token);
  if (!lookup.found) {
    await deps.em.execute(`update "identity"."domain_claim" set last_checked_at = now(), last_error = ? where id = ? and status <> 'VERIFIED'`, [lookup.error, claim.id], 'run');
    const message = lookup.failed ? `${lookup.error} Nothing changed; try again in a few minutes.` : missingRecordMessage(claim.domain, claim.token);
    return fail(userError('BAD_USER_INPUT', FIELD, message));
  }
  try {
    return await deps.em.transactional(async (em) => {
      const [verified] = await selectRows<DomainClaimRecord>(
        em,
        `update "identity"."domain_claim" set status = 'VERIFIED', verified_at = now(), last_checked_at = now(), last_error = null
          where id = ? and organization_id = ? and status in ('PENDING', 'LAPSED') returning *`,
        [claim.id, claim.organizationId],
      );
      // a concurrent verification of this claim won (or it was removed meanwhile): report what is there now
      if (!verified) return succeed(await claimOf(em, claim.organizationId, claim.id));
      recordEvent(em, deps, {
        type: 'identity.domain.verified',
        organizationId: claim.organizationId,
        aggregateId: claim.id,
        payload: { organizationId: claim.organizationId, claimId: claim.id, domain: claim.domain },
      });
      await em.flush();
      return succeed(verified);
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    if (error instanceof UniqueConstraintViolationException) return fail(domainTaken(FIELD)); // another org verified it first
    throw error;
  }
}
