import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

/** Every command answer carries its log position in the body and in X-Log-Position. */
@Injectable()
export class LogPositionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const position = (body as { position?: unknown } | null)?.position;
        if (typeof position === 'string') void reply.header('X-Log-Position', position);
        return body;
      }),
    );
  }
}
