import { composeMail, type MailFacts } from '../../src/reactors/learner-mails/mail-templates';
import { MAIL_WORDING, type MailKind } from '../../src/reactors/learner-mails/mail-wording';
import { PAGE_LANGUAGES } from '../../src/read/public-certificates/verification-labels';

const facts: MailFacts = {
  kind: 'ready',
  language: 'en',
  name: 'Zoë <b>Quintero</b>',
  training: 'Forklifts & "Cranes"',
  issuer: 'Acme',
  number: 'ACME-2026-000001',
  verificationUrl: 'https://certs.example/verify/0b6f',
  validUntil: '2027-03-01T09:00:00.000Z',
  attached: true,
};
const KINDS: MailKind[] = ['ready', 'expiring', 'expired', 'revoked'];

describe('The learner mails’ templates', () => {
  it.each(PAGE_LANGUAGES.flatMap((language) => KINDS.map((kind) => [language, kind] as const)))(
    'compose a %s %s mail: subject, text and HTML with the link and the number',
    (language, kind) => {
      const mail = composeMail({ ...facts, language, kind });
      expect(mail.subject.length).toBeGreaterThan(10);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain(facts.verificationUrl);
        expect(body).toContain(facts.number);
        expect(body).not.toContain('{{');
      }
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.text).toContain(MAIL_WORDING[language].verify);
    },
  );

  it('escapes the learner’s and the training’s words in HTML, and keeps them as they are in text', () => {
    const mail = composeMail(facts);
    expect(mail.html).toContain('Zoë &lt;b&gt;Quintero&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Quintero');
    expect(mail.text).toContain('Hello Zoë <b>Quintero</b>,');
    expect(mail.subject).toBe('Your certificate for Forklifts & "Cranes" is ready');
  });

  it('writes the day out in the mail’s language, and leaves out what is unknown', () => {
    const mail = composeMail({ ...facts, kind: 'expiring', language: 'de', number: null });
    expect(mail.subject).toBe('Ihr Zertifikat für Forklifts & "Cranes" läuft am 1. März 2027 ab');
    expect(mail.text).not.toContain(MAIL_WORDING.de.number);
    expect(composeMail({ ...facts, attached: false }).text).not.toContain(MAIL_WORDING.en.attached);
  });
});
