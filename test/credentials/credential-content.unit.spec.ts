import { gunzipSync } from 'node:zlib';
import { deterministicId } from '../../src/core/deterministic-id';
import {
  type CredentialFacts,
  openBadgeCredential,
  type TrainingType,
} from '../../src/credentials/open-badge-credential';
import { certificateSalt, hashedEmailIdentity } from '../../src/credentials/learner-identity';
import { encodeStatusList, STATUS_LIST_LENGTH } from '../../src/credentials/status-list';

const DID = 'did:web:certs.example:tenants:acme';
const LIST = 'https://certs.example/tenants/acme/status-lists/revocation';

const facts = (overrides: Partial<CredentialFacts> = {}): CredentialFacts => ({
  tenantId: 'acme',
  certificateId: '0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70',
  issuedAt: new Date('2026-03-02T10:00:00.000Z'),
  issuer: { name: 'Acme Academy' },
  training: { trainingId: 'fire-safety', title: 'Fire safety', type: 'course' },
  learner: { email: 'ada@example.com' },
  status: { statusListCredential: LIST, statusListIndex: 4242 },
  ...overrides,
});

describe('The unsigned Open Badges credential', () => {
  it('states the achievement: its id, type, name, description and criteria', () => {
    const credential = openBadgeCredential(DID, facts());
    expect(credential).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Fire safety',
      issuer: { id: DID, type: ['Profile'], name: 'Acme Academy' },
      validFrom: '2026-03-02T10:00:00.000Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          hashedEmailIdentity(
            'ada@example.com',
            certificateSalt('acme', '0b8e2f52-4c1a-4f7e-9d3b-7a1c2e5f6a70'),
          ),
        ],
        achievement: {
          id: `urn:uuid:${deterministicId('achievement:acme:fire-safety')}`,
          type: ['Achievement'],
          achievementType: 'Course',
          name: 'Fire safety',
          description: 'Completion of the course "Fire safety".',
          criteria: { narrative: 'Complete the course "Fire safety".' },
        },
      },
      credentialStatus: {
        id: `${LIST}#4242`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '4242',
        statusListCredential: LIST,
      },
    });
  });

  it("names the achievement's picture as its image, captioned with the title, when it has one", () => {
    const image = 'https://certs.example/api/v1/public/achievement-images/ab.png';
    const { achievement } = openBadgeCredential(DID, facts({ achievementImage: image }))
      .credentialSubject as { achievement: Record<string, unknown> };

    expect(achievement.image).toEqual({ id: image, type: 'Image', caption: 'Fire safety' });
    expect(Object.keys(achievement)).toEqual([
      'id',
      'type',
      'achievementType',
      'name',
      'image',
      'description',
      'criteria',
    ]);
  });

  it.each<[TrainingType, string, string]>([
    ['course', 'Course', 'course'],
    ['pathway', 'ext:Pathway', 'pathway'],
    ['learning-program', 'LearningProgram', 'learning program'],
  ])(
    'names a %s training as achievement type %s, "%s" in words',
    (type, achievementType, words) => {
      const training = { trainingId: 't-1', title: 'Safety', type };
      const { achievement } = openBadgeCredential(DID, facts({ training })).credentialSubject as {
        achievement: Record<string, unknown>;
      };
      expect(achievement).toMatchObject({
        achievementType,
        description: `Completion of the ${words} "Safety".`,
        criteria: { narrative: `Complete the ${words} "Safety".` },
      });
    },
  );

  it('gives one achievement id per tenant and training, whoever earns it', () => {
    const achievementId = (overrides: Partial<CredentialFacts>) =>
      (
        openBadgeCredential(DID, facts(overrides)).credentialSubject as {
          achievement: { id: string };
        }
      ).achievement.id;
    const id = achievementId({});
    expect(achievementId({ certificateId: 'another-certificate' })).toBe(id);
    expect(achievementId({ tenantId: 'globex' })).not.toBe(id);
    expect(
      achievementId({
        training: { trainingId: 'first-aid', title: 'Fire safety', type: 'course' },
      }),
    ).not.toBe(id);
  });

  it('states the validity end, the completion, the issuer URL and the given salt when there are', () => {
    const credential = openBadgeCredential(
      DID,
      facts({
        validUntil: new Date('2029-03-02T10:00:00.000Z'),
        completedAt: new Date('2026-03-01T09:00:00.000Z'),
        issuer: { name: 'Acme Academy', url: 'https://academy.example' },
        salt: 'c0ffee',
      }),
    );
    expect(credential).toMatchObject({
      issuer: { id: DID, type: ['Profile'], name: 'Acme Academy', url: 'https://academy.example' },
      validUntil: '2029-03-02T10:00:00.000Z',
      credentialSubject: {
        activityEndDate: '2026-03-01T09:00:00.000Z',
        identifier: [hashedEmailIdentity('ada@example.com', 'c0ffee')],
      },
    });
  });

  it('leaves them out when null', () => {
    const credential = openBadgeCredential(
      DID,
      facts({ validUntil: null, completedAt: null, issuer: { name: 'Acme Academy', url: null } }),
    );
    expect(credential).not.toHaveProperty('validUntil');
    expect(credential.issuer).toEqual({ id: DID, type: ['Profile'], name: 'Acme Academy' });
    expect(credential.credentialSubject).not.toHaveProperty('activityEndDate');
  });

  it.each([[undefined], [null], [''], ['  ']])(
    'identifies no one when the e-mail is %p',
    (email) => {
      const { credentialSubject } = openBadgeCredential(DID, facts({ learner: { email } }));
      expect(credentialSubject).not.toHaveProperty('identifier');
    },
  );

  it('hashes the e-mail trimmed', () => {
    const { credentialSubject } = openBadgeCredential(
      DID,
      facts({ learner: { email: ' ada@example.com ' }, salt: 's' }),
    );
    expect(credentialSubject).toMatchObject({
      identifier: [hashedEmailIdentity('ada@example.com', 's')],
    });
  });

  it('accepts the first and the last index of the list, and refuses any other', () => {
    const at = (statusListIndex: number) => () =>
      openBadgeCredential(DID, facts({ status: { statusListCredential: LIST, statusListIndex } }));
    expect(at(0)()).toMatchObject({ credentialStatus: { statusListIndex: '0' } });
    expect(at(STATUS_LIST_LENGTH - 1)()).toMatchObject({
      credentialStatus: { statusListIndex: '131071', id: `${LIST}#131071` },
    });
    for (const index of [-1, STATUS_LIST_LENGTH, 1.5, Number.NaN])
      expect(at(index)).toThrow(new RangeError(`Status list index out of range: ${index}`));
  });
});

describe('The e-mail identity', () => {
  it('is the SHA-256 of the lower-cased, trimmed address and the salt', () => {
    expect(hashedEmailIdentity('  Ada@Example.COM ', 'salt')).toEqual({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      // sha256('ada@example.comsalt')
      identityHash: 'sha256$07bdac5427a74f79b9de75a5d6a9fefb694dcafbe33f4457be762538358f6fe0',
      salt: 'salt',
    });
  });

  it('has a salt of 32 hex digits per tenant and certificate', () => {
    const salt = certificateSalt('acme', 'c-1');
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(certificateSalt('acme', 'c-1')).toBe(salt);
    expect(certificateSalt('acme', 'c-2')).not.toBe(salt);
    expect(certificateSalt('globex', 'c-1')).not.toBe(salt);
  });
});

describe('The status list bitstring', () => {
  const decoded = (encoded: string) => {
    expect(encoded[0]).toBe('u');
    return gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  };

  it(`is ${STATUS_LIST_LENGTH / 8} bytes, all zero when nothing is revoked`, () => {
    expect(STATUS_LIST_LENGTH).toBe(131_072);
    const bits = decoded(encodeStatusList([]));
    expect(bits.length).toBe(16_384);
    expect(bits.every((byte) => byte === 0)).toBe(true);
  });

  it('sets the bit of each revoked index, index 0 the first byte’s most significant bit', () => {
    const bits = decoded(encodeStatusList([0, 7, 9, 9, STATUS_LIST_LENGTH - 1]));
    expect(bits.length).toBe(16_384);
    expect(bits[0]).toBe(0b1000_0001);
    expect(bits[1]).toBe(0b0100_0000);
    expect(bits[16_383]).toBe(0b0000_0001);
    expect(bits.subarray(2, 16_383).every((byte) => byte === 0)).toBe(true);
  });

  it('refuses an index outside the list', () => {
    for (const index of [-1, STATUS_LIST_LENGTH, 2.5, Number.NaN])
      expect(() => encodeStatusList([1, index])).toThrow(
        new RangeError(`Status list index out of range: ${index}`),
      );
  });
});
