import type { SubgraphModule } from '@guildhall/kernel';
import { exportOrganizationSection } from './consumers/export-organization-section.js';
import { admitUserWhenSsoSignedIn } from './consumers/admit-user-when-sso-signed-in.js';
import { trackUserWhenRegistered } from './consumers/track-user-when-registered.js';
import { notifyOwnersWhenWebhookEndpointDisabled } from './consumers/notify-owners-when-webhook-endpoint-disabled.js';
import { eraseUserWhenErasureApproved } from './consumers/erase-user-when-erasure-approved.js';
import { InvitationRecord } from './entities/invitation.entity.js';
import { MembershipRecord } from './entities/membership.entity.js';
import { OrganizationRecord } from './entities/organization.entity.js';
import { createLoaders, type OrganizationLoaders } from './graphql/loaders.js';
import { buildOrganizationSchema } from './graphql/schema.js';
import { expireInvitations } from './jobs/expire-invitations.js';
import { reconcileSeats } from './jobs/reconcile-seats.js';
import { migrations } from './migrations/index.js';

/** Organization: orgs and their lifecycle, members and roles, invitations and seats. */
export const organization: SubgraphModule<OrganizationLoaders> = {
  name: 'organization',
  entities: [OrganizationRecord, MembershipRecord, InvitationRecord],
  migrations,
  buildSchema: buildOrganizationSchema,
  createLoaders,
  consumers: [exportOrganizationSection, trackUserWhenRegistered, admitUserWhenSsoSignedIn, eraseUserWhenErasureApproved, notifyOwnersWhenWebhookEndpointDisabled],
  jobs: [expireInvitations, reconcileSeats],
};
export { createOrganization } from './usecases/create-organization.js';
export { MembershipRecord } from './entities/membership.entity.js';
export { admitUser } from './usecases/admit-user.js';
export { transitionOrganization } from './usecases/transition-organization.js';
export { expireInvitations } from './jobs/expire-invitations.js';
export { reconcileSeats } from './jobs/reconcile-seats.js';
