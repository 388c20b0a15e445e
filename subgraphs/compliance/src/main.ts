import { createLogger, loadConfig, startSubgraph, stopOnSignals, subgraphConfigSchema } from '@guildhall/kernel';
import { compliance } from './index.js';

const config = loadConfig(subgraphConfigSchema('compliance'));
const log = createLogger('compliance', config.LOG_LEVEL);
const server = await startSubgraph(compliance, config, log);
log.info(`listening on ${server.url}`);
stopOnSignals(log, server.stop);
