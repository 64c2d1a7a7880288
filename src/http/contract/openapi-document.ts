import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { contractComponents } from './contract-registry';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * The OpenAPI document: paths and parameters from the controllers' routes, every body, answer
 * and problem from the zod schemas (Endpoint, ReadsFrom, named()). `npm run openapi` writes it to
 * openapi.json; the service serves it at /docs/json.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Certificates service')
      .setDescription(
        'Event-sourced certificates for an LMS. Errors are application/problem+json with a stable `code`; every command answers with its log position (`position`, and the X-Log-Position header).',
      )
      .setVersion('1')
      .setLicense('MIT', 'https://opensource.org/license/mit')
      .addServer(
        '/',
        'The service this document was fetched from (http://localhost:3000 by npm start)',
      )
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
    {
      operationIdFactory: (controller, method) =>
        `${controller.replace(/Controller$/, '')}_${method}`,
    },
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...contractComponents() },
  };
  for (const path of Object.values(document.paths))
    for (const method of HTTP_METHODS) {
      const operation = path[method];
      // Public operations say so explicitly: no token.
      if (operation && !operation.security) operation.security = [];
    }
  return document;
}
