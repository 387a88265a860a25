import { Injectable, OnModuleInit, RequestMethod, SetMetadata, applyDecorators } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import { admission, ReadRule, RouteAdmission } from '@ledger/governance';

const READ_RULE_KEY = 'ledger:read-rule';

/**
 * Declares who may use a read route; what each caller then sees of a force area is
 * decided by the read-access policy in the handler. Every GET route carries one: a
 * route without is refused at start-up (ReadRulesCheck) and by the guard.
 */
export function ReadAccess(rule: ReadRule) {
  const marks = [SetMetadata(READ_RULE_KEY, rule)];
  return applyDecorators(...(rule === 'anyone' ? marks : [...marks, ApiBearerAuth()]));
}

/** The rule a handler declares, if any. */
function readRuleOf(reflector: Reflector, handler: object): ReadRule | undefined {
  return reflector.get<ReadRule | undefined>(READ_RULE_KEY, handler as () => unknown);
}

/** Whether a request for this handler passes its read rule; a handler without one passes nothing. */
export function admitRead(
  reflector: Reflector,
  handler: object,
  reader: Parameters<typeof admission>[1],
): RouteAdmission | 'no-rule' {
  const rule = readRuleOf(reflector, handler);
  return rule === undefined ? 'no-rule' : admission(rule, reader);
}

export interface ReadRoute {
  controller: string;
  method: string;
  path: string;
  rule: ReadRule | undefined;
}

/** Every GET handler of the application's controllers, with the rule it declares. */
export function readRoutesOf(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): ReadRoute[] {
  const routes: ReadRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!type) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
    for (const name of scanner.getAllMethodNames(type.prototype)) {
      const handler = (type.prototype as Record<string, object>)[name];
      if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
      const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')]
        .filter((p) => p && p !== '/')
        .join('/');
      routes.push({ controller: type.name, method: name, path: `/${path}`, rule: readRuleOf(reflector, handler) });
    }
  }
  return routes;
}

/** Refuses to start an application with a GET route that declares no read rule. */
@Injectable()
export class ReadRulesCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const bare = readRoutesOf(this.discovery, this.scanner, this.reflector).filter((r) => r.rule === undefined);
    if (bare.length)
      throw new Error(
        `Read routes without a read rule (@ReadAccess): ${bare.map((r) => `${r.controller}.${r.method} GET ${r.path}`).join(', ')}`,
      );
  }
}
