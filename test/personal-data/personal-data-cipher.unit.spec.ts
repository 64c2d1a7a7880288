import { randomBytes, webcrypto } from 'node:crypto';
import { EventSchemas } from '../../src/event-store/event-schemas';
import { open, seal } from '../../src/personal-data/personal-data-cipher';

const zoe = { name: 'Zoë Ångström-Núñez', email: 'zoe@acme.example' };
const boundTo = 'acme/zoe';

describe('personal data cipher (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, under the same key and binding', () => {
    const sealed = seal(key, boundTo, zoe);

    expect(open(key, boundTo, sealed)).toEqual(zoe);
    expect(JSON.stringify(sealed)).not.toContain(zoe.name);
    expect(JSON.stringify(sealed)).not.toContain(zoe.email);
  });

  it('seals with a fresh IV each time, so equal data never looks equal in the log', () => {
    const [a, b] = [seal(key, boundTo, zoe), seal(key, boundTo, zoe)];
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('is standard AES-256-GCM: WebCrypto opens it with the binding as additional data', async () => {
    const sealed = seal(key, boundTo, zoe);
    const webKey = await webcrypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    const bytes = (text: string) => Buffer.from(text, 'base64url');

    const plain = await webcrypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes(sealed.iv),
        additionalData: Buffer.from(boundTo),
        tagLength: 128,
      },
      webKey,
      Buffer.concat([bytes(sealed.ciphertext), bytes(sealed.tag)]),
    );

    expect(JSON.parse(Buffer.from(plain).toString('utf8'))).toEqual(zoe);
  });

  it('fits the LearnerProfileRecorded v2 schema', () => {
    const data = { learnerId: 'zoe', personalData: seal(key, boundTo, zoe) };
    expect(() => EventSchemas.load().validate('LearnerProfileRecorded', 2, data)).not.toThrow();
  });

  it('refuses to open under another key', () => {
    const sealed = seal(key, boundTo, zoe);
    expect(() => open(randomBytes(32), boundTo, sealed)).toThrow();
  });

  it('refuses to open under the same key bound to another learner or tenant', () => {
    const sealed = seal(key, boundTo, zoe);
    expect(() => open(key, 'acme/ana', sealed)).toThrow();
    expect(() => open(key, 'globex/zoe', sealed)).toThrow();
  });

  it('refuses altered bytes: ciphertext, tag or IV', () => {
    const sealed = seal(key, boundTo, zoe);
    const flipped = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0]! ^= 1;
      return bytes.toString('base64url');
    };
    expect(() =>
      open(key, boundTo, { ...sealed, ciphertext: flipped(sealed.ciphertext) }),
    ).toThrow();
    expect(() => open(key, boundTo, { ...sealed, tag: flipped(sealed.tag) })).toThrow();
    expect(() => open(key, boundTo, { ...sealed, iv: flipped(sealed.iv) })).toThrow();
  });
});
