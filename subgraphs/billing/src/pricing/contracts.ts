import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, isUuid, notFound, type Outcome, requireCapability, selectRows, userError, UserErrorsThrown, type UserErrorValue } from '@guildhall/kernel';
import { CONTRACT_SIDES, contractTermsErrors, type ContractSide, type ContractTerms } from '../domain/contract.js';
import type { BillingDeps } from '../usecases/deps.js';
import { inTransaction } from '../usecases/transaction.js';
import { recordContractEvent } from './contract-events.js';
import { requireContractingParties } from './contract-parties.js';
import { termsReferenceErrors } from './contract-references.js';
import {
  CONTRACT,
  CONTRACT_COLUMNS,
  CONTRACT_VERSION,
  findContractOf,
  liveContractBetween,
  openProposalOf,
  selectContracts,
  sideOf,
  withVersions,
  type ContractRecord,
  type ContractRow,
} from './contract-store.js';

export type ContractDeps = Pick<BillingDeps, 'em' | 'principal' | 'origin'>;

export interface ProposeContractInput {
  /** The acting org. */
  organizationId: string;
  /** The acting org's side. */
  side: ContractSide;
  counterpartyOrganizationId: string;
  title: string;
  terms: ContractTerms;
}

export interface AmendContractInput {
  organizationId: string;
  contractId: string;
  terms: ContractTerms;
}

const TITLE_MAX = 120;

export const conflict = (field: string, message: string) => new UserErrorsThrown([userError('CONFLICT', ['input', field], message)]);

/** Exactly the stored shape, whatever else the input object carries. */
export const normalizeTerms = (t: ContractTerms): ContractTerms => ({
  rateCardId: t.rateCardId,
  currency: t.currency,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
  monthlySpendCapMinor: t.monthlySpendCapMinor,
  rates: t.rates.map((r) => ({ kind: r.kind, expertUserId: r.expertUserId, unitPriceMinor: r.unitPriceMinor, split: { platformBps: r.split.platformBps, hostBps: r.split.hostBps, expertBps: r.split.expertBps } })),
});

/** Reloads a contract and its versions inside the transaction that changed it. */
export async function recordOf(em: EntityManager, contractId: string): Promise<ContractRecord> {
  const [record] = await withVersions(em, await selectContracts(em, 'id = ?', [contractId]));
  return record!;
}

/** A contract of the acting org, locked: every change to a contract and its versions queues on this row. */
export async function lockContractOf(em: EntityManager, organizationId: string, contractId: string): Promise<ContractRow> {
  const contract = await findContractOf(em, organizationId, contractId, true);
  if (!contract) throw notFound('Contract');
  return contract;
}

async function insertVersion(em: EntityManager, contract: ContractRow, version: number, side: ContractSide, proposedBy: string, terms: ContractTerms) {
  await em.execute(`insert into ${CONTRACT_VERSION} (contract_id, version, status, proposed_by_side, proposed_by, terms) values (?, ?, 'PROPOSED', ?, ?, ?)`, [
    contract.id,
    version,
    side,
    proposedBy,
    JSON.stringify(normalizeTerms(terms)),
  ]);
}

/** Ends a contract: an open proposal is withdrawn with it; the last accepted version stays as the record. */
export async function terminate(em: EntityManager, contract: ContractRow, decidedBy: string): Promise<void> {
  await em.execute(`update ${CONTRACT_VERSION} set status = 'WITHDRAWN', decided_by = ?, decided_at = now(), reason = 'The contract was terminated.' where contract_id = ? and status = 'PROPOSED'`, [
    decidedBy,
    contract.id,
  ]);
  await em.execute(`update ${CONTRACT} set status = 'TERMINATED', terminated_at = now(), updated_at = now() where id = ?`, [contract.id]);
}

/**
 * The acting org's OWNER opens a contract with another org, as its sponsor or its host. One live
 * contract per pair: a second is a CONFLICT naming the first (amend that one). The partial unique
 * index decides under concurrency.
 */
export async function proposeContract(deps: ContractDeps, input: ProposeContractInput): Promise<Outcome<ContractRecord>> {
  requireCapability(deps.principal, input.organizationId, 'contracts.manage');
  const principal = deps.principal;
  const title = input.title.trim();
  const errors: UserErrorValue[] = [];
  if (!CONTRACT_SIDES.includes(input.side)) errors.push(userError('BAD_USER_INPUT', ['input', 'side'], 'SPONSOR or HOST.'));
  if (!isUuid(input.counterpartyOrganizationId) || input.counterpartyOrganizationId === input.organizationId) {
    errors.push(userError('BAD_USER_INPUT', ['input', 'counterpartyOrganizationId'], 'A contract is with another organization.'));
  }
  if (title.length < 1 || title.length > TITLE_MAX) errors.push(userError('BAD_USER_INPUT', ['input', 'title'], `A title is 1–${TITLE_MAX} characters.`));
  errors.push(...contractTermsErrors(input.terms));
  if (errors.length) return fail(...errors);
  const sponsorOrganizationId = input.side === 'SPONSOR' ? input.organizationId : input.counterpartyOrganizationId;
  const hostOrganizationId = input.side === 'HOST' ? input.organizationId : input.counterpartyOrganizationId;
  return inTransaction(deps.em, async (em) => {
    const fieldOf = (organizationId: string) => ['input', organizationId === input.organizationId ? 'side' : 'counterpartyOrganizationId'];
    await requireContractingParties(em, { sponsorOrganizationId, hostOrganizationId }, input.organizationId, fieldOf);
    const referenceErrors = await termsReferenceErrors(em, hostOrganizationId, input.terms);
    if (referenceErrors.length) throw new UserErrorsThrown(referenceErrors);
    const [contract] = await selectRows<ContractRow>(
      em,
      `insert into ${CONTRACT} (id, sponsor_organization_id, host_organization_id, title, status) values (?, ?, ?, ?, 'PROPOSED')
       on conflict (sponsor_organization_id, host_organization_id) where status <> 'TERMINATED' do nothing returning ${CONTRACT_COLUMNS}`,
      [randomUUID(), sponsorOrganizationId, hostOrganizationId, title],
    );
    if (!contract) {
      const live = await liveContractBetween(em, sponsorOrganizationId, hostOrganizationId);
      throw conflict('counterpartyOrganizationId', `These organizations already have a live contract${live ? `, "${live.title}" (${live.id})` : ''}; amend it instead.`);
    }
    await insertVersion(em, contract, 1, input.side, principal.userId, input.terms);
    recordContractEvent(em, deps, 'billing.contract.proposed', contract, 1);
    return recordOf(em, contract.id);
  });
}

/** Either side's OWNER proposes new terms for a live contract; one open proposal at a time. */
export async function amendContract(deps: ContractDeps, input: AmendContractInput): Promise<Outcome<ContractRecord>> {
  requireCapability(deps.principal, input.organizationId, 'contracts.manage');
  const principal = deps.principal;
  if (!isUuid(input.contractId)) throw notFound('Contract');
  const errors = contractTermsErrors(input.terms);
  if (errors.length) return fail(...errors);
  return inTransaction(deps.em, async (em) => {
    const contract = await lockContractOf(em, input.organizationId, input.contractId);
    if (contract.status === 'TERMINATED') throw conflict('contractId', 'This contract is terminated; propose a new one.');
    const open = await openProposalOf(em, contract.id);
    if (open) throw conflict('contractId', `Version ${open.version} is still open; it is accepted, rejected or withdrawn before another is proposed.`);
    const side = sideOf(contract, input.organizationId);
    await requireContractingParties(em, contract, input.organizationId, (organizationId) => ['input', organizationId === input.organizationId ? 'organizationId' : 'contractId']);
    const referenceErrors = await termsReferenceErrors(em, contract.hostOrganizationId, input.terms);
    if (referenceErrors.length) throw new UserErrorsThrown(referenceErrors);
    const [{ latest } = { latest: 0 }] = await em.execute<{ latest: number }[]>(`select max(version)::int as latest from ${CONTRACT_VERSION} where contract_id = ?`, [contract.id]);
    const version = latest + 1;
    await insertVersion(em, contract, version, side, principal.userId, input.terms);
    await em.execute(`update ${CONTRACT} set updated_at = now() where id = ?`, [contract.id]);
    recordContractEvent(em, deps, 'billing.contract.proposed', contract, version);
    return recordOf(em, contract.id);
  });
}

/** Either side's OWNER ends a live contract; its terms stop applying at once. */
export async function terminateContract(deps: ContractDeps, input: { organizationId: string; contractId: string }): Promise<Outcome<ContractRecord>> {
  requireCapability(deps.principal, input.organizationId, 'contracts.manage');
  const principal = deps.principal;
  if (!isUuid(input.contractId)) throw notFound('Contract');
  return inTransaction(deps.em, async (em) => {
    const contract = await lockContractOf(em, input.organizationId, input.contractId);
    if (contract.status === 'TERMINATED') throw conflict('contractId', 'This contract is already terminated.');
    const [{ latest } = { latest: 1 }] = await em.execute<{ latest: number }[]>(`select max(version)::int as latest from ${CONTRACT_VERSION} where contract_id = ?`, [contract.id]);
    await terminate(em, contract, principal.userId);
    recordContractEvent(em, deps, 'billing.contract.terminated', contract, contract.acceptedVersion ?? latest);
    return recordOf(em, contract.id);
  });
}
