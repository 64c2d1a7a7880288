import { buffer } from 'node:stream/consumers';
import type Mail from 'nodemailer/lib/mailer';
import { streams } from '../../core/stream-names';
import { certificateFileKey } from '../../file-store/file-keys';
import type { FileStore } from '../../file-store/file-store';
import { findPublicCertificate } from '../../read/public-certificates/public-certificate';
import { pageLanguage } from '../../read/public-certificates/verification-labels';
import type { ReadModels } from '../../read/read-models';
import type { WriteModel } from '../../write/command-handling/write-model';
import { learnerProfile } from '../../write/learners/domain/learner-profile';
import { composeMail } from './mail-templates';
import type { MailKind } from './mail-wording';

/** What a mail is about: one event of one certificate of one learner. */
export interface MailSubject {
  readonly eventId: string;
  readonly tenant: string;
  readonly certificateId: string;
  readonly learnerId: string;
  readonly kind: MailKind;
  readonly attachPdf: boolean;
  readonly replyTo: string | null;
}

export interface MailParts {
  readonly reads: ReadModels;
  readonly write: WriteModel;
  readonly files: FileStore;
  readonly publicUrl: string;
  readonly from: string;
  readonly now: Date;
}

/**
 * The mail to send for `subject`, built now: the address and name from the learner's sealed
 * profile as it is opened today (null when erased or never given: no mail), the certificate's
 * public facts in its template's language, and the PDF when the tenant attaches it. The
 * Message-ID derives from the event, so a mail sent again after a crash is the same message.
 */
export async function learnerMail(
  parts: MailParts,
  subject: MailSubject,
): Promise<Mail.Options | null> {
  const { tenant, certificateId, learnerId, kind } = subject;
  const [profile, found] = await Promise.all([
    parts.write.state(streams.learner(tenant, learnerId), learnerProfile),
    findPublicCertificate(parts.reads, parts.publicUrl, certificateId, parts.now),
  ]);
  if (!profile?.email || profile.erasedAt !== null || !found || found.erased) return null;
  const { answer } = found;
  const pdf =
    kind === 'ready' && subject.attachPdf ? await storedPdf(parts.files, certificateId) : null;
  const content = composeMail({
    kind,
    language: pageLanguage(undefined, found.language),
    name: profile.name ?? '',
    training: answer.training.title,
    issuer: answer.issuer.name,
    number: answer.number,
    verificationUrl: answer.verificationUrl,
    validUntil: answer.validUntil,
    attached: pdf !== null,
  });
  return {
    from: parts.from,
    to: profile.email,
    ...(subject.replyTo !== null && { replyTo: subject.replyTo }),
    messageId: `<${subject.eventId}@${new URL(parts.publicUrl).hostname}>`,
    ...content,
    ...(pdf && {
      attachments: [
        {
          filename: `${answer.number ?? certificateId}.pdf`,
          content: pdf,
          contentType: 'application/pdf',
        },
      ],
    }),
  };
}

/** The certificate's PDF as stored, or null when it is not (or no longer) there. */
async function storedPdf(files: FileStore, certificateId: string): Promise<Buffer | null> {
  const stream = await files.open(certificateFileKey(certificateId));
  return stream ? buffer(stream) : null;
}
