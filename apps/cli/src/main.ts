#!/usr/bin/env node
/**
 * `ledger`: the operator's command line (DESIGN.md). Each sub-command lives in
 * ./commands/<name>.command.ts and exports `register(program)`.
 */
import { Command } from 'commander';
import { COMMANDS } from './commands';

export function buildProgram(): Command {
  const program = new Command();
  program.name('ledger').description('Governance Ledger: statutory record of PCCs, Police and Crime Panels and CSPs').showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
    });
}
