// Repeated ids cost linear time (issue 13): identical checklist items from JSON config, in the built drop-in.
import { repeated } from '../support/drop-in/repeats.js';

describe('drop-in: 20,000 identical checklist items', () => {
  it('render in under 2 s (on a busy machine: within twice the time of 20,000 different ones), each with its own id, one warning', async function () {
    this.timeout(110000);
    await repeated('ser-emotion-checklist', (labels) => ({
      groups: [{ legend: 'Many', items: labels.map((label) => ({ label })) }],
    }));
  });
});
