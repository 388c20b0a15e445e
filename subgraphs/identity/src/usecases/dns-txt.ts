import type { TxtResolver } from '@guildhall/kernel';
import { recordsProveClaim, txtRecordNames, txtRecordValue } from '../domain/domain-claim.js';

/** The resolver itself is the kernel's (`services.txtResolver`, configured by DNS_SERVERS). */
export { createTxtResolver, type TxtResolver } from '@guildhall/kernel';

/**
 * What DNS says about a claim: its record was found, it is missing (a clear answer: no such
 * record), or DNS could not be asked (timeout, SERVFAIL…), which proves nothing either way.
 */
export type ClaimLookup = { found: true } | { found: false; failed: boolean; error: string };

/** Looks for `guildhall-verification=<token>` at the domain and at `_guildhall.<domain>`. */
export async function lookupClaimRecord(resolver: TxtResolver, domain: string, token: string): Promise<ClaimLookup> {
  const names = txtRecordNames(domain);
  const answers = await Promise.allSettled(names.map((name) => resolver.resolveTxt(name)));
  if (answers.some((a) => a.status === 'fulfilled' && recordsProveClaim(a.value, token))) return { found: true };
  const failed = answers.find((a): a is PromiseRejectedResult => a.status === 'rejected');
  if (failed) {
    const code = (failed.reason as NodeJS.ErrnoException)?.code ?? 'ERROR';
    return { found: false, failed: true, error: `The DNS lookup of ${domain} failed (${code}).` };
  }
  return { found: false, failed: false, error: `No TXT record "${txtRecordValue(token)}" at ${names.join(' or ')}.` };
}
