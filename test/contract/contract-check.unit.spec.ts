import { contractViolation } from '../support/contract-check';

const problem = (status: number, code: string) =>
  JSON.stringify({
    type: 'about:blank',
    title: 'T',
    status,
    detail: 'd',
    code,
  });
const training = { trainingId: 't1', type: 'course', title: 'T', groupId: null, certificate: null };
const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

describe('The drift check every e2e answer goes through', () => {
  it('accepts an answer openapi.json describes', () => {
    const ok = contractViolation(
      'GET',
      '/api/v1/trainings/t1',
      200,
      'application/json',
      JSON.stringify(training),
    );
    expect(ok).toBeNull();
    expect(
      contractViolation(
        'GET',
        '/api/v1/trainings/t1?x=1',
        404,
        PROBLEM_JSON,
        problem(404, 'not-found'),
      ),
    ).toBeNull();
    expect(
      contractViolation('GET', '/api/v1/reports/r1/file', 200, 'text/csv; charset=utf-8', 'a,b'),
    ).toBeNull();
  });

  it('refuses a status the operation does not list', () => {
    expect(
      contractViolation(
        'GET',
        '/api/v1/trainings/t1',
        500,
        PROBLEM_JSON,
        problem(500, 'internal-error'),
      ),
    ).toMatch(/answered 500, which openapi.json does not list/);
  });

  it('refuses a body that does not match the schema: a wrong value, a field too many or too few', () => {
    const answer = (body: object) =>
      contractViolation(
        'GET',
        '/api/v1/trainings/t1',
        200,
        'application/json',
        JSON.stringify(body),
      );
    expect(answer({ ...training, type: 'webinar' })).toMatch(/does not match/);
    expect(answer({ ...training, secret: 1 })).toMatch(/additional properties/);
    const { title: _title, ...untitled } = training;
    expect(answer(untitled)).toMatch(/must have required property 'title'/);
  });

  it('refuses a problem code the operation does not document for that status', () => {
    expect(
      contractViolation(
        'GET',
        '/api/v1/trainings/t1',
        404,
        PROBLEM_JSON,
        problem(404, 'template-not-found'),
      ),
    ).toMatch(/code must be equal to one of the allowed values/);
  });

  it('refuses a media type the answer does not document', () => {
    expect(contractViolation('GET', '/api/v1/trainings/t1', 200, 'text/html', '<p>')).toMatch(
      /answered text\/html/,
    );
  });

  it('lets an unknown path answer only a problem', () => {
    expect(
      contractViolation('GET', '/api/v2/anything', 404, PROBLEM_JSON, problem(404, 'not-found')),
    ).toBeNull();
    expect(contractViolation('GET', '/api/v2/anything', 200, 'application/json', '{}')).toMatch(
      /no such operation/,
    );
  });
});
