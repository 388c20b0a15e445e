import { randomUUID } from 'node:crypto';
import { fail, forbidden, isErasedEmail, recordEvent, selectRows, succeed, userError, type Outcome } from '@guildhall/kernel';
import { normaliseEmail } from '../domain/credentials.js';
import type { IdentityDeps } from './deps.js';

/**
 * The account a SCIM-provisioned member signs in with, found or created by email. Only for emails of
 * a domain the token's org holds VERIFIED: an IdP speaks for its own people, not for anyone's address.
 * A created account has no password; its owner signs in through the org's SSO.
 */
export async function provisionScimAccount(deps: IdentityDeps, input: { email: string; name: string | null }): Promise<Outcome<{ userId: string; created: boolean }>> {
  if (deps.principal.kind !== 'scim') throw forbidden();
  const organizationId = deps.principal.organizationId;
  const email = normaliseEmail(input.email);
  if (isErasedEmail(email)) return fail(userError('BAD_USER_INPUT', ['input', 'userName'], 'This address belongs to an erased account.'));
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const verified = await selectRows(deps.em, `select 1 from "identity"."domain_claim" where organization_id = ? and domain = ? and status = 'VERIFIED'`, [organizationId, domain]);
  if (!verified.length) return fail(userError('BAD_USER_INPUT', ['input', 'userName'], `${domain} is not a verified domain of this organization; verify it before provisioning its users.`));
  const name = input.name?.trim().slice(0, 200) || email.slice(0, email.indexOf('@'));
  return deps.em.transactional(async (em) => {
    // an IdP retrying a create may race itself: one insert wins, the other finds the winner's row
    const [inserted] = await selectRows<{ id: string }>(
      em,
      `insert into "identity"."user" (id, email, name, password_hash, platform_admin) values (?, ?, ?, null, false) on conflict (email) do nothing returning id`,
      [randomUUID(), email, name],
    );
    if (!inserted) {
      const [existing] = await selectRows<{ id: string }>(em, `select id from "identity"."user" where email = ?`, [email]);
      return succeed({ userId: existing!.id, created: false });
    }
    recordEvent(em, deps, { type: 'identity.user.registered', organizationId: null, aggregateId: inserted.id, payload: { userId: inserted.id, email, name } });
    await em.flush();
    return succeed({ userId: inserted.id, created: true });
  });
}
