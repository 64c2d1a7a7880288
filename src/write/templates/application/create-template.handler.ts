import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '../../../core/deterministic-id';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { PLATFORM_TENANT, streams } from '../../stream-names';
import { template, type TemplateState } from '../domain/template';
import type { TemplateContent, TemplateEvent, TemplateKind } from '../domain/template.events';

export interface NewTemplate {
  readonly kind: TemplateKind;
  readonly title: string;
  readonly language: string;
  readonly content: TemplateContent;
  /** Classic templates only: the one tenant it is made for; null offers it to every tenant. */
  readonly tenantId: string | null;
}

type Outcome = CommandOutcome<TemplateState, TemplateEvent> & { templateId: string };

export class CreateTemplate extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly template: NewTemplate,
  ) {
    super();
  }
}

/** Authors make templates for their tenant; operators make classic ones. Version 1 comes with it. */
@CommandHandler(CreateTemplate)
export class CreateTemplateHandler implements ICommandHandler<CreateTemplate> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  async execute({ context, template: request }: CreateTemplate): Promise<Outcome> {
    // Derived from the command id, so a retried request addresses the same new stream.
    const templateId = deterministicId(`template/${context.commandId}`);
    const owner =
      request.kind === 'author' ? context.tenant : (request.tenantId ?? PLATFORM_TENANT);
    const outcome = await this.write.execute(
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
}
