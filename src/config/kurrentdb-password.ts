/**
 * The password in a KurrentDB connection string must be hex. The client parses the URL in
 * JavaScript and hands the native bridge its own copy, and the two layers do not decode the
 * same characters alike (percent-escapes, `+`, reserved characters): a password with any of
 * them can authenticate in one layer and fail in the other. Hex means the same to both, and is
 * what the deployment docs generate (`openssl rand -hex`).
 */
const USER_INFO = /^[a-z+]+:\/\/([^@/?#]*)@/i;
const HEX = /^[0-9a-f]+$/i;

/** Why the URL's password is refused, or null when it has none or a hex one. */
export function kurrentDbPasswordProblem(url: string): string | null {
  const userInfo = USER_INFO.exec(url)?.[1];
  if (userInfo === undefined) return null;
  const colon = userInfo.indexOf(':');
  if (colon < 0) return null;
  const password = userInfo.slice(colon + 1);
  return HEX.test(password)
    ? null
    : 'must carry a hex password (0-9, a-f), e.g. openssl rand -hex 24: other characters are decoded differently by the client and its native bridge';
}
