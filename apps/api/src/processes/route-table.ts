import { Body, Controller, Param, Post, Req, Res, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACT_CATALOGUE, type ActData, type ActType, type Command } from '@ledger/domain';
import type { Response } from 'express';
import { AuthedRequest, CommandEndpoint } from '../common/auth';
import type { CommandRequest, OpenCaseRequest } from '../common/command.request';
import { CommandResponses } from '../common/command-responses';
import { CommandResponse, CommandRunner } from '../common/command-runner';
import { SlugPipe } from '../common/params';

/** Body fields every command accepts besides its own data (CommandRunner takes them off). */
type EnvelopeField = keyof OpenCaseRequest;
/** Data a route takes from its path (`:area`) rather than its body. */
type PathField = 'forceArea';

/** What one HTTP call of a route hands to a route's own handler, when it has one. */
export interface RouteCall<Dto> {
  req: AuthedRequest;
  res: Response;
  /** The case id from the path (null when the route opens a case). */
  caseId: string | null;
  /** The force area from the path, for a route that opens a case. */
  area: string | null;
  body: Dto;
  runner: CommandRunner;
  modules: ModuleRef;
}

/**
 * One HTTP route for one act: POST `path` with `body`, the act's DTO. A path with `:area` opens a case in
 * that force area; a path with `:id` acts on the case named. Everything else (operation id,
 * the process, whether it opens a case, who may call it) comes from the act catalogue.
 */
export interface ActRoute<T extends ActType, Dto extends CommandRequest = CommandRequest> {
  path: `force-areas/:area/${string}` | `${string}/:id/${string}` | `${string}/:id`;
  summary: string;
  body: Type<Dto>;
  /** An opening act whose case is the force area's own (one per area) unless the body names another. */
  caseIdIsArea?: true;
  /** For an act that must do more than record its body (e.g. seal personal data first). */
  run?: (call: RouteCall<Dto>, type: T) => Promise<CommandResponse>;
}

/**
 * The DTO's own fields must be the command's data (less what the path supplies): a missing,
 * mistyped or unknown field is a compile error on the route. A route with its own `run`
 * shapes the data itself, so its check is waived.
 */
type FitsCommand<T extends ActType, Dto> = [Omit<Dto, EnvelopeField>] extends [Omit<ActData<T>, PathField>]
  ? [Exclude<keyof Omit<Dto, EnvelopeField>, keyof ActData<T>>] extends [never]
    ? true
    : { unknownFields: Exclude<keyof Omit<Dto, EnvelopeField>, keyof ActData<T>> }
  : { doesNotFit: ActData<T> };

/**
 * The name of an act's DTO class in its process's request module: the act's name, its
 * acronyms in camel case, then `Request` (IPCC becomes Ipcc, and PCC Pcc). The name is the
 * schema's name in the OpenAPI document, so it is derived, never written on the route.
 */
type RequestName<S extends string> = S extends `${infer A}IPCC${infer B}`
  ? RequestName<`${A}Ipcc${B}`>
  : S extends `${infer A}PCC${infer B}`
    ? RequestName<`${A}Pcc${B}`>
    : `${S}Request`;
const requestName = (type: string) => `${type.replace(/IPCC/g, 'Ipcc').replace(/PCC/g, 'Pcc')}Request`;

/** An act's route as its process writes it: the DTO comes from the request module by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RouteEntry<T extends ActType> = Omit<ActRoute<T, any>, 'body'>;

/** A process's routes: exactly one per act of the process. */
export type RouteTable<C extends Command> = {
  [T in C['type'] & ActType]: RouteEntry<T>;
};

/** Each route as written, or with a property naming what is wrong with its DTO (a compile error). */
type Checked<R, C extends Command, M> = {
  [T in keyof R]: T extends C['type'] & ActType
    ? M extends Record<RequestName<T>, Type<infer Dto>>
      ? R[T] extends { run: unknown }
        ? R[T]
        : FitsCommand<T, Dto> extends true
          ? R[T]
          : R[T] & { dto: FitsCommand<T, Dto> }
      : R[T] & { dto: `no class ${RequestName<T>} in the request module` }
    : never;
};

export interface ProcessRoutes {
  /** The OpenAPI tag the process's routes are listed under. */
  tag: string;
  /** A classification every event of the process carries, whatever the caller sends. */
  classification?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  routes: Partial<Record<ActType, ActRoute<any, any>>>;
}

/**
 * Declares a process's route table, checked against its command union `C`: `requests` is
 * the process's request module, where each act's DTO is found by its name (RequestName).
 */
export function routeTable<C extends Command>() {
  return <M, R extends RouteTable<C>>(
    tag: string,
    requests: M,
    routes: R & Checked<R, C, M>,
    options: { classification?: string } = {},
  ): ProcessRoutes => {
    const dtos = requests as Record<string, Type<CommandRequest>>;
    const withBodies = Object.entries(routes as Record<string, RouteEntry<ActType>>).map(([type, route]) => [
      type,
      { ...route, body: dtos[requestName(type)] },
    ]);
    return { tag, routes: Object.fromEntries(withBodies), ...options };
  };
}

const methodName = (type: string) => type.charAt(0).toLowerCase() + type.slice(1);

/**
 * Builds the Nest controller for one process's route table: per act, one POST handler with
 * the same decorators a hand-written controller would carry, so the OpenAPI document, the
 * validation of the body and the role check are as for any endpoint.
 */
export function processController({ tag, routes, classification }: ProcessRoutes, name: string): Type {
  @ApiTags(tag)
  @Controller({ version: '1' })
  class ProcessController {
    constructor(
      readonly runner: CommandRunner,
      readonly modules: ModuleRef,
    ) {}
  }
  Object.defineProperty(ProcessController, 'name', { value: name });
  for (const [type, route] of Object.entries(routes) as Array<[ActType, ActRoute<ActType>]>) {
    const act = ACT_CATALOGUE[type];
    const opens = route.path.startsWith('force-areas/:area/');
    const handler = function (
      this: ProcessController,
      param: string,
      body: CommandRequest,
      req: AuthedRequest,
      res: Response,
    ): Promise<CommandResponse> {
      const sent = classification === undefined ? body : { ...body, classification };
      if (route.run)
        return route.run(
          {
            req,
            res,
            caseId: opens ? null : param,
            area: opens ? param : null,
            body: sent,
            runner: this.runner,
            modules: this.modules,
          },
          type,
        );
      if (!opens) return this.runner.run(req, res, param, type, sent);
      const caseId = route.caseIdIsArea ? ((body as OpenCaseRequest).caseId ?? param) : null;
      return this.runner.run(req, res, caseId, type, sent, { forceArea: param });
    };
    const key = methodName(type);
    // Swagger reads a handler's metadata by the function's own name.
    Object.defineProperty(handler, 'name', { value: key });
    Object.defineProperty(ProcessController.prototype, key, { value: handler, writable: true, configurable: true });
    Reflect.defineMetadata('design:paramtypes', [String, route.body, Object, Object], ProcessController.prototype, key);
    Reflect.defineMetadata('design:returntype', Promise, ProcessController.prototype, key);
    Param(opens ? 'area' : 'id', SlugPipe)(ProcessController.prototype, key, 0);
    Body()(ProcessController.prototype, key, 1);
    Req()(ProcessController.prototype, key, 2);
    Res({ passthrough: true })(ProcessController.prototype, key, 3);
    const descriptor = Object.getOwnPropertyDescriptor(ProcessController.prototype, key)!;
    // Applied bottom-up, as TypeScript applies a method's decorators.
    const decorators = [
      Post(route.path),
      CommandEndpoint(act.aggregateType!, type),
      ApiOperation({ operationId: type, summary: route.summary }),
      CommandResponses(act.creates ?? false),
    ];
    for (const decorate of decorators.reverse()) decorate(ProcessController.prototype, key, descriptor);
    Object.defineProperty(ProcessController.prototype, key, descriptor);
  }
  return ProcessController;
}
