import type { Decider } from '../../../core/decider';
import { refuse } from '../../../core/domain-error';
import type { TemplateContent, TemplateEvent, TemplateKind } from '../../../events/template.events';

export interface TemplateState {
  readonly exists: boolean;
  readonly kind: TemplateKind | null;
  readonly ownerTenantId: string | null;
  readonly title: string;
  readonly language: string | null;
  readonly latestVersion: number;
  readonly latestContent: TemplateContent | null;
  /** Every published version's content, version 1 first: what a certificate renders from. */
  readonly versions: readonly TemplateContent[];
}

/** An edit may leave out the CSS or page settings; they then stay as in the latest version. */
export interface TemplateEdit {
  readonly html: string;
  readonly css?: string;
  readonly page?: TemplateContent['page'];
}

export type TemplateCommand =
  | {
      readonly type: 'CreateTemplate';
      readonly templateId: string;
      readonly kind: TemplateKind;
      readonly title: string;
      readonly language: string;
      readonly ownerTenantId: string | null;
      readonly content: TemplateContent;
      readonly note: string | null;
      readonly by: string;
      readonly at: Date;
    }
  | {
      readonly type: 'PublishTemplateVersion';
      readonly templateId: string;
      readonly content: TemplateEdit;
      readonly note: string | null;
      readonly by: string;
      readonly at: Date;
    };

const initialState = (): TemplateState => ({
  exists: false,
  kind: null,
  ownerTenantId: null,
  // Stryker disable next-line StringLiteral: the title of a template that does not exist is never read
  title: '',
  language: null,
  latestVersion: 0,
  latestContent: null,
  versions: [],
});

function evolve(state: TemplateState, event: TemplateEvent): TemplateState {
  switch (event.type) {
    case 'CertificateTemplateCreated':
      return {
        ...state,
        exists: true,
        kind: event.data.kind,
        ownerTenantId: event.data.ownerTenantId,
        title: event.data.title,
        language: event.data.language,
      };
    case 'CertificateTemplateVersionPublished': {
      const { html, css, page } = event.data;
      const content = { html, css, page };
      return {
        ...state,
        latestVersion: event.data.version,
        latestContent: content,
        versions: [...state.versions, content],
      };
    }
  }
}

function decide(command: TemplateCommand, state: TemplateState): TemplateEvent[] {
  const at = command.at.toISOString();
  const published = (version: number, content: TemplateContent): TemplateEvent => ({
    type: 'CertificateTemplateVersionPublished',
    data: {
      templateId: command.templateId,
      version,
      ...content,
      note: command.note,
      publishedAt: at,
      publishedBy: command.by,
    },
  });
  switch (command.type) {
    case 'CreateTemplate':
      if (state.exists) return refuse('already-exists', `Template ${command.templateId} exists`);
      return [
        {
          type: 'CertificateTemplateCreated',
          data: {
            templateId: command.templateId,
            kind: command.kind,
            title: command.title,
            language: command.language,
            ownerTenantId: command.ownerTenantId,
            createdBy: command.by,
            createdAt: at,
          },
        },
        published(1, command.content),
      ];
    case 'PublishTemplateVersion':
      // Stryker disable next-line LogicalOperator: an existing template always has a latest content (created with version 1)
      if (!state.exists || !state.latestContent)
        return refuse('template-not-found', `No template ${command.templateId}`);
      return [
        published(state.latestVersion + 1, {
          html: command.content.html,
          css: command.content.css ?? state.latestContent.css,
          page: command.content.page ?? state.latestContent.page,
        }),
      ];
  }
}

export const template: Decider<TemplateState, TemplateCommand, TemplateEvent> = {
  initialState,
  evolve,
  decide,
};
