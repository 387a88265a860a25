import type { Command } from 'commander';

/** Every sub-command's register function. Add one line per command module. */
export const COMMANDS: Array<(program: Command) => void> = [];
