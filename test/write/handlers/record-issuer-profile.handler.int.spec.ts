import { streams } from '../../../src/core/stream-names';
import { recordIssuerProfile } from '../../../src/write/issuers/application/record-issuer-profile.handler';
import { HandlerSpecification } from '../../support/handler-specification';

const now = new Date('2026-03-02T10:00:00.000Z');
const profile = {
  name: 'ACME Safety Academy',
  url: 'https://academy.acme.example',
  email: 'certificates@acme.example',
  logo: null,
};

describe("RecordIssuerProfile, in the tenant's issuer-profile stream", () => {
  it('appends the profile to the stream of the tenant the command belongs to', async () => {
    await HandlerSpecification.at(now, {
      tenant: 'globex',
      actor: { id: 'op', roles: ['operator'] },
    })
      .given({})
      .when((write, context) =>
        recordIssuerProfile(write, context, { ...profile, certificatePrefix: null }),
      )
      .then({
        [streams.issuerProfile('globex')]: [
          {
            type: 'IssuerProfileRecorded',
            data: {
              ...{ tenantId: 'globex', ...profile },
              ...{ recordedBy: 'op', recordedAt: now.toISOString() },
            },
          },
        ],
      });
  });

  it('passes the event schema with every optional field left out', async () => {
    const bare = { name: 'ACME', url: null, email: null, logo: null };
    await HandlerSpecification.at(now)
      .given({})
      .when((write, context) =>
        recordIssuerProfile(write, context, { ...bare, certificatePrefix: null }),
      )
      .then({
        [streams.issuerProfile('acme')]: [
          {
            type: 'IssuerProfileRecorded',
            data: {
              tenantId: 'acme',
              ...bare,
              recordedBy: 'admin-1',
              recordedAt: now.toISOString(),
            },
          },
        ],
      });
  });
});
