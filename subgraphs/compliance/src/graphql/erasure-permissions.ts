import { allow, forbidden, isAuthenticated, isPlatformAdmin, type SubgraphContext } from '@guildhall/kernel';
import { rule, type IRules } from 'graphql-shield';

/** The map form of shield rules (type → rule, or type → field → rule). */
type IRuleTypeMap = Exclude<IRules, { resolve: unknown }>;
type IRuleFieldMap = Extract<IRuleTypeMap[string], Record<string, unknown>>;

/** The person the request is about, or a platform administrator. */
const ownRequestOrPlatformAdmin = rule({ cache: 'no_cache' })((request: { userId: string }, _a, ctx: SubgraphContext) =>
  ctx.principal.kind === 'user' && (ctx.principal.platformAdmin || ctx.principal.userId === request.userId) ? true : forbidden(),
);

/** Erasure's rules, spread into the compliance permissions (default deny there). */
export const erasureQueryRules: IRuleFieldMap = {
  myErasureRequest: isAuthenticated,
  erasureRequests: isPlatformAdmin,
};

export const erasureMutationRules: IRuleFieldMap = {
  requestErasure: isAuthenticated, // for oneself only: the use case takes the person from the session
  processErasureRequest: isPlatformAdmin,
  rejectErasureRequest: isPlatformAdmin,
};

export const erasureTypeRules: IRuleTypeMap = {
  ErasureRequest: { '*': ownRequestOrPlatformAdmin, ownerlessOrganizationIds: isPlatformAdmin },
  ErasureRequestConnection: allow,
  ErasureRequestPayload: allow,
};
