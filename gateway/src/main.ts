import { createLogger, loadConfig, stopOnSignals } from '@guildhall/kernel';
import { gatewayConfigSchema } from './config.js';
import { startGateway } from './server.js';

const config = loadConfig(gatewayConfigSchema);
const log = createLogger('gateway', config.LOG_LEVEL);
const gateway = await startGateway(config, log);
log.info(`listening on ${gateway.url}`);
stopOnSignals(log, gateway.stop);
