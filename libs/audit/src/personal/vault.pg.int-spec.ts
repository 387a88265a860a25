import { eventually } from '../../../../test/helpers/eventually';
import { freshSchema, pgUrl } from '../testing/pg';
import { ERASED, PersonalDataVault } from './vault';
import { PostgresVaultStorage } from './postgres-vault';

describe('personal data vault on PostgreSQL', () => {
  it('seals, discloses and erases; the key and sealed rows are gone and vacuumed', async () => {
    const schema = await freshSchema('vault');
    const storage = await PostgresVaultStorage.open({ connectionString: pgUrl(), schema: schema.schema });
    try {
      const vault = new PersonalDataVault({ storage });
      const a = await vault.seal({ subjectId: 'subject-1', eventId: 'e1', fieldPath: '/data/name', value: 'Jane Doe' });
      await vault.seal({ subjectId: 'subject-1', eventId: 'e2', fieldPath: '/data/phone', value: '07700 900123' });
      await vault.seal({ subjectId: 'subject-2', eventId: 'e3', fieldPath: '/data/name', value: 'John Roe' });
      expect(await vault.reveal('e1', '/data/name')).toBe('Jane Doe');
      const rec = await vault.erase('subject-1');
      expect(rec.commitments.map((c) => c.eventId)).toEqual(['e1', 'e2']);
      expect(rec.commitments[0].commitment).toBe(a.commitment.toString('hex'));
      expect(await vault.reveal('e1', '/data/name')).toBe(ERASED);
      expect(await vault.reveal('e3', '/data/name')).toBe('John Roe');
      const left = await storage.pool.query(
        `SELECT count(*)::int AS n FROM "${schema.schema}".audit_personal_field WHERE subject_id = 'subject-1'`,
      );
      expect(left.rows[0].n).toBe(0);
      expect(await storage.subjectKey('subject-1')).toBeNull();
      // PostgreSQL's table statistics are published a moment after the vacuum, so wait for them.
      await eventually(async () => {
        const dead = await storage.pool.query(
          `SELECT n_dead_tup::int AS n FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = 'audit_subject_key'`,
          [schema.schema],
        );
        expect(dead.rows[0]?.n ?? 0).toBe(0);
      });
      await expect(
        vault.seal({ subjectId: 'subject-1', eventId: 'e9', fieldPath: '/data/x', value: 'y' }),
      ).rejects.toThrow(/erased/);
    } finally {
      await storage.close();
      await schema.drop();
    }
  });
});
