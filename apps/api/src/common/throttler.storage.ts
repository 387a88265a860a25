import { ExecutionContext, Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import { isIPv6 } from 'node:net';

/** The counter of failed authentications, kept apart from the request counter. */
export const AUTH_FAILURES = 'auth-failures';

/** The caller's address; IPv6 callers by their /64, which one client usually holds whole. */
export function clientAddress(req: Request): string {
  const ip = (req.ip ?? req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  if (!isIPv6(ip)) return ip;
  const groups = ip.split('::');
  const head = groups[0] ? groups[0].split(':') : [];
  const tail = groups.length > 1 && groups[1] ? groups[1].split(':') : [];
  const full = [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail];
  return `${full.slice(0, 4).join(':')}::/64`;
}

/**
 * One budget per client across every route: a key is counted by its id, an anonymous
 * caller by its address. (The library's default counts each route apart, which lets a
 * client make the limit times the number of routes.)
 */
export function requestTracker(req: Record<string, unknown>): string {
  const r = req as unknown as Request & { actor?: { id: string } | null };
  return r.actor ? `key:${r.actor.id}` : `address:${clientAddress(r)}`;
}

export function trackerKey(_ctx: ExecutionContext, tracker: string, throttlerName: string): string {
  return `${throttlerName}:${tracker}`;
}

interface Window {
  startedAt: number;
  hits: number;
  blockedUntil: number;
}

/**
 * Fixed-window rate counting, O(1) per request. The default in-memory storage keeps
 * one timestamp per hit and filters the list on every request (and spreads it into
 * Math.min), which costs O(limit) per request and fails outright past ~100k hits.
 * A fixed window can admit up to twice the limit across a window boundary; for abuse
 * protection that is the usual trade.
 */
@Injectable()
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private sweptAt = Date.now();

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const now = Date.now();
    this.sweep(now, ttl);
    const id = `${throttlerName}\n${key}`;
    let w = this.windows.get(id);
    if (!w || now - w.startedAt >= ttl) {
      w = { startedAt: now, hits: 0, blockedUntil: w && w.blockedUntil > now ? w.blockedUntil : 0 };
      this.windows.set(id, w);
    }
    if (w.blockedUntil <= now) {
      w.hits += 1;
      if (w.hits > limit) w.blockedUntil = now + (blockDuration > 0 ? blockDuration : ttl - (now - w.startedAt));
    }
    const isBlocked = w.blockedUntil > now;
    return {
      totalHits: w.hits,
      timeToExpire: Math.max(0, Math.ceil((w.startedAt + ttl - now) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.max(1, Math.ceil((w.blockedUntil - now) / 1000)) : 0,
    };
  }

  /** Whether a key is blocked now, without counting a hit. */
  isBlocked(key: string, throttlerName: string): boolean {
    const w = this.windows.get(`${throttlerName}\n${key}`);
    return w !== undefined && w.blockedUntil > Date.now();
  }

  /** Drops finished windows now and then, so memory follows the number of active clients. */
  private sweep(now: number, ttl: number): void {
    if (now - this.sweptAt < Math.max(ttl, 1000)) return;
    this.sweptAt = now;
    for (const [id, w] of this.windows) if (now - w.startedAt >= ttl && w.blockedUntil <= now) this.windows.delete(id);
  }
}
