// The workbook at scale: 1 000 fiches actions and 5 000 budget lines over 3 years,
// planned, written to .xlsx, read back and checked; then a refresh with nothing to do.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { syntheticConvention } from '../tests/helpers/synthetic';
import { planWorkbook } from '../src/core/workbook/plan';
import { applyPlan, emptyWorkbook } from '../src/core/workbook/snapshot-apply';
import { checkWorkbook, refreshPlan } from '../src/core/workbook/refresh';
import { applyPlanToWorkbook } from '../src/adapters/xlsx/apply';
import { writeXlsxFile } from '../src/hosts/cli/files';
import { readXlsxFile } from '../src/adapters/xlsx/read';
import { fmtMs } from './util';

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

export async function run() {
  const c = syntheticConvention({ actions: 1000, lines: 5000, years: 3 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctg-bench-'));
  const file = path.join(dir, 'big.xlsx');
  try {
    const [planned, planMs] = await timed(() => planWorkbook(c, emptyWorkbook()));
    const [, memMs] = await timed(() => applyPlan(emptyWorkbook(), planned.plan));
    const wb = new ExcelJS.Workbook();
    const [, applyMs] = await timed(() => applyPlanToWorkbook(wb, planned.plan));
    const [, writeMs] = await timed(() => writeXlsxFile(wb, file));
    const [snapshot, readMs] = await timed(() => readXlsxFile(file));
    const [checked, checkMs] = await timed(() => checkWorkbook(snapshot));
    const [refreshed, refreshMs] = await timed(() => refreshPlan(snapshot));
    const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    console.log(`workbook, 1 000 fiches and 5 000 budget lines × 3 years — ${planned.plan.ops.length} plan ops`);
    console.log(`  plan (empty workbook)         ${fmtMs(planMs)}`);
    console.log(`  apply in memory               ${fmtMs(memMs)}`);
    console.log(`  apply to exceljs              ${fmtMs(applyMs)}`);
    console.log(`  write .xlsx (${size} MB)        ${fmtMs(writeMs)}`);
    console.log(`  generate total                ${fmtMs(planMs + applyMs + writeMs)}`);
    console.log(`  read .xlsx                    ${fmtMs(readMs)}`);
    console.log(
      `  read + check from .xlsx       ${fmtMs(readMs + checkMs)} (${checked.report.findings.length} findings, ${checked.convention.budget.length} lines read)`,
    );
    console.log(`  refresh plan                  ${fmtMs(refreshMs)} (${refreshed.plan.ops.length} ops)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
