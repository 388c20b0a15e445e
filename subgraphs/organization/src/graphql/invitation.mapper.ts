import { effectiveInvitationStatus } from '../domain/invitation.js';
import type { InvitationRecord } from '../entities/invitation.entity.js';
import type { Invitation } from './invitation.type.js';

export const toInvitation = (r: InvitationRecord): Invitation => ({
  id: r.id,
  organizationId: r.organizationId,
  email: r.email,
  role: r.role,
  status: effectiveInvitationStatus(r),
  expiresAt: r.expiresAt,
  createdAt: r.createdAt,
  invitedBy: { id: r.invitedBy },
});
