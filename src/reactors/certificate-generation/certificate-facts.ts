import { type EventStore, ofType } from '../../event-store/event-store';
import type { CertificateDocument } from '../../rendering/render-certificate';
import type { CertificateEvent } from '../../events/certificate.events';
import { certificateValidUntil } from '../../write/certificates/domain/certificate-validity';
import { streams } from '../../core/stream-names';
import { templateVersion } from '../../read/templates/template-version';

type Requested = Extract<CertificateEvent, { type: 'CertificateGenerationRequested' }>['data'];

export type RenderJob = CertificateDocument;

/**
 * Everything a certificate shows, read from the log as it stands: the template version the
 * request recorded, the learner's profile, the training and the completion.
 */
export async function loadRenderJob(
  store: EventStore,
  tenant: string,
  request: Requested,
  publicUrl: string,
): Promise<RenderJob> {
  const { templateId, version, trainingId, learnerId, certificateId } = request;
  const [profile, training, enrollment, issuer] = await Promise.all([
    store.readStream(streams.learner(tenant, learnerId)),
    store.readStream(streams.training(tenant, trainingId)),
    store.readStream(streams.enrollment(tenant, trainingId, learnerId)),
    store.readStream(streams.issuerProfile(tenant)),
  ]);
  const template = await templateVersion(store, tenant, templateId, version);
  const learner = profile.findLast(ofType('LearnerProfileRecorded'))?.data;
  const created = training.findLast(ofType('TrainingCreated'))?.data;
  const completion = enrollment.findLast(ofType('TrainingCompleted'))?.data;
  const issuerProfile = issuer.findLast(ofType('IssuerProfileRecorded'))?.data;
  const validUntil = certificateValidUntil(request);
  return {
    language: template.language,
    content: template.content,
    facts: {
      learner: {
        name: typeof learner?.name === 'string' ? learner.name : learnerId,
        email: typeof learner?.email === 'string' ? learner.email : '',
      },
      training: {
        title: typeof created?.title === 'string' ? created.title : trainingId,
        type: typeof created?.type === 'string' ? created.type : 'course',
      },
      completedAt: new Date(
        typeof completion?.completedAt === 'string' ? completion.completedAt : request.requestedAt,
      ),
      score: typeof completion?.score === 'number' ? completion.score : null,
      certificateId,
      issuedAt: new Date(request.requestedAt),
      verificationUrl: `${publicUrl.replace(/\/$/, '')}/verify/${certificateId}`,
      // The tenant id names the issuer until the tenant records a profile.
      issuer: issuerProfile
        ? {
            name: issuerProfile.name,
            ...(issuerProfile.url !== null && { url: issuerProfile.url }),
            ...(issuerProfile.logo !== null && { logo: issuerProfile.logo }),
          }
        : { name: tenant },
      validUntil: validUntil === null ? null : new Date(validUntil),
    },
  };
}
