import type { Command } from 'commander';
import { register as keys } from './keys.command';
import { register as exportCmd } from './export.command';
import { register as verify } from './verify.command';
import { register as verifyStore } from './verify-store.command';
import { register as erase } from './erase.command';
import { register as rebuild } from './rebuild.command';
import { register as replay } from './replay.command';
import { register as serve } from './serve.command';
import { register as demo } from './demo.command';
import { register as witness } from './witness.command';

/** Every sub-command's register function. Add one line per command module. */
export const COMMANDS: Array<(program: Command) => void> = [
  keys,
  exportCmd,
  verify,
  verifyStore,
  erase,
  rebuild,
  replay,
  serve,
  demo,
  witness,
];
