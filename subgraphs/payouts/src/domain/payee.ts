/** Who is paid: a host organization (its share) or an expert (a user, their share). */
export const PAYEE_KINDS = ['ORGANIZATION', 'USER'] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

export interface Payee {
  kind: PayeeKind;
  id: string;
}

export const samePayee = (a: Payee, b: Payee) => a.kind === b.kind && a.id === b.id;
