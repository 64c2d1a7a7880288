import { tenantWide } from '../../../src/core/access-scope';
import { deterministicId } from '../../../src/core/deterministic-id';
import { streams } from '../../../src/core/stream-names';
import { requestProgressReport } from '../../../src/write/reports/application/request-progress-report.handler';
import { HandlerSpecification } from '../../support/handler-specification';

const spec = HandlerSpecification.at(new Date('2026-03-02T10:00:00.000Z'));
const request = { scope: tenantWide, trainingId: 't1' };
const training = {
  [streams.training('acme', 't1')]: [
    {
      type: 'TrainingCreated' as const,
      data: { trainingId: 't1', type: 'course' as const, title: 'Safety', groupId: 'north' },
    },
  ],
};

describe('RequestProgressReport, against the streams it reads', () => {
  it("records the request in a new report stream, as of today's 00:00 UTC cut-off", async () => {
    const reportId = deterministicId('report/command-1');
    await spec
      .given(training)
      .when((write, context) => requestProgressReport(write, context, request))
      .then({
        [streams.report('acme', reportId)]: [
          {
            type: 'ProgressReportRequested',
            data: {
              reportId,
              trainingId: 't1',
              cutoff: '2026-03-02T00:00:00.000Z',
              groupId: 'north',
              requestedAt: '2026-03-02T10:00:00.000Z',
              requestedBy: 'admin-1',
            },
          },
        ],
      });
  });

  it('is refused for a training that does not exist in the tenant', async () => {
    await spec
      .given({})
      .when((write, context) => requestProgressReport(write, context, request))
      .thenThrows('not-found');
  });

  it("is refused for a training outside a group admin's groups", async () => {
    await spec
      .given(training)
      .when((write, context) =>
        requestProgressReport(write, context, {
          ...request,
          scope: { kind: 'groups', groups: ['south'] },
        }),
      )
      .thenThrows('forbidden');
  });
});
