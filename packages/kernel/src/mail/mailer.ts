import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { Logger } from '../log/logger.js';

/**
 * Outbound mail for every service. SMTP when SMTP_URL is set; otherwise each message becomes an .eml
 * file in MAIL_OUTBOX_DIR (development, tests, air-gapped installs). Mail is never dropped silently:
 * no transport is a startup error, and a failed send rejects so the caller (usually a job) can retry.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  transport: 'smtp' | 'file';
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
  /** Waits for the sends already started, then releases connections; later sends reject. */
  close(): Promise<void>;
}

export interface MailerOptions {
  smtpUrl?: string;
  outboxDir?: string;
  from: string;
  log: Logger;
}

/** The message itself is unacceptable: retrying it cannot help. */
export class MailMessageError extends Error {}

// waiting on a dead server must end in a rejection, not a hung job
const SMTP_DEFAULTS: Omit<SMTPPool.Options, 'pool'> & { maxRequeues: number } = {
  maxConnections: 3,
  maxMessages: 100,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
  // the pool would otherwise resend forever when a connection drops mid-message; retry is the caller's call
  maxRequeues: 0, // honoured by nodemailer's pool, missing from its typings
};

export function createMailer(options: MailerOptions): Mailer {
  assertOneLine('from', options.from);
  if (!options.from.trim()) throw new MailMessageError('createMailer: "from" is empty');
  if (options.smtpUrl) return smtpMailer(options.smtpUrl, options);
  if (options.outboxDir) return fileMailer(options.outboxDir, options);
  throw new Error('createMailer: no transport. Set SMTP_URL to send, or MAIL_OUTBOX_DIR to write .eml files.');
}

function smtpMailer(smtpUrl: string, { from, log }: MailerOptions): Mailer {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('createMailer: smtpUrl is not a URL'); // never echo it: it may carry a password
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`createMailer: smtpUrl must be smtp:// or smtps://, not ${url.protocol}//`);
  // nodemailer's own parser keeps its query options (?tls.rejectUnauthorized=false, ?requireTLS=true...); they win over our defaults
  const transport = nodemailer.createTransport({ ...SMTP_DEFAULTS, ...parseConnectionUrl(smtpUrl), pool: true });
  log.info('mail goes out over SMTP', { host: url.hostname, port: Number(url.port) || null, secure: url.protocol === 'smtps:' });
  return guarded(from, async (mail) => {
    const info = await transport.sendMail(mail);
    // with several recipients the server may refuse some and take the rest; the send succeeded, but say so
    if (info.rejected.length) log.warn('mail refused for some recipients', { messageId: info.messageId, rejected: info.rejected.length });
    log.debug('mail sent', { messageId: info.messageId });
    return { messageId: info.messageId, transport: 'smtp' };
  }, () => transport.close());
}

function fileMailer(outboxDir: string, { from, log }: MailerOptions): Mailer {
  const dir = resolve(outboxDir);
  // builds the exact RFC 822 bytes SMTP would carry; CRLF line ends as the format requires
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  log.info('mail goes to the outbox directory, not to recipients', { dir });
  return guarded(from, async (mail) => {
    const info = await builder.sendMail(mail);
    if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer returned a stream where a buffer was asked for');
    const path = await writeAtomically(dir, `${timestamp()}-${randomBytes(4).toString('hex')}.eml`, info.message);
    log.info('mail written to outbox', { messageId: info.messageId, path });
    return { messageId: info.messageId, transport: 'file' };
  }, () => builder.close());
}

/** Readers (a developer, a test, a forwarder) only ever see complete files: write aside, flush, rename. */
async function writeAtomically(dir: string, name: string, content: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${name}.tmp`); // dot-prefixed, not .eml: globbing readers skip it
  const final = join(dir, name);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, final);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return final;
}

type Deliver = (mail: nodemailer.SendMailOptions) => Promise<SentMail>;

/** Shared by both transports: validate before anything leaves, refuse after close, let close drain. */
function guarded(from: string, deliver: Deliver, release: () => void): Mailer {
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  return {
    async send(message) {
      // a closed nodemailer pool ignores sends without ever calling back: refuse loudly instead
      if (closed) throw new Error('mailer is closed');
      const sending = deliver(toMail(from, message));
      inFlight.add(sending);
      try {
        return await sending;
      } finally {
        inFlight.delete(sending);
      }
    },
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
      release();
    },
  };
}

function toMail(from: string, message: MailMessage): nodemailer.SendMailOptions {
  // CR or LF in a header value would let the caller's input start new headers (Bcc:) or the body
  assertOneLine('to', message.to);
  assertOneLine('subject', message.subject);
  if (!message.to.trim()) throw new MailMessageError('mail has no recipient');
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!/^[!-9;-~]+$/.test(name)) throw new MailMessageError(`mail header name ${JSON.stringify(name)} is not a valid field name`);
    assertOneLine(`header ${name}`, value);
  }
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html !== undefined ? { html: message.html } : {}),
    ...(message.headers ? { headers: message.headers } : {}),
  };
}

function assertOneLine(field: string, value: string) {
  if (/[\r\n]/.test(value)) throw new MailMessageError(`mail ${field} must not contain CR or LF`);
}

/** 20260101T120000123Z: sorts in sending order and is a valid file name everywhere. */
const timestamp = () => new Date().toISOString().replace(/[-:.]/g, '');
