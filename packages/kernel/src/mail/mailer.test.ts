import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
// the sink file alone: the testkit index would load the whole system into a kernel unit test
import { startSmtpSink, type SmtpSink } from '../../../testkit/src/smtp-sink.js';
import type { Logger } from '../log/logger.js';
import { freePort } from '../net/free-port.js';
import { createMailer, MailMessageError, type Mailer } from './mailer.js';

const FROM = 'Guildhall <no-reply@guildhall.local>';

function recordingLog() {
  const records: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const log: Logger = {
    debug: (message, fields) => void records.push({ level: 'debug', message, fields }),
    info: (message, fields) => void records.push({ level: 'info', message, fields }),
    warn: (message, fields) => void records.push({ level: 'warn', message, fields }),
    error: (message, fields) => void records.push({ level: 'error', message, fields }),
    child: () => log,
  };
  return { log, records };
}

describe('SMTP transport', () => {
  let sink: SmtpSink;
  let mailer: Mailer;

  beforeAll(async () => {
    sink = await startSmtpSink();
    mailer = createMailer({ smtpUrl: sink.url, from: FROM, log: recordingLog().log });
  });
  afterAll(async () => {
    await mailer.close();
    await sink.stop();
  });

  it('delivers subject, recipient, text and html, and returns the message id', async () => {
    const sent = await mailer.send({
      to: 'ada@example.test',
      subject: 'Welcome to Guildhall — réglage',
      text: 'Plain body\nsecond line',
      html: '<p>HTML body</p>',
      headers: { 'X-Guildhall-Kind': 'welcome' },
    });
    expect(sent.transport).toBe('smtp');
    expect(sent.messageId).toMatch(/^<.+@.+>$/);

    const mail = await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.subject).toBe('Welcome to Guildhall — réglage');
    expect(mail.to).toMatchObject({ value: [{ address: 'ada@example.test' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'no-reply@guildhall.local', name: 'Guildhall' }] });
    expect(mail.text?.trim()).toBe('Plain body\nsecond line');
    expect(mail.html).toContain('<p>HTML body</p>');
    expect(mail.headers.get('x-guildhall-kind')).toBe('welcome');
  });

  it('sends with credentials in the URL', async () => {
    const url = new URL(sink.url);
    url.username = 'mailer';
    url.password = 'p@ss:word';
    const authed = createMailer({ smtpUrl: url.toString(), from: FROM, log: recordingLog().log });
    try {
      const sent = await authed.send({ to: 'bob@example.test', subject: 'With auth', text: 'hi' });
      await expect(sink.waitFor((m) => m.messageId === sent.messageId)).resolves.toBeDefined();
    } finally {
      await authed.close();
    }
  });

  it('refuses CR or LF in subject and recipient, and sends nothing', async () => {
    const before = sink.messages.length;
    const attempts = [
      { to: 'ada@example.test', subject: 'Hi\r\nBcc: victim@example.test', text: 'x' },
      { to: 'ada@example.test', subject: 'Hi\nthere', text: 'x' },
      { to: 'ada@example.test\r\nBcc: victim@example.test', subject: 'Hi', text: 'x' },
      { to: 'ada@example.test', subject: 'Hi', text: 'x', headers: { 'X-Note': 'a\rb' } },
    ];
    for (const attempt of attempts) await expect(mailer.send(attempt)).rejects.toThrow(MailMessageError);
    // a well-formed message sent afterwards is the next one the sink sees
    const sent = await mailer.send({ to: 'ada@example.test', subject: 'After', text: 'x' });
    await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(sink.messages.slice(before).map((m) => m.subject)).toEqual(['After']);
  });

  it('rejects a send once closed, instead of leaving it pending', async () => {
    const closing = createMailer({ smtpUrl: sink.url, from: FROM, log: recordingLog().log });
    await closing.close();
    await expect(closing.send({ to: 'ada@example.test', subject: 'Late', text: 'x' })).rejects.toThrow('closed');
  });
});

describe('SMTP server down', () => {
  it('rejects the send', async () => {
    const port = await freePort(); // free means nothing listens there
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, log: recordingLog().log });
    try {
      await expect(mailer.send({ to: 'ada@example.test', subject: 'Nobody home', text: 'x' })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await mailer.close();
    }
  });
});

describe('file transport', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-outbox-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one parseable .eml per message and logs its path', async () => {
    const { log, records } = recordingLog();
    const outbox = join(dir, 'outbox'); // created on first send
    const mailer = createMailer({ outboxDir: outbox, from: FROM, log });
    const sent = await mailer.send({ to: 'ada@example.test', subject: 'Invoice ready', text: 'See attached.', html: '<b>See attached.</b>' });
    await mailer.close();
    expect(sent.transport).toBe('file');

    const files = readdirSync(outbox);
    expect(files).toHaveLength(1); // no temporary file left behind
    expect(files[0]).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{8}\.eml$/);
    const raw = readFileSync(join(outbox, files[0]!));
    expect(raw.toString('latin1')).toContain('\r\n'); // RFC 822 line ends

    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.subject).toBe('Invoice ready');
    expect(mail.to).toMatchObject({ value: [{ address: 'ada@example.test' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'no-reply@guildhall.local' }] });
    expect(mail.text?.trim()).toBe('See attached.');
    expect(mail.html).toContain('<b>See attached.</b>');
    expect(records.some((r) => r.fields?.['path'] === join(outbox, files[0]!))).toBe(true);
  });

  it('gives every message its own file', async () => {
    const mailer = createMailer({ outboxDir: dir, from: FROM, log: recordingLog().log });
    await Promise.all([1, 2, 3].map((n) => mailer.send({ to: 'ada@example.test', subject: `n${n}`, text: 'x' })));
    await mailer.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.eml'))).toHaveLength(3);
  });

  it('refuses CR or LF in the subject and writes nothing', async () => {
    const mailer = createMailer({ outboxDir: dir, from: FROM, log: recordingLog().log });
    await expect(mailer.send({ to: 'ada@example.test', subject: 'Hi\r\nBcc: victim@example.test', text: 'x' })).rejects.toThrow(MailMessageError);
    await mailer.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prefers SMTP when both are configured', async () => {
    const sink = await startSmtpSink();
    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: dir, from: FROM, log: recordingLog().log });
    try {
      expect((await mailer.send({ to: 'ada@example.test', subject: 'Both', text: 'x' })).transport).toBe('smtp');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await mailer.close();
      await sink.stop();
    }
  });
});

describe('construction', () => {
  const { log } = recordingLog();

  it('throws without SMTP URL or outbox directory, so mail is never dropped', () => {
    expect(() => createMailer({ from: FROM, log })).toThrow(/SMTP_URL.*MAIL_OUTBOX_DIR/);
  });

  it('refuses a URL that is not smtp:// or smtps://, without echoing it', () => {
    expect(() => createMailer({ smtpUrl: 'https://user:secret@mail.example', from: FROM, log })).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => createMailer({ smtpUrl: 'not a url secret', from: FROM, log })).toThrow(/^(?!.*secret)/);
  });

  it('refuses a multi-line from address', () => {
    expect(() => createMailer({ outboxDir: tmpdir(), from: 'A <a@example.test>\r\nBcc: b@example.test', log })).toThrow(MailMessageError);
  });
});
