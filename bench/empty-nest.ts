import { Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Server, urlOf } from './http-servers';

/** The progress route with nothing behind it: no guard, no validation, no store. */
@Controller()
class EmptyProgressController {
  @Post('api/v1/trainings/:trainingId/learners/:learnerId/progress')
  @HttpCode(200)
  progress(): object {
    return {};
  }
}

@Module({ controllers: [EmptyProgressController] })
class EmptyModule {}

/** NestJS on its Fastify adapter serving an empty route: what the framework alone costs. */
export async function startEmptyNest(): Promise<Server> {
  const app = await NestFactory.create<NestFastifyApplication>(
    EmptyModule,
    new FastifyAdapter({ logger: false }),
    { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  return { url: urlOf(app.getHttpServer().address()), close: () => app.close() };
}
