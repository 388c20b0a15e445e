import { z } from 'zod';
import { DEFAULT_SUBGRAPH_PORTS, port } from '@guildhall/kernel';

/** What `npm start` reads; every service's own settings pass through to it unchanged. */
export const launcherConfigSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: port(54329),
  GATEWAY_PORT: port(4000),
  WEB_PORT: port(3000),
  ORGANIZATION_PORT: port(DEFAULT_SUBGRAPH_PORTS['organization']!),
  IDENTITY_PORT: port(DEFAULT_SUBGRAPH_PORTS['identity']!),
  BILLING_PORT: port(DEFAULT_SUBGRAPH_PORTS['billing']!),
  PAYOUTS_PORT: port(DEFAULT_SUBGRAPH_PORTS['payouts']!),
  COMPLIANCE_PORT: port(DEFAULT_SUBGRAPH_PORTS['compliance']!),
  /** Extra node flags for every service process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile. */
  SERVICE_NODE_ARGS: z.string().default('').transform((v) => v.split(' ').filter(Boolean)),
  /** on: a payment provider without keys is replaced by a local fake (outside production); off: it is not offered. */
  PAYMENTS_SANDBOX: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type LauncherConfig = z.infer<typeof launcherConfigSchema>;
