import type { LedgerEvent } from '../../src/core/history/ledger.js';

// The alerts.yml of SPEC §1, shared by the tests; `extra` appends lines to its alert or more alerts.
export const seedRules = (extra = ''): string => `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
alerts:
  - name: accuracy-regression
    experiment: iris
    metric: accuracy
    op: "<"
    threshold: 0.9
    channels: [ml-alerts]
${extra}`;

/** A fired event of accuracy-regression's kind as the ledger holds it; `over` changes any field. */
export function ledgerEvent(over: Partial<LedgerEvent> = {}): LedgerEvent {
  return {
    alert: 'acc',
    experiment: 'iris',
    run: '9',
    kind: 'fired',
    at: '2026-11-20T10:00:00.000Z',
    state: 'firing',
    previousState: 'ok',
    metric: 'accuracy',
    value: 0.78,
    baseline: null,
    change: null,
    op: '<',
    threshold: 0.9,
    severity: 'warning',
    notify: true,
    channels: ['c'],
    deliveries: [],
    ...over,
  };
}
