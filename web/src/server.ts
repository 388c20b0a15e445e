/**
 * Placeholder for the Guildhall dashboard (the Next.js app replaces it): a dependency-free HTTP
 * server with one page pointing at the GraphQL gateway, and /healthz for orchestrators.
 *
 * Env: WEB_PORT (default 3000), WEB_HOST (default 127.0.0.1),
 *      GATEWAY_PUBLIC_URL (default http://localhost:4000/graphql; the URL browsers use, not the in-cluster one).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface WebConfig {
  port: number;
  host: string;
  gatewayUrl: string;
}

function readConfig(env: NodeJS.ProcessEnv): WebConfig {
  const problems: string[] = [];
  const rawPort = env['WEB_PORT'] ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) problems.push(`  WEB_PORT: must be an integer between 0 and 65535, got "${rawPort}"`);
  const host = env['WEB_HOST'] || '127.0.0.1';
  const gatewayUrl = env['GATEWAY_PUBLIC_URL'] || 'http://localhost:4000/graphql';
  let parsed: URL | null = null;
  try {
    parsed = new URL(gatewayUrl);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) problems.push(`  GATEWAY_PUBLIC_URL: must be an http(s) URL, got "${gatewayUrl}"`);
  if (problems.length) {
    process.stderr.write(`Invalid configuration:\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  return { port, host, gatewayUrl: parsed!.href };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 36rem; padding: 2rem; }
  h1 { font-size: 1.75rem; margin: 0 0 1rem; }
  a { color: LinkText; text-underline-offset: 0.2em; }
  a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

function renderPage(gatewayUrl: string): string {
  const href = escapeHtml(gatewayUrl);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The Guildhall dashboard is coming soon.">
<title>Guildhall dashboard — coming soon</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Guildhall dashboard — coming soon</h1>
<p>The web dashboard is being built. Meanwhile, the whole API is available through the GraphQL gateway:</p>
<p><a href="${href}">Open the Guildhall GraphQL gateway</a> (<code>${href}</code>)</p>
</main>
</body>
</html>
`;
}

/**
 * The gateway's hardening headers (docs/compliance.md): this page is fully known, so its policy is
 * enforced; violations go to the gateway's /csp-report. HSTS behind HTTPS (COOKIE_SECURE) and in
 * production. The Next.js dashboard carries these over in `next.config` `headers()`.
 */
function securityHeaders(env: NodeJS.ProcessEnv, gatewayUrl: string): Readonly<Record<string, string>> {
  const reportUrl = new URL('/csp-report', gatewayUrl).href;
  const hsts = env['NODE_ENV'] === 'production' || env['COOKIE_SECURE'] === 'true' || env['COOKIE_SECURE'] === '1';
  return {
    'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; report-uri ${reportUrl}`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(hsts ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const config = readConfig(process.env);
const page = renderPage(config.gatewayUrl);
const SECURITY_HEADERS = securityHeaders(process.env, config.gatewayUrl);

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://placeholder').pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, 405, 'application/json; charset=utf-8', JSON.stringify({ error: 'method not allowed' }), { Allow: 'GET, HEAD' });
  } else if (path === '/healthz') {
    send(req, res, 200, 'application/json; charset=utf-8', JSON.stringify({ status: 'ok' }));
  } else if (path === '/' || path === '/index.html') {
    send(req, res, 200, 'text/html; charset=utf-8', page);
  } else {
    send(req, res, 404, 'text/plain; charset=utf-8', 'Not found\n');
  }
});

server.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`web: listening on http://${config.host}:${port}/ (gateway ${config.gatewayUrl})\n`);
});

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`web: ${signal} received, stopping\n`);
  // don't let a stuck keep-alive connection hold the process open
  setTimeout(() => process.exit(0), 5_000).unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// started by the launcher: when it goes away (even killed), so does the web app
if (process.send) process.once('disconnect', () => stop('SIGTERM'));
