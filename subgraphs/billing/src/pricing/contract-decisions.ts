import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, isUuid, notFound, type Outcome, requireCapability, userError, UserErrorsThrown } from '@guildhall/kernel';
import type { Capability } from '@guildhall/roles';
import type { ContractVersionStatus } from '../domain/contract.js';
import { inTransaction } from '../usecases/transaction.js';
import { recordContractEvent } from './contract-events.js';
import { requireContractingParties } from './contract-parties.js';
import { CONTRACT, CONTRACT_VERSION, findVersion, sideOf, type ContractRecord, type ContractRow, type ContractVersionRow } from './contract-store.js';
import { conflict, lockContractOf, recordOf, terminate, type ContractDeps } from './contracts.js';

export interface DecideInput {
  organizationId: string;
  contractId: string;
  version: number;
}

const REASON_MAX = 500;

/** Who decides an open proposal: the other side accepts or rejects it; its own side withdraws it. */
type Decider = 'OTHER_SIDE' | 'PROPOSING_SIDE';

/**
 * The common path of a decision: the contract row's lock (so concurrent decisions queue), the
 * version still open, the right side deciding, and a compare-and-set from PROPOSED, so of two
 * racing decisions exactly one lands.
 */
async function decide(
  deps: ContractDeps,
  input: DecideInput,
  capability: Capability,
  decider: Decider,
  work: (em: EntityManager, contract: ContractRow, version: ContractVersionRow, decidedBy: string) => Promise<void>,
): Promise<Outcome<ContractRecord>> {
  requireCapability(deps.principal, input.organizationId, capability);
  const principal = deps.principal;
  if (!isUuid(input.contractId)) throw notFound('Contract');
  return inTransaction(deps.em, async (em) => {
    const contract = await lockContractOf(em, input.organizationId, input.contractId);
    const version = await findVersion(em, contract.id, input.version);
    if (!version) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'version'], `This contract has no version ${input.version}.`)]);
    const ownProposal = version.proposedBySide === sideOf(contract, input.organizationId);
    if (decider === 'OTHER_SIDE' && ownProposal) throw forbidden('Your side proposed this version: the other side accepts or rejects it (you may withdraw it).');
    if (decider === 'PROPOSING_SIDE' && !ownProposal) throw forbidden('The other side proposed this version: you accept or reject it.');
    if (version.status !== 'PROPOSED') throw conflict('version', `Version ${version.version} is already ${version.status.toLowerCase()}.`);
    await work(em, contract, version, principal.userId);
    return recordOf(em, contract.id);
  });
}

async function closeProposal(em: EntityManager, version: ContractVersionRow, status: ContractVersionStatus, decidedBy: string, reason: string | null) {
  const closed = await em.execute<{ version: number }[]>(
    `update ${CONTRACT_VERSION} set status = ?, decided_by = ?, decided_at = now(), reason = ? where contract_id = ? and version = ? and status = 'PROPOSED' returning version`,
    [status, decidedBy, reason, version.contractId, version.version],
  );
  // the row lock makes this unreachable; the compare-and-set still refuses rather than overwrite
  if (!closed.length) throw conflict('version', `Version ${version.version} was decided meanwhile.`);
}

/**
 * OWNER or BILLING_ADMIN of the side that did not propose it signs a version: it becomes the terms
 * (the one accepted before is SUPERSEDED) and the contract is ACTIVE. Accepting your own side's
 * proposal is FORBIDDEN: a signature needs both sides.
 */
export function acceptContract(deps: ContractDeps, input: DecideInput): Promise<Outcome<ContractRecord>> {
  return decide(deps, input, 'contracts.sign', 'OTHER_SIDE', async (em, contract, version, decidedBy) => {
    // a party that stopped sponsoring or hosting (or was suspended) since the proposal signs nothing
    await requireContractingParties(em, contract, input.organizationId, () => ['input', 'contractId']);
    await closeProposal(em, version, 'ACCEPTED', decidedBy, null);
    await em.execute(`update ${CONTRACT_VERSION} set status = 'SUPERSEDED' where contract_id = ? and status = 'ACCEPTED' and version <> ?`, [contract.id, version.version]);
    await em.execute(`update ${CONTRACT} set status = 'ACTIVE', accepted_version = ?, updated_at = now() where id = ?`, [version.version, contract.id]);
    recordContractEvent(em, deps, 'billing.contract.signed', contract, version.version);
  });
}

/** A first proposal that ends unsigned ends the contract with it, so the pair may start afresh. */
async function endIfNeverSigned(deps: ContractDeps, em: EntityManager, contract: ContractRow, version: ContractVersionRow, decidedBy: string) {
  if (contract.acceptedVersion !== null) return;
  await terminate(em, contract, decidedBy);
  recordContractEvent(em, deps, 'billing.contract.terminated', contract, version.version);
}

/** The other side's OWNER or BILLING_ADMIN declines a proposal, optionally saying why. */
export function rejectContract(deps: ContractDeps, input: DecideInput & { reason: string | null }): Promise<Outcome<ContractRecord>> {
  const reason = input.reason?.trim() || null;
  if (reason !== null && reason.length > REASON_MAX) {
    return Promise.resolve({ ok: false, errors: [userError('BAD_USER_INPUT', ['input', 'reason'], `A reason is at most ${REASON_MAX} characters.`)] });
  }
  return decide(deps, input, 'contracts.sign', 'OTHER_SIDE', async (em, contract, version, decidedBy) => {
    await closeProposal(em, version, 'REJECTED', decidedBy, reason);
    recordContractEvent(em, deps, 'billing.contract.rejected', contract, version.version);
    await endIfNeverSigned(deps, em, contract, version, decidedBy);
  });
}

/**
 * The proposing side's OWNER takes its proposal back. The event catalog has no "withdrawn" event,
 * so withdrawing an amendment records none; withdrawing a first proposal records the termination.
 */
export function withdrawContractProposal(deps: ContractDeps, input: DecideInput): Promise<Outcome<ContractRecord>> {
  return decide(deps, input, 'contracts.manage', 'PROPOSING_SIDE', async (em, contract, version, decidedBy) => {
    await closeProposal(em, version, 'WITHDRAWN', decidedBy, null);
    await endIfNeverSigned(deps, em, contract, version, decidedBy);
  });
}
