import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, isErasedEmail, recordEvent, succeed, userError, type Outcome } from '@guildhall/kernel';
import { normaliseEmail, validateEmail, validateName, validatePassword } from '../domain/credentials.js';
import { hashPassword } from '../domain/password-hash.js';
import { UserRecord } from '../entities/user.entity.js';
import type { IdentityDeps } from './deps.js';
import { issueSession, type SignedIn } from './issue-session.js';

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
}

const duplicate = () => userError('CONFLICT', ['input', 'email'], 'An account with this email already exists.');

/** Creates the account and its first session in one transaction. */
export async function signUp(deps: IdentityDeps, input: SignUpInput): Promise<Outcome<SignedIn>> {
  const problems = [
    ...validateEmail(input.email, ['input', 'email']),
    ...validatePassword(input.password, ['input', 'password']),
    ...validateName(input.name, ['input', 'name']),
  ];
  if (problems.length) return fail(...problems);
  const email = normaliseEmail(input.email);
  // the addresses erasure makes up belong to nobody; the erased person's old address is free for a new account
  if (isErasedEmail(email)) return fail(userError('BAD_USER_INPUT', ['input', 'email'], 'Enter a valid email address.'));
  if (await deps.em.count(UserRecord, { email })) return fail(duplicate());
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.em.transactional(async (em) => {
      const user = em.create(UserRecord, { id: randomUUID(), email, name: input.name.trim(), passwordHash, platformAdmin: false });
      await em.persist(user).flush(); // the session row references it
      const { token, session } = issueSession(em, user.id, deps.origin);
      recordEvent(em, { ...deps, principal: { kind: 'user', userId: user.id, email, sessionId: session.id, platformAdmin: false, memberships: {} } }, {
        type: 'identity.user.registered',
        organizationId: null,
        aggregateId: user.id,
        payload: { userId: user.id, email, name: user.name },
      });
      await em.flush();
      return succeed({ user, token, sessionId: session.id, expiresAt: session.expiresAt });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return fail(duplicate()); // lost a race for the same email
    throw error;
  }
}
