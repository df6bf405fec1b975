// SummaryDocuments on Google Docs: the summary is rewritten in place in the remembered
// document — a new one only when none is remembered — optionally from the person's template.
import type { SummaryDocuments, SummaryWrite } from '../../app/port';
import type { SummaryResult } from '../../app/contract';
import { UserError } from '../../app/errors';
import { frSummary } from '../../i18n/fr-summary';
import type { DocsApp, DocsBody } from './docs-api';
import { documentLink, writeSummaryToDocs } from './write';
import { copyTemplateBody, fillTemplate } from './template';

export function docsSummaryDocuments(docs: DocsApp): SummaryDocuments {
  return {
    write: (request) => write(docs, request),
    templateName: (id) => openTemplate(docs, id).getName(),
  };
}

function write(docs: DocsApp, { document, documentId, template }: SummaryWrite): SummaryResult {
  // Open the template before touching the summary document: if it is gone, nothing is cleared or created.
  const source = template ? openTemplate(docs, template.id).getBody() : null;
  let unknownPlaceholders: string[] = [];
  const fill =
    template && source
      ? (body: DocsBody) => {
          copyTemplateBody(body, source, docs);
          unknownPlaceholders = fillTemplate(body, template.inline, template.blocks, docs);
        }
      : undefined;
  const target = writeSummaryToDocs(docs, documentId, document, fill);
  return { url: target.url, documentId: target.documentId, created: target.created, unknownPlaceholders };
}

function openTemplate(docs: DocsApp, id: string) {
  try {
    return docs.openById(id);
  } catch {
    throw new UserError(frSummary.templateUnavailable(documentLink(id)));
  }
}
