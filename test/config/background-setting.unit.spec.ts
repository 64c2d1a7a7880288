import { loadConfig } from '../../src/config/config';

describe('the BACKGROUND setting', () => {
  it('runs projections and reactors in a supervised child process unless told otherwise', () => {
    expect(loadConfig({}).BACKGROUND).toBe('process');
    expect(loadConfig({ BACKGROUND: 'inline' }).BACKGROUND).toBe('inline');
    expect(loadConfig({ BACKGROUND: 'process' }).BACKGROUND).toBe('process');
  });

  it('refuses other values, naming the setting', () => {
    expect(() => loadConfig({ BACKGROUND: 'thread' })).toThrow(/BACKGROUND Invalid option/);
    // The worker-thread mode measured within noise of the child process, and went.
    expect(() => loadConfig({ BACKGROUND: 'worker' })).toThrow(/BACKGROUND Invalid option/);
  });

  it('keeps the background in the HTTP process with the test clock, which is moved there', () => {
    expect(() => loadConfig({ TEST_CLOCK: '1', BACKGROUND: 'process' })).toThrow(
      /BACKGROUND must be inline when TEST_CLOCK=1/,
    );
    expect(loadConfig({ TEST_CLOCK: '1' }).BACKGROUND).toBe('inline');
  });
});
