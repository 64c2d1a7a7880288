/**
 * MongoDB connection strings as the service uses them. Read-your-writes (X-Consistent-With)
 * needs every read on the primary, so read-preference options in the URL are dropped and the
 * client is told `primary`: the driver refuses `primary` beside `maxStalenessSeconds` or tags.
 */
const READ_PREFERENCE_OPTIONS = new Set([
  'readpreference',
  'readpreferencetags',
  'maxstalenessseconds',
]);

export function withPrimaryReads(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  // URI option names are case-insensitive.
  for (const name of [...params.keys()])
    if (READ_PREFERENCE_OPTIONS.has(name.toLowerCase())) params.delete(name);
  const rest = params.toString();
  return rest === '' ? url.slice(0, query) : `${url.slice(0, query)}?${rest}`;
}

/** The database the URL names (`mongodb://host/name`), else `certificates`. */
export function databaseName(url: string): string {
  const path = /^[^:]+:\/\/[^/?]*\/([^?]+)/.exec(url)?.[1];
  return path ? decodeURIComponent(path) : 'certificates';
}
