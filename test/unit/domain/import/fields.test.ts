import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../../../src/domain/import/fields';

describe('fieldOfHeader', () => {
  it.each([
    ['Mã số thuế', 'taxCode'],
    ['MST', 'taxCode'],
    ['Tên doanh nghiệp', 'name'],
    ['Tên tổ chức', 'name'],
    ['Tên người đại diện', 'representativeName'],
    ['Người đại diện Họ tên', 'representativeName'],
    ['Người đại diện Điện thoại', 'representativePhone'],
    ['SĐT', 'representativePhone'],
    ['Xã/Phường', 'commune'],
    ['Địa chỉ trụ sở', 'address'],
    ['Loại hình doanh nghiệp', 'kind'],
    ['Tax code', 'taxCode'],
    ['Company name', 'name'],
    ['STT', undefined],
  ])('%s → %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));
});
