import { describe, expect, it } from 'vitest';
import { guessKind } from '../../../../src/domain/import/kind';

describe('guessKind', () => {
  it('guesses the kind from the cell, else the name', () => {
    expect(guessKind('Hợp tác xã', '')).toBe('cooperative');
    expect(guessKind('', 'HTX Nông nghiệp An Bình')).toBe('cooperative');
    expect(guessKind('', 'Công ty TNHH Phước Lộc')).toBe('enterprise');
    expect(guessKind('', 'Hộ kinh doanh Lan')).toBe('household');
  });
  it.each([
    ['Chi nhánh Công ty TNHH Phước Lộc tại Huế', 'branch'],
    ['Công ty CP An Bình - Văn phòng đại diện Hà Nội', 'branch'],
    ['Địa điểm kinh doanh số 2 - Công ty TNHH Lan', 'branch'],
    ['Trường Tiểu học Kim Mã', 'public_unit'],
    ['Truong THCS Ngoc Ha', 'public_unit'],
    ['Trương Văn Hồi', 'other'],
    ['Nguyễn Trưởng', 'other'],
    ['Công ty TNHH Trường Thành', 'enterprise'],
    ['Hội Nông dân phường Ba Đình', 'association'],
    ['Chi hội Cựu chiến binh tổ 5', 'association'],
    ['Hiệp hội Doanh nghiệp thành phố Huế', 'association'],
    ['Lê Thị Hồi', 'other'],
    ['Chùa Một Cột', 'religious'],
    ['Giáo xứ Hàm Long', 'religious'],
    ['Tổ hợp tác sản xuất rau an toàn', 'coop_group'],
  ])('reads the name %s as %s', (name, kind) => expect(guessKind('', name)).toBe(kind));
  it('reads its own kind labels back', () => {
    expect(guessKind('Chi nhánh, văn phòng đại diện, địa điểm kinh doanh', '')).toBe('branch');
    expect(guessKind('Cơ sở tôn giáo', '')).toBe('religious');
    expect(guessKind('Tổ hợp tác', '')).toBe('coop_group');
  });
});
