import { ApiResponse, type ApiResponseOptions } from '@nestjs/swagger';
import { mergeProblems, type ProblemCodes, problemResponse } from './problem.schema';

const PROBLEMS = 'contract:problems';

/**
 * Documents the problems a handler can answer. Several decorators may add codes to the same
 * status (Endpoint, ReadsFrom): they merge, in whatever order they are applied.
 */
export function Problems(...problems: ProblemCodes[]): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const before = (Reflect.getMetadata(PROBLEMS, handler) ?? {}) as ProblemCodes;
    const merged = mergeProblems(before, ...problems);
    Reflect.defineMetadata(PROBLEMS, merged, handler);
    for (const [status, codes] of Object.entries(merged))
      ApiResponse({
        status: Number(status),
        ...problemResponse(Number(status), codes),
      } as ApiResponseOptions)(target, key, descriptor);
  };
}
