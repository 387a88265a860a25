import { CanActivate, ExecutionContext, Injectable, SetMetadata, UnauthorizedException, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiActor, ApiKeyStore, ApiRole, Forbidden, mayExecute } from '@ledger/governance';
import type { Request } from 'express';

export type AuthedRequest = Request & { actor?: ApiActor | null; id?: string };

const COMMAND_KEY = 'ledger:command';
const ROLES_KEY = 'ledger:roles';

/** Marks a command endpoint: the guard checks the role × command matrix for it. */
export function CommandEndpoint(aggregateType: string, commandType: string) {
  return applyDecorators(SetMetadata(COMMAND_KEY, { aggregateType, commandType }), ApiBearerAuth(), ApiExtension('x-command', { aggregateType, commandType }));
}

/** Restricts a read endpoint to these roles (anonymous callers get 401). */
export function RolesAllowed(...roles: ApiRole[]) {
  return applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth());
}

/**
 * Authentication and authorisation. A Bearer key that is malformed, unknown or
 * revoked is a 401. No key means anonymous: read endpoints then serve open records
 * only, and command endpoints answer 401.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeyStore,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers.authorization;
    req.actor = null;
    if (header !== undefined) {
      const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
      if (!m) throw new UnauthorizedException('The Authorization header must be "Bearer <api key>"');
      const actor = await this.keys.authenticate(m[1]);
      if (!actor) throw new UnauthorizedException('The API key is not valid or has been revoked');
      req.actor = actor;
    }
    const command = this.reflector.get<{ aggregateType: string; commandType: string } | undefined>(COMMAND_KEY, ctx.getHandler());
    const roles = this.reflector.get<ApiRole[] | undefined>(ROLES_KEY, ctx.getHandler());
    if (!command && !roles) return true;
    if (!req.actor) throw new UnauthorizedException('This endpoint needs an API key');
    if (command && !mayExecute(req.actor.role, command.commandType)) {
      throw new Forbidden(`The ${req.actor.role} role may not record ${command.commandType}`);
    }
    if (roles && !roles.includes(req.actor.role)) throw new Forbidden(`The ${req.actor.role} role may not use this endpoint`);
    return true;
  }
}
