import { isExpired, validOnDay, type ValidOnReason } from '../../core/certificate-validity';
import { linkedInUrl } from '../../credentials/linkedin-url';
import { badgeUrl, credentialUrl, verificationUrl } from '../../credentials/public-urls';
import { PLATFORM_TENANT } from '../../core/stream-names';
import type { Doc } from '../../read-store/read-store';
import type { ReadModels } from '../read-models';
import {
  factKey,
  PUBLIC_CERTIFICATES,
  PUBLIC_FACTS,
  type PublicCertificateDoc,
  publicCertificatesProjection,
  reasonsOf,
  type RevocationReasonsDoc,
} from './public-certificates.projection';

export type PublicStatus = 'valid' | 'revoked' | 'expired' | 'deleted' | 'erased';

/** SPEC §5's public answer: never an e-mail or a learner id. */
export interface PublicCertificate {
  readonly certificateId: string;
  readonly status: PublicStatus;
  readonly learner: { readonly name: string } | null;
  readonly training: { readonly title: string; readonly type: string };
  readonly issuer: {
    readonly tenantId: string;
    readonly name: string;
    readonly url: string | null;
  };
  readonly issuedAt: string;
  readonly completedAt: string | null;
  readonly validUntil: string | null;
  readonly template: {
    readonly templateId: string;
    readonly title: string;
    readonly version: number;
  };
  readonly file: { readonly sha256: string; readonly size: number };
  readonly revokedAt?: string;
  readonly revocationReason?: string;
  readonly deletedAt?: string;
  readonly verificationUrl: string;
  readonly credentialUrl: string | null;
  /** null only for a certificate the numbering has not reached yet. */
  readonly number: string | null;
  readonly cycle: number;
  readonly renews?: string;
  readonly renewedBy?: string;
  readonly linkedInUrl: string;
  readonly badgeUrl: string | null;
  readonly validOn?: {
    readonly date: string;
    readonly valid: boolean;
    readonly reason: ValidOnReason;
  };
}

/** The answer and what the page needs besides: the template's language and the credential file. */
export interface FoundCertificate {
  readonly answer: PublicCertificate;
  readonly language: string;
  readonly credentialFileId: string | null;
  /** The learner's personal data was erased: the credential, which identifies them, is gone. */
  readonly erased: boolean;
}

type Fact = Doc & Record<string, string | null | undefined>;

/** A generated certificate's public facts; null for an unknown id or one not generated (yet). */
export async function findPublicCertificate(
  reads: ReadModels,
  publicUrl: string,
  certificateId: string,
  now: Date,
  /** 'YYYY-MM-DD': also say whether it was valid all of that UTC day. */
  on?: string,
): Promise<FoundCertificate | null> {
  const name = publicCertificatesProjection.name;
  const doc = await reads.get<PublicCertificateDoc>(name, PUBLIC_CERTIFICATES, certificateId);
  if (!doc?.file) return null;
  const { tenant, trainingId, learnerId, templateId } = doc;
  const keys = [
    factKey('learner', tenant, learnerId),
    factKey('training', tenant, trainingId),
    factKey('completion', tenant, trainingId, learnerId),
    factKey('issuer', tenant),
    factKey('template', tenant, templateId),
    factKey('template', PLATFORM_TENANT, templateId),
    reasonsOf(tenant, learnerId),
  ];
  const found = new Map(
    (await reads.getMany<Fact>(name, PUBLIC_FACTS, keys)).map((fact) => [fact._id, fact]),
  );
  const [learner, training, completion, issuer, own, classic, reasons] = keys.map((key) =>
    found.get(key),
  );
  const revocationReason = (reasons as RevocationReasonsDoc | undefined)?.reasons[certificateId];
  const template = own ?? classic;
  const title = training?.title ?? trainingId;
  const issuerName = issuer?.name ?? tenant;
  const answer: PublicCertificate = {
    certificateId,
    // A revocation stays told after an erasure; otherwise the page says only that it was erased.
    status: learner?.erasedAt && doc.status !== 'revoked' ? 'erased' : publicStatus(doc, now),
    learner: learner?.name ? { name: learner.name } : null,
    training: { title, type: training?.type ?? 'course' },
    issuer: { tenantId: tenant, name: issuerName, url: issuer?.url ?? null },
    issuedAt: doc.issuedAt,
    completedAt: completion?.completedAt ?? null,
    validUntil: doc.validUntil,
    template: { templateId, title: template?.title ?? templateId, version: doc.version },
    file: doc.file,
    ...(doc.revokedAt !== null && { revokedAt: doc.revokedAt }),
    ...(revocationReason !== undefined && { revocationReason }),
    ...(doc.deletedAt !== null && { deletedAt: doc.deletedAt }),
    verificationUrl: verificationUrl(publicUrl, certificateId),
    credentialUrl: doc.credentialFileId ? credentialUrl(publicUrl, certificateId) : null,
    number: doc.number ?? null,
    cycle: doc.cycle ?? 1,
    ...(doc.renews && { renews: doc.renews }),
    ...(doc.renewedBy && { renewedBy: doc.renewedBy }),
    linkedInUrl: linkedInUrl({
      ...{ name: title, organizationName: issuerName },
      ...{ issuedAt: doc.issuedAt, validUntil: doc.validUntil },
      ...{ certUrl: verificationUrl(publicUrl, certificateId), certId: doc.number ?? null },
    }),
    badgeUrl: doc.credentialFileId ? badgeUrl(publicUrl, certificateId) : null,
    ...(on !== undefined && {
      validOn: validOnDay(
        {
          issuedAt: doc.issuedAt,
          validUntil: doc.validUntil,
          revokedAt: doc.revokedAt,
          deletedAt: doc.deletedAt,
          erasedAt: learner?.erasedAt ?? null,
        },
        on,
      ),
    }),
  };
  const { credentialFileId } = doc;
  const erased = Boolean(learner?.erasedAt);
  return { answer, language: template?.language ?? 'en', credentialFileId, erased };
}

/** Expiry is the only status that depends on the clock, so it is decided when asked. */
export function publicStatus(doc: PublicCertificateDoc, now: Date): PublicStatus {
  if (doc.status === 'revoked') return 'revoked';
  if (doc.status === 'deleted') return 'deleted';
  if (isExpired(doc.validUntil, now)) return 'expired';
  return 'valid';
}
