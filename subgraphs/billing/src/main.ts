import { createLogger, loadConfig, startSubgraph, stopOnSignals, subgraphConfigSchema } from '@guildhall/kernel';
import { billing } from './index.js';

const config = loadConfig(subgraphConfigSchema('billing'));
const log = createLogger('billing', config.LOG_LEVEL);
const server = await startSubgraph(billing, config, log);
log.info(`listening on ${server.url}`);
stopOnSignals(log, server.stop);
