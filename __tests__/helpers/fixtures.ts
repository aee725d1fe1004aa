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
