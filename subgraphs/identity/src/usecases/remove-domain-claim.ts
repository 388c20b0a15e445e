import { recordEvent, selectRows, succeed, type Outcome } from '@guildhall/kernel';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import { claimOf, requireDomainManager, type DomainClaimDeps } from './domain-claim-lock.js';

export interface RemoveDomainClaimInput {
  organizationId: string;
  claimId: string;
}

/** Deletes a claim in any status; a VERIFIED domain becomes free for another org to verify. */
export async function removeDomainClaim(deps: DomainClaimDeps, input: RemoveDomainClaimInput): Promise<Outcome<DomainClaimRecord>> {
  requireDomainManager(deps, input.organizationId);
  return deps.em.transactional(async (em) => {
    await claimOf(em, input.organizationId, input.claimId, true);
    const [removed] = await selectRows<DomainClaimRecord>(em, `delete from "identity"."domain_claim" where id = ? and organization_id = ? returning *`, [input.claimId, input.organizationId]);
    recordEvent(em, deps, {
      type: 'identity.domain.removed',
      organizationId: removed!.organizationId,
      aggregateId: removed!.id,
      payload: { organizationId: removed!.organizationId, claimId: removed!.id, domain: removed!.domain },
    });
    await em.flush();
    return succeed(removed!);
  });
}
