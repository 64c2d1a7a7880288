import {
  achievementImageId,
  achievementImageIdIn,
  type AchievementImageFacts,
} from '../../src/credentials/achievement-image';
import { achievementImageUrl } from '../../src/credentials/public-urls';

const facts: AchievementImageFacts = {
  tenantId: 'acme',
  trainingId: 'fire-safety',
  title: 'Fire safety',
  issuerName: 'Acme Academy',
  logo: 'data:image/png;base64,AAAA',
};

describe("An achievement picture's id", () => {
  it('is the same for the same picture, whoever earns it', () => {
    expect(achievementImageId(facts)).toMatch(/^[0-9a-f]{64}$/);
    expect(achievementImageId({ ...facts })).toBe(achievementImageId(facts));
  });

  it.each<[string, Partial<AchievementImageFacts>]>([
    ['tenant', { tenantId: 'globex' }],
    ['training', { trainingId: 'first-aid' }],
    ['title', { title: 'Fire safety 2' }],
    ['issuer name', { issuerName: 'Acme' }],
    ['logo', { logo: null }],
  ])('changes with the %s', (_, change) => {
    expect(achievementImageId({ ...facts, ...change })).not.toBe(achievementImageId(facts));
  });

  it('is read back from a credential that names one of our pictures', () => {
    const id = achievementImageId(facts);
    const credential = (image: unknown) =>
      Buffer.from(JSON.stringify({ credentialSubject: { achievement: { image } } }));

    expect(
      achievementImageIdIn(credential({ id: achievementImageUrl('https://a.example/', id) })),
    ).toBe(id);
    expect(achievementImageIdIn(credential(achievementImageUrl('https://a.example', id)))).toBe(id);
    expect(
      achievementImageIdIn(credential({ id: `https://a.example/pictures/${id}.png` })),
    ).toBeNull();
    expect(
      achievementImageIdIn(credential({ id: achievementImageUrl('https://a.example', 'AB') })),
    ).toBeNull();
    expect(achievementImageIdIn(credential(undefined))).toBeNull();
    expect(achievementImageIdIn(Buffer.from('{not json'))).toBeNull();
  });
});
