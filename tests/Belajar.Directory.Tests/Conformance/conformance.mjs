// Google's own Node client (@googleapis/admin) against the Directory emulator: every operation the project uses, the
// results printed as one JSON object (addresses without their prefix) for ConformanceTests to compare with the project's
// own client. Input (environment): EMULATOR_URL, KEY_FILE (the service-account JSON key), ADMIN_EMAIL, PREFIX.
import { readFileSync } from 'node:fs';
import googleAdmin from '@googleapis/admin';

const { admin, auth } = googleAdmin;
const rootUrl = process.env.EMULATOR_URL;
const prefix = process.env.PREFIX;
const key = JSON.parse(readFileSync(process.env.KEY_FILE, 'utf8'));
const domain = 'belajar.id';
const address = (local) => `${prefix}${local}@${domain}`;
const plain = (email) => email?.replace(prefix, '');

// The service account's JWT-bearer grant, as in production; the library always posts to Google's token endpoint, so the
// transport sends that one request to the key's token_uri (the emulator's /token) instead.
const jwt = new auth.JWT({
  email: key.client_email,
  key: key.private_key,
  keyId: key.private_key_id,
  subject: process.env.ADMIN_EMAIL,
  scopes: [
    'https://www.googleapis.com/auth/admin.directory.user',
    'https://www.googleapis.com/auth/admin.directory.orgunit',
    'https://www.googleapis.com/auth/admin.directory.rolemanagement',
    'https://www.googleapis.com/auth/admin.reports.audit.readonly',
  ],
});
jwt.transporter.interceptors.request.add({
  resolved: async (options) => {
    if (String(options.url) === 'https://oauth2.googleapis.com/token') {
      options.url = new URL(key.token_uri);
    }
    return options;
  },
});

const directory = admin({ version: 'directory_v1', auth: jwt, rootUrl });
const reports = admin({ version: 'reports_v1', auth: jwt, rootUrl });

const failure = (error) => ({
  status: error.status ?? error.response?.status,
  reason: error.response?.data?.error?.errors?.[0]?.reason,
});
const newUser = (local, externalId) => ({
  primaryEmail: address(local),
  name: { givenName: 'Siti', familyName: 'Rahma' },
  password: 'Rahasia-123',
  changePasswordAtNextLogin: true,
  orgUnitPath: '/',
  externalIds: [{ value: externalId, type: 'organization' }],
});

const result = {};

const orgUnit = await directory.orgunits.insert({ customerId: 'my_customer', requestBody: { name: `${prefix}sekolah`, parentOrgUnitPath: '/' } });
const gotUnit = await directory.orgunits.get({ customerId: 'my_customer', orgUnitPath: orgUnit.data.orgUnitPath.slice(1) });
result.orgUnit = { path: plain(gotUnit.data.orgUnitPath), parent: gotUnit.data.parentOrgUnitPath };
const roles = await directory.roles.list({ customer: 'my_customer' });
result.roles = roles.data.items.map((r) => r.roleName);

const inserted = (await directory.users.insert({ requestBody: newUser('a', 'pd-1') })).data;
await directory.users.insert({ requestBody: newUser('b', 'pd-2') });
result.insert = {
  kind: inserted.kind,
  primaryEmail: plain(inserted.primaryEmail),
  hasId: Boolean(inserted.id),
  lastLoginTime: inserted.lastLoginTime,
  changePasswordAtNextLogin: inserted.changePasswordAtNextLogin,
  orgUnitPath: inserted.orgUnitPath,
  externalIds: inserted.externalIds,
};
const role = roles.data.items.find((r) => r.roleName === '_USER_MANAGEMENT_ADMIN_ROLE');
const assignment = (await directory.roleAssignments.insert({
  customer: 'my_customer',
  requestBody: { roleId: role.roleId, assignedTo: inserted.id, scopeType: 'ORG_UNIT', orgUnitId: gotUnit.data.orgUnitId },
})).data;
const assignments = (await directory.roleAssignments.list({ customer: 'my_customer', userKey: inserted.id })).data;
result.roleAssignment = {
  scopeType: assignment.scopeType,
  toTheUser: assignment.assignedTo === inserted.id,
  inTheUnit: assignment.orgUnitId === gotUnit.data.orgUnitId,
  listed: assignments.items.map((a) => a.roleAssignmentId === assignment.roleAssignmentId),
};
try {
  await directory.users.insert({ requestBody: newUser('a', 'pd-1') });
  result.duplicate = { status: 200 };
} catch (error) {
  result.duplicate = failure(error);
}

const partial = (await directory.users.get({ userKey: address('a'), fields: 'primaryEmail,name/givenName' })).data;
result.getPartial = { ...partial, primaryEmail: plain(partial.primaryEmail) };

// a sign-in (the emulator's own path, a person at Google's sign-in page) becomes a login activity
const signIn = await fetch(new URL('emulator/signin', rootUrl), {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: address('a'), password: 'Rahasia-123', newPassword: 'Baru-12345', acceptTerms: true }),
});
result.signIn = signIn.status;

result.patch = { suspended: (await directory.users.patch({ userKey: address('a'), requestBody: { suspended: true } })).data.suspended };
const updated = (await directory.users.update({ userKey: address('b'), requestBody: { name: { givenName: 'Sri', familyName: 'Wahyuni' } } })).data;
result.update = { givenName: updated.name.givenName, familyName: updated.name.familyName };

const pages = [];
let pageToken;
do {
  const page = (await directory.users.list({
    customer: 'my_customer',
    query: `email:${prefix}*`,
    maxResults: 1,
    pageToken,
    fields: 'users(primaryEmail,suspended),nextPageToken',
  })).data;
  pages.push({ users: page.users.map((u) => ({ ...u, primaryEmail: plain(u.primaryEmail) })), hasNext: Boolean(page.nextPageToken) });
  pageToken = page.nextPageToken;
} while (pageToken);
result.list = pages;

result.deleteStatus = (await directory.users.delete({ userKey: address('b') })).status;
try {
  await directory.users.get({ userKey: address('b') });
  result.getAfterDelete = { status: 200 };
} catch (error) {
  result.getAfterDelete = failure(error);
}

const activities = (await reports.activities.list({
  userKey: address('a'),
  applicationName: 'login',
  startTime: process.env.START_TIME,
  fields: 'items(id(applicationName),actor(email),events(type,name)),nextPageToken',
})).data;
result.activities = activities.items.map((a) => ({
  applicationName: a.id.applicationName,
  email: plain(a.actor.email),
  events: a.events,
}));

process.stdout.write(JSON.stringify(result));
