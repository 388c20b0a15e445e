/**
 * `npm run platform-admin -- <email> [--revoke]`: grants (or revokes) the platform-administrator flag
 * of an existing account. Platform admins verify, suspend and deactivate organizations; there is
 * deliberately no way to become one through the graph. Takes effect at the user's next sign-in
 * lookup (the gateway caches a session for a few seconds).
 */
import { createLogger, createOrm, loadConfig } from '@guildhall/kernel';
import { identity } from '@guildhall/identity';
import { launcherConfigSchema } from './launcher/launcher-config.js';
import { openScriptDatabase } from './launcher/database.js';

const [email, flag] = process.argv.slice(2);
const log = createLogger('platform-admin', 'info');
if (!email || (flag && flag !== '--revoke')) {
  log.error('usage: npm run platform-admin -- <email> [--revoke]');
  process.exit(2);
}
const database = await openScriptDatabase(loadConfig(launcherConfigSchema));
const orm = await createOrm({ schema: 'identity', databaseUrl: database.url, entities: identity.entities, migrations: identity.migrations });
let code = 0;
try {
  const rows = await orm.em.fork().execute<{ id: string }[]>(`update "identity"."user" set platform_admin = ? where email = ? returning id`, [flag !== '--revoke', email.trim().toLowerCase()]);
  if (rows.length) log.info(`${email} is ${flag === '--revoke' ? 'no longer' : 'now'} a platform administrator`);
  else {
    log.error(`no account uses ${email}`);
    code = 1;
  }
} finally {
  await orm.close();
  await database.close();
}
process.exit(code);
