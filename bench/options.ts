/** `npm run bench -- [options]`: the modes and their sizes. */
import { Command } from 'commander';

export interface Mode {
  name: 'quick' | 'standard';
  appendSeconds: number;
  rounds: number;
  streams: number;
  readEventsPerStream: number;
  readAppendBatch: number;
  httpSeconds: number;
  /** Registers opened and decisions recorded on each before the HTTP run's timed load. */
  httpRegisters: number;
  httpDecisionsPerRegister: number;
  scaleEvents: number;
  asAtQueries: number;
  fsyncs: number;
}

export interface Options {
  quick?: boolean;
  rounds?: number;
  seconds?: number;
  scale?: number;
  peers: boolean;
  postgres: boolean;
  http: boolean;
  build?: boolean;
  profile?: boolean;
  writeDocs?: boolean;
  databaseUrl: string;
}

export function parseOptions(argv = process.argv): { opts: Options; mode: Mode } {
  const program = new Command()
    .name('npm run bench --')
    .description(
      'Every performance goal of issue 19 (P1–P8) with the limits this machine shows, product vs Emmett, into docs/benchmarks.md and bench/results/<date>.json',
    )
    .option(
      '--quick',
      'smoke run (< 2 min), small sizes, one round: NOT the standard run; writes bench/results/<date>-quick.* only',
    )
    .option('--rounds <n>', 'rounds (probes, then every A/B workload) — at least 3 for the record', (v) => Number(v))
    .option('--seconds <n>', 'seconds per append run', (v) => Number(v))
    .option('--scale <events>', 'events in the large log (default 1,000,000; --quick 20,000)', (v) => Number(v))
    .option('--no-peers', 'skip Emmett')
    .option('--no-postgres', 'skip PostgreSQL')
    .option('--no-http', 'skip the HTTP benchmark')
    .option(
      '--build',
      'run `nest build api` before the HTTP benchmark (the default, except in --quick when dist/ exists)',
    )
    .option('--no-build', 'do not build the API before the HTTP benchmark')
    .option('--profile', 'run the profiled second HTTP run (the default, except in --quick)')
    .option('--no-profile', 'skip the profiled second HTTP run')
    .option('--write-docs', 'write docs/benchmarks.md even in --quick mode')
    .option(
      '--database-url <url>',
      'PostgreSQL',
      process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    );
  program.parse(argv);
  const opts = program.opts<Options>();
  const mode: Mode = opts.quick
    ? {
        name: 'quick',
        appendSeconds: 1,
        rounds: 1,
        streams: 1000,
        readEventsPerStream: 10,
        readAppendBatch: 10,
        httpSeconds: 3,
        httpRegisters: 128,
        httpDecisionsPerRegister: 2,
        scaleEvents: 20_000,
        asAtQueries: 100,
        fsyncs: 300,
      }
    : {
        name: 'standard',
        appendSeconds: 5,
        rounds: 3,
        streams: 1000,
        readEventsPerStream: 100,
        readAppendBatch: 25,
        httpSeconds: 20,
        httpRegisters: 512,
        httpDecisionsPerRegister: 10,
        scaleEvents: 1_000_000,
        asAtQueries: 1000,
        fsyncs: 2000,
      };
  if (opts.rounds) mode.rounds = opts.rounds;
  if (opts.seconds) mode.appendSeconds = opts.seconds;
  if (opts.scale) mode.scaleEvents = opts.scale;
  return { opts, mode };
}
