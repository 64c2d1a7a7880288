import { deterministicId } from '../../../core/deterministic-id';
import { PLATFORM_TENANT, streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { template } from '../domain/template';
import type { TemplateContent, TemplateKind } from '../../../events/template.events';

export interface NewTemplate {
  readonly kind: TemplateKind;
  readonly title: string;
  readonly language: string;
  readonly content: TemplateContent;
  /** Classic templates only: the one tenant it is made for; null offers it to every tenant. */
  readonly tenantId: string | null;
}

/** Authors make templates for their tenant; operators make classic ones. Version 1 comes with it. */
export async function createTemplate(
  write: WriteModel,
  context: CommandContext,
  request: NewTemplate,
) {
  // Derived from the command id, so a retried request addresses the same new stream.
  const templateId = deterministicId(`template/${context.commandId}`);
  const owner = request.kind === 'author' ? context.tenant : (request.tenantId ?? PLATFORM_TENANT);
  const outcome = await write.execute(
    streams.template(owner, templateId),
    template,
    { ...context, tenant: owner },
    (now) => ({
      type: 'CreateTemplate' as const,
      templateId,
      kind: request.kind,
      title: request.title,
      language: request.language,
      ownerTenantId: owner === PLATFORM_TENANT ? null : owner,
      content: request.content,
      note: null,
      by: context.actor.id,
      at: now,
    }),
  );
  return { ...outcome, templateId };
}
