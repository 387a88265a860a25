import fc from 'fast-check';
import { addDays, daysBetween } from './calendar';
import { confirmationWindowEnd, isInRanges, isWithinConfirmationWindow } from './confirmation-window';

const isoDay = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2012-01-01', n));

describe('three-week confirmation window (Sch 8 para 4(9)-(10); Sch 1 para 10; SI 2012/2271 reg 10)', () => {
  it('begins with the day of receipt: received 1 March, last day 21 March', () => {
    expect(confirmationWindowEnd('2013-03-01')).toBe('2013-03-21');
    expect(isWithinConfirmationWindow('2013-03-21', '2013-03-01')).toBe(true);
    expect(isWithinConfirmationWindow('2013-03-22', '2013-03-01')).toBe(false);
  });

  it('ignores a post-election period: received 28 Apr 2016, poll 5 May, accepted office 12 May', () => {
    // 7 days (28 Apr–4 May) counted, 8 days excluded, 14 more from 13 May → 26 May.
    expect(confirmationWindowEnd('2016-04-28', [{ from: '2016-05-05', to: '2016-05-12' }])).toBe('2016-05-26');
  });

  it('starts counting after the period when the notice arrives inside it', () => {
    expect(confirmationWindowEnd('2016-05-06', [{ from: '2016-05-05', to: '2016-05-12' }])).toBe('2016-06-02');
  });

  it('with nothing excluded, always ends 20 days after receipt', () => {
    fc.assert(fc.property(isoDay, (d) => expect(daysBetween(d, confirmationWindowEnd(d))).toBe(20)));
  });

  it('is extended by exactly the excluded days it covers, and counts exactly 21 non-excluded days', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.integer({ min: -10, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (received, offset, length) => {
          const period = { from: addDays(received, offset), to: addDays(received, offset + length) };
          const end = confirmationWindowEnd(received, [period]);
          expect(isInRanges(end, [period])).toBe(false);
          let counted = 0;
          for (let d = received; d <= end; d = addDays(d, 1)) if (!isInRanges(d, [period])) counted += 1;
          expect(counted).toBe(21);
          const plain = addDays(received, 20);
          // Excluded days between receipt and the plain end push the end back one for one.
          let covered = 0;
          for (let d = received; daysBetween(d, end) >= 0; d = addDays(d, 1)) if (isInRanges(d, [period])) covered += 1;
          expect(daysBetween(plain, end)).toBe(covered);
        },
      ),
    );
  });

  it('rejects a period that ends before it begins', () => {
    expect(() => confirmationWindowEnd('2013-03-01', [{ from: '2013-03-10', to: '2013-03-05' }])).toThrow(
      /ends before it begins/,
    );
  });
});
