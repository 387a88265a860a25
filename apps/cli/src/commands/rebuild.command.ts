import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { DEFAULT_PROJECTIONS } from '@ledger/projections';
import { openProjections } from './projections-context';

/**
 * `ledger rebuild [--projection NAME]`: rebuilds read models into shadow tables while the
 * live ones keep serving (a running API keeps answering), then swaps them in atomically.
 */
export function register(program: Command): void {
  program
    .command('rebuild')
    .description(
      `Rebuild read models from the log into shadow tables, then swap them in (projections: ${DEFAULT_PROJECTIONS.map((p) => p.name).join(', ')})`,
    )
    .option('--projection <name>', 'rebuild only this projection')
    .action(async (o: { projection?: string }) => {
      const ctx = await openProjections();
      const bar = new SingleBar(
        { format: '{phase} |{bar}| {value}/{total} events | {rate} events/s | ETA {eta_formatted}', hideCursor: true },
        Presets.shades_classic,
      );
      let started = false;
      try {
        const gens = await ctx.rm.runner.rebuild(o.projection, (p) => {
          if (!started) {
            bar.start(p.total ?? p.done, 0, { phase: p.phase, rate: 0 });
            started = true;
          }
          if (p.total !== null && p.done > p.total) bar.setTotal(p.done);
          bar.update(p.done, { phase: p.phase.padEnd(11), rate: p.eventsPerSecond });
        });
        if (started) bar.stop();
        console.log(
          `Swapped in: ${Object.entries(gens)
            .map(([n, g]) => `${n} (generation ${g})`)
            .join(', ')}`,
        );
      } finally {
        if (started) bar.stop();
        await ctx.close();
      }
    });
}
