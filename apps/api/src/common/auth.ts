import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  RequestMethod,
  SetMetadata,
  UnauthorizedException,
  applyDecorators,
} from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ThrottlerException } from '@nestjs/throttler';
import { ApiActor, ApiKeyStore, ApiRole, Forbidden, LEDGER_CONFIG, LedgerConfig, mayExecute } from '@ledger/governance';
import type { Request } from 'express';
import { admitRead } from './read-access';
import { AUTH_FAILURES, clientAddress, FixedWindowThrottlerStorage } from './throttler.storage';

export type AuthedRequest = Request & { actor?: ApiActor | null; id?: string };

const COMMAND_KEY = 'ledger:command';
const ROLES_KEY = 'ledger:roles';

/** Marks a command endpoint: the guard checks the role × command matrix for it. */
export function CommandEndpoint(aggregateType: string, commandType: string) {
  return applyDecorators(
    SetMetadata(COMMAND_KEY, { aggregateType, commandType }),
    ApiBearerAuth(),
    ApiExtension('x-command', { aggregateType, commandType }),
  );
}

/** Restricts a write endpoint to these roles (anonymous callers get 401); read routes declare @ReadAccess. */
export function RolesAllowed(...roles: ApiRole[]) {
  return applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth());
}

/**
 * Authentication. A Bearer key that is malformed, unknown or revoked is a 401. No key
 * means anonymous: read endpoints then serve open records only, and command endpoints
 * answer 401 (see AuthGuard). Failed attempts are counted per address: past the limit,
 * every attempt from that address is a 429 until the window ends, a valid key included,
 * so that guessing learns nothing.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly failures = new FixedWindowThrottlerStorage();
  private readonly limit: number;
  private readonly ttlMs: number;

  constructor(
    private readonly keys: ApiKeyStore,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    this.limit = config.authFailureLimit;
    this.ttlMs = config.authFailureTtlMs;
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers.authorization;
    req.actor = null;
    if (header === undefined) return true;
    const address = clientAddress(req);
    if (this.failures.isBlocked(address, AUTH_FAILURES))
      throw new ThrottlerException('Too many failed authentications from this address');
    const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
    const actor = m ? await this.keys.authenticate(m[1]) : null;
    if (!actor) {
      const { isBlocked } = await this.failures.increment(address, this.ttlMs, this.limit, this.ttlMs, AUTH_FAILURES);
      if (isBlocked) throw new ThrottlerException('Too many failed authentications from this address');
      throw new UnauthorizedException(
        m ? 'The API key is not valid or has been revoked' : 'The Authorization header must be "Bearer <api key>"',
      );
    }
    req.actor = actor;
    return true;
  }
}

/** Authorisation, after authentication and rate limiting: the role × command matrix, endpoint roles and read rules. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    if (Reflect.getMetadata(METHOD_METADATA, ctx.getHandler()) === RequestMethod.GET) return this.read(ctx, req);
    const command = this.reflector.get<{ aggregateType: string; commandType: string } | undefined>(
      COMMAND_KEY,
      ctx.getHandler(),
    );
    const roles = this.reflector.get<ApiRole[] | undefined>(ROLES_KEY, ctx.getHandler());
    if (!command && !roles) return true;
    if (!req.actor) throw new UnauthorizedException('This endpoint needs an API key');
    if (command && !mayExecute(req.actor.role, command.commandType)) {
      throw new Forbidden(`The ${req.actor.role} role may not record ${command.commandType}`);
    }
    if (roles && !roles.includes(req.actor.role))
      throw new Forbidden(`The ${req.actor.role} role may not use this endpoint`);
    return true;
  }

  private read(ctx: ExecutionContext, req: AuthedRequest): boolean {
    const verdict = admitRead(this.reflector, ctx.getHandler(), req.actor);
    if (verdict === 'no-rule') throw new ForbiddenException('This route declares no read rule');
    if (verdict === 'needs-key') throw new UnauthorizedException('This endpoint needs an API key');
    if (verdict === 'role-refused') throw new Forbidden(`The ${req.actor!.role} role may not use this endpoint`);
    return true;
  }
}
