import styles from './members.module.css';

/** Learner seats beside the invite form: invitations are not limited, accepting a LEARNER one takes a seat. */
export function SeatsLine({ used, total }: { used: number; total: number }) {
  const free = Math.max(total - used, 0);
  return (
    <p className={styles.seats}>
      <strong>Learner seats: {used} / {total}</strong>{' '}
      <span className="muted">{free ? `(${free} free; an invited learner takes one when they accept)` : '(all taken: invited learners cannot join until a seat is free)'}</span>
    </p>
  );
}
