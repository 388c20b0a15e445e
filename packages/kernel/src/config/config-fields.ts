import { z } from 'zod';

/** Fields several services share; each service composes its own schema from these. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const url = () => z.url();
export const flag = (fallback: boolean) => z.enum(['true', 'false', '1', '0']).default(fallback ? 'true' : 'false').transform((v) => v === 'true' || v === '1');

export const commonFields = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
};

/** PEM text; the launcher generates a pair for development, deployments set their own. */
export const pem = (label: 'PUBLIC' | 'PRIVATE') =>
  z
    .string()
    .transform((v) => v.replace(/\\n/g, '\n'))
    .refine((v) => v.includes(`BEGIN ${label} KEY`), `must be a PEM-encoded ${label.toLowerCase()} key`);
