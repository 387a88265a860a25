/**
 * `ledger witness` alone, for tests that run the witness as a real child process
 * (node --import tsx test/helpers/witness-main.ts witness run ...): the same command
 * module as the CLI, without loading the API and stores the other commands need.
 */
import { Command } from 'commander';
import { register } from '../../apps/cli/src/commands/witness.command';

const program = new Command().name('ledger');
register(program);
program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = process.exitCode || 1;
});
