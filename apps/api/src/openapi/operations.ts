import type { OpenAPIObject } from '@nestjs/swagger';
import { ruleCodesFor } from './rule-codes';

/** An operation as the document holds it, with the extensions this module reads and writes. */
export type CommandOperation = Record<string, unknown> & {
  operationId?: string;
  'x-command'?: { commandType: string };
  requestBody?: { content?: Record<string, Record<string, unknown>> };
};

/** Every operation of the document with its method and path. */
export function operationsOf(doc: OpenAPIObject): Array<{ method: string; path: string; op: CommandOperation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ method, path, op: op as CommandOperation })),
  );
}

/**
 * What each command operation says beyond its DTO, attached once the document is built so
 * that the routes need not carry it: the rule codes the command can answer with.
 */
export function describeCommandOperations(doc: OpenAPIObject): void {
  for (const { op } of operationsOf(doc)) {
    const command = op['x-command']?.commandType;
    if (!command) continue;
    const codes = ruleCodesFor(command);
    if (codes) op['x-rule-codes'] = codes;
  }
}
