import { admission, isOwnArea, mayExport, mayTakeWhole, visibilityIn } from './read-access';

const kentAuditor = { role: 'auditor' as const, forceArea: 'kent' };
const national = { role: 'admin' as const, forceArea: '*' };
const kentClerk = { role: 'pcc-office' as const, forceArea: 'kent' };

describe('read-access policy', () => {
  it('admits anyone on an open route, and only keys of the named roles on the others', () => {
    expect(admission('anyone', null)).toBe('admitted');
    expect(admission(['auditor'], null)).toBe('needs-key');
    expect(admission(['auditor'], kentClerk)).toBe('role-refused');
    expect(admission(['auditor'], kentAuditor)).toBe('admitted');
  });

  it('shows a key everything of its own area, and of another area what the public sees', () => {
    expect(visibilityIn(null, 'kent')).toBe('open');
    expect(visibilityIn(kentClerk, 'kent')).toBe('all');
    expect(visibilityIn(kentClerk, 'essex')).toBe('open');
    expect(visibilityIn(national, 'essex')).toBe('all');
  });

  it('shows a local key what the public sees in a listing across areas', () => {
    expect(visibilityIn(kentClerk, undefined)).toBe('open');
    expect(visibilityIn(kentClerk, null)).toBe('open');
    expect(visibilityIn(national, undefined)).toBe('all');
  });

  it('gives whole streams and exports of an area only to its own keys and national ones', () => {
    expect(isOwnArea(undefined, 'kent')).toBe(false);
    expect(mayTakeWhole(kentAuditor, 'kent')).toBe(true);
    expect(mayTakeWhole(kentAuditor, 'essex')).toBe(false);
    expect(mayTakeWhole(kentAuditor, '')).toBe(false);
    expect(mayTakeWhole(national, 'essex')).toBe(true);
    expect(mayExport(kentAuditor, 'kent')).toBe(true);
    expect(mayExport(kentClerk, 'kent')).toBe(false);
    expect(mayExport(kentAuditor, 'essex')).toBe(false);
  });
});
