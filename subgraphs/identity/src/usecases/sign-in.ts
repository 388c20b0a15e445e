import { fail, rateLimited, succeed, userError, type Outcome } from '@guildhall/kernel';
import { normaliseEmail } from '../domain/credentials.js';
import { DECOY_HASH, verifyPassword } from '../domain/password-hash.js';
import { UserRecord } from '../entities/user.entity.js';
import type { IdentityDeps } from './deps.js';
import { issueSession, type SignedIn } from './issue-session.js';
import { ssoForEmail } from './sso-policy.js';
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from './sign-in-throttle.js';

export interface SignInInput {
  email: string;
  password: string;
}

/**
 * Email + password sign-in. An unknown email and a wrong password take the same time and give the
 * same error; repeated failures per email and per IP are throttled with RATE_LIMITED.
 */
export async function signIn(deps: IdentityDeps, input: SignInInput): Promise<Outcome<SignedIn>> {
  const email = normaliseEmail(input.email);
  const ip = deps.origin.ip;
  const wait = await signInRetryAfter(deps.em, email, ip);
  if (wait > 0) throw rateLimited(wait);

  // an org that enforces SSO for its verified domain takes password sign-in away from those emails
  if ((await ssoForEmail(deps.em, email))?.enforced) {
    return fail(userError('SSO_REQUIRED', ['input', 'email'], 'Your organization signs you in with single sign-on; use “Continue with SSO”.'));
  }
  // an erased person has no way back in (their sessions and password are gone; this guards the rule)
  const user = await deps.em.findOne(UserRecord, { email, erasedAt: null });
  const valid = await verifyPassword(input.password.slice(0, 1024), user?.passwordHash ?? DECOY_HASH);
  if (!user || !valid) {
    await recordSignInFailure(deps.em, email, ip);
    return fail(userError('INVALID_CREDENTIALS', null, 'Email or password is incorrect.'));
  }
  return deps.em.transactional(async (em) => {
    await clearSignInFailures(em, email);
    const { token, session } = issueSession(em, user.id, deps.origin);
    await em.flush();
    return succeed({ user, token, sessionId: session.id, expiresAt: session.expiresAt });
  });
}
