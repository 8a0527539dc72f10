/**
 * The one clock. Production reads the system time; tests and the local runtime can set it,
 * so deadlines and "before/after" rules are testable without sleeping.
 */
let source: () => Date = () => new Date();

export const clock = {
  now: (): Date => source(),
  nowIso: (): string => source().toISOString(),
};

/** Replace the clock (tests, local runtime). Returns a function that restores the previous clock. */
export function setClock(next: () => Date): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

/** A clock that stands still until moved: handy for deadline tests. */
export function manualClock(start: Date | string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at: Date | string) => {
      current = new Date(at);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
