import { allow, isGatewayService, isSelf, type IRules } from '@guildhall/kernel';
import { rule } from 'graphql-shield';
import type { IdentityContext } from './loaders.js';

/** Default deny; every field of identity's schema is named here. */
const signedIn = rule({ cache: 'contextual' })((_p, _a, ctx: IdentityContext) => ctx.principal.kind === 'user');

export const permissions: IRules = {
  Query: {
    viewer: allow,
    sessionPrincipal: isGatewayService,
  },
  Mutation: {
    signUp: allow,
    signIn: allow,
    signOut: allow,
  },
  User: {
    id: signedIn,
    name: signedIn,
    createdAt: isSelf((user: { id: string }) => user.id),
    email: isSelf((user: { id: string }) => user.id),
  },
  AuthPayload: allow,
  SignOutPayload: allow,
  UserError: allow,
  SessionPrincipal: isGatewayService,
};
