import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventCause } from '@guildhall/kernel';
import type { ContractRow } from './contract-store.js';

type ContractEvent = 'billing.contract.proposed' | 'billing.contract.signed' | 'billing.contract.rejected' | 'billing.contract.terminated';

/** Once for each party, so each org's audit log and webhooks carry it. */
export function recordContractEvent(em: EntityManager, cause: EventCause, type: ContractEvent, contract: ContractRow, version: number) {
  for (const organizationId of [contract.sponsorOrganizationId, contract.hostOrganizationId]) {
    recordEvent(em, cause, {
      type,
      organizationId,
      aggregateId: contract.id,
      payload: { organizationId, contractId: contract.id, sponsorOrganizationId: contract.sponsorOrganizationId, hostOrganizationId: contract.hostOrganizationId, version },
    });
  }
}
