import type { SubgraphModule } from '@guildhall/kernel';
import { trackUserWhenRegistered } from './consumers/track-user-when-registered.js';
import { MembershipRecord } from './entities/membership.entity.js';
import { OrganizationRecord } from './entities/organization.entity.js';
import { createLoaders, type OrganizationLoaders } from './graphql/loaders.js';
import { buildOrganizationSchema } from './graphql/schema.js';
import { migrations } from './migrations/index.js';

/** Organization: orgs and their lifecycle, members and roles, invitations and seats. */
export const organization: SubgraphModule<OrganizationLoaders> = {
  name: 'organization',
  entities: [OrganizationRecord, MembershipRecord],
  migrations,
  buildSchema: buildOrganizationSchema,
  createLoaders,
  consumers: [trackUserWhenRegistered],
};
export { createOrganization } from './usecases/create-organization.js';
export { MembershipRecord } from './entities/membership.entity.js';
export { admitUser } from './usecases/admit-user.js';
export { transitionOrganization } from './usecases/transition-organization.js';
