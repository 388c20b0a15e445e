'use client';
import { useEffect, useRef } from 'react';
import { ProgramMyAssignmentsDocument, type ProgramMyAssignmentsQuery } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Badge, Card } from '../ui';
import { overageSentence, previousDay, STATUS_TONE, TYPE_LABEL } from './program-text';
import styles from './programs.module.css';

type MyAssignment = ProgramMyAssignmentsQuery['myProgramAssignments'][number];

/** Every member's own entitlements: what each program still covers for them this cycle. */
export function MyAssignments({ organizationId, organizationName, refreshKey }: { organizationId: string; organizationName: string; refreshKey: number }) {
  const mine = useQuery(ProgramMyAssignmentsDocument, { organizationId });
  const { refetch } = mine;
  // an operator may have just assigned (or unassigned) themselves below
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    void refetch();
  }, [refreshKey, refetch]);
  return (
    <Card title="Your programs">
      <DataState
        loading={mine.loading}
        problem={mine.problem}
        data={mine.data}
        retry={() => void mine.refetch()}
        isEmpty={(data) => data.myProgramAssignments.length === 0}
        empty={<p>You are not assigned to any program in {organizationName}. Bookings you make here are paid as usual.</p>}
      >
        {(data) => (
          <ul className={styles.grid} aria-label="Your program assignments">
            {data.myProgramAssignments.map((assignment) => (
              <li key={assignment.id} className={styles.tile}>
                <MyAssignmentTile assignment={assignment} />
              </li>
            ))}
          </ul>
        )}
      </DataState>
    </Card>
  );
}

function MyAssignmentTile({ assignment: a }: { assignment: MyAssignment }) {
  return (
    <>
      <div className={styles.tileHeader}>
        <h3>{a.programName}</h3>
        <Badge tone={STATUS_TONE[a.programStatus]}>{humanize(a.programStatus)}</Badge>
      </div>
      <p className="muted">
        {TYPE_LABEL[a.programType] ?? humanize(a.programType)} · this cycle {formatDate(a.currentPeriod.startDate)} to {formatDate(previousDay(a.currentPeriod.endDate))}
      </p>
      <p className={styles.left}>{leftSentence(a)}</p>
      <p className="muted">{overageSentence(a.overage, a.overageSurchargeBps)}</p>
      {a.programStatus !== 'ACTIVE' ? <p className="muted">This program covers nothing while it is {humanize(a.programStatus).toLowerCase()}.</p> : null}
      {a.endsOn ? <p className="muted">Your assignment ends {formatDate(a.endsOn)}.</p> : null}
    </>
  );
}

/** What the program leaves the member: engagements for a seat, the shared budget for a pool. */
function leftSentence(a: MyAssignment): string {
  if (a.programType === 'CREDIT_POOL') {
    return a.budgetRemaining ? `${formatMoney(a.budgetRemaining.amountMinor, a.budgetRemaining.currency)} left in the shared pool this cycle.` : 'The shared pool covers your bookings this cycle.';
  }
  const cap = a.priceCap ? `, each up to ${formatMoney(a.priceCap.amountMinor, a.priceCap.currency)}` : '';
  if (a.engagementsPerCycle === null) return `Unlimited engagements this cycle${cap}; ${a.engagementsUsed} used.`;
  const left = a.engagementsRemaining ?? Math.max(a.engagementsPerCycle - a.engagementsUsed, 0);
  return `${left} of ${a.engagementsPerCycle} engagements left this cycle${cap}.`;
}
