import { expect } from '@jest/globals';
import { type Answer, type TestApp, token } from './test-app';

/** The steps most tests need, as an admin, operator or learner of one tenant would take them. */
export class Scenario {
  private constructor(
    readonly app: TestApp,
    readonly tenant: string,
    readonly admin: string,
    readonly operator: string,
  ) {}

  static async of(app: TestApp, tenant = 'acme'): Promise<Scenario> {
    return new Scenario(
      app,
      tenant,
      await token(tenant, 'admin'),
      await token('platform', 'operator'),
    );
  }

  learner(learnerId: string): Promise<string> {
    return token(this.tenant, 'learner', { sub: learnerId });
  }

  /** A refusal as SPEC §4 wants it: problem+json with the code, and nothing appended to the log. */
  async refused(send: () => Promise<Answer>, status: number, code: string): Promise<void> {
    const before = await this.app.head();
    expectProblem(await send(), status, code);
    expect(await this.app.head()).toBe(before);
  }

  async ok(answer: Promise<Answer>): Promise<Answer> {
    const result = await answer;
    if (result.status >= 300) throw new Error(`${result.status}: ${result.raw}`);
    return result;
  }

  enableFeature(enabled = true) {
    return this.ok(
      this.app.request('PUT', `/api/v1/tenants/${this.tenant}/features/certificates`, {
        token: this.operator,
        body: { enabled },
      }),
    );
  }

  createTraining(trainingId: string, groupId?: string) {
    return this.ok(
      this.app.request('POST', '/api/v1/trainings', {
        token: this.admin,
        body: { trainingId, type: 'course', title: `Training ${trainingId}`, groupId },
      }),
    );
  }

  async createAuthorTemplate(title = 'Our diploma'): Promise<string> {
    const author = await token(this.tenant, 'author');
    const answer = await this.ok(
      this.app.request('POST', '/api/v1/certificate-templates', {
        token: author,
        body: { kind: 'author', title, language: 'en', html: '<h1>{{learner.name}}</h1>' },
      }),
    );
    return answer.body.templateId as string;
  }

  async publishVersion(templateId: string, html = '<h1>v{{learner.name}}</h1>') {
    const author = await token(this.tenant, 'author');
    return this.ok(
      this.app.request('POST', `/api/v1/certificate-templates/${templateId}/versions`, {
        token: author,
        body: { html },
      }),
    );
  }

  assign(trainingId: string, templateId: string, version: number) {
    return this.ok(
      this.app.request('PUT', `/api/v1/trainings/${trainingId}/certificate`, {
        token: this.admin,
        body: { templateId, version },
      }),
    );
  }

  enrol(trainingId: string, learnerId: string) {
    return this.ok(
      this.app.request('POST', `/api/v1/trainings/${trainingId}/enrollments`, {
        token: this.admin,
        body: { learnerId },
      }),
    );
  }

  complete(trainingId: string, learnerId: string) {
    return this.ok(
      this.app.request('POST', `/api/v1/trainings/${trainingId}/learners/${learnerId}/completion`, {
        token: this.admin,
        body: {},
      }),
    );
  }

  async generate(trainingId: string, learnerId: string): Promise<Answer> {
    return this.app.request('POST', `/api/v1/me/learning-records/${trainingId}/certificate`, {
      token: await this.learner(learnerId),
    });
  }

  /** A training with a certificate assigned and a learner who completed it. */
  async readyToGenerate(trainingId: string, learnerId: string, templateId = 'classic-en') {
    await this.enableFeature();
    await this.createTraining(trainingId);
    await this.assign(trainingId, templateId, 1);
    await this.enrol(trainingId, learnerId);
    await this.complete(trainingId, learnerId);
  }
}

export function expectProblem(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
}
