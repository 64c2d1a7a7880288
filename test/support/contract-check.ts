import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface MediaType {
  readonly schema?: object;
}
interface Response {
  readonly content?: Readonly<Record<string, MediaType>>;
}
type Operation = { readonly responses: Readonly<Record<string, Response>> };
type PathItem = Readonly<Record<string, Operation>>;

/** The published document: what clients build from, and what every answer in a test must match. */
const document = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
  paths: Record<string, PathItem>;
  components: object;
};

const templates = Object.entries(document.paths)
  .map(([template, item]) => ({
    template,
    item,
    params: template.split('{').length - 1,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
  }))
  // A fixed segment wins over a parameter: /reports/{reportId} is not /reports/{id}/file.
  .sort((a, b) => a.params - b.params);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
const compiled = new Map<object, ValidateFunction>();

function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // The document's components travel with each schema, so its #/components refs resolve.
    validate = ajv.compile({ ...schema, components: document.components });
    compiled.set(schema, validate);
  }
  return validate;
}

/** Answers no route describes: unknown paths and methods, refused before any route is chosen. */
const OFF_ROUTE_STATUSES = new Set([400, 404, 405, 414]);
const PROBLEM: Response = {
  content: {
    'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
  },
};

/**
 * Why the answer is not one the OpenAPI document describes, or null when it is: its status is
 * listed for the operation, its media type too, and a JSON body validates against the schema.
 */
export function contractViolation(
  method: string,
  url: string,
  status: number,
  contentType: string | undefined,
  payload: string,
): string | null {
  // As inject and HTTP clients do: dot segments resolved (/a/b/../c is /a/c), the query dropped.
  const path = new URL(url, 'http://service').pathname;
  if (path === '/docs' || path.startsWith('/docs/')) return null;
  const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
  const found = templates.find(({ regex }) => regex.test(path));
  const operation = found?.item[verb];
  const where = `${method.toUpperCase()} ${found?.template ?? path}`;
  let response = operation?.responses[String(status)];
  if (!operation && OFF_ROUTE_STATUSES.has(status)) response = PROBLEM;
  if (!response)
    return operation
      ? `${where} answered ${status}, which openapi.json does not list for it`
      : `${where} answered ${status}, and openapi.json has no such operation`;
  if (method.toLowerCase() === 'head') return null;
  if (!response.content) return payload === '' ? null : `${where} ${status} has no body documented`;
  const mediaType = (contentType ?? '').split(';')[0]!.trim();
  const media = response.content[mediaType];
  if (!media)
    return `${where} ${status} answered ${mediaType || 'no content type'}; documented: ${Object.keys(response.content).join(', ')}`;
  if (!/json$/.test(mediaType) || !media.schema) return null;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return `${where} ${status} answered ${mediaType} that is not JSON`;
  }
  const validate = validatorOf(media.schema);
  if (validate(body)) return null;
  return `${where} ${status} does not match openapi.json: ${ajv.errorsText(validate.errors)}\n${payload.slice(0, 500)}`;
}

/** Throws, failing the test that sent the request, on an answer the document does not describe. */
export function expectDocumented(
  method: string,
  url: string,
  status: number,
  contentType: string | undefined,
  payload: string,
): void {
  const violation = contractViolation(method, url, status, contentType, payload);
  if (violation) throw new Error(`Contract drift: ${violation}`);
}
