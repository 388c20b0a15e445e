import { createLogger, loadConfig, startSubgraph, stopOnSignals, subgraphConfigSchema } from '@guildhall/kernel';
import { organization } from './index.js';

const config = loadConfig(subgraphConfigSchema('organization'));
const log = createLogger('organization', config.LOG_LEVEL);
const server = await startSubgraph(organization, config, log);
log.info(`listening on ${server.url}`);
stopOnSignals(log, server.stop);
