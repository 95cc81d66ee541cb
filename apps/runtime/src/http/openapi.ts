import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Where the API reference is served: the UI here, the document at `…/json`. */
export const OPENAPI_PATH = 'api/docs';

/** Serves the OpenAPI document of every controller, with Swagger UI to browse it. */
export function setupOpenApi(app: INestApplication): void {
  const info = new DocumentBuilder()
    .setTitle('Parley runtime')
    .setDescription('The API of the Parley server: bots, conversations, channels, operations.')
    .setVersion('0.1.0')
    // The schemes `@Allow(...)` routes list (auth/policy.decorator.ts).
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .build();
  const document = SwaggerModule.createDocument(app, info);
  SwaggerModule.setup(OPENAPI_PATH, app, document, {
    jsonDocumentUrl: `${OPENAPI_PATH}/json`,
    raw: ['json'],
  });
}
