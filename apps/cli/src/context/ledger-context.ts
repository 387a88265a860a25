import { DynamicModule, INestApplicationContext, LogLevel, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GovernanceModule, LedgerConfig, loadConfig, PersonalDataModule } from '@ledger/governance';

/**
 * What the command-line acts need and nothing more: the store where placementOf puts it,
 * the command bus with its one handler, the API keys and the personal-data vault. No HTTP,
 * no read models, no sealer: the CLI does not boot the API to record an act.
 */
@Module({})
class LedgerContextModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: LedgerContextModule,
      imports: [CqrsModule.forRoot(), GovernanceModule.forRoot(config), PersonalDataModule],
    };
  }
}

/** Opens the context from the environment; the caller closes it. The demo is never loaded implicitly. */
export async function openLedgerContext(
  env: Record<string, string | undefined> = process.env,
): Promise<INestApplicationContext> {
  const config = loadConfig({ ...env, LOAD_DEMO: 'false', PROJECTIONS: 'false' });
  // A command prints its own result: only warnings and errors from the layers below.
  const logger: LogLevel[] | false = env.LOG_LEVEL === 'silent' ? false : ['fatal', 'error', 'warn'];
  const app = await NestFactory.createApplicationContext(LedgerContextModule.forRoot(config), { logger });
  await app.init();
  return app;
}
