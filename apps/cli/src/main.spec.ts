import { buildProgram } from './main';
import { COMMANDS } from './commands';

describe('ledger loads only the sub-command it runs', () => {
  it('given `verify`, the program holds the verify command alone', async () => {
    const program = await buildProgram({ exitOverride: true }, 'verify');
    expect(program.commands.map((c) => c.name())).toEqual(['verify']);
  });

  it.each([undefined, 'help', 'no-such-command'])('given %s, the program holds every command', async (name) => {
    const program = await buildProgram({ exitOverride: true }, name);
    expect(program.commands.map((c) => c.name()).sort()).toEqual(Object.keys(COMMANDS).sort());
  });
});
