import { buildFederatedSchema } from '@guildhall/kernel';
import { AuthResolver } from './auth.resolver.js';
import { permissions } from './permissions.js';
import { SessionPrincipalResolver } from './session-principal.resolver.js';
import { resolveUserReference } from './user.reference.js';
import { User } from './user.type.js';
import { ViewerResolver } from './viewer.resolver.js';

export const buildIdentitySchema = () =>
  buildFederatedSchema({
    resolvers: [ViewerResolver, AuthResolver, SessionPrincipalResolver],
    orphanedTypes: [User],
    permissions,
    references: { User: resolveUserReference as never },
  });
