import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum, PageInfo, UserError } from '@guildhall/kernel';
import { ERASURE_STATUSES, type ErasureRequestRow, type ErasureStatus } from '../domain/erasure-request.js';

export const ErasureStatusEnum = graphqlEnum(ERASURE_STATUSES, 'ErasureRequestStatus', 'PENDING → IN_PROGRESS → COMPLETED, or PENDING → REJECTED.');

@ObjectType({ description: 'A request to erase a person’s data (DPDP §12). Seen by that person and by platform administrators.' })
export class ErasureRequest {
  @Field(() => ID) id!: string;
  userId!: string;
  @Field(() => ErasureStatusEnum) status!: ErasureStatus;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Date, { description: 'The 30-day deadline for answering it.' }) dueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a platform administrator processed it (IN_PROGRESS).' }) processedAt!: Date | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) rejectedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected.' }) rejectionReason!: string | null;
  @Field(() => String, { nullable: true, description: 'sha256(user id + salt): the person’s records are kept under it once processed.' }) pseudonymId!: string | null;
  @Field(() => [ID], { description: 'Platform administrators: organizations the erasure left without an ACTIVE OWNER (appoint one with appointOrganizationOwner).' })
  ownerlessOrganizationIds!: string[];
}

@ObjectType()
export class ErasureRequestConnection {
  @Field(() => [ErasureRequest]) nodes!: ErasureRequest[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class ErasureRequestPayload {
  @Field(() => ErasureRequest, { nullable: true }) erasureRequest!: ErasureRequest | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class ProcessErasureRequestInput {
  @Field(() => ID) requestId!: string;
}

@InputType()
export class RejectErasureRequestInput {
  @Field(() => ID) requestId!: string;
  @Field(() => String, { description: 'Required: why (the person is told).' }) reason!: string;
}

const asArray = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) : []);

export const toErasureRequest = (row: ErasureRequestRow): ErasureRequest => ({
  id: row.id,
  userId: row.userId,
  status: row.status,
  requestedAt: row.requestedAt,
  dueAt: row.dueAt,
  processedAt: row.processedAt,
  completedAt: row.completedAt,
  rejectedAt: row.rejectedAt,
  rejectionReason: row.rejectionReason,
  pseudonymId: row.pseudonymId,
  ownerlessOrganizationIds: asArray(row.ownerlessOrganizationIds),
});
