/**
 * Leadership as a lease: a frozen leader is replaced once its lease runs out, and its
 * writes are fenced off from then on, even with a fence it obtained before it froze.
 */
import { Pool } from 'pg';
import { freshSchema, pgUrl } from '../../../event-store/src/testing/pg';
import { checkFence, Lease, LeaseLost } from './lease';

describe('leader lease on PostgreSQL', () => {
  it('replaces a leader that stops renewing, and fences off its writes when it wakes', async () => {
    const { schema, drop } = await freshSchema('lease');
    const pool = new Pool({ connectionString: pgUrl(), max: 4 });
    const a = new Lease(pool, schema, 'projections', 1000);
    const b = new Lease(pool, schema, 'projections', 1000);
    const fenced = async (fence: ReturnType<Lease['fence']>) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await checkFence(fence, (sql, params) => c.query(sql, params), 'projections');
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      } finally {
        c.release();
      }
    };
    try {
      expect(await a.tryAcquire()).toBe(true);
      expect(await b.tryAcquire()).toBe(false);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await b.tryAcquire()).toBe(false); // renewed while running
      const before = a.fence();
      await expect(fenced(before)).resolves.toBeUndefined();

      const lost: Error[] = [];
      a.onLost((e) => lost.push(e));
      // Frozen: the process runs nothing (as under SIGSTOP) for longer than the lease.
      const frozenUntil = Date.now() + 1500;
      while (Date.now() < frozenUntil);
      expect(await b.tryAcquire()).toBe(true);

      await expect(fenced(before)).rejects.toThrow(LeaseLost);
      expect(lost.length).toBe(1);
      expect(a.held).toBe(false);
      await expect(fenced(a.fence())).rejects.toThrow(LeaseLost);
      await expect(fenced(b.fence())).resolves.toBeUndefined();
      expect(await a.tryAcquire()).toBe(false);
      await b.release();
      expect(await a.tryAcquire()).toBe(true);
    } finally {
      await a.release();
      await b.release();
      await pool.end();
      await drop();
    }
  });
});
