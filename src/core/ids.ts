/**
 * Ids that appear in paths and stream names: URL-safe, never ':' (the stream name separator),
 * never starting with '_' (reserved for platform streams).
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

export const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/;
