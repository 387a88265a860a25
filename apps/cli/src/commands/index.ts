import type { Command } from 'commander';
import { register as keys } from './keys.command';

/** Every sub-command's register function. Add one line per command module. */
export const COMMANDS: Array<(program: Command) => void> = [
  keys,
];
