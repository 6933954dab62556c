import type { StatementMeta } from '@app/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Statement } from '../entities/statement.entity';

export const approvalOf = (s: Statement): StatementMeta['approval'] =>
  s.approvalBody && s.approvedOn ? { body: s.approvalBody, approvedOn: s.approvedOn } : null;

export const signatureOf = (s: Statement): StatementMeta['signature'] =>
  s.signerName && s.signerTitle && s.signedOn
    ? { name: s.signerName, title: s.signerTitle, signedOn: s.signedOn }
    : null;

/** The cover's facts: the workflow, and which published version this one supersedes. */
export async function statementMeta(
  db: DataSource | EntityManager,
  statement: Statement,
): Promise<StatementMeta> {
  let supersedes: StatementMeta['supersedes'] = null;
  if (statement.supersedesId) {
    const [previous]: { version: number; published_at: Date | null }[] = await db.query(
      'SELECT version, published_at FROM statements WHERE organisation_id = $1 AND id = $2',
      [statement.organisationId, statement.supersedesId],
    );
    if (previous?.published_at)
      supersedes = {
        version: previous.version,
        publishedOn: previous.published_at.toISOString().slice(0, 10),
      };
  }
  return {
    id: statement.id,
    version: statement.version,
    status: statement.status,
    approval: approvalOf(statement),
    signature: signatureOf(statement),
    supersedes,
  };
}
