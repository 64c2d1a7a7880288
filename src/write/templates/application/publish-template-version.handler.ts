import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { refuse } from '../../../core/domain-error';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { findVisibleTemplate } from '../../facts';
import { PLATFORM_TENANT, streams } from '../../stream-names';
import { template, type TemplateEdit, type TemplateState } from '../domain/template';
import type { TemplateEvent } from '../domain/template.events';

type Outcome = CommandOutcome<TemplateState, TemplateEvent>;

export class PublishTemplateVersion extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly templateId: string,
    readonly edit: TemplateEdit,
    readonly note: string | null,
    /** Operators editing a tenant's own classic template name that tenant. */
    readonly tenantId: string | null,
  ) {
    super();
  }
}

/**
 * Authors edit their tenant's author templates; operators edit classic ones. A template the
 * caller may see but not edit is refused (403); one it cannot see is not found (404).
 */
@CommandHandler(PublishTemplateVersion)
export class PublishTemplateVersionHandler implements ICommandHandler<PublishTemplateVersion> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  async execute(command: PublishTemplateVersion): Promise<Outcome> {
    const { context, templateId } = command;
    const operator = context.actor.roles.includes('operator');
    const lookIn = operator ? (command.tenantId ?? PLATFORM_TENANT) : context.tenant;
    const found = await findVisibleTemplate(this.write, lookIn, templateId);
    if (!found) return refuse('template-not-found', `No template ${templateId}`);
    const editable = operator
      ? found.state.kind === 'classic'
      : found.state.kind === 'author' && found.owner === context.tenant;
    if (!editable) return refuse('forbidden', `You cannot edit template ${templateId}`);
    return this.write.execute(
      streams.template(found.owner, templateId),
      template,
      { ...context, tenant: found.owner },
      (now) => ({
        type: 'PublishTemplateVersion' as const,
        templateId,
        content: command.edit,
        note: command.note,
        by: context.actor.id,
        at: now,
      }),
    );
  }
}
