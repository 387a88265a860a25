import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';

const MISSING = Symbol('missing');

/**
 * Reads a route's metadata once: what a decorator put on a handler or controller does not
 * change once the application is built, and the throttler asks for six keys on every request.
 */
export class CachingReflector extends Reflector {
  private readonly cache = new Map<unknown, WeakMap<object, WeakMap<object, unknown>>>();

  override getAllAndOverride<T>(key: unknown, targets: Parameters<Reflector['getAllAndOverride']>[1]): T {
    const [handler, classRef] = targets;
    if (targets.length !== 2 || !handler || !classRef) return super.getAllAndOverride(key as string, targets) as T;
    let byHandler = this.cache.get(key);
    if (!byHandler) this.cache.set(key, (byHandler = new WeakMap()));
    let byClass = byHandler.get(handler);
    if (!byClass) byHandler.set(handler, (byClass = new WeakMap()));
    let found = byClass.get(classRef);
    if (found === undefined) {
      found = super.getAllAndOverride(key as string, targets) ?? MISSING;
      byClass.set(classRef, found);
    }
    return (found === MISSING ? undefined : found) as T;
  }
}

/** Nest's throttler guard, unchanged except that it reads route metadata through the cache above. */
@Injectable()
export class LedgerThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
  ) {
    super(options, storage, new CachingReflector());
  }
}
