import { createApp, configOf } from './app.factory';

async function bootstrap(): Promise<void> {
  const app = await createApp(process.env);
  const config = configOf(app);
  await app.listen(config.port, config.host);
  app.get(await import('nestjs-pino').then((m) => m.Logger)).log(`Governance Ledger API on http://${config.host}:${config.port} (store: ${config.store}; docs at /docs)`);
}

bootstrap().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
