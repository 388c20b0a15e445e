import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger, recordEvent, selectRows, type ScheduledJob, type TxtResolver } from '@guildhall/kernel';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import { lookupClaimRecord } from '../usecases/dns-txt.js';

const log = createLogger('identity:reverify-domains');
const BATCH = 100;
/** Lookups in flight at once: DNS answers slowly, Postgres does not need to wait on each in turn. */
const PARALLEL = 10;
const SYSTEM = { principal: { kind: 'service', service: 'identity' }, origin: null } as const;

type Due = Pick<DomainClaimRecord, 'id' | 'organizationId' | 'domain' | 'token'>;

/**
 * Daily: every VERIFIED claim's TXT record is looked up again, least recently checked first, in
 * batches of 100 until all that were due when the run began are done. A record that is gone lapses
 * the claim at once (VERIFIED → LAPSED, compare-and-set, with its event; verifying again restores
 * it). A lookup that fails (timeout, SERVFAIL) proves nothing: the claim stays VERIFIED and the
 * failure is noted in `last_error`.
 */
export const reverifyDomains: ScheduledJob = {
  name: 'reverify-domains',
  every: '1 day',
  async run(em, services) {
    const [{ startedAt } = { startedAt: new Date() }] = await selectRows<{ startedAt: Date }>(em, `select now() as started_at`);
    const seen = new Set<string>();
    for (;;) {
      const due = await selectRows<Due>(
        em,
        `select id, organization_id, domain, token from "identity"."domain_claim"
          where status = 'VERIFIED' and (last_checked_at is null or last_checked_at < ?)
          order by last_checked_at asc nulls first, id limit ?`,
        [startedAt, BATCH],
      );
      const fresh = due.filter((claim) => !seen.has(claim.id));
      if (!fresh.length) return;
      for (let i = 0; i < fresh.length; i += PARALLEL) {
        await Promise.all(fresh.slice(i, i + PARALLEL).map((claim) => (seen.add(claim.id), recheck(em.fork(), services.txtResolver, claim))));
      }
    }
  },
};

async function recheck(em: EntityManager, resolver: TxtResolver, claim: Due) {
  const lookup = await lookupClaimRecord(resolver, claim.domain, claim.token);
  if (lookup.found || lookup.failed) {
    await em.execute(
      `update "identity"."domain_claim" set last_checked_at = now(), last_error = ? where id = ? and status = 'VERIFIED'`,
      [lookup.found ? null : lookup.error, claim.id],
      'run',
    );
    if (!lookup.found) log.warn('domain re-verification could not reach DNS; the claim stays verified', { claimId: claim.id, error: lookup.error });
    return;
  }
  await em.transactional(async (tx) => {
    const lapsed = await selectRows<{ id: string }>(
      tx,
      `update "identity"."domain_claim" set status = 'LAPSED', last_checked_at = now(), last_error = ? where id = ? and status = 'VERIFIED' returning id`,
      [lookup.error, claim.id],
    );
    if (!lapsed.length) return; // removed or changed meanwhile
    recordEvent(tx, SYSTEM, {
      type: 'identity.domain.lapsed',
      organizationId: claim.organizationId,
      aggregateId: claim.id,
      payload: { organizationId: claim.organizationId, claimId: claim.id, domain: claim.domain },
    });
    await tx.flush();
  });
}
