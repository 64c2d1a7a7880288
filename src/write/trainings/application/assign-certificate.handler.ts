import type { AccessScope } from '../../../core/access-scope';
import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { isFeatureEnabled } from '../../features/application/is-feature-enabled';
import { findVisibleTemplate } from '../../templates/application/find-template';
import { training } from '../domain/training';

export function assignCertificate(
  write: WriteModel,
  context: CommandContext,
  input: {
    scope: AccessScope;
    trainingId: string;
    templateId: string;
    version: number;
    validForMonths: number | null;
    renewalWindowDays: number | null;
  },
) {
  const { scope, trainingId, templateId, version, validForMonths, renewalWindowDays } = input;
  const { tenant } = context;
  return write.execute(streams.training(tenant, trainingId), training, context, async (now) => {
    const [featureEnabled, found] = await Promise.all([
      isFeatureEnabled(write, tenant),
      findVisibleTemplate(write, tenant, templateId),
    ]);
    return {
      type: 'AssignCertificate' as const,
      featureEnabled,
      trainingId,
      templateId,
      version,
      validForMonths,
      renewalWindowDays,
      template: found && { templateId, latestVersion: found.state.latestVersion },
      scope,
      by: context.actor.id,
      at: now,
    };
  });
}
