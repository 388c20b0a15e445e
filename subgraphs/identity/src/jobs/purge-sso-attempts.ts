import type { ScheduledJob } from '@guildhall/kernel';

/** Sign-in attempts never completed (the user closed the IdP's tab) are refused once expired; this clears them. */
export const purgeSsoAttempts: ScheduledJob = {
  name: 'purge-sso-attempts',
  every: '1 hour',
  async run(em) {
    await em.execute(`delete from "identity"."sso_attempt" where expires_at < now()`, [], 'run');
  },
};
