import { expect, it } from 'vitest';
import { TestClient, describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { LIC, LIC_ENV, issueAsOfficer, registeredPortalApplication, signedIn } from './licensing-test-support';

// Issue 17: the licensing officer's home counter links to the web's queue of
// licence applications — registered and not yet decided.

type Home = { queues: { key: string; count: number }[]; upcoming: string[] };
const counter = async (c: TestClient) => ((await c.get('/api/home')).json() as Home).queues.find((q) => q.key === 'licensing.applications')?.count;

describeSystemOnEachEngine('ISSUE-17: the licensing officer\'s home counter', ({ system }) => {
  it('LIC-3, LIC-5: counts the registered applications not yet decided; an issued one leaves the count; a citizen has no such counter', async () => {
    const officer = await signedIn(system(), LIC.officer, TestClient);
    expect(await counter(officer)).toBe(0);
    const c = await signedIn(system(), LIC.applicant, TestClient);
    const { id, signed } = await registeredPortalApplication(system(), c, LIC.applicant);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(await counter(officer)).toBe(1);
    await issueAsOfficer(system(), officer, id);
    expect(await counter(officer)).toBe(0);
    expect(await counter(c)).toBeUndefined();
  });
}, LIC_ENV);
