// SummaryDocuments on Google Docs: the summary is rewritten in place in the remembered
// document — a new one only when none is remembered — optionally from the person's template.
import type { SummaryDocuments, SummaryWrite } from '../../app/port';
import type { SummaryResult } from '../../app/contract';
import { UserError } from '../../app/errors';
import { frSummary } from '../../i18n/fr-summary';
import type { DocsAdvanced, DocsApp, DocsBlobs, DocsBody } from './docs-api';
import { documentLink, placeTables, renderToBody, writeSummaryToDocs } from './write';
import { copyTemplateBody, fillTemplate } from './template';

/**
 * `docs` writes the text (DocumentApp), `advanced` styles the tables in one batch (the Docs
 * advanced service), `blobs` (Utilities) makes the chart images of a bilan.
 */
export function docsSummaryDocuments(docs: DocsApp, advanced: DocsAdvanced, blobs?: DocsBlobs): SummaryDocuments {
  return {
    write: (request) => write(docs, advanced, request, blobs),
    templateName: (id) => openTemplate(docs, id).getName(),
  };
}

function write(docs: DocsApp, advanced: DocsAdvanced, { document, documentId, template }: SummaryWrite, blobs?: DocsBlobs): SummaryResult {
  // Open the template before touching the summary document: if it is gone, nothing is cleared or created.
  const source = template ? openTemplate(docs, template.id).getBody() : null;
  let unknownPlaceholders: string[] = [];
  const fill =
    template && source
      ? (body: DocsBody) => {
          copyTemplateBody(body, source, docs);
          const filled = fillTemplate(body, template.inline, template.blocks, docs);
          unknownPlaceholders = filled.unknown;
          return placeTables(body, filled.tables);
        }
      : (body: DocsBody) => renderToBody(body, document, docs, blobs);
  const target = writeSummaryToDocs(docs, advanced, documentId, document, fill);
  return { url: target.url, documentId: target.documentId, created: target.created, unknownPlaceholders };
}

function openTemplate(docs: DocsApp, id: string) {
  try {
    return docs.openById(id);
  } catch {
    throw new UserError(frSummary.templateUnavailable(documentLink(id)));
  }
}
