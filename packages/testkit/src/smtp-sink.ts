import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, ready for SMTP_URL. */
  url: string;
  port: number;
  /** Every message accepted so far, parsed, in arrival order. */
  messages: ParsedMail[];
  /** The first message (already here or still to come) that matches; rejects after timeoutMs. */
  waitFor(predicate: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback that accepts everything and keeps it, so tests assert on mail as
 * a recipient would see it. Plain text only (no STARTTLS); any AUTH is accepted, to exercise
 * credentialed SMTP_URLs.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const arrived = new Set<(m: ParsedMail) => void>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // a client still holding a pooled connection must not keep stop() waiting for the 30 s default
    closeTimeout: 500,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonymous' }),
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          for (const listener of arrived) listener(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // errors after start (a client dropping mid-session) belong to that session, not to the test process
  server.on('error', () => {});
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(predicate, timeoutMs = 5_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const listener = (mail: ParsedMail) => {
          if (!predicate(mail)) return;
          done();
          resolve(mail);
        };
        const timer = setTimeout(() => {
          done();
          const subjects = messages.map((m) => JSON.stringify(m.subject ?? ''));
          reject(new Error(`No matching mail within ${timeoutMs} ms; received ${messages.length}: ${subjects.join(', ') || '(none)'}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          arrived.delete(listener);
        };
        arrived.add(listener);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
