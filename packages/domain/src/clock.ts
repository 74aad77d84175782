/**
 * Time comes into the domain as an argument, never from `new Date()`, so
 * every rule about deadlines can be tested at any instant.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where a test puts it. */
export function fixedClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let current = new Date(start.getTime());
  return {
    now: () => new Date(current.getTime()),
    set(at) { current = new Date(at.getTime()); },
    advance(ms) { current = new Date(current.getTime() + ms); },
  };
}
