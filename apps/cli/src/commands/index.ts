import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every sub-command's module, by the name it is called by, loaded only when it is needed:
 * `ledger verify <file>` loads the verifier and not the libraries the other commands need
 * (start-up peak RSS 110 MB with every command loaded, 49 MB with verify's module alone,
 * 2026-12-03). Add one line per command module.
 */
export const COMMANDS: Record<string, () => Promise<Register>> = {
  keys: async () => (await import('./keys.command')).register,
  export: async () => (await import('./export.command')).register,
  verify: async () => (await import('./verify.command')).register,
  'verify-store': async () => (await import('./verify-store.command')).register,
  erase: async () => (await import('./erase.command')).register,
  rebuild: async () => (await import('./rebuild.command')).register,
  replay: async () => (await import('./replay.command')).register,
  serve: async () => (await import('./serve.command')).register,
  demo: async () => (await import('./demo.command')).register,
  witness: async () => (await import('./witness.command')).register,
};
