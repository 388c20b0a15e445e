/**
 * The dashboard's server: the Next.js production build, and the gateway's browser-facing paths
 * proxied on the same origin (GraphQL over HTTP and graphql-ws, SSO, document and export links), so
 * the session cookie, CSRF rules and the CSP all see one site. /healthz for orchestrators.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nextModule from 'next';
import { readConfig } from './config.js';
import { isGatewayPath, proxyHttp, proxyUpgrade } from './gateway-proxy.js';
import { securityHeaders } from './security-headers.js';

// next is CommonJS whose module.exports is the factory; its typings describe an ES default export
const next = nextModule as unknown as (typeof nextModule)['default'];

const config = readConfig(process.env);
const headers = securityHeaders(config);
const app = next({ dev: false, dir: join(dirname(fileURLToPath(import.meta.url)), '..'), hostname: config.host, port: config.port });
const handle = app.getRequestHandler();
await app.prepare();

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://dashboard').pathname;
  if (isGatewayPath(pathname)) return proxyHttp(config.gatewayOrigin, req, res);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (pathname === '/healthz') return sendJson(res, { status: 'ok', service: 'web' });
  // what the gateway composes (FEATURE_PAYOUTS), so the dashboard offers only pages the graph serves
  if (pathname === '/features.json') return sendJson(res, { payouts: config.features.payouts });
  void handle(req, res);
});
server.on('upgrade', (req, socket, head) => {
  if (new URL(req.url ?? '/', 'http://dashboard').pathname === '/graphql') proxyUpgrade(config.gatewayOrigin, req, socket, head);
  else socket.destroy();
});

server.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`web: listening on http://${config.host}:${port}/ (gateway ${config.gatewayOrigin})\n`);
});

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`web: ${signal} received, stopping\n`);
  // don't let a stuck keep-alive or WebSocket connection hold the process open
  setTimeout(() => process.exit(0), 5_000).unref();
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// started by the launcher: when it goes away (even killed), so does the web app
if (process.send) process.once('disconnect', () => stop('SIGTERM'));
