import { type EventStore, ofType } from '../../event-store/event-store';
import type { CertificateDocument } from '../../rendering/render-certificate';
import type { CertificateEvent } from '../../write/certificates/domain/certificate.events';
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
  const [profile, training, enrollment] = await Promise.all([
    store.readStream(streams.learner(tenant, learnerId)),
    store.readStream(streams.training(tenant, trainingId)),
    store.readStream(streams.enrollment(tenant, trainingId, learnerId)),
  ]);
  const template = await templateVersion(store, tenant, templateId, version);
  const learner = profile.findLast(ofType('LearnerProfileRecorded'))?.data;
  const created = training.findLast(ofType('TrainingCreated'))?.data;
  const completion = enrollment.findLast(ofType('TrainingCompleted'))?.data;
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
      // Issuer profiles and validity periods plug in here: the profile's name, url and logo, and
      // the validUntil the generation request will carry. Until then: the tenant id, no expiry.
      issuer: { name: tenant },
      validUntil: null,
    },
  };
}
