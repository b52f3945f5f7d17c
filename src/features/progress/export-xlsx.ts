import { formatViDate } from '../../domain/dates';
import type { ProgressReport } from '../../domain/progress/report';
import type { UnitProgress } from '../../domain/progress/unit-progress';
import { newWorkbook } from '../../formats/workbook';
import { problemReasonLabels } from '../../i18n/labels';
import { progressText as t } from '../../i18n/progress';
import { fmtDeadline, fmtProjection, roundPct } from './format-progress';

const HEADERS = [
  t.commune, `${t.enterprise}: ${t.withAccount}`, `${t.enterprise}: ${t.xlsx.total}`, `${t.enterprise}: %`, `${t.enterprise}: ${t.target} %`,
  `${t.other}: ${t.withAccount}`, `${t.other}: ${t.xlsx.total}`, `${t.other}: %`, `${t.other}: ${t.target} %`,
  t.needed, t.deadline, t.daysLeft, t.neededPerDay, t.pace, t.projection, t.household, t.notApplicable, t.branch,
];

function row(u: UnitProgress, name: string): (string | number | null)[] {
  const e = u.groups.enterprise;
  const o = u.groups.other;
  return [
    name, e.issued, e.counted, roundPct(e.pct), e.targetPct, o.issued, o.counted, roundPct(o.pct), o.targetPct,
    u.needed, fmtDeadline(u.deadline), u.daysLeft, u.neededPerDay === null ? null : Math.ceil(u.neededPerDay),
    Math.round(u.pacePerDay * 10) / 10, fmtProjection(u.projection), u.tally.count.household, u.tally.count.not_applicable,
    u.tally.count.branch,
  ];
}

/** The report as an .xlsx file (exceljs is loaded only now: it is large and rarely needed). */
export async function buildReportXlsx(
  report: ProgressReport,
  communeName: (code: string) => string,
  title: string = t.reportTitle,
  /** A roll-up's communes that sent nothing, listed on their own sheet. */
  missing?: { sheet: string; codes: readonly string[] },
): Promise<Blob> {
  const wb = await newWorkbook();
  const sheet = wb.addWorksheet(t.xlsx.sheetProgress);
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow([t.reportDate(formatViDate(report.today))]);
  sheet.addRow([t.rule]);
  sheet.addRow(HEADERS).font = { bold: true };
  for (const u of report.communes) sheet.addRow(row(u, communeName(u.code)));
  sheet.addRow(row(report.overall, t.total)).font = { bold: true };
  sheet.getColumn(1).width = 28;

  const trend = wb.addWorksheet(t.xlsx.sheetWeeks);
  trend.addRow([t.xlsx.weekFrom, t.xlsx.issued]).font = { bold: true };
  for (const w of report.trend) trend.addRow([formatViDate(w.start), w.issued]);

  const problems = wb.addWorksheet(t.xlsx.sheetProblems);
  problems.addRow([t.xlsx.reason, t.xlsx.orgs]).font = { bold: true };
  for (const g of report.problems) problems.addRow([g.reason ? problemReasonLabels[g.reason] : t.noReason, g.count]);

  if (missing) {
    const sheetMissing = wb.addWorksheet(missing.sheet);
    sheetMissing.addRow([t.commune]).font = { bold: true };
    for (const code of missing.codes) sheetMissing.addRow([communeName(code)]);
  }

  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
