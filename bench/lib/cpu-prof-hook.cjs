// Preloaded into the API server by the bench (node -r) so its CPU profile covers the load only,
// not start-up. Signals cannot carry the trigger: Nest's enableShutdownHooks() treats SIGUSR2 as
// a shutdown. So the bench creates <BENCH_CPU_PROF>/start to start the V8 profiler and
// <BENCH_CPU_PROF>/stop to stop it; the profile is written to <BENCH_CPU_PROF>/server.cpuprofile.
const inspector = require('node:inspector');
const { existsSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.BENCH_CPU_PROF;
const session = new inspector.Session();
session.connect();
let state = 'idle';
const timer = setInterval(() => {
  if (state === 'idle' && existsSync(join(dir, 'start'))) {
    state = 'running';
    session.post('Profiler.enable', () => session.post('Profiler.start'));
  } else if (state === 'running' && existsSync(join(dir, 'stop'))) {
    state = 'done';
    clearInterval(timer);
    session.post('Profiler.stop', (err, res) => {
      if (err) return;
      const file = join(dir, 'server.cpuprofile');
      writeFileSync(file + '.partial', JSON.stringify(res.profile));
      renameSync(file + '.partial', file);
    });
  }
}, 20);
timer.unref();
