import { Filter } from './filter';

describe('Filter: one builder for the read models WHERE clauses', () => {
  it('adds nothing for an absent filter, and keeps each parameter beside its clause', () => {
    const f = new Filter()
      .eq('force_area', 'kent')
      .eq('aggregate_type', undefined)
      .atLeast('opened_on', '')
      .atMost('opened_on', '2013-12-31')
      .above('max_effective_on', null);
    expect(f.sql).toBe('WHERE force_area = ? AND opened_on <= ?');
    expect(f.params).toEqual(['kent', '2013-12-31']);
    expect(new Filter().sql).toBe('');
  });

  it('keeps the rows of a period by their date, and of a view by its as-at date and the day they were recorded', () => {
    const f = new Filter().inView('e.effective_on', 'e.recorded_on', {
      from: '2013-01-01',
      to: '2013-12-31',
      asAt: '2013-06-30',
      recordedOn: '2014-01-01',
    });
    expect(f.sql).toBe(
      'WHERE e.effective_on >= ? AND e.effective_on <= ? AND e.effective_on <= ? AND e.recorded_on <= ?',
    );
    expect(f.params).toEqual(['2013-01-01', '2013-12-31', '2013-06-30', '2014-01-01']);
    expect(new Filter().within('due_on', undefined, '2013-12-31').sql).toBe('WHERE due_on <= ?');
    expect(new Filter().inView('d', 'r', {}).sql).toBe('');
  });

  it('matches a body literally in a |-separated list: % and _ are not wildcards', () => {
    const f = new Filter().listHas('bodies', 'a_b%c\\d');
    expect(f.sql).toBe(`WHERE bodies LIKE ? ESCAPE '\\'`);
    expect(f.params).toEqual(['%|a\\_b\\%c\\\\d|%']);
  });

  it('keeps only open records for the public, of every table joined, and everything for a reader who sees all', () => {
    expect(new Filter().visibleTo('open', 'e.classification', 'c.classification').sql).toBe(
      `WHERE e.classification = 'open' AND c.classification = 'open'`,
    );
    expect(new Filter().visibleTo(undefined, 'd.classification', { orNull: 'c.classification' }).sql).toBe(
      `WHERE d.classification = 'open' AND (c.classification IS NULL OR c.classification = 'open')`,
    );
    expect(new Filter().visibleTo('all', 'classification').sql).toBe('');
  });

  it('builds keyset cursors over one, two and three columns, in either order', () => {
    expect(new Filter().after(['seq'], [7]).sql).toBe('WHERE seq > ?');
    const two = new Filter().after(['d.decided_on', 'd.seq'], ['2013-02-01', 9], 'desc');
    expect(two.sql).toBe('WHERE (d.decided_on < ? OR (d.decided_on = ? AND d.seq < ?))');
    expect(two.params).toEqual(['2013-02-01', '2013-02-01', 9]);
    const three = new Filter().after(['due_on', 'stream', 'key'], ['2013-02-01', 's', 'k']);
    expect(three.sql).toBe('WHERE (due_on > ? OR (due_on = ? AND (stream > ? OR (stream = ? AND key > ?))))');
    expect(three.params).toEqual(['2013-02-01', '2013-02-01', 's', 's', 'k']);
    expect(new Filter().after(['seq'], null).sql).toBe('');
    expect(() => new Filter().after(['a', 'b'], [1])).toThrow(RangeError);
  });

  it('copies: a page loop extends a clone and leaves the base filter as it was', () => {
    const base = new Filter().eq('force_area', 'kent');
    const page = base.clone().after(['seq'], [3]);
    expect(page.params).toEqual(['kent', 3]);
    expect(base.params).toEqual(['kent']);
    expect(base.conditions).toBe('force_area = ?');
  });
});
