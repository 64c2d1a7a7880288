import { loadConfig } from '../../src/config/config';

describe('the PUBLIC_URL setting', () => {
  it('defaults to where the service listens, so links work on any PORT', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3100' }).PUBLIC_URL).toBe('http://localhost:3100');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: 'certs.internal', PORT: '80' }).PUBLIC_URL).toBe(
      'http://certs.internal:80',
    );
    expect(loadConfig({ HOST: 'fd00::1', PORT: '3000' }).PUBLIC_URL).toBe('http://[fd00::1]:3000');
  });

  it('is taken as given when set', () => {
    const url = 'https://certificates.acme.example';
    expect(loadConfig({ PUBLIC_URL: url, PORT: '3100' }).PUBLIC_URL).toBe(url);
  });
});
