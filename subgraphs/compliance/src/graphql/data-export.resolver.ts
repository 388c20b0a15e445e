import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { allow, graphqlEnum, isAuthenticated, isGatewayService, recordEvent, UserError, verifyToken } from '@guildhall/kernel';
import { DATA_EXPORT_SECTIONS, DATA_EXPORT_STATUSES, type DataExportStatus } from '../domain/data-export.js';
import { downloadUrl, exportLinkKey, findDataExport, listDataExports, requestDataExport, selectExport, DATA_EXPORT, type DataExportRow } from '../exports/data-exports.js';
import type { IRules } from 'graphql-shield';
import type { ComplianceContext } from './loaders.js';

const DataExportStatusEnum = graphqlEnum(DATA_EXPORT_STATUSES, 'DataExportStatus', 'PENDING while the parts are gathered; READY to download for 7 days; then EXPIRED. FAILED: ask again.');

@ObjectType({ description: "An export of everything an organization has in Guildhall (DPDP §11), as one JSON bundle (schemaVersion 1)." })
class DataExport {
  @Field(() => ID) id!: string;
  @Field(() => DataExportStatusEnum) status!: DataExportStatus;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => Int, { description: 'Parts written so far (organization, billing, payouts, audit).' }) sectionsReady!: number;
  @Field(() => Int) sectionsTotal!: number;
  @Field(() => Int, { nullable: true, description: 'The bundle size in bytes, once READY.' }) bytes!: number | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) readyAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) downloadedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'While READY: a link that downloads the bundle (it is the credential; valid until expiresAt).' }) downloadUrl!: string | null;
}

@ObjectType()
class DataExportPayload {
  @Field(() => DataExport, { nullable: true }) dataExport!: DataExport | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'Internal: what the gateway streams for a download link.' })
class DataExportDownload {
  @Field(() => ID) exportId!: string;
  @Field(() => String, { description: 'OK, or GONE when the link or the export has expired.' }) state!: string;
  @Field(() => String) filename!: string;
}

const toDataExport = (ctx: ComplianceContext, r: DataExportRow): DataExport => ({
  id: r.id,
  status: r.status,
  schemaVersion: r.schemaVersion,
  sectionsReady: Object.keys(r.sections).length,
  sectionsTotal: DATA_EXPORT_SECTIONS.length,
  bytes: r.bytes === null ? null : Number(r.bytes),
  failure: r.failure,
  requestedAt: r.requestedAt,
  readyAt: r.readyAt,
  expiresAt: r.expiresAt,
  downloadedAt: r.downloadedAt,
  downloadUrl: downloadUrl(ctx.services, r),
});

@Resolver()
export class DataExportResolver {
  @Mutation(() => DataExportPayload, { description: 'OWNER or BILLING_ADMIN; at most one per organization per 24 hours. The link is e-mailed when it is ready.' })
  async requestDataExport(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: ComplianceContext): Promise<DataExportPayload> {
    const outcome = await requestDataExport(ctx, organizationId);
    return outcome.ok ? { dataExport: toDataExport(ctx, outcome.value), userErrors: [] } : { dataExport: null, userErrors: outcome.errors };
  }

  @Query(() => [DataExport], { description: "The organization's latest exports, newest first (OWNER, BILLING_ADMIN)." })
  async dataExports(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: ComplianceContext): Promise<DataExport[]> {
    return (await listDataExports(ctx, organizationId)).map((r) => toDataExport(ctx, r));
  }

  @Query(() => DataExport, { description: 'One export, with its progress.' })
  async dataExport(@Arg('organizationId', () => ID) organizationId: string, @Arg('id', () => ID) id: string, @Ctx() ctx: ComplianceContext): Promise<DataExport> {
    return toDataExport(ctx, await findDataExport(ctx, organizationId, id));
  }

  @Query(() => DataExportDownload, { nullable: true, description: 'Internal (the gateway): the export a download link names; null when it names none.' })
  async dataExportDownload(@Arg('token', () => String) token: string, @Ctx() ctx: ComplianceContext): Promise<DataExportDownload | null> {
    const verified = verifyToken(exportLinkKey(ctx.services), token);
    if (!verified || verified.fields[0] !== 'EXPORT' || verified.fields.length !== 2) return null;
    const row = await selectExport(ctx.em, verified.fields[1]!);
    if (!row) return null;
    const filename = `guildhall-export-${row.organizationId}-${row.requestedAt.toISOString().slice(0, 10)}.json`;
    if (verified.expired || row.status !== 'READY') return { exportId: row.id, state: 'GONE', filename };
    await ctx.em.transactional(async (em) => {
      await em.execute(`update ${DATA_EXPORT} set downloaded_at = coalesce(downloaded_at, now()) where id = ?`, [row.id]);
      recordEvent(em, ctx, { type: 'compliance.data-export.downloaded', organizationId: row.organizationId, aggregateId: row.id, payload: { organizationId: row.organizationId, exportId: row.id } });
      await em.flush();
    });
    return { exportId: row.id, state: 'OK', filename };
  }
}

/** The use cases check the org's finance-write roles; the download query is the gateway's alone. */
type IRuleFieldMap = Extract<Exclude<IRules, { resolve: unknown }>[string], Record<string, unknown>>;
export const dataExportPermissions: { Query: IRuleFieldMap; Mutation: IRuleFieldMap; types: Exclude<IRules, { resolve: unknown }> } = {
  Query: { dataExports: isAuthenticated, dataExport: isAuthenticated, dataExportDownload: isGatewayService },
  Mutation: { requestDataExport: isAuthenticated },
  types: { DataExport: allow, DataExportPayload: allow, DataExportDownload: isGatewayService },
};
