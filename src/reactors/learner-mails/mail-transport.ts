import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/** How the mail reactor hands a mail to the SMTP server. */
export interface MailSender {
  send(message: Mail.Options): Promise<void>;
  close(): void;
}

/**
 * One pooled SMTP transport from `SMTP_URL` (credentials in the URL). Nodemailer's own logger
 * stays off: its lines would carry addresses and the server's replies.
 */
export function smtpSender(url: string, connections: number): MailSender {
  const transport = createTransport({
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
  return {
    send: async (message) => {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
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
