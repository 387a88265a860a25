import type { Command } from 'commander';

/** `ledger serve`: the API, exactly as `npm start` runs it (settings from the environment). */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (STORE, DATA_DIR, DATABASE_URL, PORT, HOST, LOAD_DEMO from the environment)')
    .option('--port <port>', 'port to listen on (default PORT or 3000)')
    .option('--no-demo', 'do not load the Kent demo into an empty store')
    .action(async (o: { port?: string; demo: boolean }) => {
      const env = { ...process.env, ...(o.port ? { PORT: o.port } : {}), ...(o.demo ? {} : { LOAD_DEMO: 'false' }) };
      const { createApp, configOf } = await import('../../../api/src/app.factory');
      const app = await createApp(env);
      const config = configOf(app);
      await app.listen(config.port, config.host);
      console.log(`Governance Ledger API on http://${config.host}:${config.port} (store: ${config.store}; docs at /docs)`);
    });
}
