import { grantRoutes } from '../../processes/grant/grant.routes';
import { examplesOf, routePath, type ExampleFile } from './example-step';
import { EXAMPLE_SCENARIO } from '.';

const step = (over: Partial<ExampleFile['steps'][number]>): ExampleFile => ({
  steps: [
    { op: 'PublishGrant', name: 'kent-grant', summary: 'Published', params: { id: 'kent-grant' }, value: {}, ...over },
  ],
});
const load = (file: ExampleFile) => () => examplesOf('grant', routePath(grantRoutes), file);

describe('Request examples read from a process’s JSON file', () => {
  it('are all loaded, in scenario order', () => {
    expect(EXAMPLE_SCENARIO.length).toBeGreaterThan(100);
    expect(EXAMPLE_SCENARIO[0].op).toBe('EstablishPanel');
  });

  it('are refused when they name an operation of another process', () => {
    expect(load(step({ op: 'IssuePrecept' }))).toThrow(
      'grant: IssuePrecept (kent-grant) is not an operation of this process',
    );
  });

  it('are refused when they do not fill exactly the path’s parameters', () => {
    expect(load(step({ params: { area: 'kent' } }))).toThrow('must give the path parameters id');
    expect(load(step({ params: { id: 'kent-grant', area: 'kent' } }))).toThrow('must give the path parameters id');
  });

  it('are refused when one operation has two examples of one name, or an unknown role records one', () => {
    const twice = step({});
    expect(load({ steps: [...twice.steps, ...twice.steps] })).toThrow('is named twice');
    expect(load(step({ recordedBy: { role: 'mayor', forceArea: 'kent' } }))).toThrow('unknown role mayor');
  });

  it('are accepted as written when they fit', () => {
    expect(load(step({}))()).toEqual(step({}).steps);
  });
});
