/**
 * How far the consumers are behind the writes, for `/health`. Locally the runtime's stream relay
 * knows (records read and not yet applied by every target); in AWS this stays unset and the
 * CloudWatch alarms on the Pipe's and the audit queue's age say it instead.
 */
export interface EventLag {
  /** Stream records read and not yet applied by every consumer. */
  waiting: number;
  /** How long the oldest of them has waited, in seconds. */
  oldestSeconds: number;
}

let source: (() => EventLag) | undefined;

export function setEventLag(next: (() => EventLag) | undefined): void {
  source = next;
}

export const eventLag = (): EventLag | undefined => source?.();
