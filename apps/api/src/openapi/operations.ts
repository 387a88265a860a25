import type { OpenAPIObject } from '@nestjs/swagger';
import { EXAMPLE_SCENARIO } from './examples';
import type { ExampleStep } from './examples/example-step';
import { ruleCodesFor } from './rule-codes';

/** An operation as the document holds it, with the extensions this module reads and writes. */
export type CommandOperation = Record<string, unknown> & {
  operationId?: string;
  'x-command'?: { commandType: string };
  requestBody?: { content?: Record<string, Record<string, unknown>> };
  parameters?: Array<Record<string, unknown> & { name: string; in: string }>;
};

/** Puts an operation's own examples on its body and on its path parameters, by example name. */
function attachExamples(op: CommandOperation, steps: ExampleStep[]): void {
  const json = op.requestBody?.content?.['application/json'];
  if (!json) return;
  json.examples = Object.fromEntries(steps.map((s) => [s.name, { summary: s.summary, value: s.value }]));
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path') continue;
    const values = steps
      .filter((s) => s.params[p.name] !== undefined)
      .map((s) => [s.name, { value: s.params[p.name] }]);
    if (values.length) p.examples = Object.fromEntries(values);
  }
}

/** Every operation of the document with its method and path. */
function operationsOf(doc: OpenAPIObject): Array<{ method: string; path: string; op: CommandOperation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method, path, op: op as CommandOperation })),
  );
}

/**
 * What each command operation says beyond its DTO, attached once the document is built so
 * that the routes need not carry it: its own request examples (see examples/) and the rule
 * codes the command can answer with.
 */
export function describeCommandOperations(doc: OpenAPIObject): void {
  const examples = new Map<string, ExampleStep[]>();
  for (const step of EXAMPLE_SCENARIO) examples.set(step.op, [...(examples.get(step.op) ?? []), step]);
  for (const { op } of operationsOf(doc)) {
    const steps = op.operationId ? examples.get(op.operationId) : undefined;
    if (steps) attachExamples(op, steps);
    const command = op['x-command']?.commandType;
    if (!command) continue;
    const codes = ruleCodesFor(command);
    if (codes) op['x-rule-codes'] = codes;
  }
}
