import type { SubgraphModule } from '@guildhall/kernel';
import { eraseUserWhenErasureApproved } from './consumers/erase-user-when-erasure-approved.js';
import { DomainClaimRecord } from './entities/domain-claim.entity.js';
import { SessionRecord } from './entities/session.entity.js';
import { UserRecord } from './entities/user.entity.js';
import { createLoaders, type IdentityLoaders } from './graphql/loaders.js';
import { buildIdentitySchema } from './graphql/schema.js';
import { reverifyDomains } from './jobs/reverify-domains.js';
import { purgeSsoAttempts } from './jobs/purge-sso-attempts.js';
import { migrations } from './migrations/index.js';

/** Identity: users, sessions and (later) SSO, domains, SCIM tokens and API keys. */
export const identity: SubgraphModule<IdentityLoaders> = {
  name: 'identity',
  entities: [UserRecord, SessionRecord, DomainClaimRecord],
  migrations,
  buildSchema: buildIdentitySchema,
  createLoaders,
  consumers: [eraseUserWhenErasureApproved],
  jobs: [reverifyDomains, purgeSsoAttempts],
};
export { signUp } from './usecases/sign-up.js';
export { reverifyDomains } from './jobs/reverify-domains.js';
export { purgeSsoAttempts } from './jobs/purge-sso-attempts.js';
