import { newChannelCode, type Role } from '@app/domain';
import {
  ActivityLogEntry,
  ensureBuiltInTemplates,
  GrievanceChannel,
  Organisation,
  OutboxEvent,
  User,
} from '@app/persistence';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { seedDemoAudits } from './demo-audits';
import { seedDemoQuestionnaires } from './demo-questionnaires';
import { seedDemoStatementSources } from './demo-statement';
import { seedDemoSupplyChain } from './demo-supply-chain';

export const DEMO_ORGANISATION = 'Northwind Apparel Ltd (demo)';

/** One person per role. Passwords are printed by `npm start`; they exist only in the demo database. */
export const DEMO_USERS: {
  role: Role;
  name: string;
  email: string;
  password: string;
  does: string;
}[] = [
  {
    role: 'admin',
    name: 'Priya Natarajan',
    email: 'admin@northwind.example',
    password: 'demo-admin-passphrase',
    does: 'manages users and roles',
  },
  {
    role: 'compliance_officer',
    name: 'Tomás Ferreira',
    email: 'compliance@northwind.example',
    password: 'demo-compliance-passphrase',
    does: 'maps suppliers, sends questionnaires, schedules audits',
  },
  {
    role: 'auditor',
    name: 'Grace Owusu',
    email: 'auditor@ethicalaudits.example',
    password: 'demo-auditor-passphrase',
    does: 'records unannounced visits and findings',
  },
  {
    role: 'supplier',
    name: 'Nguyen Thi Lan',
    email: 'supplier@saigonstitch.example',
    password: 'demo-supplier-passphrase',
    does: 'answers questionnaires for one factory',
  },
  {
    role: 'executive',
    name: 'Jonathan Blake',
    email: 'director@northwind.example',
    password: 'demo-director-passphrase',
    does: 'reviews risk, approves and signs the statement',
  },
];

/** Creates the demo organisation once; later runs leave it (and anything the user changed) alone. */
export async function seedDemo(dataSource: DataSource): Promise<'created' | 'exists'> {
  if (await dataSource.getRepository(Organisation).existsBy({ name: DEMO_ORGANISATION }))
    return 'exists';
  const hashes = await Promise.all(DEMO_USERS.map((user) => argon2.hash(user.password)));
  await dataSource.transaction(async (manager) => {
    const organisation = await manager.save(
      manager.create(Organisation, { name: DEMO_ORGANISATION }),
    );
    const log = (
      action: string,
      entityType: string,
      entityId: string,
      after: Record<string, unknown>,
    ) =>
      manager.save(
        manager.create(ActivityLogEntry, {
          organisationId: organisation.id,
          actorKind: 'system',
          actorUserId: null,
          action,
          entityType,
          entityId,
          before: null,
          after,
        }),
      );
    await log('organisation.created', 'organisation', organisation.id, {
      name: organisation.name,
      seeded: true,
    });
    const sites = await seedDemoSupplyChain(manager, organisation.id);
    await log('supply-chain.seeded', 'organisation', organisation.id, {
      sites: sites.size - 1,
      seeded: true,
    });
    // The two built-in questionnaires (English, Malay, Vietnamese), ready to send.
    await ensureBuiltInTemplates(manager, organisation.id);
    // The worker computes the tiers and the risk when it starts, like after any change.
    await manager.save([
      manager.create(OutboxEvent, {
        organisationId: organisation.id,
        jobName: 'supply-chain.recompute-tiers',
        payload: {},
      }),
      manager.create(OutboxEvent, {
        organisationId: organisation.id,
        jobName: 'risk.recalculate',
        payload: { all: true },
      }),
    ]);
    const userIds = new Map<Role, string>();
    for (const [index, person] of DEMO_USERS.entries()) {
      const user = await manager.save(
        manager.create(User, {
          organisationId: organisation.id,
          email: person.email,
          name: person.name,
          role: person.role,
          status: 'active',
          passwordHash: hashes[index],
          // The demo supplier answers for the Saigon Stitch factory.
          supplierId: person.role === 'supplier' ? sites.get('NW-VN-001')! : null,
        }),
      );
      userIds.set(person.role, user.id);
      await log('user.created', 'user', user.id, {
        email: user.email,
        name: user.name,
        role: user.role,
        seeded: true,
      });
    }
    await seedDemoQuestionnaires(
      manager,
      organisation.id,
      sites,
      userIds.get('compliance_officer')!,
    );
    // A worker-voice channel for Klang Valley's Nepali and Bangladeshi workers (poster and form).
    await manager.save(
      manager.create(GrievanceChannel, {
        organisationId: organisation.id,
        code: newChannelCode().replaceAll('-', ''),
        name: 'Klang Valley workers’ voice',
        supplierId: sites.get('NW-MY-003')!,
        agencyId: null,
        originCountry: null,
        destinationCountry: null,
        languages: ['ne', 'bn', 'en'],
        status: 'open',
        createdBy: userIds.get('compliance_officer')!,
      }),
    );
    await seedDemoAudits(manager, organisation.id, sites, {
      officerId: userIds.get('compliance_officer')!,
      auditorId: userIds.get('auditor')!,
    });
    await seedDemoStatementSources(manager, organisation.id, new Date().toISOString().slice(0, 10));
  });
  return 'created';
}
