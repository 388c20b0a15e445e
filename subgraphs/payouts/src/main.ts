import { createLogger, loadConfig, startSubgraph, stopOnSignals, subgraphConfigSchema } from '@guildhall/kernel';
import { payouts } from './index.js';

const config = loadConfig(subgraphConfigSchema('payouts'));
const log = createLogger('payouts', config.LOG_LEVEL);
const server = await startSubgraph(payouts, config, log);
log.info(`listening on ${server.url}`);
stopOnSignals(log, server.stop);
