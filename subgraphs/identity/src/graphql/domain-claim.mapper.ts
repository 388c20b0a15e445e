import { txtRecordValue } from '../domain/domain-claim.js';
import type { DomainClaimRecord } from '../entities/domain-claim.entity.js';
import type { DomainClaim } from './domain-claim.type.js';

export const toDomainClaim = (r: DomainClaimRecord): DomainClaim => ({
  id: r.id,
  organizationId: r.organizationId,
  domain: r.domain,
  status: r.status,
  txtRecordName: r.domain,
  txtRecordValue: txtRecordValue(r.token),
  lastError: r.lastError,
  createdAt: r.createdAt,
  verifiedAt: r.verifiedAt,
  lastCheckedAt: r.lastCheckedAt,
});
