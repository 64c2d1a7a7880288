import type { AnyEvent } from '../../../src/events/any-event';
import { ProjectionSpecification } from '../../support/projection-specification';
import {
  progressReportProjection,
  REPORT_EPOCH,
  REPORT_HEADS,
  REPORT_PROFILES,
  REPORT_ROWS,
  type RowState,
} from '../../../src/read/progress-report/progress-report.projection';

const spec = ProjectionSpecification.for(progressReportProjection);
const at = (occurredAt: string, event: AnyEvent) => ({ occurredAt, event });

const enrolled = at('2026-03-02T09:00:00.000Z', {
  type: 'LearnerEnrolled',
  data: { trainingId: 't1', learnerId: 'ann', enrolledAt: '2026-03-02T09:00:00.000Z' },
});
const progressed = (occurredAt: string, percent: number) =>
  at(occurredAt, {
    type: 'LearningProgressRecorded',
    data: { trainingId: 't1', learnerId: 'ann', percent },
  });
const marker = (day: string) =>
  at(`${day}T00:00:00.000Z`, {
    type: 'DailyCutoffPassed',
    data: { cutoff: `${day}T00:00:00.000Z`, day },
  });

const row: RowState = {
  enrolledAt: '2026-03-02T09:00:00.000Z',
  progress: 0,
  completedAt: null,
  templateId: null,
  version: null,
  certificateDownloadDate: null,
  certificateValidUntil: null,
  cycle: 1,
};
/** A row's state as stored: its null fields left out. */
const stored = (state: Partial<RowState>) =>
  Object.fromEntries(Object.entries({ ...row, ...state }).filter(([, value]) => value !== null));
const version = (visibleFrom: string, state: Partial<RowState> = {}) => ({
  [`acme:t1:ann@${visibleFrom}`]: {
    _id: `acme:t1:ann@${visibleFrom}`,
    ...{ tenant: 'acme', trainingId: 't1', learnerId: 'ann' },
    ...{ visibleFrom, sortKey: `ann ${visibleFrom}` },
    ...stored(state),
  },
});
const head = (
  state: Partial<RowState> = {},
  standing: { certificateId: string; validUntil: string | null }[] = [],
) => ({
  'acme:t1:ann': { _id: 'acme:t1:ann', row: stored(state), standing },
});

describe('The progress report projection', () => {
  it('before the first marker, shows a change from the first midnight after the log began', () => {
    spec.given([enrolled]).then({
      [REPORT_HEADS]: head(),
      [REPORT_ROWS]: version('2026-03-03'),
    });
  });

  it('[R-report-daily-cutoff] after a marker, shows a change from the midnight after that marker (visibleFrom)', () => {
    spec.given([enrolled, marker('2026-03-03'), progressed('2026-03-03T08:00:00.000Z', 40)]).then({
      [REPORT_EPOCH]: { epoch: { _id: 'epoch', lastCutoff: '2026-03-03' } },
      [REPORT_HEADS]: head({ progress: 40 }),
      [REPORT_ROWS]: {
        ...version('2026-03-03'),
        ...version('2026-03-04', { progress: 40 }),
      },
    });
  });

  it('keeps one version per cut-off: later changes before the next midnight replace it', () => {
    spec
      .given([
        enrolled,
        marker('2026-03-03'),
        progressed('2026-03-03T08:00:00.000Z', 40),
        progressed('2026-03-03T17:00:00.000Z', 70),
      ])
      .then({
        [REPORT_EPOCH]: { epoch: { _id: 'epoch', lastCutoff: '2026-03-03' } },
        [REPORT_HEADS]: head({ progress: 70 }),
        [REPORT_ROWS]: {
          ...version('2026-03-03'),
          ...version('2026-03-04', { progress: 70 }),
        },
      });
  });

  it('[R-report-rows] [R-first-generated-at-kept] records completion and the certificate; a deletion keeps the first download date', () => {
    spec
      .given([
        enrolled,
        at('2026-03-02T10:00:00.000Z', {
          type: 'TrainingCompleted',
          data: {
            trainingId: 't1',
            learnerId: 'ann',
            completedAt: '2026-03-02T10:00:00.000Z',
            score: 80,
          },
        }),
        marker('2026-03-03'),
        at('2026-03-03T09:00:00.000Z', {
          type: 'CertificateGenerationRequested',
          data: {
            ...{ certificateId: 'c1', trainingId: 't1', learnerId: 'ann' },
            ...{ templateId: 'classic-en', version: 2, requestedBy: 'ann' },
            requestedAt: '2026-03-03T09:00:00.000Z',
            firstGeneratedAt: '2026-03-03T09:00:00.000Z',
          },
        }),
        marker('2026-03-04'),
        at('2026-03-04T09:00:00.000Z', {
          type: 'CertificateDeleted',
          data: {
            ...{ certificateId: 'c1', trainingId: 't1', learnerId: 'ann' },
            ...{ reason: null, deletedBy: 'admin', deletedAt: '2026-03-04T09:00:00.000Z' },
          },
        }),
      ])
      .then({
        [REPORT_EPOCH]: { epoch: { _id: 'epoch', lastCutoff: '2026-03-04' } },
        [REPORT_HEADS]: head({
          progress: 100,
          completedAt: '2026-03-02T10:00:00.000Z',
          certificateDownloadDate: '2026-03-03T09:00:00.000Z',
        }),
        [REPORT_ROWS]: {
          ...version('2026-03-03', { progress: 100, completedAt: '2026-03-02T10:00:00.000Z' }),
          ...version('2026-03-04', {
            progress: 100,
            completedAt: '2026-03-02T10:00:00.000Z',
            templateId: 'classic-en',
            version: 2,
            certificateDownloadDate: '2026-03-03T09:00:00.000Z',
          }),
          ...version('2026-03-05', {
            progress: 100,
            completedAt: '2026-03-02T10:00:00.000Z',
            certificateDownloadDate: '2026-03-03T09:00:00.000Z',
          }),
        },
      });
  });

  it('[R-renewal-cycles] [R-report-rows] shows the current cycle from its cut-off on; earlier cut-offs keep the earlier cycle', () => {
    const ref = { certificateId: 'c1', trainingId: 't1', learnerId: 'ann' };
    const validUntil = '2027-03-02T09:00:00.000Z';
    const firstCycle = {
      ...{ progress: 100, completedAt: '2026-03-02T10:00:00.000Z' },
      ...{
        templateId: 'classic-en',
        version: 1,
        certificateDownloadDate: '2026-03-02T11:00:00.000Z',
      },
      certificateValidUntil: validUntil,
    };
    const secondCycle = {
      ...{ cycle: 2, progress: 0, completedAt: null, templateId: null, version: null },
      ...{ certificateDownloadDate: null, certificateValidUntil: validUntil },
    };
    spec
      .given([
        enrolled,
        at('2026-03-02T10:00:00.000Z', {
          type: 'TrainingCompleted',
          data: {
            trainingId: 't1',
            learnerId: 'ann',
            completedAt: '2026-03-02T10:00:00.000Z',
            score: null,
          },
        }),
        at('2026-03-02T11:00:00.000Z', {
          type: 'CertificateGenerationRequested',
          data: {
            ...{ ...ref, templateId: 'classic-en', version: 1, requestedBy: 'ann' },
            ...{
              requestedAt: '2026-03-02T11:00:00.000Z',
              firstGeneratedAt: '2026-03-02T11:00:00.000Z',
            },
          },
        }),
        at('2026-03-02T11:00:01.000Z', {
          type: 'CertificateGenerated',
          data: {
            ...{ ...ref, fileId: 'c1', sha256: 'ab'.repeat(32), size: 1, validUntil },
            generatedAt: '2026-03-02T11:00:01.000Z',
          },
        }),
        marker('2026-03-03'),
        at('2026-03-03T09:00:00.000Z', {
          type: 'RenewalStarted',
          data: {
            ...{ trainingId: 't1', learnerId: 'ann', cycle: 2, renews: 'c1' },
            ...{ startedAt: '2026-03-03T09:00:00.000Z', startedBy: 'admin' },
          },
        }),
      ])
      .then({
        [REPORT_EPOCH]: { epoch: { _id: 'epoch', lastCutoff: '2026-03-03' } },
        // The new cycle starts from nothing; the earlier certificate still counts for "valid until".
        [REPORT_HEADS]: head(secondCycle, [{ certificateId: 'c1', validUntil }]),
        [REPORT_ROWS]: {
          ...version('2026-03-03', firstCycle),
          ...version('2026-03-04', secondCycle),
        },
      });
  });

  it("versions a learner's profile by cut-off too, per tenant", () => {
    spec
      .given([
        at('2026-03-02T09:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: 'Ann', email: 'ann@example.com' },
        }),
        marker('2026-03-03'),
        at('2026-03-03T08:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: 'Ann C.', email: 'annc@example.com' },
        }),
        {
          tenant: 'globex',
          ...at('2026-03-03T09:00:00.000Z', {
            type: 'LearnerProfileRecorded',
            data: { learnerId: 'ann', name: 'Ann B.', email: 'annb@example.com' },
          }),
        },
      ])
      .then({
        [REPORT_EPOCH]: { epoch: { _id: 'epoch', lastCutoff: '2026-03-03' } },
        [REPORT_PROFILES]: {
          'acme:ann': {
            ...{ _id: 'acme:ann', tenant: 'acme', learnerId: 'ann' },
            versions: [
              { visibleFrom: '2026-03-03', name: 'Ann', email: 'ann@example.com' },
              { visibleFrom: '2026-03-04', name: 'Ann C.', email: 'annc@example.com' },
            ],
          },
          'globex:ann': {
            ...{ _id: 'globex:ann', tenant: 'globex', learnerId: 'ann' },
            versions: [{ visibleFrom: '2026-03-04', name: 'Ann B.', email: 'annb@example.com' }],
          },
        },
      });
  });

  it('keeps one version per cut-off: a change before the same cut-off replaces it', () => {
    spec
      .given([
        at('2026-03-02T09:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: 'Ann', email: 'ann@example.com' },
        }),
        at('2026-03-02T10:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: 'Ann B.', email: 'annb@example.com' },
        }),
      ])
      .then(
        {
          [REPORT_PROFILES]: {
            'acme:ann': {
              ...{ _id: 'acme:ann', tenant: 'acme', learnerId: 'ann' },
              versions: [{ visibleFrom: '2026-03-03', name: 'Ann B.', email: 'annb@example.com' }],
            },
          },
        },
        { only: [REPORT_PROFILES] },
      );
  });

  const erased = at('2026-03-05T10:00:00.000Z', {
    type: 'LearnerPersonalDataErased',
    data: { learnerId: 'ann', erasedAt: '2026-03-05T10:00:00.000Z', erasedBy: 'a1', reason: null },
  });
  const erasedProfiles = {
    [REPORT_PROFILES]: {
      'acme:ann': {
        ...{ _id: 'acme:ann', tenant: 'acme', learnerId: 'ann' },
        erasedAt: '2026-03-05T10:00:00.000Z',
        versions: [
          { visibleFrom: '2026-03-03', name: null, email: null },
          { visibleFrom: '2026-03-04', name: null, email: null },
        ],
      },
    },
  };

  it('[R-personal-data] an erasure redacts every version of the profile, those of passed cut-offs too', () => {
    spec
      .given([
        at('2026-03-02T09:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: 'Ann', email: 'ann@example.com' },
        }),
        marker('2026-03-03'),
        at('2026-03-03T08:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: 'Ann C.', email: 'annc@example.com' },
        }),
        erased,
      ])
      .then(erasedProfiles, { only: [REPORT_PROFILES] });
  });

  it('[R-personal-data] a rebuild after the erasure (profiles read back without name and e-mail) gives the same documents', () => {
    spec
      .given([
        at('2026-03-02T09:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: null, email: null },
        }),
        marker('2026-03-03'),
        at('2026-03-03T08:00:00.000Z', {
          type: 'LearnerProfileRecorded',
          data: { learnerId: 'ann', name: null, email: null },
        }),
        erased,
      ])
      .then(erasedProfiles, { only: [REPORT_PROFILES] });
  });

  it('ignores events it does not handle', () => {
    spec
      .given([
        at('2026-03-02T09:00:00.000Z', {
          type: 'TrainingCreated',
          data: { trainingId: 't1', type: 'course', title: 'Safety', groupId: null },
        }),
      ])
      .thenNothingStored();
  });
});
