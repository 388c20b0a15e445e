import { allow, deny, rule } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import type { Capability } from '@guildhall/roles';
import { hasOrgAccess, principalCan } from '../auth/principal.js';
import { forbidden, notFound, unauthenticated } from '../errors/top-level-errors.js';
import type { SubgraphContext } from './context.js';

type Resolve<T> = (parent: any, args: any, context: SubgraphContext) => T; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Shield rules built from the shared role module. Rules that depend on the parent or arguments are
 * never cached: a cached "yes" for org A must not answer for org B in the same request.
 */
export const isAuthenticated: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: SubgraphContext) =>
  ctx.principal.kind === 'user' ? true : unauthenticated(),
);

/** Internal fields (@inaccessible) called by the gateway itself, never by a user. */
export const isGatewayService: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: SubgraphContext) =>
  ctx.principal.kind === 'service' && ctx.principal.service === 'gateway' ? true : forbidden(),
);

/** Internal SCIM fields: the gateway's SCIM edge calls them as the org's SCIM token; the org comes from it, never from arguments. */
export const isScimClient: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: SubgraphContext) => (ctx.principal.kind === 'scim' ? true : forbidden()));

export const isPlatformAdmin: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: SubgraphContext) =>
  ctx.principal.kind === 'user' && ctx.principal.platformAdmin ? true : forbidden(),
);

/**
 * The caller holds `capability` in the org that `organizationIdOf` names (a member's role, or an API
 * key's scopes). A caller outside the org learns nothing (NOT_FOUND); one without the capability gets FORBIDDEN.
 */
export function orgCapability(capability: Capability, organizationIdOf: Resolve<string | null | undefined>, what = 'Organization', options: { platformAdmin?: boolean } = {}): IRule {
  return rule({ cache: 'no_cache' })((parent, args, ctx: SubgraphContext) => {
    if (ctx.principal.kind === 'anonymous') return unauthenticated();
    // platform operators (credit limits, grants, support) see what they administer
    if (options.platformAdmin && ctx.principal.kind === 'user' && ctx.principal.platformAdmin) return true;
    if (ctx.principal.kind === 'service' || ctx.principal.kind === 'scim') return forbidden();
    const organizationId = organizationIdOf(parent, args, ctx);
    if (!organizationId || !hasOrgAccess(ctx.principal, organizationId)) return notFound(what);
    return principalCan(ctx.principal, organizationId, capability) ? true : forbidden();
  });
}

/** The parent is the caller's own record (a user reading themselves). */
export const isSelf = (userIdOf: Resolve<string | null | undefined>): IRule =>
  rule({ cache: 'no_cache' })((parent, args, ctx: SubgraphContext) =>
    ctx.principal.kind === 'user' && userIdOf(parent, args, ctx) === ctx.principal.userId ? true : forbidden(),
  );

export { allow, deny };
export type { IRules } from 'graphql-shield';
