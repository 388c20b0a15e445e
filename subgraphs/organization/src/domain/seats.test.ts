import { occupiesSeat, seatDelta } from './seats.js';

describe('seats', () => {
  it('are occupied by ACTIVE LEARNERs only', () => {
    expect(occupiesSeat({ role: 'LEARNER', status: 'ACTIVE' })).toBe(true);
    expect(occupiesSeat({ role: 'LEARNER', status: 'SUSPENDED' })).toBe(false);
    expect(occupiesSeat({ role: 'MANAGER', status: 'ACTIVE' })).toBe(false);
  });

  it('move by the difference a change makes', () => {
    expect(seatDelta(null, { role: 'LEARNER', status: 'ACTIVE' })).toBe(1);
    expect(seatDelta({ role: 'LEARNER', status: 'ACTIVE' }, { role: 'LEARNER', status: 'SUSPENDED' })).toBe(-1);
    expect(seatDelta({ role: 'LEARNER', status: 'ACTIVE' }, { role: 'MANAGER', status: 'ACTIVE' })).toBe(-1);
    expect(seatDelta({ role: 'MANAGER', status: 'ACTIVE' }, { role: 'LEARNER', status: 'ACTIVE' })).toBe(1);
    expect(seatDelta({ role: 'MANAGER', status: 'ACTIVE' }, { role: 'SUPPORT', status: 'ACTIVE' })).toBe(0);
  });
});
