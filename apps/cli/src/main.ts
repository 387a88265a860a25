#!/usr/bin/env node
/**
 * `ledger`: the operator's command line (DESIGN.md). Each sub-command lives in
 * ./commands/<name>.command.ts and exports `register(program)`.
 */
import { Command } from 'commander';
import { COMMANDS } from './commands';
import { relaunchWithNodeFlags } from './node-flags';

/**
 * The program with the sub-command `name` when it is one (only its module is loaded), or with
 * every sub-command (help, an unknown name).
 */
export async function buildProgram(options: { exitOverride?: boolean } = {}, name?: string): Promise<Command> {
  const program = new Command();
  // Before the sub-commands are added, so they inherit it (tests drive the CLI in-process).
  if (options.exitOverride) program.exitOverride();
  program
    .name('ledger')
    .description('Governance Ledger: statutory record of PCCs, Police and Crime Panels and CSPs')
    .showHelpAfterError();
  const wanted = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]] : Object.values(COMMANDS);
  for (const load of wanted) (await load())(program);
  return program;
}

function main(): void {
  const relaunched = relaunchWithNodeFlags();
  if (relaunched !== null) {
    process.exitCode = relaunched;
    return;
  }
  buildProgram({}, process.argv[2])
    .then((program) => program.parseAsync(process.argv))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
    });
}

if (require.main === module) main();
