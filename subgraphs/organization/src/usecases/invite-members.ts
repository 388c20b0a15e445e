import { fail, succeed, type Outcome, type UserErrorValue } from '@guildhall/kernel';
import { GraphQLError } from 'graphql';
import { csvRowField, parseInvitationCsv } from '../domain/invitation-csv.js';
import type { InvitationRecord } from '../entities/invitation.entity.js';
import { deliverInvitations, type InvitationDeps, type IssuedInvitation } from './invitation-delivery.js';
import { writeInvitation } from './invite-member.js';

export interface InviteRowResult {
  row: number;
  email: string;
  invitation: InvitationRecord | null;
  emailSent: boolean;
  userErrors: UserErrorValue[];
}

/**
 * Bulk invitations from a CSV file: every row stands on its own (its own transaction, its own
 * result), so one bad row never blocks the others. A file that cannot be read at all, or has more
 * than 500 rows, is refused as a whole and writes nothing. Emails go out after the rows committed.
 */
export async function inviteMembers(deps: InvitationDeps, input: { organizationId: string; csv: string }): Promise<Outcome<InviteRowResult[]>> {
  const parsed = parseInvitationCsv(input.csv);
  if (!parsed.ok) return fail(...parsed.errors);
  const results: InviteRowResult[] = [];
  const issued: IssuedInvitation[] = [];
  let organizationName = '';
  for (const row of parsed.rows) {
    if (row.errors.length) {
      results.push({ row: row.row, email: row.email, invitation: null, emailSent: false, userErrors: row.errors });
      continue;
    }
    const fields = { email: csvRowField(row.row, 'email'), role: csvRowField(row.row, 'role') };
    let outcome;
    try {
      outcome = await writeInvitation(deps, { organizationId: input.organizationId, email: row.email, role: row.role }, fields);
    } catch (error) {
      // the caller lost their rights part-way: the rows already written stand and their emails still go
      if (!(error instanceof GraphQLError) || !issued.length) throw error;
      outcome = fail(userError(error));
    }
    if (outcome.ok) {
      organizationName = outcome.value.organizationName;
      issued.push(outcome.value.issued);
    }
    results.push({ row: row.row, email: row.email, invitation: outcome.ok ? outcome.value.issued.invitation : null, emailSent: false, userErrors: outcome.ok ? [] : outcome.errors });
  }
  const delivered = new Map((await deliverInvitations(deps, organizationName, issued)).map((d) => [d.invitation.id, d.emailSent]));
  return succeed(results.map((r) => (r.invitation ? { ...r, emailSent: delivered.get(r.invitation.id) ?? false } : r)));
}

const userError = (error: GraphQLError): UserErrorValue => ({ code: error.extensions['code'] === 'NOT_FOUND' ? 'NOT_FOUND' : 'FORBIDDEN', field: null, message: error.message });
