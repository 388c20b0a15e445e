import { createLogger, subgraphServices, type SubgraphServices } from '@guildhall/kernel';
import type { RunningSystem } from '@guildhall/testkit';

/** The services a job gets in the worker, built from the same environment as the running system's. */
export function servicesOf(system: RunningSystem): SubgraphServices {
  return subgraphServices({ MAIL_FROM: 'Guildhall <no-reply@guildhall.test>', ...system.serviceEnv } as never, createLogger('test', 'silent'));
}
