import { createLogger, loadConfig, stopOnSignals } from '@guildhall/kernel';
import { workerConfigSchema } from './config.js';
import { startWorker } from './worker.js';

const config = loadConfig(workerConfigSchema);
const log = createLogger('worker', config.LOG_LEVEL);
const worker = await startWorker(config, log);
log.info('relaying events and running jobs');
stopOnSignals(log, worker.stop);
