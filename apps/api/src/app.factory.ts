import { ValidationPipe, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, LEDGER_CONFIG, LedgerConfig } from '@ledger/governance';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ProblemFilter, sendProblem } from './common/problem.filter';
import { problem, PROBLEM_CONTENT_TYPE, ValidationFailed } from './common/problem';
import { rejectUnsafeInput } from './common/request-guards';
import { validationProblems } from './common/validation-messages';
import { cacheValidationMetadata } from './common/validation-cache';
import { setupOpenApi } from './openapi';

/**
 * No inline script anywhere (the viewer's scripts are static files). Browsers are told to
 * upgrade requests to https only when the service is published over https: on plain HTTP
 * the upgrade would send every sub-resource to a port that does not answer.
 */
function cspDirectives(config: Pick<LedgerConfig, 'publicUrl'>): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    upgradeInsecureRequests: config.publicUrl?.startsWith('https://') ? [] : null,
  };
}

/**
 * What a key may read differs from what the public may: such answers must not be kept by
 * a shared cache, and every answer varies with the Authorization header.
 */
function privateReads(req: Request, res: Response, next: NextFunction): void {
  res.vary('Authorization');
  if (req.headers.authorization !== undefined) res.setHeader('Cache-Control', 'no-store');
  next();
}

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;.*)?$/i;

/**
 * Builds the application exactly as `main.ts` runs it; the e2e tests use this too.
 */
export async function createApp(
  env: Record<string, string | undefined> = process.env,
): Promise<NestExpressApplication> {
  const config: LedgerConfig = loadConfig(env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: cspDirectives(config) } }));
  // 415 for a body that is not JSON, before anything tries to parse it.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (
      hasBody &&
      ['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method) &&
      !JSON_TYPE.test(req.headers['content-type'] ?? '')
    ) {
      res
        .status(415)
        .type(PROBLEM_CONTENT_TYPE)
        .send(
          JSON.stringify({
            ...problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json'),
            instance: req.originalUrl,
          }),
        );
      return;
    }
    next();
  });
  app.use(
    express.json({
      limit: config.bodyLimitBytes,
      type: (req) => JSON_TYPE.test(String(req.headers['content-type'] ?? '')),
      strict: true,
    }),
  );
  // Body-parser failures (413, malformed JSON) happen before Nest routing.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) =>
    err ? sendProblem(req, res, err) : next(),
  );
  app.use(rejectUnsafeInput);
  app.use(privateReads);
  app.enableVersioning({ type: VersioningType.URI });
  cacheValidationMetadata();
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      exceptionFactory: (errors) => new ValidationFailed(validationProblems(errors)),
    }),
  );
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}

export function configOf(app: NestExpressApplication): LedgerConfig {
  return app.get<LedgerConfig>(LEDGER_CONFIG);
}
