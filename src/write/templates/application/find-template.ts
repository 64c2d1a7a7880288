import { PLATFORM_TENANT, streams } from '../../../core/stream-names';
import type { TemplateContent } from '../../../events/template.events';
import type { WriteModel } from '../../command-handling/write-model';
import { template, type TemplateState } from '../domain/template';

export interface VisibleTemplate {
  readonly stream: string;
  readonly owner: string;
  readonly state: TemplateState;
}

/** A tenant sees its own templates and the classic ones offered to every tenant. */
export async function findVisibleTemplate(
  write: WriteModel,
  tenant: string,
  templateId: string,
): Promise<VisibleTemplate | null> {
  for (const owner of [tenant, PLATFORM_TENANT]) {
    const stream = streams.template(owner, templateId);
    const state = await write.state(stream, template);
    if (state?.exists) return { stream, owner, state };
  }
  return null;
}

export interface TemplateVersion {
  /** The tenant that owns the template, or the platform for classic templates. */
  readonly owner: string;
  readonly language: string;
  readonly content: TemplateContent;
}

/** One published version of a template the tenant sees; null when there is no such version. */
export async function findTemplateVersion(
  write: WriteModel,
  tenant: string,
  templateId: string,
  version: number,
): Promise<TemplateVersion | null> {
  const found = await findVisibleTemplate(write, tenant, templateId);
  const content = found?.state.versions[version - 1];
  if (!found || !content || found.state.language === null) return null;
  return { owner: found.owner, language: found.state.language, content };
}
