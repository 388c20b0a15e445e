import { createLogger, loadConfig, startSubgraph, stopOnSignals, subgraphConfigSchema } from '@guildhall/kernel';
import { identity } from './index.js';

const config = loadConfig(subgraphConfigSchema('identity'));
const log = createLogger('identity', config.LOG_LEVEL);
const server = await startSubgraph(identity, config, log);
log.info(`listening on ${server.url}`);
stopOnSignals(log, server.stop);
