/**
 * The dashboard server's settings. WEB_PORT (default 3000), WEB_HOST (default 127.0.0.1),
 * GATEWAY_URL: where this server reaches the gateway (default http://127.0.0.1:4000); the browser
 * never talks to it directly: every gateway path is proxied, so the dashboard is one origin.
 * FEATURE_PAYOUTS as the gateway has it.
 */
export interface WebConfig {
  port: number;
  host: string;
  gatewayOrigin: string;
  hsts: boolean;
  production: boolean;
  /** Read like the gateway reads them: the dashboard must not offer what the graph does not serve. */
  features: { payouts: boolean };
}

export function readConfig(env: NodeJS.ProcessEnv): WebConfig {
  const problems: string[] = [];
  const rawPort = env['WEB_PORT'] ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) problems.push(`  WEB_PORT: must be an integer between 0 and 65535, got "${rawPort}"`);
  const host = env['WEB_HOST'] || '127.0.0.1';
  const gatewayUrl = env['GATEWAY_URL'] || 'http://127.0.0.1:4000';
  let parsed: URL | null = null;
  try {
    parsed = new URL(gatewayUrl);
  } catch {
    // reported below
  }
  if (!parsed || parsed.protocol !== 'http:') problems.push(`  GATEWAY_URL: must be the gateway's internal http URL, got "${gatewayUrl}"`);
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  const production = env['NODE_ENV'] === 'production';
  const secure = env['COOKIE_SECURE'] === 'true' || env['COOKIE_SECURE'] === '1';
  const payouts = !['false', '0', 'off'].includes((env['FEATURE_PAYOUTS'] ?? 'true').toLowerCase());
  return { port, host, gatewayOrigin: parsed!.origin, hsts: production || secure, production, features: { payouts } };
}
