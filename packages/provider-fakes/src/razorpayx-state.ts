import { integerFrom, nowSeconds, randomId } from './http-kit.js';
import { RazorpayRefusal, type Notes } from './razorpay-state.js';

/**
 * The fake RazorpayX's books: contacts, fund accounts (a bank account or a UPI address), fund account
 * validations (the penny drop) and payouts, shaped as RazorpayX's entities (the fields Guildhall or a
 * curious test might read; not every field RazorpayX has).
 */

export interface RazorpayXContact {
  id: string;
  entity: 'contact';
  name: string;
  contact: string | null;
  email: string | null;
  type: string | null;
  reference_id: string | null;
  batch_id: null;
  active: boolean;
  notes: Notes;
  created_at: number;
}

export interface RazorpayXBankAccount {
  ifsc: string;
  bank_name: string;
  name: string;
  notes: [];
  /** In full, as RazorpayX sends it back (and in webhooks): receivers must not keep it. */
  account_number: string;
}

export interface RazorpayXFundAccount {
  id: string;
  entity: 'fund_account';
  contact_id: string;
  account_type: 'bank_account' | 'vpa';
  bank_account?: RazorpayXBankAccount;
  vpa?: { username: string; handle: string; address: string };
  batch_id: null;
  active: boolean;
  created_at: number;
}

export type ValidationResult = 'active' | 'invalid';

export interface RazorpayXValidation {
  id: string;
  entity: 'fund_account.validation';
  fund_account: RazorpayXFundAccount;
  status: 'created' | 'completed' | 'failed';
  amount: number | null;
  currency: string | null;
  notes: Notes;
  results: { account_status: ValidationResult | null; registered_name: string | null };
  created_at: number;
  utr: string | null;
}

export type RazorpayXPayoutStatus = 'queued' | 'pending' | 'processing' | 'processed' | 'failed' | 'reversed' | 'cancelled' | 'rejected';

export interface RazorpayXPayout {
  id: string;
  entity: 'payout';
  fund_account_id: string;
  amount: number;
  currency: string;
  notes: Notes;
  fees: number;
  tax: number;
  status: RazorpayXPayoutStatus;
  purpose: string;
  utr: string | null;
  mode: string;
  reference_id: string | null;
  narration: string | null;
  batch_id: null;
  failure_reason: string | null;
  created_at: number;
  fee_type: null;
  status_details: { reason: string | null; description: string | null; source: string | null } | null;
  merchant_id: string;
  status_details_id: null;
  error: { source: string | null; reason: string | null; description: string | null; code: string; step: string; metadata: Record<string, never> };
}

const IFSC = /^[A-Z]{4}0[A-Z0-9]{6}$/;
const ACCOUNT_NUMBER = /^[0-9A-Za-z]{5,35}$/;
const VPA = /^[a-zA-Z0-9.\-_]{2,256}@[a-zA-Z]{2,64}$/;
const MODES = new Set(['IMPS', 'NEFT', 'RTGS', 'UPI']);
const PURPOSES = new Set(['refund', 'cashback', 'payout', 'salary', 'utility bill', 'vendor bill']);
/** IMPS and UPI limits (₹5,00,000 and ₹1,00,000), in paise. */
const MODE_LIMIT: Readonly<Record<string, number>> = { IMPS: 50_000_000, UPI: 10_000_000 };
const BANKS: Readonly<Record<string, string>> = { HDFC: 'HDFC Bank', ICIC: 'ICICI Bank', SBIN: 'State Bank of India', UTIB: 'Axis Bank', KKBK: 'Kotak Mahindra Bank', YESB: 'Yes Bank' };

export class RazorpayXState {
  readonly contacts = new Map<string, RazorpayXContact>();
  readonly fundAccounts = new Map<string, RazorpayXFundAccount>();
  readonly validations = new Map<string, RazorpayXValidation>();
  readonly payouts = new Map<string, RazorpayXPayout>();
  /** X-Payout-Idempotency → the payout it made, and the request that made it. */
  readonly payoutKeys = new Map<string, { payoutId: string; fingerprint: string }>();
  /** How many payout requests each idempotency key came with (replays included). */
  readonly payoutRequests = new Map<string, number>();

  constructor(
    readonly accountNumber: string,
    readonly merchantId: string,
  ) {}

  /** RazorpayX answers a duplicate contact (same details) with the existing one. */
  createContact(input: Record<string, unknown>): RazorpayXContact {
    const name = requiredString(input['name'], 'name', 50);
    if (name.length < 3) throw new RazorpayRefusal('The name must be at least 3 characters.');
    const contact = optionalString(input['contact'], 'contact', 15);
    const email = optionalString(input['email'], 'email', 254);
    if (email !== null && !/^[^@\s]+@[^@\s]+$/.test(email)) throw new RazorpayRefusal('The email must be a valid email address.');
    const type = optionalString(input['type'], 'type', 20);
    const referenceId = optionalString(input['reference_id'], 'reference_id', 40);
    const same = [...this.contacts.values()].find((c) => c.name === name && c.contact === contact && c.email === email && c.type === type && c.reference_id === referenceId);
    if (same) return same;
    const created: RazorpayXContact = {
      id: randomId('cont_', 14),
      entity: 'contact',
      name,
      contact,
      email,
      type,
      reference_id: referenceId,
      batch_id: null,
      active: true,
      notes: notesFrom(input['notes']),
      created_at: nowSeconds(),
    };
    this.contacts.set(created.id, created);
    return created;
  }

  /** A bank account or VPA of a contact; the same details for the same contact give the existing one back. */
  createFundAccount(input: Record<string, unknown>): RazorpayXFundAccount {
    const contactId = requiredString(input['contact_id'], 'contact_id', 40);
    if (!this.contacts.has(contactId)) throw new RazorpayRefusal('The id provided does not exist');
    const type = input['account_type'];
    let details: Pick<RazorpayXFundAccount, 'bank_account' | 'vpa'>;
    if (type === 'bank_account') {
      const bank = objectOf(input['bank_account'], 'bank_account');
      const ifsc = requiredString(bank['ifsc'], 'bank_account.ifsc', 11).toUpperCase();
      if (!IFSC.test(ifsc)) throw new RazorpayRefusal('The ifsc code is invalid.');
      const accountNumber = requiredString(bank['account_number'], 'bank_account.account_number', 35);
      if (!ACCOUNT_NUMBER.test(accountNumber)) throw new RazorpayRefusal('The account number must be 5 to 35 letters or digits.');
      const name = requiredString(bank['name'], 'bank_account.name', 120);
      details = { bank_account: { ifsc, bank_name: BANKS[ifsc.slice(0, 4)] ?? `${ifsc.slice(0, 4)} Bank`, name, notes: [], account_number: accountNumber } };
    } else if (type === 'vpa') {
      const vpa = objectOf(input['vpa'], 'vpa');
      const address = requiredString(vpa['address'], 'vpa.address', 320);
      if (!VPA.test(address)) throw new RazorpayRefusal('Invalid VPA. Please enter a valid Virtual Payment Address');
      const [username = '', handle = ''] = address.split('@');
      details = { vpa: { username, handle, address } };
    } else {
      throw new RazorpayRefusal('The account type field is invalid.');
    }
    const same = [...this.fundAccounts.values()].find(
      (f) =>
        f.contact_id === contactId &&
        f.account_type === type &&
        f.bank_account?.account_number === details.bank_account?.account_number &&
        f.bank_account?.ifsc === details.bank_account?.ifsc &&
        f.vpa?.address === details.vpa?.address,
    );
    if (same) return same;
    const fundAccount: RazorpayXFundAccount = {
      id: randomId('fa_', 14),
      entity: 'fund_account',
      contact_id: contactId,
      account_type: type,
      ...details,
      batch_id: null,
      active: true,
      created_at: nowSeconds(),
    };
    this.fundAccounts.set(fundAccount.id, fundAccount);
    return fundAccount;
  }

  fundAccount(id: string): RazorpayXFundAccount {
    const fundAccount = this.fundAccounts.get(id);
    if (!fundAccount) throw new RazorpayRefusal('The id provided does not exist');
    return fundAccount;
  }

  /** `POST /v1/fund_accounts/validations`: starts a validation; `complete` says how it ends. */
  createValidation(input: Record<string, unknown>): RazorpayXValidation {
    this.ourAccount(input['account_number']);
    const fundAccountId = requiredString(objectOf(input['fund_account'], 'fund_account')['id'], 'fund_account.id', 40);
    const fundAccount = this.fundAccount(fundAccountId);
    const bank = fundAccount.account_type === 'bank_account';
    const amount = bank ? (input['amount'] === undefined ? 100 : integerFrom(input['amount'])) : null;
    if (bank && (amount === null || amount < 100)) throw new RazorpayRefusal('The amount must be at least 100.');
    const validation: RazorpayXValidation = {
      id: randomId('fav_', 14),
      entity: 'fund_account.validation',
      fund_account: fundAccount,
      status: 'created',
      amount,
      currency: bank ? 'INR' : null,
      notes: notesFrom(input['notes']),
      results: { account_status: null, registered_name: null },
      created_at: nowSeconds(),
      utr: null,
    };
    this.validations.set(validation.id, validation);
    return validation;
  }

  /** Finds a validation by its id, or the latest one of a fund account. */
  validation(id: string): RazorpayXValidation {
    const direct = this.validations.get(id);
    const latest = [...this.validations.values()].reverse().find((v) => v.fund_account.id === id);
    const found = direct ?? latest;
    if (!found) throw new Error(`Fake RazorpayX: no validation ${id}`);
    return found;
  }

  completeValidation(id: string, result: ValidationResult): RazorpayXValidation {
    const validation = this.validation(id);
    validation.status = 'completed';
    const fundAccount = validation.fund_account;
    const holder = fundAccount.bank_account?.name ?? this.contacts.get(fundAccount.contact_id)?.name ?? null;
    validation.results = { account_status: result, registered_name: result === 'active' ? holder : null };
    validation.utr = fundAccount.account_type === 'bank_account' ? randomId('', 12).toUpperCase() : null;
    return validation;
  }

  /**
   * `POST /v1/payouts`: one payout per X-Payout-Idempotency key. The same key with the same body gives
   * the same payout back (`created: false`); with another body it is refused.
   */
  createPayout(input: Record<string, unknown>, key: string, fingerprint: string): { payout: RazorpayXPayout; created: boolean } {
    this.payoutRequests.set(key, (this.payoutRequests.get(key) ?? 0) + 1);
    const earlier = this.payoutKeys.get(key);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) throw new RazorpayRefusal('Different request body sent for the same Idempotency Header');
      return { payout: this.payouts.get(earlier.payoutId)!, created: false };
    }
    this.ourAccount(input['account_number']);
    const fundAccount = this.fundAccount(requiredString(input['fund_account_id'], 'fund_account_id', 40));
    const amount = integerFrom(input['amount']);
    if (amount === null || amount < 100) throw new RazorpayRefusal('The amount must be at least 100.');
    if (input['currency'] !== 'INR') throw new RazorpayRefusal('Currency is not supported');
    const mode = requiredString(input['mode'], 'mode', 10);
    if (!MODES.has(mode)) throw new RazorpayRefusal('The selected mode is invalid.');
    if ((mode === 'UPI') !== (fundAccount.account_type === 'vpa')) throw new RazorpayRefusal(`Payout mode ${mode} is not supported for this fund account type.`);
    const limit = MODE_LIMIT[mode];
    if (limit !== undefined && amount > limit) throw new RazorpayRefusal(`The amount exceeds the ${mode} limit.`);
    const purpose = requiredString(input['purpose'], 'purpose', 30);
    if (!PURPOSES.has(purpose)) throw new RazorpayRefusal('The purpose is invalid.');
    const narration = optionalString(input['narration'], 'narration', 30);
    if (narration !== null && !/^[A-Za-z0-9 ]*$/.test(narration)) throw new RazorpayRefusal('The narration may only contain letters, digits and spaces.');
    const fees = mode === 'UPI' ? 300 : 500;
    const payout: RazorpayXPayout = {
      id: randomId('pout_', 14),
      entity: 'payout',
      fund_account_id: fundAccount.id,
      amount,
      currency: 'INR',
      notes: notesFrom(input['notes']),
      fees,
      tax: Math.round(fees * 0.18),
      status: 'processing',
      purpose,
      utr: null,
      mode,
      reference_id: optionalString(input['reference_id'], 'reference_id', 40),
      narration,
      batch_id: null,
      failure_reason: null,
      created_at: nowSeconds(),
      fee_type: null,
      status_details: null,
      merchant_id: this.merchantId,
      status_details_id: null,
      error: { source: null, reason: null, description: null, code: 'NA', step: 'NA', metadata: {} },
    };
    this.payouts.set(payout.id, payout);
    this.payoutKeys.set(key, { payoutId: payout.id, fingerprint });
    return { payout, created: true };
  }

  payout(id: string): RazorpayXPayout {
    const payout = this.payouts.get(id);
    if (!payout) throw new RazorpayRefusal('The id provided does not exist');
    return payout;
  }

  process(id: string): RazorpayXPayout {
    const payout = this.moving(id, ['queued', 'pending', 'processing'], 'processed');
    payout.utr = randomId('', 16).toUpperCase();
    payout.status_details = null;
    return payout;
  }

  fail(id: string, reason: string): RazorpayXPayout {
    const payout = this.moving(id, ['queued', 'pending', 'processing'], 'failed');
    payout.failure_reason = reason;
    payout.status_details = { reason: 'beneficiary_bank_rejected', description: reason, source: 'beneficiary_bank' };
    payout.error = { source: 'beneficiary_bank', reason: 'beneficiary_bank_rejected', description: reason, code: 'BAD_REQUEST_ERROR', step: 'payout_processing', metadata: {} };
    return payout;
  }

  reverse(id: string, reason: string): RazorpayXPayout {
    const payout = this.moving(id, ['processed'], 'reversed');
    payout.failure_reason = reason;
    payout.status_details = { reason: 'payout_reversed', description: reason, source: 'beneficiary_bank' };
    return payout;
  }

  private moving(id: string, from: RazorpayXPayoutStatus[], to: RazorpayXPayoutStatus): RazorpayXPayout {
    const payout = this.payouts.get(id);
    if (!payout) throw new Error(`Fake RazorpayX: no payout ${id}`);
    if (!from.includes(payout.status)) throw new Error(`Fake RazorpayX: payout ${id} is ${payout.status}; it cannot become ${to}`);
    payout.status = to;
    return payout;
  }

  private ourAccount(value: unknown): void {
    if (value !== this.accountNumber) throw new RazorpayRefusal('The account number is invalid.');
  }
}

function objectOf(value: unknown, field: string): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new RazorpayRefusal(`The ${field} field is required.`);
}

function requiredString(value: unknown, field: string, max: number): string {
  if (value === undefined || value === null || value === '') throw new RazorpayRefusal(`The ${field} field is required.`);
  if (typeof value !== 'string') throw new RazorpayRefusal(`The ${field} must be a string.`);
  if (value.length > max) throw new RazorpayRefusal(`The ${field} may not be greater than ${max} characters.`);
  return value;
}

function optionalString(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  return requiredString(value, field, max);
}

function notesFrom(value: unknown): Notes {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return [];
  if (typeof value !== 'object' || Array.isArray(value)) throw new RazorpayRefusal('The notes must be an object of key-value pairs.');
  const notes: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (typeof raw !== 'string' && typeof raw !== 'number') throw new RazorpayRefusal('The notes values must be strings or numbers.');
    notes[key] = String(raw).slice(0, 256);
  }
  return Object.keys(notes).length === 0 ? [] : notes;
}
