import type { Role } from '@app/domain';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';

export const PASSWORD = 'a perfectly long passphrase';

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
  organisationId: string;
  email: string;
}

export const uniqueEmail = (label: string): string =>
  `${label}.${randomUUID().slice(0, 8)}@e2e.example`;

/** A new organisation with its admin, signed in. */
export async function signUp(app: INestApplication, label = 'admin'): Promise<Session> {
  const email = uniqueEmail(label);
  const response = await request(app.getHttpServer())
    .post('/auth/signup')
    .send({ organisationName: `Org of ${label}`, name: 'Test Admin', email, password: PASSWORD })
    .expect(201);
  return sessionOf(response.body, email);
}

/** A user of the admin's organisation with the given role, invited, accepted and signed in. */
export async function member(
  app: INestApplication,
  admin: Session,
  role: Role,
  supplierId?: string,
): Promise<Session & { supplierId: string | null }> {
  const email = uniqueEmail(role);
  const site = role === 'supplier' ? (supplierId ?? (await createSite(app, admin)).id) : null;
  const invited = await request(app.getHttpServer())
    .post('/users')
    .set('Authorization', `Bearer ${admin.token}`)
    .send({ email, name: `Test ${role}`, role, ...(site ? { supplierId: site } : {}) })
    .expect(201);
  const accepted = await request(app.getHttpServer())
    .post('/auth/accept-invitation')
    .send({ token: invited.body.invitation.token, password: PASSWORD })
    .expect(200);
  return { ...sessionOf(accepted.body, email), supplierId: site };
}

/** A supplier site of the session's organisation. */
export async function createSite(
  app: INestApplication,
  session: Session,
  fields: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, any>> {
  const response = await request(app.getHttpServer())
    .post('/suppliers')
    .set('Authorization', `Bearer ${session.token}`)
    .send({
      name: `Site ${randomUUID().slice(0, 6)}`,
      country: 'VN',
      sector: 'apparel_manufacturing',
      ...fields,
    })
    .expect(201);
  return response.body;
}

function sessionOf(body: Record<string, any>, email: string): Session {
  return {
    token: body.accessToken,
    refreshToken: body.refreshToken,
    userId: body.user.id,
    organisationId: body.user.organisationId,
    email,
  };
}
