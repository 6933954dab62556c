import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  checkGrievanceMessage,
  checkGrievanceReport,
  DomainError,
  followUpKeyMatches,
  hashFollowUpKey,
  newCaseReference,
  newFollowUpKey,
  normaliseCaseReference,
  normaliseChannelCode,
} from '@app/domain';
import { today } from '@app/persistence';
import { OutboxService } from '@app/platform';
import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GrievanceCipher } from './grievance-cipher';
import { WindowLimiter } from './window-limiter';

/** Wrong follow-up keys tolerated per case reference before it is locked for a while. */
const WRONG_KEYS_PER_REFERENCE = 5;
const WRONG_KEY_WINDOW_MS = 15 * 60_000;

export interface PublicChannel {
  id: string;
  organisationId: string;
  code: string;
  languages: string[];
  supplierId: string | null;
  agencyId: string | null;
}

export interface PublicThread {
  reference: string;
  status: 'received' | 'acknowledged' | 'investigating' | 'outcome_recorded' | 'closed';
  messages: { from: 'organisation' | 'reporter'; text: string; on: string }[];
}

/** The same answer for an unknown code, a closed channel and a wrong key: nothing to learn. */
export const notFound = (): DomainError => DomainError.notFound('Channel or case');

export const tooManyAttempts = (): HttpException =>
  new HttpException('Too many attempts; try again later', HttpStatus.TOO_MANY_REQUESTS);

/**
 * The public side of a grievance channel: no account, nothing stored about the client. A report
 * is written with its day only, its text sealed, and a registration job that names no case (an
 * outbox row carries a time of its own).
 */
@Injectable()
export class GrievanceIntakeService {
  private readonly reports: WindowLimiter;
  private readonly wrongKeys = new WindowLimiter(WRONG_KEYS_PER_REFERENCE, WRONG_KEY_WINDOW_MS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: GrievanceCipher,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reports = new WindowLimiter(config.PUBLIC_REPORTS_PER_MINUTE, 60_000);
  }

  async channel(code: string): Promise<PublicChannel> {
    const normalised = normaliseChannelCode(code);
    if (!normalised) throw notFound();
    const [row]: {
      id: string;
      organisation_id: string;
      code: string;
      languages: string[];
      supplier_id: string | null;
      agency_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, organisation_id, code, languages, supplier_id, agency_id
         FROM grievance_channels WHERE code = $1 AND status = 'open'`,
      [normalised],
    );
    if (!row) throw notFound();
    return {
      id: row.id,
      organisationId: row.organisation_id,
      code: row.code,
      languages: row.languages,
      supplierId: row.supplier_id,
      agencyId: row.agency_id,
    };
  }

  /**
   * Files a report. `client` (the connection's address) is only counted in memory to slow a
   * burst down; it is never stored or logged.
   */
  async file(
    code: string,
    input: Record<string, unknown>,
    client: string,
    language: string | null,
  ): Promise<{ reference: string; followUpKey: string }> {
    const channel = await this.channel(code);
    const cipher = this.cipher.get();
    if (!this.reports.hit(client)) throw tooManyAttempts();
    const day = today();
    const report = checkGrievanceReport(input, day);
    const followUpKey = newFollowUpKey();
    const reference = await this.dataSource.transaction(async (manager) => {
      let allocated: string | null = null;
      for (let attempt = 0; allocated === null; attempt++) {
        if (attempt > 5) throw new Error('Could not allocate a case reference');
        const candidate = newCaseReference();
        const [inserted]: { reference: string }[] = await manager.query(
          `INSERT INTO grievance_cases (organisation_id, reference, follow_up_key_hash, channel_id,
                  category, description_sealed, happened_on, workers_affected,
                  contact_preference, contact_sealed, language, received_on, status, indicators,
                  supplier_id, agency_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'received', '{}', $13, $14)
           ON CONFLICT (reference) DO NOTHING RETURNING reference`,
          [
            channel.organisationId,
            candidate,
            hashFollowUpKey(followUpKey),
            channel.id,
            report.category,
            cipher.encrypt(report.description),
            report.happenedOn,
            report.workersAffected,
            report.contactPreference,
            report.contactDetails === null ? null : cipher.encrypt(report.contactDetails),
            language,
            day,
            channel.supplierId,
            channel.agencyId,
          ],
        );
        allocated = inserted?.reference ?? null;
      }
      await this.outbox.enqueue(
        manager,
        { organisationId: channel.organisationId },
        'grievance.received',
        {},
      );
      return allocated;
    });
    return { reference, followUpKey };
  }

  /** What the reporter may read: the status and the messages, with the reference and key. */
  async thread(code: string, reference: unknown, key: unknown): Promise<PublicThread> {
    const found = await this.caseFor(code, reference, key);
    const cipher = this.cipher.get();
    const messages: {
      author: 'organisation' | 'reporter';
      text_sealed: string;
      sent_on: string;
    }[] = await this.dataSource.query(
      `SELECT author, text_sealed, sent_on::text AS sent_on FROM grievance_messages
          WHERE organisation_id = $1 AND case_id = $2 ORDER BY position`,
      [found.organisation_id, found.id],
    );
    return {
      reference: found.reference,
      status: found.status,
      messages: messages.map((message) => ({
        from: message.author,
        text: cipher.decrypt(message.text_sealed),
        on: message.sent_on,
      })),
    };
  }

  async addInformation(code: string, reference: unknown, key: unknown, text: unknown) {
    const found = await this.caseFor(code, reference, key);
    const message = checkGrievanceMessage({ text });
    await appendMessage(this.dataSource, this.cipher.get(), found, 'reporter', message);
    return this.thread(code, reference, key);
  }

  private async caseFor(code: string, reference: unknown, key: unknown) {
    const channel = await this.channel(code);
    const canonical = typeof reference === 'string' ? normaliseCaseReference(reference) : null;
    if (!canonical) throw notFound();
    if (this.wrongKeys.isBlocked(canonical)) throw tooManyAttempts();
    const [found]: CaseRow[] = await this.dataSource.query(
      `SELECT id, organisation_id, reference, status, follow_up_key_hash FROM grievance_cases
        WHERE reference = $1 AND channel_id = $2`,
      [canonical, channel.id],
    );
    if (!found || typeof key !== 'string' || !followUpKeyMatches(key, found.follow_up_key_hash)) {
      if (!this.wrongKeys.hit(canonical)) throw tooManyAttempts();
      throw notFound();
    }
    return found;
  }
}

interface CaseRow {
  id: string;
  organisation_id: string;
  reference: string;
  status: PublicThread['status'];
  follow_up_key_hash: string;
}

/** Adds a sealed message to a case's thread, dated by day. */
export async function appendMessage(
  executor: Pick<EntityManager, 'query'>,
  cipher: { encrypt(text: string): string },
  found: { id: string; organisation_id: string },
  author: 'organisation' | 'reporter',
  text: string,
): Promise<void> {
  await executor.query(
    `INSERT INTO grievance_messages (organisation_id, case_id, position, author, text_sealed, sent_on)
     SELECT $1, $2, COALESCE(max(position), 0) + 1, $3, $4, $5
       FROM grievance_messages WHERE organisation_id = $1 AND case_id = $2`,
    [found.organisation_id, found.id, author, cipher.encrypt(text), today()],
  );
}
