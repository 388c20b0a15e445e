import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, recordEvent, selectRows, succeed, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { consumerDomainOf, newDomainToken, normaliseDomain } from '../domain/domain-claim.js';
import { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import { domainTaken, requireDomainManager, verifiedByAnotherOrg, type DomainClaimDeps } from './domain-claim-lock.js';

export interface ClaimDomainInput {
  organizationId: string;
  domain: string;
}

const FIELD = ['input', 'domain'];

/**
 * An OWNER claims a domain for the org: a PENDING claim with a fresh token to publish in DNS.
 * Claiming a domain the org already claimed returns that claim (same token); a domain another org
 * has VERIFIED is refused with CONFLICT. Consumer mail domains and malformed names are refused.
 */
export async function claimDomain(deps: DomainClaimDeps, input: ClaimDomainInput): Promise<Outcome<{ claim: DomainClaimRecord; created: boolean }>> {
  const { userId } = requireDomainManager(deps, input.organizationId);
  const checked = normaliseDomain(input.domain);
  if (!checked.ok) return fail(userError('BAD_USER_INPUT', FIELD, checked.message));
  const domain = checked.domain;
  const consumer = consumerDomainOf(domain);
  if (consumer) {
    return fail(userError('BAD_USER_INPUT', FIELD, `${consumer} is a public email provider: anyone can have an address there. Claim a domain your organization owns.`));
  }
  const existing = () =>
    selectRows<DomainClaimRecord>(deps.em, `select * from "identity"."domain_claim" where organization_id = ? and domain = ?`, [input.organizationId, domain]).then((rows) => rows[0]);
  try {
    return await deps.em.transactional(async (em) => {
      const [mine] = await selectRows<DomainClaimRecord>(em, `select * from "identity"."domain_claim" where organization_id = ? and domain = ?`, [input.organizationId, domain]);
      if (mine) return succeed({ claim: mine, created: false });
      if (await verifiedByAnotherOrg(em, domain, input.organizationId)) throw new UserErrorsThrown([domainTaken(FIELD)]);
      const claim = em.create(DomainClaimRecord, { id: randomUUID(), organizationId: input.organizationId, domain, token: newDomainToken(), createdBy: userId });
      em.persist(claim);
      recordEvent(em, deps, {
        type: 'identity.domain.claimed',
        organizationId: input.organizationId,
        aggregateId: claim.id,
        payload: { organizationId: input.organizationId, claimId: claim.id, domain },
      });
      await em.flush();
      return succeed({ claim, created: true });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    if (error instanceof UniqueConstraintViolationException) {
      // the same org claimed the same domain twice at once: the first one stands
      const claim = await existing();
      if (claim) return succeed({ claim, created: false });
    }
    throw error;
  }
}
