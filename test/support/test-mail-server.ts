import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as it arrived: parsed by mailparser, with the envelope's recipients. */
export interface ArrivedMail {
  readonly to: readonly string[];
  readonly mail: ParsedMail;
}

/**
 * A real SMTP server in the test process (smtp-server, no TLS, no login), keeping what arrives.
 * Recipients at a refused domain get a 550. It can go down and come back on the same port.
 */
export class TestMailServer {
  readonly arrived: ArrivedMail[] = [];
  private server: SMTPServer | null = null;
  private constructor(
    public port: number,
    private readonly refusedDomain: string,
  ) {}

  static async start(refusedDomain = 'refused.example'): Promise<TestMailServer> {
    const mails = new TestMailServer(0, refusedDomain);
    await mails.up();
    return mails;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens (again) on its port; the first time on a free one. */
  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      onRcptTo: (address, _session, callback) =>
        address.address.endsWith(`@${this.refusedDomain}`)
          ? callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
          : callback(),
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.arrived.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops the connections it has. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(resolve));
  }

  /** The mails that arrived for `address`. */
  to(address: string): ParsedMail[] {
    return this.arrived.filter((m) => m.to.includes(address)).map((m) => m.mail);
  }

  /** Waits (up to `timeoutMs`) until `count` mails arrived for `address`; answers them. */
  async waitFor(address: string, count: number, timeoutMs = 20_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(address).length < count && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    return this.to(address);
  }
}
