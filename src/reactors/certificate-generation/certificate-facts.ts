import type { EventStore, RecordedEvent } from '../../event-store/event-store';
import type { CertificateDocument } from '../../rendering/render-certificate';
import type { CertificateEvent } from '../../write/certificates/domain/certificate.events';
import { PLATFORM_TENANT, streams } from '../../write/stream-names';
import type { TemplateContent } from '../../write/templates/domain/template.events';

type Requested = Extract<CertificateEvent, { type: 'CertificateGenerationRequested' }>['data'];

export type RenderJob = CertificateDocument;

const latest = (events: readonly RecordedEvent[], type: string) =>
  events.findLast((event) => event.type === type)?.data;

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
  const learner = latest(profile, 'LearnerProfileRecorded');
  const created = latest(training, 'TrainingCreated');
  const completion = latest(enrollment, 'TrainingCompleted');
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

export async function templateVersion(
  store: EventStore,
  tenant: string,
  templateId: string,
  version: number,
) {
  for (const owner of [tenant, PLATFORM_TENANT]) {
    const events = await store.readStream(streams.template(owner, templateId));
    const created = latest(events, 'CertificateTemplateCreated');
    const published = events.find(
      (event) =>
        event.type === 'CertificateTemplateVersionPublished' && event.data.version === version,
    )?.data as (TemplateContent & { version: number }) | undefined;
    if (created && published) {
      const { html, css, page } = published;
      return { owner, language: String(created.language), content: { html, css, page } };
    }
  }
  throw new Error(`Template ${templateId} has no version ${version}`);
}
