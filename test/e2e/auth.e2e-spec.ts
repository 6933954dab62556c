import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi } from './harness/services';
import { createSite, member, PASSWORD, signUp, uniqueEmail } from './harness/personas';

describe('Sign-up, sign-in and sessions', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
  });
  afterAll(() => app.close());

  it('signs up an organisation with its first admin and signs them in', async () => {
    const email = uniqueEmail('founder');
    const response = await http()
      .post('/auth/signup')
      .send({
        organisationName: 'Kestrel Foods plc',
        name: 'Mei Chen',
        email: `  ${email.toUpperCase()} `,
        password: PASSWORD,
      })
      .expect(201);
    expect(response.body.user).toMatchObject({ email, role: 'admin', status: 'active' });
    expect(response.body.tokenType).toBe('Bearer');
    expect(response.body.expiresIn).toBe(900);
    expect(response.body.user).not.toHaveProperty('passwordHash');

    const me = await http()
      .get('/auth/me')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .expect(200);
    expect(me.body.id).toBe(response.body.user.id);
    const org = await http()
      .get('/organisation')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .expect(200);
    expect(org.body.name).toBe('Kestrel Foods plc');
  });

  it('refuses a sign-up with an e-mail already in use (409), whatever its case', async () => {
    const admin = await signUp(app, 'taken');
    const response = await http()
      .post('/auth/signup')
      .send({
        organisationName: 'Other',
        name: 'Someone Else',
        email: admin.email.toUpperCase(),
        password: PASSWORD,
      })
      .expect(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([
      { field: 'email', message: expect.stringMatching(/already exists/) },
    ]);
  });

  it.each([
    ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
    ['a password under 12 characters', { password: 'short-pw-11' }, 'password'],
    ['a missing organisation name', { organisationName: undefined }, 'organisationName'],
    ['an unknown field', { isAdmin: true }, 'isAdmin'],
  ])('refuses %s with a 400 naming the field', async (_case, change, field) => {
    const body = {
      organisationName: 'Acme',
      name: 'Ann Example',
      email: uniqueEmail('bad'),
      password: PASSWORD,
      ...change,
    };
    const response = await http().post('/auth/signup').send(body).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('leaves nothing half-written when a sign-up is refused', async () => {
    const email = uniqueEmail('weak');
    await http()
      .post('/auth/signup')
      .send({ organisationName: 'Half', name: 'Half Written', email, password: 'x' })
      .expect(400);
    await http().post('/auth/login').send({ email, password: 'x' }).expect(401);
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const response = await http()
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(response.body.errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);
  });

  it('answers an oversized body with 413', async () => {
    await http()
      .post('/auth/login')
      .send({ email: 'x@example.com', password: 'p'.repeat(2_000_000) })
      .expect(413);
  });

  it('gives the same 401 for a wrong password and an unknown e-mail', async () => {
    const admin = await signUp(app, 'wrongpw');
    const wrongPassword = await http()
      .post('/auth/login')
      .send({ email: admin.email, password: 'not the password at all' })
      .expect(401);
    const unknownEmail = await http()
      .post('/auth/login')
      .send({ email: uniqueEmail('nobody'), password: PASSWORD })
      .expect(401);
    expect(wrongPassword.body.detail).toBe(unknownEmail.body.detail);
    expect(wrongPassword.body.detail).toBe('Wrong e-mail address or password');
  });

  it('throttles the 11th sign-in attempt for an account within a minute (429), even with the right password', async () => {
    const admin = await signUp(app, 'bruteforce');
    for (let attempt = 1; attempt <= 10; attempt++) {
      await http()
        .post('/auth/login')
        .send({ email: admin.email, password: `wrong guess ${attempt}` })
        .expect(401);
    }
    const blocked = await http()
      .post('/auth/login')
      .send({ email: admin.email, password: PASSWORD })
      .expect(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Another account from the same address is not locked out by it.
    const colleague = await signUp(app, 'colleague');
    await http()
      .post('/auth/login')
      .send({ email: colleague.email, password: PASSWORD })
      .expect(200);
  });

  it('rejects requests without a token or with a tampered one (401)', async () => {
    const admin = await signUp(app, 'tamper');
    await http().get('/auth/me').expect(401);
    const [header, payload, signature] = admin.token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        role: 'admin',
        sub: admin.userId,
      }),
    ).toString('base64url');
    await http()
      .get('/auth/me')
      .set('Authorization', `Bearer ${header}.${forged}.${signature}x`)
      .expect(401);
    await http().get('/auth/me').set('Authorization', `Bearer ${admin.token}`).expect(200);
  });

  it('rotates refresh tokens and revokes the chain when a spent one is presented again', async () => {
    const admin = await signUp(app, 'refresh');
    const first = await http()
      .post('/auth/refresh')
      .send({ refreshToken: admin.refreshToken })
      .expect(200);
    expect(first.body.refreshToken).not.toBe(admin.refreshToken);
    await http()
      .get('/auth/me')
      .set('Authorization', `Bearer ${first.body.accessToken}`)
      .expect(200);
    // The old token again: looks stolen, so the newer one stops working too.
    await http().post('/auth/refresh').send({ refreshToken: admin.refreshToken }).expect(401);
    await http().post('/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
  });

  it('logs out by revoking the refresh token', async () => {
    const admin = await signUp(app, 'logout');
    await http()
      .post('/auth/logout')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ refreshToken: admin.refreshToken })
      .expect(204);
    await http().post('/auth/refresh').send({ refreshToken: admin.refreshToken }).expect(401);
  });

  it('lets an invited person set a password once, then sign in', async () => {
    const admin = await signUp(app, 'inviter');
    const email = uniqueEmail('invitee');
    const invited = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email, name: 'Kofi Mensah', role: 'compliance_officer' })
      .expect(201);
    expect(invited.body.user.status).toBe('invited');
    await http().post('/auth/login').send({ email, password: PASSWORD }).expect(401);
    await http()
      .post('/auth/accept-invitation')
      .send({ token: invited.body.invitation.token, password: 'short' })
      .expect(400);
    await http()
      .post('/auth/accept-invitation')
      .send({ token: invited.body.invitation.token, password: PASSWORD })
      .expect(200);
    await http()
      .post('/auth/accept-invitation')
      .send({ token: invited.body.invitation.token, password: PASSWORD })
      .expect(404);
    const login = await http().post('/auth/login').send({ email, password: PASSWORD }).expect(200);
    expect(login.body.user.role).toBe('compliance_officer');
  });

  it('applies a role change or a disabled account at once, not when the token expires', async () => {
    const admin = await signUp(app, 'changer');
    const officer = await member(app, admin, 'compliance_officer');
    await http().get('/activity').set('Authorization', `Bearer ${officer.token}`).expect(200);
    await http()
      .patch(`/users/${officer.userId}`)
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ role: 'executive' })
      .expect(200);
    await http().get('/activity').set('Authorization', `Bearer ${officer.token}`).expect(403);
    await http()
      .patch(`/users/${officer.userId}`)
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ status: 'disabled' })
      .expect(200);
    await http().get('/auth/me').set('Authorization', `Bearer ${officer.token}`).expect(401);
    await http().post('/auth/refresh').send({ refreshToken: officer.refreshToken }).expect(401);
    await http().post('/auth/login').send({ email: officer.email, password: PASSWORD }).expect(401);
  });

  it('keeps at least one active administrator', async () => {
    const admin = await signUp(app, 'lastadmin');
    const response = await http()
      .patch(`/users/${admin.userId}`)
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ role: 'executive' })
      .expect(409);
    expect(response.body.errors[0].field).toBe('role');
  });

  it('binds supplier users, and only them, to a site of their own organisation', async () => {
    const admin = await signUp(app, 'binding');
    const site = await createSite(app, admin);
    const other = await signUp(app, 'binding-other');
    const foreignSite = await createSite(app, other);
    const response = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        email: uniqueEmail('x'),
        name: 'Wrong Binding',
        role: 'auditor',
        supplierId: '7a3c2a52-5d1e-4f57-a7a1-0f3f5c1d9b10',
      })
      .expect(400);
    expect(response.body.errors[0].field).toBe('supplierId');
    const missing = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email: uniqueEmail('sup'), name: 'Site Manager', role: 'supplier' })
      .expect(400);
    expect(missing.body.errors[0].field).toBe('supplierId');
    const foreign = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        email: uniqueEmail('sup'),
        name: 'Site Manager',
        role: 'supplier',
        supplierId: foreignSite.id,
      })
      .expect(404);
    expect(foreign.body.errors[0].field).toBe('supplierId');
    const supplier = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        email: uniqueEmail('sup'),
        name: 'Site Manager',
        role: 'supplier',
        supplierId: site.id,
      })
      .expect(201);
    expect(supplier.body.user.supplierId).toBe(site.id);
  });
});
