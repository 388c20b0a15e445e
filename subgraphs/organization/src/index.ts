import type { SubgraphModule } from '@guildhall/kernel';
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
  consumers: [],
};
export { createOrganization } from './usecases/create-organization.js';
export { MembershipRecord } from './entities/membership.entity.js';
export { addMember } from './usecases/add-member.js';
