'use client';
import type { InviteMembersMutation } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { humanize } from '../../lib/format';
import { Badge, Notice, Table } from '../ui';
import styles from './members.module.css';

type RowResult = InviteMembersMutation['inviteMembers']['results'][number];

/** One line per row of the file: invited (and whether the email went out) or why not. */
export function BulkInviteResults({ results }: { results: readonly RowResult[] }) {
  const invited = results.filter((result) => result.invitation).length;
  const failed = results.length - invited;
  return (
    <>
      <Notice kind={failed ? 'warning' : 'success'}>
        <p>
          {invited} of {results.length} invited.{failed ? ` ${failed} ${failed === 1 ? 'row was' : 'rows were'} not: fix ${failed === 1 ? 'it' : 'them'} and send just ${failed === 1 ? 'that row' : 'those rows'} again.` : ''}
        </p>
      </Notice>
      <Table caption="Results of the CSV invitation">
        <thead>
          <tr>
            <th scope="col" className="number">Row</th>
            <th scope="col">Email</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.row}>
              <td className="number">{result.row}</td>
              <td className={styles.emailCell}>{result.email || '—'}</td>
              <td>
                {result.invitation ? (
                  <>
                    <Badge tone="good">Invited</Badge> as {humanize(result.invitation.role)}
                    {result.emailSent ? null : <span className="muted"> · email not sent, resend it from Invitations</span>}
                  </>
                ) : (
                  <>
                    <Badge tone="bad">Not invited</Badge>
                    {result.userErrors.map((problem) => (
                      <span key={`${problem.code}-${problem.message}`} className={styles.rowError}>{messageFor(problem)}</span>
                    ))}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
