import type Mail from 'nodemailer/lib/mailer';

/** How the mail reactor hands a mail to the SMTP server. */
export interface MailSender {
  send(message: Mail.Options): Promise<void>;
  close(): void;
}

/**
 * One pooled SMTP transport from `SMTP_URL` (credentials in the URL). Nodemailer's own logger
 * stays off: its lines would carry addresses and the server's replies. Nodemailer is loaded with
 * the first mail, so a service that sends none never pays for its import.
 */
export function smtpSender(url: string, connections: number): MailSender {
  let transport: ReturnType<typeof pooledTransport> | undefined;
  let closed = false;
  return {
    send: async (message) => {
      // Never a transport opened after the close: nothing would close its connections.
      if (closed) throw new Error('the SMTP transport is closed');
      await (await (transport ??= pooledTransport(url, connections))).sendMail(message);
    },
    close: () => {
      closed = true;
      void transport?.then((opened) => opened.close());
    },
  };
}

async function pooledTransport(url: string, connections: number) {
  const { createTransport } = await import('nodemailer');
  return createTransport({
    url,
    pool: true,
    maxConnections: connections,
    // A mail whose connection drops fails at once instead of waiting in the pool's queue: the
    // reactor's retry reads the address again, so a learner erased meanwhile gets nothing.
    maxRequeues: 0,
    logger: false,
    debug: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

interface SmtpFailure {
  readonly code?: string;
  /** The SMTP command in flight; 'API' when nodemailer refused the mail before sending it. */
  readonly command?: string;
  readonly responseCode?: number;
  readonly permanent?: boolean;
}

/**
 * The server refused this mail for good (a 5xx to the recipient or the message), or nodemailer
 * would not send it (an address it cannot use): sending it again gets the same answer. A
 * refused login, a dropped connection or a 4xx is for later.
 */
export function refusedForGood(error: unknown): boolean {
  const failure = error as SmtpFailure | null;
  const envelope = failure?.code === 'EENVELOPE';
  if (envelope && failure?.command === 'API') return true;
  return failure?.permanent === true && (envelope || failure.code === 'EMESSAGE');
}

/** The SMTP reply code of a failure, if the server gave one. */
export const smtpCode = (error: unknown): number | null =>
  (error as SmtpFailure | null)?.responseCode ?? null;

/**
 * A mail that could not go out now and is tried again through the processor's backoff. Its
 * message names only codes: the server's reply may quote the address, the URL the password.
 */
export class MailNotSent extends Error {
  constructor(error: unknown) {
    const failure = error as SmtpFailure | null;
    super(`mail not sent: ${failure?.code ?? 'error'} ${smtpCode(error) ?? ''}`.trim());
    this.name = 'MailNotSent';
  }
}
