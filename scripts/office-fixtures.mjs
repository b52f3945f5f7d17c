// Import fixtures saved by a real office suite, not by the reader's own library:
// LibreOffice opens a small CSV (tax code and phone columns typed as Text, a
// date column as a date) and saves it as .xlsx and as Excel 97-2003 .xls.
// Needs `soffice` (Debian: libreoffice-calc-nogui); without it the committed
// files are kept as they are, so CI never needs LibreOffice.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvLine } from './fixture-rows.mjs';

export const OFFICE_XLSX = 'libreoffice-ds.xlsx';
export const OFFICE_XLS = 'libreoffice-ds.xls';

export const OFFICE_ROWS = [
  ['STT', 'Tên doanh nghiệp', 'Mã số thuế', 'Địa chỉ', 'Xã/Phường', 'Người đại diện', 'Điện thoại', 'Loại hình', 'Ngày cấp ĐKKD'],
  ['1', 'Công ty TNHH Phước Lộc', '0100112437', '12 Hàng Bài', 'Phường Hoàn Kiếm', 'Nguyễn Văn Đức', '0912345678', 'Công ty', '15/03/2024'],
  ['2', 'Chi nhánh Công ty TNHH Phước Lộc', '0100112437-001', '14 Hàng Bài', 'Phường Hoàn Kiếm', 'Trần Thị Hồng', '0987654321', 'Công ty', '02/11/2025'],
  ['3', 'Hợp tác xã Thủy Tiên', '0101234565', '5 Kim Mã', 'Phường Ngọc Hà', 'Lê Quốc Việt', '0901234567', 'Hợp tác xã', '28/02/2020'],
  ['4', 'Hộ kinh doanh Bùi Thị Ánh', '', '8 Đội Cấn', 'Phường Giảng Võ', 'Bùi Thị Ánh', '0387000111', 'Hộ kinh doanh', '01/10/2026'],
];

/**
 * LibreOffice's CSV filter options: comma, double quote, UTF-8 (76), from line 1,
 * then column/type pairs: 1 Standard, 2 Text, 4 DD/MM/YY (a real date cell).
 */
const CSV_FILTER = 'CSV:44,34,76,1,1/1/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/4';

/** Writes both files into dir; returns false (and writes nothing) without LibreOffice. */
export function writeOfficeFixtures(dir) {
  const work = mkdtempSync(join(tmpdir(), 'eid-office-'));
  try {
    const csv = join(work, 'libreoffice-ds.csv');
    writeFileSync(csv, `${OFFICE_ROWS.map((r) => csvLine(r)).join('\r\n')}\r\n`);
    const profile = pathToFileURL(join(work, 'profile')).href;
    for (const format of ['xlsx', 'xls']) {
      const run = spawnSync(
        'soffice',
        ['--headless', `-env:UserInstallation=${profile}`, `--infilter=${CSV_FILTER}`, '--convert-to', format, '--outdir', work, csv],
        { stdio: 'ignore' },
      );
      if (run.error || run.status !== 0) return false;
    }
    copyFileSync(join(work, 'libreoffice-ds.xlsx'), new URL(OFFICE_XLSX, dir));
    copyFileSync(join(work, 'libreoffice-ds.xls'), new URL(OFFICE_XLS, dir));
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
