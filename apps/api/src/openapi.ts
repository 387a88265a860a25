import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { describeCommandOperations } from './openapi/operations';

function buildOpenApi(app: INestApplication): OpenAPIObject {
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Governance Ledger API')
      .setDescription(
        'The statutory record of Police and Crime Commissioners, Police and Crime Panels and Community Safety Partnerships in England and Wales. Every act is an immutable event; errors are RFC 9457 problem+json. Each command operation lists under `x-rule-codes` the statutory rules it can answer with: a 422 refusal or a finding on the recorded act. Its request examples form one scenario per process, written for an empty ledger (`LOAD_DEMO=false`): sent in order, each is recorded.',
      )
      .setVersion('1')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'glk_<key id>_<secret>',
        description:
          'An API key issued by `ledger keys create`: `glk_`, the key id (a UUID), `_`, then a 43-character base64url secret. It is an opaque key, not a JWT.',
      })
      .build(),
  );
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.Problem = {
    type: 'object',
    description: 'RFC 9457 problem details',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      code: { type: 'string', description: '422: the statutory rule code' },
      citation: { type: 'string', description: '422: the rule citation' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: { field: { type: 'string' }, problems: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
  };
  describeCommandOperations(doc);
  return doc;
}

export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'docs-json' });
}
