import { createHmac } from 'node:crypto';
import { checkCommitment, commitField, personalPlaceholder, resolvePointer } from '../commitment';

describe('personal-field commitments', () => {
  const salt = Buffer.alloc(32, 9);
  it('is HMAC-SHA256(salt, "ledger/field/v1\\n" || path || 0x00 || value)', () => {
    const expected = createHmac('sha256', salt)
      .update(Buffer.from('ledger/field/v1\n/data/name\u0000Jane', 'utf8'))
      .digest();
    expect(commitField(salt, '/data/name', 'Jane').equals(expected)).toBe(true);
    expect(commitField(salt, '/data/nam', 'eJane').equals(expected)).toBe(false);
  });
  it('checks a disclosed value against the placeholder in an entry', () => {
    const entry = { data: { 'a/b': { name: personalPlaceholder(commitField(salt, '/data/a~1b/name', 'Jane')) } } };
    expect(resolvePointer(entry, '/data/a~1b/name')).toEqual(
      personalPlaceholder(commitField(salt, '/data/a~1b/name', 'Jane')),
    );
    expect(checkCommitment(entry, '/data/a~1b/name', salt, 'Jane')).toBeNull();
    expect(checkCommitment(entry, '/data/a~1b/name', salt, 'Jane ')).toMatch(/does not match/);
    expect(checkCommitment(entry, '/data/a~1b/name', Buffer.alloc(32, 1), 'Jane')).toMatch(/does not match/);
    expect(checkCommitment(entry, '/data/other', salt, 'Jane')).toMatch(/no personal-data commitment/);
  });
  it('also checks a bare hex commitment, as the Complaint process stores them', () => {
    const path = '/data/complainant/commitments/complainant.name';
    const c = commitField(salt, path, 'Jane').toString('hex');
    const entry = { data: { complainant: { subjectId: 's1', commitments: { 'complainant.name': c } } } };
    expect(checkCommitment(entry, path, salt, 'Jane')).toBeNull();
    expect(checkCommitment(entry, path, salt, 'Janet')).toMatch(/does not match/);
    expect(
      checkCommitment(
        { data: { complainant: { commitments: { 'complainant.name': 'not-hex' } } } },
        path,
        salt,
        'Jane',
      ),
    ).toMatch(/no personal-data commitment/);
  });
});
