// Preloaded into the API server by the bench (node -r) so its CPU profile covers the load only,
// not start-up: the first SIGUSR2 starts the V8 profiler, the second stops it and writes
// <BENCH_CPU_PROF>/server.cpuprofile.
const inspector = require('node:inspector');
const { writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');

const session = new inspector.Session();
session.connect();
let running = false;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  running = false;
  session.post('Profiler.stop', (err, res) => {
    if (err) return;
    const file = join(process.env.BENCH_CPU_PROF, 'server.cpuprofile');
    writeFileSync(file + '.partial', JSON.stringify(res.profile));
    renameSync(file + '.partial', file);
  });
});
