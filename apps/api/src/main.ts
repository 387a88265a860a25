import type { AddressInfo } from 'node:net';
import { createApp, configOf } from './app.factory';
import { startupBanner } from './startup-banner';

async function bootstrap(): Promise<void> {
  const app = await createApp(process.env);
  const config = configOf(app);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as AddressInfo;
  process.stdout.write(startupBanner(config, { host: config.host, port: address.port }));
}

bootstrap().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
