import { describe, expect, it } from 'vitest';
import { fileProblemText, rowIssueText } from '../../../src/i18n/import-problems';

describe('fileProblemText', () => {
  it('words the size limits in megabytes, Vietnamese style', () => {
    expect(fileProblemText({ code: 'tooLarge', bytes: 50 * 1024 * 1024, maxBytes: 40 * 1024 * 1024 })).toMatch(/^Tệp quá lớn \(50 MB\); giới hạn là 40 MB/);
    expect(fileProblemText({ code: 'tooManyRows', rows: 200_001, maxRows: 200_000 })).toBe('Tệp có 200.001 dòng, vượt giới hạn 200.000 dòng. Hãy chia thành nhiều tệp.');
  });
  it('names the legacy formats and says nothing was saved', () => {
    expect(fileProblemText({ code: 'legacyFont' })).toMatch(/^Tệp dùng bảng mã cũ \(TCVN3 hoặc VNI\).*Chưa có gì được lưu\.$/);
    expect(fileProblemText({ code: 'legacyXls', file: 'ds.xls' })).toMatch(/^Tệp “ds\.xls” là định dạng Excel 97–2003/);
  });
});

describe('rowIssueText', () => {
  it('puts the row number first and words the code checks with the form’s own messages', () => {
    expect(rowIssueText({ line: 7, problem: { code: 'taxKept', value: '0100233480', problem: 'checkDigit' } })).toMatch(/^Dòng 7: Mã số thuế “0100233480”: .*chữ số kiểm tra/);
    expect(rowIssueText({ line: 8, problem: { code: 'personalLeftOut', value: '999203012345', problem: 'personalPlace' } })).toMatch(/nơi đăng ký khai sinh.*đồng ý/);
    expect(rowIssueText({ line: 9, problem: { code: 'duplicateTaxCode', taxCode: '0100233488', firstLine: 3 } })).toBe(
      'Dòng 9: trùng mã số thuế 0100233488 với dòng 3 trong cùng tệp; bỏ qua dòng này.',
    );
  });
});
