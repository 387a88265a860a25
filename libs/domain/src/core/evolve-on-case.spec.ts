import type { DomainEvent } from './decider';
import { evolveOnCase } from './evolve-on-case';

type State = { status: 'none' } | { status: 'open' | 'closed'; name: string; notes: number };
type Event =
  | DomainEvent<'Opened', { name: string }>
  | DomainEvent<'Noted', { text: string }>
  | DomainEvent<'Closed', { on: string }>;

const evolve = evolveOnCase<State, Event, 'Opened'>(
  { Opened: (e) => ({ status: 'open', name: e.data.name, notes: 0 }) },
  {
    Noted: (_, s) => ({ ...s, notes: s.notes + 1 }),
    Closed: (_, s) => ({ ...s, status: 'closed' }),
  },
);
const none: State = { status: 'none' };

describe('evolveOnCase', () => {
  it('opens the case from the opening event, whatever the state', () => {
    expect(evolve(none, { type: 'Opened', data: { name: 'a' } })).toEqual({ status: 'open', name: 'a', notes: 0 });
    const open: State = { status: 'closed', name: 'a', notes: 2 };
    expect(evolve(open, { type: 'Opened', data: { name: 'b' } })).toEqual({ status: 'open', name: 'b', notes: 0 });
  });

  it('leaves a case not yet opened as it is', () => {
    expect(evolve(none, { type: 'Noted', data: { text: 'x' } })).toBe(none);
  });

  it("hands an opened case to the event's own handler", () => {
    const open: State = { status: 'open', name: 'a', notes: 0 };
    expect(evolve(open, { type: 'Noted', data: { text: 'x' } })).toEqual({ ...open, notes: 1 });
    expect(evolve(open, { type: 'Closed', data: { on: '2013-01-01' } })).toEqual({ ...open, status: 'closed' });
  });

  it('throws on an event type it has no handler for', () => {
    const open: State = { status: 'open', name: 'a', notes: 0 };
    expect(() => evolve(open, { type: 'Unknown', data: {} } as unknown as Event)).toThrow('Unhandled event');
    expect(() => evolve(open, { type: 'toString', data: {} } as unknown as Event)).toThrow('Unhandled event');
  });
});
