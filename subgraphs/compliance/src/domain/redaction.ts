/**
 * The one rule for personal data in the audit log: what an entry keeps of an event (its metadata and
 * its before/after diff) passes through `redact` first.
 *
 * Event payloads carry ids and facts by contract, never personal data; this is the second line, for
 * a field that slips in. A key is personal when one of its words (camelCase, snake_case or kebab-case
 * split) names personal data — `billingEmail`, `legal_name`, `panLast4`, `ipAddress` — or the whole key
 * is one of the compounds below (`accountNumber`, `username`). Any string value that looks like an
 * email address or carries an Indian PAN (a GSTIN embeds one) is redacted wherever it appears.
 * Ids (`userId`, `payerUserId`) are pseudonymous keys, not personal data, and stay: the audit log
 * needs them, and erasure pseudonymizes the person behind them. Over-redacting (an org's `name`) is
 * the accepted price of a rule that needs no list of every field.
 */
export const REDACTED = '[redacted]';

/** Words that name personal data, matched against each word of a key. */
const PERSONAL_WORDS = new Set([
  'email',
  'name',
  'phone',
  'mobile',
  'address',
  'street',
  'postal',
  'pincode',
  'zip',
  'pan',
  'aadhaar',
  'gstin',
  'passport',
  'dob',
  'birth',
  'birthday',
  'ip',
  'ifsc',
  'vpa',
  'upi',
  'iban',
  'password',
  'secret',
]);

/** Whole keys (lowercase, separators dropped) that name personal data without a personal word in them. */
const PERSONAL_KEYS = new Set(['username', 'fullname', 'firstname', 'lastname', 'displayname', 'accountnumber', 'bankaccount', 'useragent', 'dateofbirth', 'taxid']);

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** A PAN: five letters, four digits, a letter; inside a GSTIN too. */
const PAN = /[A-Z]{5}[0-9]{4}[A-Z]/;

const wordsOf = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);

export function isPersonalKey(key: string): boolean {
  if (PERSONAL_KEYS.has(key.replace(/[\s_\-.]/g, '').toLowerCase())) return true;
  return wordsOf(key).some((word) => PERSONAL_WORDS.has(word));
}

export const isPersonalValue = (value: string): boolean => EMAIL.test(value) || PAN.test(value);

/** A deep copy with personal keys' values and personal-looking strings replaced by REDACTED (null stays null). */
export function redact<T>(value: T): T {
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return isPersonalValue(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = isPersonalKey(key) ? redactWhole(inner) : redactValue(inner);
    return out;
  }
  return value;
}

/** A personal field's value: gone, whatever its shape; an absent one stays absent. */
const redactWhole = (value: unknown) => (value === null || value === undefined ? value : REDACTED);
