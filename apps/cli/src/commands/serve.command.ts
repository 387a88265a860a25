import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built API's entry point, beside the built CLI (dist/apps/cli/... and dist/apps/api/...). */
const API_MAIN = resolve(__dirname, '../../../api/src/main.js');

/**
 * `ledger serve`: the API, exactly as `npm start` runs it (settings from the environment).
 * It runs the built API in a child process rather than linking the HTTP application into
 * the command line; signals are passed on, and its exit code is the command's.
 */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (STORE, DATA_DIR, DATABASE_URL, PORT, HOST, LOAD_DEMO from the environment)')
    .option('--port <port>', 'port to listen on (default PORT or 3000)')
    .option('--no-demo', 'do not load the Kent demo into an empty store')
    .action(async (o: { port?: string; demo: boolean }) => {
      if (!existsSync(API_MAIN)) {
        console.error(`The API has not been built (${API_MAIN} is missing): run npm run build.`);
        process.exitCode = 1;
        return;
      }
      const env = { ...process.env, ...(o.port ? { PORT: o.port } : {}), ...(o.demo ? {} : { LOAD_DEMO: 'false' }) };
      const child = spawn(process.execPath, [API_MAIN], { env, stdio: 'inherit' });
      const pass = (signal: NodeJS.Signals) => () => child.kill(signal);
      process.on('SIGINT', pass('SIGINT'));
      process.on('SIGTERM', pass('SIGTERM'));
      process.exitCode = await new Promise<number>((done) =>
        child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))),
      );
    });
}
