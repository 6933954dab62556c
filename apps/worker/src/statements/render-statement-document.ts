import { regimeById } from '@app/domain';
import { buildStatementView, renderStatementPdf } from '@app/documents';
import { Statement, statementMeta, type TenantScope } from '@app/persistence';
import type { FilesService } from '@app/platform';
import type { EntityManager } from 'typeorm';

export interface RenderedDocument {
  documentId: string;
  sizeBytes: number;
  sha256: string;
  /** Recorded as the published statement's own PDF (the first rendering after publication). */
  published: boolean;
}

/**
 * Renders one requested PDF of a statement from its frozen content and keeps it: the document row
 * gets the file and its SHA-256, and the first PDF of a published statement becomes the
 * statement's own (its hash recorded with it, never replaced). Returns null when the document is
 * already done (a job delivered twice) or gone.
 */
export async function renderStatementDocument(
  manager: EntityManager,
  scope: TenantScope,
  files: FilesService,
  documentId: string,
  appUrl: string,
): Promise<RenderedDocument | null> {
  const [document]: {
    statement_id: string;
    regime: string;
    status: string;
    statement_status: string;
  }[] = await manager.query(
    `SELECT statement_id, regime, status, statement_status FROM statement_documents
        WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
    [scope.organisationId, documentId],
  );
  if (!document || document.status === 'done') return null;
  const statement = await manager.getRepository(Statement).findOneByOrFail({
    organisationId: scope.organisationId,
    id: document.statement_id,
  });
  const regime = regimeById(document.regime);
  if (!regime) throw new Error(`Unknown regime ${document.regime} on document ${documentId}`);
  const view = buildStatementView({
    meta: await statementMeta(manager, statement),
    content: statement.content,
    narratives: statement.narratives,
    regime,
    traceBase: `${appUrl}/statements/${statement.id}/trace`,
  });
  const pdf = await renderStatementPdf(view);
  const period = `${statement.periodFrom}_${statement.periodTo}`;
  const stored = await files.storeGenerated(
    scope,
    { type: 'statement', id: statement.id },
    pdf,
    'application/pdf',
    `${statement.content.company.name} ${regime.id} ${period} v${statement.version}${statement.status === 'published' ? '' : ' DRAFT'}.pdf`,
  );
  await manager.query(
    `UPDATE statement_documents SET status = 'done', file_id = $3, sha256 = $4, size_bytes = $5,
            error = NULL, finished_at = now()
      WHERE organisation_id = $1 AND id = $2`,
    [scope.organisationId, documentId, stored.id, stored.sha256, stored.sizeBytes],
  );
  const published =
    statement.status === 'published' &&
    document.statement_status === 'published' &&
    regime.id === 'uk_msa_s54' &&
    statement.pdfSha256 === null;
  if (published)
    await manager.query(
      `UPDATE statements SET pdf_file_id = $3, pdf_sha256 = $4
        WHERE organisation_id = $1 AND id = $2 AND pdf_sha256 IS NULL`,
      [scope.organisationId, statement.id, stored.id, stored.sha256],
    );
  return { documentId, sizeBytes: stored.sizeBytes, sha256: stored.sha256, published };
}
