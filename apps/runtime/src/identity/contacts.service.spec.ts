import { createHmac } from 'node:crypto';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { ContactsService } from './contacts.service';

const secret = 'shop-channel-secret';

function sign(payload: Record<string, unknown>, key = secret): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;

describe('ContactsService', () => {
  let runtime: TestRuntime;
  let contacts: ContactsService;
  let shop: string;
  let bank: string;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    contacts = runtime.app.get(ContactsService);
    const workspaces = runtime.app.get(WorkspacesService);
    shop = (await workspaces.create('Shop')).id;
    bank = (await workspaces.create('Bank')).id;
  });
  afterAll(() => runtime.close());

  it('links every verified token with the same sub to one contact, merging attributes', async () => {
    const first = await contacts.resolveVerified(
      shop,
      sign({ sub: 'c-1', exp: inFiveMinutes(), name: 'Ana' }),
      secret,
    );
    const again = await contacts.resolveVerified(
      shop,
      sign({ sub: 'c-1', exp: inFiveMinutes(), plan: 'gold' }),
      secret,
    );
    expect(first.failure).toBeUndefined();
    expect(again.contact.id).toBe(first.contact.id);
    expect(again.contact).toMatchObject({
      externalId: 'c-1',
      verified: true,
      attributes: { name: 'Ana', plan: 'gold' },
    });
  });

  it('never attaches a badly signed, expired or missing token to the existing contact', async () => {
    const known = await contacts.resolveVerified(
      shop,
      sign({ sub: 'c-2', exp: inFiveMinutes() }),
      secret,
    );
    const forged = await contacts.resolveVerified(
      shop,
      sign({ sub: 'c-2', exp: inFiveMinutes() }, 'guess'),
      secret,
    );
    const expired = await contacts.resolveVerified(shop, sign({ sub: 'c-2', exp: 1 }), secret);
    const none = await contacts.resolveVerified(shop, undefined, secret);
    expect(forged.failure).toBe('bad-signature');
    expect(expired.failure).toBe('expired');
    expect(none.failure).toBeUndefined();
    for (const anonymous of [forged, expired, none]) {
      expect(anonymous.contact.id).not.toBe(known.contact.id);
      expect(anonymous.contact).toMatchObject({
        externalId: null,
        verified: false,
        attributes: {},
      });
    }
    expect(forged.contact.id).not.toBe(expired.contact.id);
  });

  it('keeps the same external id apart in two workspaces', async () => {
    const token = sign({ sub: 'c-3', exp: inFiveMinutes() });
    const inShop = await contacts.resolveVerified(shop, token, secret);
    const inBank = await contacts.resolveVerified(bank, token, secret);
    expect(inBank.contact.id).not.toBe(inShop.contact.id);
    expect(await contacts.findById(bank, inShop.contact.id)).toBeNull();
  });
});
