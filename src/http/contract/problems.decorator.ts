import { DECORATORS } from '@nestjs/swagger';
import { mergeProblems, type ProblemCodes, problemResponse } from './problem.schema';

const PROBLEMS = 'contract:problems';

/**
 * Documents the problems a handler can answer. Several decorators may add codes to the same
 * status (Endpoint, ReadsFrom): they merge, in whatever order they are applied. The responses
 * are written to @nestjs/swagger's metadata directly: its ApiResponse would concatenate the
 * descriptions of a status documented twice.
 */
export function Problems(...problems: ProblemCodes[]): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const before = (Reflect.getMetadata(PROBLEMS, handler) ?? {}) as ProblemCodes;
    const merged = mergeProblems(before, ...problems);
    Reflect.defineMetadata(PROBLEMS, merged, handler);
    const responses = (Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}) as object;
    const documented = Object.entries(merged).map(([status, codes]) => [
      status,
      problemResponse(Number(status), codes),
    ]);
    Reflect.defineMetadata(
      DECORATORS.API_RESPONSE,
      { ...responses, ...Object.fromEntries(documented) },
      handler,
    );
  };
}
