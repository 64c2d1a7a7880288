import { refuse } from '../../../core/domain-error';
import { PLATFORM_TENANT, streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { findVisibleTemplate } from './find-template';
import { template, type TemplateEdit } from '../domain/template';

export interface TemplateVersion {
  readonly templateId: string;
  readonly edit: TemplateEdit;
  readonly note: string | null;
  /** Operators editing a tenant's own classic template name that tenant. */
  readonly tenantId: string | null;
}

/**
 * Authors edit their tenant's author templates; operators edit classic ones. A template the
 * caller may see but not edit is refused (403); one it cannot see is not found (404).
 */
export async function publishTemplateVersion(
  write: WriteModel,
  context: CommandContext,
  version: TemplateVersion,
) {
  const { templateId } = version;
  const operator = context.actor.roles.includes('operator');
  const lookIn = operator ? (version.tenantId ?? PLATFORM_TENANT) : context.tenant;
  const found = await findVisibleTemplate(write, lookIn, templateId);
  if (!found) return refuse('template-not-found', `No template ${templateId}`);
  const editable = operator
    ? found.state.kind === 'classic'
    : found.state.kind === 'author' && found.owner === context.tenant;
  if (!editable) return refuse('forbidden', `You cannot edit template ${templateId}`);
  return write.execute(
    streams.template(found.owner, templateId),
    template,
    { ...context, tenant: found.owner },
    (now) => ({
      type: 'PublishTemplateVersion' as const,
      templateId,
      content: version.edit,
      note: version.note,
      by: context.actor.id,
      at: now,
    }),
  );
}
