import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../../src/domain/admin-units';
import { analyseTable } from '../../../../src/domain/import/analyse';
import { buildRows } from '../../../../src/domain/import/rows';
import { TEXT_LIMITS } from '../../../../src/domain/text-limits';
import units from '../../../../src/generated/admin-units.json';
import { importCodeText } from '../../../../src/i18n/import-codes';
import { rowIssueText } from '../../../../src/i18n/import-problems';

const { keptReason } = importCodeText;

const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);

describe('import rows keep the form’s text limits', () => {
  it('refuse a row whose text is longer than the form allows, naming the row and the column', () => {
    const table = [
      ['Tên doanh nghiệp', 'Địa chỉ', 'Ghi chú'],
      ['x'.repeat(TEXT_LIMITS.name), 'a'.repeat(TEXT_LIMITS.address), 'n'.repeat(TEXT_LIMITS.notes)],
      ['Công ty dài', 'a'.repeat(TEXT_LIMITS.address + 1), ''],
    ];
    const a = analyseTable(table);
    if (!a.ok) throw new Error(a.problem.code);
    const built = buildRows(table, a.header.dataStart, a.header.headers, a.header.mapping, { units: adminUnits, provinceCode: '', defaultCommuneCode: '', keptReason });
    expect(built.rows.map((r) => r.line)).toEqual([2]);
    expect(built.rejected).toBe(1);
    expect(built.issues).toEqual([
      { line: 3, column: 'Địa chỉ', level: 'error', problem: { code: 'tooLong', length: TEXT_LIMITS.address + 1, max: TEXT_LIMITS.address } },
    ]);
    expect(rowIssueText(built.issues[0]!)).toBe(`Dòng 3: quá dài (${TEXT_LIMITS.address + 1} ký tự, tối đa ${TEXT_LIMITS.address}).`);
  });
});
