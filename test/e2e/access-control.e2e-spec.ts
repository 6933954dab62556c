import { ROLES, Role } from '@app/domain';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { RouteAccessAudit } from '../../apps/api/src/common/route-access.audit';
import { member, Session, signUp } from './harness/personas';
import { startApi } from './harness/services';

/**
 * Who may call what. The snapshot below is every route of the API with the roles it declares: a
 * change to access control shows up here in review. The guard refuses everything else.
 */
const ALL = [...ROLES].sort();
const EDITORS = ['admin', 'compliance_officer'];
const READERS = ['admin', 'compliance_officer', 'executive'];
const EXPECTED_ROUTES = [
  { route: 'DELETE /engagements/:id', access: EDITORS },
  { route: 'DELETE /supply-links/:id', access: EDITORS },
  { route: 'GET /activity', access: EDITORS },
  { route: 'GET /activity/:id', access: EDITORS },
  { route: 'GET /agencies', access: READERS },
  { route: 'GET /agencies/:id', access: READERS },
  { route: 'GET /audits', access: ALL },
  { route: 'GET /audits/:id', access: ALL },
  { route: 'GET /audits/:id/files/:fileId', access: ALL },
  { route: 'GET /audits/:id/report.pdf', access: ALL },
  { route: 'GET /auth/me', access: ALL },
  { route: 'GET /companies', access: READERS },
  { route: 'GET /companies/:id', access: READERS },
  { route: 'GET /companies/:id/risk', access: READERS },
  { route: 'GET /companies/:id/risk/history', access: READERS },
  { route: 'GET /corrective-actions', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /corrective-actions/:id', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /corrective-actions/:id/files/:fileId', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /engagements', access: READERS },
  { route: 'GET /fee-remediations', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /fee-remediations/:id', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /fee-remediations/:id/files/:fileId', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /fee-remediations/summary', access: READERS },
  { route: 'GET /fx-rates', access: READERS },
  { route: 'GET /g/:code', access: 'public' },
  { route: 'GET /g/:code/follow-up', access: 'public' },
  { route: 'GET /grievance-cases', access: EDITORS },
  { route: 'GET /grievance-cases/:id', access: EDITORS },
  { route: 'GET /grievance-cases/kpis', access: READERS },
  { route: 'GET /grievance-channels', access: EDITORS },
  { route: 'GET /grievance-channels/:id', access: EDITORS },
  { route: 'GET /grievance-channels/:id/poster.pdf', access: EDITORS },
  { route: 'GET /grievance-summaries', access: [...EDITORS, 'supplier'].sort() },
  { route: 'GET /health', access: 'public' },
  { route: 'GET /health/ready', access: 'public' },
  { route: 'GET /imports', access: EDITORS },
  { route: 'GET /imports/:id', access: EDITORS },
  { route: 'GET /organisation', access: ALL },
  { route: 'GET /policies', access: READERS },
  { route: 'GET /questionnaire-assignments', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /questionnaire-assignments/:id', access: [...READERS, 'supplier'].sort() },
  {
    route: 'GET /questionnaire-assignments/:id/files/:fileId',
    access: [...READERS, 'supplier'].sort(),
  },
  { route: 'GET /questionnaire-assignments/:id/result', access: READERS },
  { route: 'GET /questionnaire-campaigns', access: READERS },
  { route: 'GET /questionnaire-campaigns/:id', access: READERS },
  { route: 'GET /questionnaire-campaigns/:id/answers.csv', access: READERS },
  { route: 'GET /questionnaire-templates', access: READERS },
  { route: 'GET /questionnaire-templates/:id', access: READERS },
  { route: 'GET /questionnaire-templates/:id/translations/:locale', access: EDITORS },
  { route: 'GET /reference/sectors', access: ALL },
  { route: 'GET /risk/recalculations', access: READERS },
  { route: 'GET /risk/recalculations/:id', access: READERS },
  { route: 'GET /risk/reference', access: READERS },
  { route: 'GET /statements', access: READERS },
  { route: 'GET /statements/:id', access: READERS },
  { route: 'GET /statements/:id/documents', access: READERS },
  { route: 'GET /statements/:id/documents/:documentId/pdf', access: READERS },
  { route: 'GET /statements/:id/html', access: READERS },
  { route: 'GET /statements/:id/pdf', access: READERS },
  { route: 'GET /statements/:id/registry', access: READERS },
  { route: 'GET /statements/:id/report', access: READERS },
  { route: 'GET /statements/:id/trace/:key', access: READERS },
  { route: 'GET /statements/deadlines', access: READERS },
  { route: 'GET /suppliers', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /suppliers/:id', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /suppliers/:id/risk', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /suppliers/:id/risk/history', access: READERS },
  { route: 'GET /suppliers/export.csv', access: [...READERS, 'supplier'].sort() },
  { route: 'GET /supply-chain/graph', access: READERS },
  { route: 'GET /supply-links', access: READERS },
  { route: 'GET /training-sessions', access: READERS },
  { route: 'GET /users', access: ['admin'] },
  { route: 'GET /users/:id', access: ['admin'] },
  { route: 'PATCH /agencies/:id', access: EDITORS },
  { route: 'PATCH /companies/:id', access: EDITORS },
  { route: 'PATCH /engagements/:id', access: EDITORS },
  { route: 'PATCH /organisation', access: ['admin'] },
  { route: 'PATCH /suppliers/:id', access: EDITORS },
  { route: 'PATCH /users/:id', access: ['admin'] },
  { route: 'POST /agencies', access: EDITORS },
  { route: 'POST /audits', access: EDITORS },
  { route: 'POST /audits/:id/cancel', access: EDITORS },
  { route: 'POST /audits/:id/files', access: ['auditor'] },
  { route: 'POST /audits/:id/submit', access: ['auditor'] },
  { route: 'POST /auth/accept-invitation', access: 'public' },
  { route: 'POST /auth/login', access: 'public' },
  { route: 'POST /auth/logout', access: ALL },
  { route: 'POST /auth/refresh', access: 'public' },
  { route: 'POST /auth/signup', access: 'public' },
  { route: 'POST /companies', access: EDITORS },
  { route: 'POST /corrective-actions/:id/accept', access: EDITORS },
  { route: 'POST /corrective-actions/:id/close', access: EDITORS },
  { route: 'POST /corrective-actions/:id/evidence', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /corrective-actions/:id/files', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /corrective-actions/:id/follow-up-audit', access: EDITORS },
  { route: 'POST /corrective-actions/:id/plan', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /corrective-actions/:id/send-back', access: EDITORS },
  { route: 'POST /corrective-actions/:id/verify', access: EDITORS },
  { route: 'POST /engagements', access: EDITORS },
  { route: 'POST /fee-remediations/:id/files', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /fee-remediations/:id/repayments', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /fx-rates', access: EDITORS },
  { route: 'POST /g/:code', access: 'public' },
  { route: 'POST /g/:code/follow-up', access: 'public' },
  { route: 'POST /g/:code/follow-up/messages', access: 'public' },
  { route: 'POST /grievance-cases/:id/acknowledge', access: EDITORS },
  { route: 'POST /grievance-cases/:id/close', access: EDITORS },
  { route: 'POST /grievance-cases/:id/investigate', access: EDITORS },
  { route: 'POST /grievance-cases/:id/messages', access: EDITORS },
  { route: 'POST /grievance-cases/:id/outcome', access: EDITORS },
  { route: 'POST /grievance-cases/:id/remedy', access: EDITORS },
  { route: 'POST /grievance-cases/:id/share', access: EDITORS },
  { route: 'POST /grievance-cases/:id/triage', access: EDITORS },
  { route: 'POST /grievance-channels', access: EDITORS },
  { route: 'POST /grievance-channels/:id/close', access: EDITORS },
  { route: 'POST /imports/:kind', access: EDITORS },
  { route: 'POST /policies', access: EDITORS },
  { route: 'POST /questionnaire-assignments/:id/files', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /questionnaire-assignments/:id/reopen', access: EDITORS },
  { route: 'POST /questionnaire-assignments/:id/submit', access: [...EDITORS, 'supplier'].sort() },
  { route: 'POST /questionnaire-campaigns', access: EDITORS },
  { route: 'POST /questionnaire-campaigns/:id/close', access: EDITORS },
  { route: 'POST /questionnaire-templates', access: EDITORS },
  { route: 'POST /questionnaire-templates/:id/publish', access: EDITORS },
  { route: 'POST /risk/recalculations', access: EDITORS },
  { route: 'POST /risk/reference/:table', access: ['admin'] },
  { route: 'POST /statements', access: EDITORS },
  { route: 'POST /statements/:id/approve', access: READERS },
  { route: 'POST /statements/:id/documents', access: READERS },
  { route: 'POST /statements/:id/publish', access: READERS },
  { route: 'POST /statements/:id/refresh', access: EDITORS },
  { route: 'POST /statements/:id/return', access: READERS },
  { route: 'POST /statements/:id/sign', access: ['executive'] },
  { route: 'POST /statements/:id/submit', access: EDITORS },
  { route: 'POST /statements/:id/versions', access: EDITORS },
  { route: 'POST /suppliers', access: EDITORS },
  { route: 'POST /supply-links', access: EDITORS },
  { route: 'POST /training-sessions', access: EDITORS },
  { route: 'POST /users', access: ['admin'] },
  { route: 'PUT /audits/:id/report', access: ['auditor'] },
  { route: 'PUT /questionnaire-assignments/:id/draft', access: [...EDITORS, 'supplier'].sort() },
  { route: 'PUT /questionnaire-templates/:id', access: EDITORS },
  { route: 'PUT /questionnaire-templates/:id/translations/:locale', access: EDITORS },
  { route: 'PUT /statements/:id/narratives/:key', access: EDITORS },
];

describe('Access control by role', () => {
  let app: INestApplication;
  const sessions = {} as Record<Role, Session>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
    sessions.admin = await signUp(app, 'roles');
    for (const role of ROLES.filter((r) => r !== 'admin'))
      sessions[role] = await member(app, sessions.admin, role);
  });
  afterAll(() => app.close());

  it('declares access on every route (snapshot)', () => {
    expect(app.get(RouteAccessAudit).routes()).toEqual(EXPECTED_ROUTES);
  });

  const protectedRoutes = EXPECTED_ROUTES.filter((route) => route.access !== 'public');
  const cases = protectedRoutes.flatMap(({ route, access }) =>
    ROLES.map((role) => [route, role, (access as string[]).includes(role)] as const),
  );

  it.each(cases)('%s as %s: allowed=%s', async (route, role, allowed) => {
    const [method, path] = route.split(' ');
    const concrete = path.replace(
      ':id',
      path.startsWith('/activity') ? '1' : sessions[role].userId,
    );
    const response = await http()
      [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](concrete)
      .set('Authorization', `Bearer ${sessions[role].token}`)
      .send({});
    if (allowed) {
      expect(response.status).not.toBe(403);
      expect(response.status).not.toBe(401);
    } else {
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses every protected route without a token (401)', async () => {
    for (const { route } of protectedRoutes) {
      const [method, path] = route.split(' ');
      const response = await http()
        [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](
          path.replace(':id', '1'),
        )
        .send({});
      expect({ route, status: response.status }).toEqual({ route, status: 401 });
    }
  });

  it('documents every route in OpenAPI, with bearer auth on the protected ones', async () => {
    const { body: document } = await http().get('/docs-json').expect(200);
    for (const { route, access } of EXPECTED_ROUTES) {
      const [method, path] = route.split(' ');
      const operation = document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect({ route, documented: Boolean(operation) }).toEqual({ route, documented: true });
      const secured = (operation.security ?? []).some(
        (scheme: Record<string, unknown>) => 'bearer' in scheme,
      );
      expect({ route, secured }).toEqual({ route, secured: access !== 'public' });
    }
    await http().get('/docs').expect(200);
  });
});
