import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, userError, type UserErrorValue } from '@guildhall/kernel';
import type { ContractTerms } from '../domain/contract.js';
import { findRateCard } from './rate-card-store.js';

const f = (...path: (string | number)[]) => ['input', 'terms', ...path.map(String)];

/**
 * What the terms name must exist on the host's side: its own live rate card in the contract's
 * currency, and experts who are ACTIVE members of the host (as billing last heard).
 */
export async function termsReferenceErrors(em: EntityManager, hostOrganizationId: string, terms: ContractTerms): Promise<UserErrorValue[]> {
  const errors: UserErrorValue[] = [];
  if (terms.rateCardId !== null) {
    const card = await findRateCard(em, hostOrganizationId, terms.rateCardId);
    if (!card) errors.push(userError('BAD_USER_INPUT', f('rateCardId'), "Not a rate card of the host organization."));
    else if (card.archivedAt) errors.push(userError('BAD_USER_INPUT', f('rateCardId'), `Rate card "${card.name}" is archived.`));
    else if (card.currency !== terms.currency) errors.push(userError('BAD_USER_INPUT', f('rateCardId'), `Rate card "${card.name}" is in ${card.currency}; the contract is in ${terms.currency}.`));
  }
  const experts = [...new Set(terms.rates.flatMap((r) => (r.expertUserId === null ? [] : [r.expertUserId])))];
  if (experts.length) {
    const rows = await em.execute<{ user_id: string }[]>(
      `select user_id from "billing"."member" where organization_id = ? and status = 'ACTIVE' and user_id in ${placeholders(experts)}`,
      [hostOrganizationId, ...experts],
    );
    const active = new Set(rows.map((r) => r.user_id));
    terms.rates.forEach((rate, i) => {
      if (rate.expertUserId !== null && !active.has(rate.expertUserId)) errors.push(userError('BAD_USER_INPUT', f('rates', i, 'expertUserId'), 'An expert rate is for an ACTIVE member of the host organization.'));
    });
  }
  return errors;
}
