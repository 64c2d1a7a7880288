import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { deterministicId } from '../../../core/deterministic-id';
import { DomainError } from '../../../core/domain-error';
import type { CommandContext } from '../../../core/command-context';
import { WriteModel } from '../../command-handling/write-model';
import { PLATFORM_TENANT, streams } from '../../../core/stream-names';
import { CLASSIC_TEMPLATES, type ClassicTemplate } from '../classic/classic-templates';
import { template, type TemplateCommand } from '../domain/template';

/**
 * The product's classic templates live in the log like any other, so their versions are
 * listed and assigned the same way. At start-up a missing one is created, and one whose
 * shipped content changed gets a new version; ids derive from the content, so instances
 * starting together write each change once.
 */
@Injectable()
export class ClassicTemplatesSeeder implements OnApplicationBootstrap {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const classic of CLASSIC_TEMPLATES) await this.ensure(classic);
  }

  private async ensure(classic: ClassicTemplate): Promise<void> {
    const stream = streams.template(PLATFORM_TENANT, classic.templateId);
    const state = await this.write.state(stream, template);
    if (state && sameContent(state.latestContent, classic)) return;
    const fingerprint = createHash('sha256').update(JSON.stringify(classic)).digest('hex');
    const context: CommandContext = {
      commandId: deterministicId(`classic/${classic.templateId}/${fingerprint}`),
      tenant: PLATFORM_TENANT,
      actor: { id: 'system:product', roles: [] },
      correlationId: fingerprint,
      causationId: fingerprint,
    };
    try {
      await this.write.execute(stream, template, context, (now) => command(classic, !state, now));
    } catch (error) {
      // Another instance created it first; it will have shipped the same content.
      if (!(error instanceof DomainError && error.code === 'already-exists')) throw error;
    }
  }
}

function command(classic: ClassicTemplate, create: boolean, at: Date): TemplateCommand {
  const { templateId, content } = classic;
  const by = 'system:product';
  if (!create) return { type: 'PublishTemplateVersion', templateId, content, note: null, by, at };
  const { title, language } = classic;
  return {
    ...{ type: 'CreateTemplate', templateId, kind: 'classic', title, language },
    ...{ ownerTenantId: null, content, note: null, by, at },
  };
}

function sameContent(latest: ClassicTemplate['content'] | null, classic: ClassicTemplate): boolean {
  return JSON.stringify(latest) === JSON.stringify(classic.content);
}
