// The small interfaces between the core and the outside world.
import type { Ledger } from '../core/history/ledger.js';

export interface HistoryStore {
  /** For messages: "file alerts-history.json". */
  describe: string;
  /** The stored ledger, or undefined when there is none yet. */
  load(): Promise<Ledger | undefined>;
  save(ledger: Ledger): Promise<void>;
  /**
   * Reads the current ledger, applies `change` and writes the result. Stores shared by concurrent runs (git) run
   * `change` again against the newer state when someone else wrote first; `result` is that of the write that won.
   */
  update<T>(change: (current: Ledger | undefined) => { ledger: Ledger; result: T }, message: string): Promise<T>;
  /** Releases temporary resources. */
  close?(): Promise<void>;
}

export interface AnnotationPosition {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface Logger {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, where?: AnnotationPosition): void;
  error(message: string, where?: AnnotationPosition): void;
  debug(message: string): void;
}
