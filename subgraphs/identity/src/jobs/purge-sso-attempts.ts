import type { ScheduledJob } from '@guildhall/kernel';

/**
 * Sign-in attempts never completed (the user closed the IdP's tab) are refused once expired; this clears
 * them, OIDC attempts and SAML requests alike, and forgets SAML assertion IDs once the assertions expired
 * (an expired assertion is refused anyway, so remembering it longer adds nothing).
 */
export const purgeSsoAttempts: ScheduledJob = {
  name: 'purge-sso-attempts',
  every: '1 hour',
  async run(em) {
    await em.execute(`delete from "identity"."sso_attempt" where expires_at < now()`, [], 'run');
    await em.execute(`delete from "identity"."saml_request" where expires_at < now()`, [], 'run');
    await em.execute(`delete from "identity"."saml_assertion_seen" where expires_at < now()`, [], 'run');
  },
};
