import { AdminUnits } from '../../../../src/domain/admin-units';

/** Three communes in two provinces: An Cựu and Vỹ Dạ of Huế (46), Ba Đình of Hà Nội (01). */
export const UNITS = new AdminUnits({
  version: 't',
  source: 't',
  provinces: [['46', 'Thành phố Huế'], ['01', 'Thành phố Hà Nội']],
  communes: [['31000', 'Phường An Cựu', '46'], ['31001', 'Phường Vỹ Dạ', '46'], ['00004', 'Phường Ba Đình', '01']],
  oldProvinces: [],
});
