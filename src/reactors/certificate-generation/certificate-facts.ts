import { streams } from '../../core/stream-names';
import type { IssuerFacts } from '../../rendering/render-context';
import type { CertificateDocument } from '../../rendering/render-certificate';
import { certificateValidUntil } from '../../write/certificates/domain/certificate-validity';
import type { CertificateEvent } from '../../events/certificate.events';
import type { WriteModel } from '../../write/command-handling/write-model';
import { enrollment } from '../../write/enrollments/domain/enrollment';
import { findTemplateVersion } from '../../write/templates/application/find-template';
import { issuerProfile } from '../../write/issuers/domain/issuer-profile';
import { learnerProfile } from '../../write/learners/domain/learner-profile';
import { training } from '../../write/trainings/domain/training';
import type { TrainingType } from '../../events/training.events';

type Requested = Extract<CertificateEvent, { type: 'CertificateGenerationRequested' }>['data'];

/** A certificate to render, and the kind of training its credential names. */
export interface RenderJob extends CertificateDocument {
  readonly trainingType: TrainingType;
}

/**
 * Everything a certificate shows, as the write side knows it now: the template version the
 * request recorded, the learner's profile, the training, the completion and the issuer, and
 * the number the certificate was given. Each stream is folded once, by its own decider, so
 * every field arrives typed.
 */
export async function loadRenderJob(
  write: WriteModel,
  tenant: string,
  request: Requested,
  { publicUrl, number }: { publicUrl: string; number: string },
): Promise<RenderJob> {
  const { templateId, version, trainingId, learnerId, certificateId } = request;
  const [learner, trained, completion, issuer, template] = await Promise.all([
    write.state(streams.learner(tenant, learnerId), learnerProfile),
    write.state(streams.training(tenant, trainingId), training),
    write.state(streams.enrollment(tenant, trainingId, learnerId), enrollment),
    write.state(streams.issuerProfile(tenant), issuerProfile),
    findTemplateVersion(write, tenant, templateId, version),
  ]);
  if (!template) throw new Error(`Template ${templateId} has no version ${version}`);
  const validUntil = certificateValidUntil(request);
  return {
    language: template.language,
    content: template.content,
    trainingType: trained?.type ?? 'course',
    facts: {
      learner: { name: learner?.name ?? learnerId, email: learner?.email ?? '' },
      training: { title: trained?.title ?? trainingId, type: trained?.type ?? 'course' },
      completedAt: new Date(completion?.completedAt ?? request.requestedAt),
      score: completion?.score ?? null,
      certificateId,
      number,
      issuedAt: new Date(request.requestedAt),
      verificationUrl: `${publicUrl.replace(/\/$/, '')}/verify/${certificateId}`,
      // The tenant id names the issuer until the tenant records a profile.
      issuer: issuer ? issuerFacts(issuer) : { name: tenant },
      validUntil: validUntil === null ? null : new Date(validUntil),
    },
  };
}

function issuerFacts(profile: {
  name: string;
  url: string | null;
  logo: string | null;
}): IssuerFacts {
  return {
    name: profile.name,
    ...(profile.url !== null && { url: profile.url }),
    ...(profile.logo !== null && { logo: profile.logo }),
  };
}
