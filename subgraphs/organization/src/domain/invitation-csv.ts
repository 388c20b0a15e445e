import { ROLES, type Role } from '@guildhall/roles';
import { userError, type UserErrorValue } from '@guildhall/kernel';
import { checkInvitableRole, DEFAULT_INVITED_ROLE, normaliseEmail, validateInviteeEmail } from './invitation.js';

/**
 * Bulk invitations from a CSV file, pure. The header names the columns: `email` (required) and
 * `role` (optional, LEARNER when the column or the cell is empty), case-insensitive; other columns are
 * ignored. RFC 4180 quoting, CRLF or LF, an optional BOM. Each data row gets its own result; a row
 * that repeats an earlier row's email is refused, the first one stands.
 */
export const MAX_INVITATION_ROWS = 500;
/** Far above 500 honest rows; bounds the work an oversized input can cause before it is refused. */
export const MAX_INVITATION_CSV_CHARS = 256 * 1024;

export interface InvitationCsvRow {
  /** The row's line in the file: the header is row 1, the first invitation row 2. */
  row: number;
  /** Lowercased; as written when it is not a valid address. */
  email: string;
  role: Role;
  /** Why this row cannot be invited; empty when it can. */
  errors: UserErrorValue[];
}

export type InvitationCsvParse = { ok: true; rows: InvitationCsvRow[] } | { ok: false; errors: UserErrorValue[] };

/** The path of a field of one row in user errors: ['input', 'csv', '<row>', 'email']. */
export const csvRowField = (row: number, column: string, base: string[] = ['input', 'csv']) => [...base, String(row), column];

export function parseInvitationCsv(csv: string, field: string[] = ['input', 'csv']): InvitationCsvParse {
  const refuse = (message: string): InvitationCsvParse => ({ ok: false, errors: [userError('BAD_USER_INPUT', field, message)] });
  if (csv.length > MAX_INVITATION_CSV_CHARS) return refuse(`The file is too large; send at most ${MAX_INVITATION_ROWS} rows.`);
  const records = splitRecords(csv.replace(/^\uFEFF/, ''));
  if (records === null) return refuse('The file has a quoted value that is never closed.');
  const [header, ...data] = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return refuse('The file is empty; its first row must be the header "email,role".');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const emailAt = columns.indexOf('email');
  const roleAt = columns.indexOf('role');
  if (emailAt < 0) return refuse('The first row must be the header "email,role" (role is optional).');
  if (columns.lastIndexOf('email') !== emailAt || (roleAt >= 0 && columns.lastIndexOf('role') !== roleAt)) return refuse('The header names a column twice.');
  if (!data.length) return refuse('The file has a header but no rows to invite.');
  if (data.length > MAX_INVITATION_ROWS) return refuse(`The file has ${data.length} rows; send at most ${MAX_INVITATION_ROWS} at a time.`);

  const firstRowOf = new Map<string, number>();
  const rows = data.map(({ line, cells }): InvitationCsvRow => {
    const rawEmail = (cells[emailAt] ?? '').trim();
    const rawRole = roleAt >= 0 ? (cells[roleAt] ?? '').trim().toUpperCase() : '';
    const errors: UserErrorValue[] = [];
    const emailErrors = validateInviteeEmail(rawEmail, csvRowField(line, 'email', field));
    const email = emailErrors.length ? rawEmail.slice(0, 320) : normaliseEmail(rawEmail);
    errors.push(...emailErrors);
    let role: Role = DEFAULT_INVITED_ROLE;
    if (rawRole) {
      if ((ROLES as readonly string[]).includes(rawRole)) {
        role = rawRole as Role;
        errors.push(...checkInvitableRole(role, csvRowField(line, 'role', field)));
      } else {
        errors.push(userError('BAD_USER_INPUT', csvRowField(line, 'role', field), `"${rawRole.slice(0, 40)}" is not a role; use one of OWNER, MAINTAINER, BILLING_ADMIN, MANAGER, EXPERT, LEARNER.`));
      }
    }
    if (!emailErrors.length) {
      const first = firstRowOf.get(email);
      if (first !== undefined) errors.push(userError('CONFLICT', csvRowField(line, 'email', field), `This email is already invited by row ${first} of the file.`));
      else firstRowOf.set(email, line);
    }
    return { row: line, email, role, errors };
  });
  return { ok: true, rows };
}

/** RFC 4180 records with the line each starts on; null when a quote is left open. */
function splitRecords(text: string): { line: number; cells: string[] }[] | null {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push({ line: startLine, cells });
      cells = [];
      cell = '';
      line += 1;
      startLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return null;
  if (cell !== '' || cells.length) {
    cells.push(cell);
    records.push({ line: startLine, cells });
  }
  return records;
}
