import { PLATFORM_TENANT, streams } from '../../core/stream-names';
import { type EventStore, ofType } from '../../event-store/event-store';

/**
 * One published version of a template the tenant sees (its own, or a classic one), read from
 * the template's stream: what a certificate and its preview are rendered from.
 */
export async function templateVersion(
  store: EventStore,
  tenant: string,
  templateId: string,
  version: number,
) {
  for (const owner of [tenant, PLATFORM_TENANT]) {
    const events = await store.readStream(streams.template(owner, templateId));
    const created = events.findLast(ofType('CertificateTemplateCreated'))?.data;
    const published = events
      .filter(ofType('CertificateTemplateVersionPublished'))
      .find((event) => event.data.version === version)?.data;
    if (created && published) {
      const { html, css, page } = published;
      return { owner, language: created.language, content: { html, css, page } };
    }
  }
  throw new Error(`Template ${templateId} has no version ${version}`);
}
