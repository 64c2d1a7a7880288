import { MailNotSent, refusedForGood } from '../../src/reactors/learner-mails/mail-transport';

/** Which SMTP failures end a mail (recorded as failed) and which are tried again. */
describe('SMTP failures', () => {
  it.each([
    ['a 550 to the recipient', { code: 'EENVELOPE', responseCode: 550, permanent: true }, true],
    ['a 554 to the message', { code: 'EMESSAGE', responseCode: 554, permanent: true }, true],
    ['an address nodemailer will not use', { code: 'EENVELOPE', command: 'API' }, true],
    ['a 450 to the recipient', { code: 'EENVELOPE', responseCode: 450, permanent: false }, false],
    ['a refused login', { code: 'EAUTH', responseCode: 535, permanent: true }, false],
    ['a refused connection', { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }, false],
    ['a timeout', { code: 'ETIMEDOUT' }, false],
    ['anything else', new Error('boom'), false],
  ])('%s: for good is %s', (_case, error, forGood) => {
    expect(refusedForGood(error)).toBe(forGood);
  });

  it('names only the codes, never the reply text (it may quote the address)', () => {
    const error = Object.assign(new Error('550 <ann@example.com>: no such user'), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 <ann@example.com>: no such user',
    });
    expect(new MailNotSent(error).message).toBe('mail not sent: EENVELOPE 550');
  });
});
