import { PATH_METADATA } from '@nestjs/common/constants';
import { API_ROLES, type ApiRole } from '@ledger/governance';
import type { ProcessRoutes } from '../../processes/route-table';

/**
 * One request example of a command operation: the body as sent and the path parameters
 * that place it. Each process's examples are one lawful scenario, in the order a real case
 * would record them, so every example works when sent as written (test/openapi-examples).
 */
export interface ExampleStep {
  /** The operationId the example belongs to. */
  op: string;
  /** The example's name in the document, unique within its operation. */
  name: string;
  summary: string;
  params: Record<string, string>;
  value: Record<string, unknown>;
  /**
   * The key that records it, when not the acting body's own key for the case's area: for
   * example the Essex PCC's entry into a merger whose case Kent holds, recorded with a
   * national administrator's key (force area '*').
   */
  recordedBy?: { role: ApiRole; forceArea: string };
}

/**
 * A process's examples as its `<process>.examples.json` holds them. They are data: the
 * document publishes them verbatim as JSON, so they are kept as JSON beside the routes and
 * checked when loaded (below) rather than written again as code.
 */
export interface ExampleFile {
  /** What the scenario shows, for whoever edits it. */
  about?: string;
  steps: ReadonlyArray<
    Omit<ExampleStep, 'params' | 'recordedBy'> & {
      params: Partial<Record<string, string>>;
      recordedBy?: { role: string; forceArea: string };
    }
  >;
}

/** The path a route of the process or a hand-written handler is mounted at, by operation id. */
type PathOf = (op: string) => string | undefined;

/** The path of a handler written as a controller method (its `@Post(path)`). */
export const handlerPath =
  (op: string, handler: object): PathOf =>
  (name) =>
    name === op ? (Reflect.getMetadata(PATH_METADATA, handler) as string) : undefined;

export const routePath =
  ({ routes }: ProcessRoutes): PathOf =>
  (op) =>
    routes[op as keyof typeof routes]?.path;

/**
 * A scenario's steps, checked against the operations they are for: each names an operation
 * of its own process, fills exactly that operation's path parameters, is named once per
 * operation and is recorded by a role that exists. A step that does not fit fails the
 * document's build, so a stale example cannot be published.
 */
export function examplesOf(file: string, pathOf: PathOf, { steps }: ExampleFile): ExampleStep[] {
  const names = new Set<string>();
  return steps.map((step) => {
    const fail = (why: string) => new Error(`${file}: ${step.op} (${step.name}) ${why}`);
    const path = pathOf(step.op);
    if (path === undefined) throw fail('is not an operation of this process');
    const wanted = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
    if (JSON.stringify(Object.keys(step.params).sort()) !== JSON.stringify(wanted))
      throw fail(`must give the path parameters ${wanted.join(', ')}`);
    if (names.has(`${step.op} ${step.name}`)) throw fail('is named twice');
    names.add(`${step.op} ${step.name}`);
    if (step.recordedBy && !API_ROLES.includes(step.recordedBy.role as ApiRole))
      throw fail(`is recorded by an unknown role ${step.recordedBy.role}`);
    return step as ExampleStep;
  });
}
