// Server-side HTML of the preview page and of the in-memory workbook view.
// Every cell value goes through escapeHtml: it is text people typed.
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/types';
import { columnLetter } from '../../core/workbook/a1';
import { frPreview } from '../../i18n/fr-addon';
import { START_MODES } from './example';
import { widest } from '../../core/max';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

const show = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

export function pageHtml(): string {
  const buttons = START_MODES.map((m) => `<button name="mode" value="${m}">${escapeHtml(frPreview.modes[m])}</button>`).join(' ');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(frPreview.title)}</title>
<style>body{margin:0;font:13px Arial,sans-serif}header{padding:6px 12px;border-bottom:1px solid #ccc}main{display:flex;height:calc(100vh - 70px)}
#sidebar{width:320px;border:0;border-right:1px solid #ccc;height:100%}#workbook{flex:1;border:0;height:100%}form{display:inline}</style></head>
<body><header><strong>${escapeHtml(frPreview.title)}</strong> — ${escapeHtml(frPreview.intro)}
<form method="post" action="/reset">${escapeHtml(frPreview.reset)} ${buttons}</form></header>
<main><iframe id="sidebar" title="${escapeHtml(frPreview.sidebarFrame)}" src="/sidebar"></iframe>
<iframe id="workbook" title="${escapeHtml(frPreview.workbookFrame)}" src="/workbook"></iframe></main>
<script>addEventListener('message',function(e){if(e.data==='ctg-changed'){document.getElementById('workbook').contentWindow.location.reload();}});</script>
</body></html>`;
}

export function workbookHtml(snapshot: WorkbookSnapshot, selection: { sheet: string; cell?: string } | null): string {
  const tabs = snapshot.sheets
    .map((s) => {
      const width = widest(s.values);
      const head = `<tr><th></th>${Array.from({ length: width }, (_, j) => `<th>${columnLetter(j + 1)}</th>`).join('')}</tr>`;
      const rows = s.values
        .map((row, i) => {
          const cells = Array.from({ length: width }, (_, j) => {
            const ref = `${columnLetter(j + 1)}${i + 1}`;
            const formula = s.formulas[i]?.[j] ?? '';
            const value = row[j] ?? '';
            const selected = selection?.sheet === s.name && selection.cell === ref;
            const content = formula && value === '' ? `<code>${escapeHtml(formula)}</code>` : escapeHtml(show(value));
            const classes = [formula ? 'formula' : '', selected ? 'selected' : ''].filter(Boolean).join(' ');
            const attrs = `${classes ? ` class="${classes}"` : ''}${formula ? ` title="${escapeHtml(formula)}"` : ''}${selected ? ' aria-current="true"' : ''}`;
            return `<td data-cell="${escapeHtml(`${s.name}!${ref}`)}"${attrs}>${content}</td>`;
          }).join('');
          return `<tr><th>${i + 1}</th>${cells}</tr>`;
        })
        .join('');
      return `<section data-sheet="${escapeHtml(s.name)}"><h2>${escapeHtml(s.name)}</h2><table>${head}${rows}</table></section>`;
    })
    .join('');
  const options = snapshot.sheets.map((s) => `<option>${escapeHtml(s.name)}</option>`).join('');
  const where = selection ? `${selection.sheet}${selection.cell ? `!${selection.cell}` : ''}` : '';
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(frPreview.workbookFrame)}</title>
<style>body{font:12px Arial,sans-serif;margin:8px}table{border-collapse:collapse;margin-bottom:12px}td,th{border:1px solid #ddd;padding:2px 4px;max-width:220px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;vertical-align:top}
th{background:#f1f3f4;color:#5f6368}td.selected{outline:3px solid #1a73e8;background:#e8f0fe}td.formula{color:#1e4d8c;font-style:italic}code{color:#5f6368}h2{font-size:14px;margin:12px 0 4px}
form{position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid #ccc}label{margin-right:6px}</style></head><body>
<form method="post" action="/workbook/edit" aria-label="${escapeHtml(frPreview.edit)}"><strong>${escapeHtml(frPreview.edit)}</strong>
<label>${escapeHtml(frPreview.sheet)} <select name="sheet">${options}</select></label>
<label>${escapeHtml(frPreview.cell)} <input name="cell" size="6"></label>
<label>${escapeHtml(frPreview.value)} <input name="value"></label><button>${escapeHtml(frPreview.save)}</button></form>
${where ? `<p id="selection">${escapeHtml(frPreview.selected(where))}</p>` : ''}
${tabs || `<p>${escapeHtml(frPreview.noTabs)}</p>`}
<script>var s=document.querySelector('td.selected');if(s)s.scrollIntoView({block:'center',inline:'center'});</script></body></html>`;
}
