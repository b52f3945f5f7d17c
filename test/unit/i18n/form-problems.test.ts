import { describe, expect, it } from 'vitest';
import { emptyOrgForm, validateOrgForm } from '../../../src/domain/organisation-form';
import { TEXT_LIMITS } from '../../../src/domain/text-limits';
import {
  codeCheckText,
  documentProblemText,
  fieldMessages,
  orgFormMessages,
  orgFormProblemText,
  settingsProblemText,
  targetProblemText,
} from '../../../src/i18n/form-problems';

describe('organisation form wording', () => {
  it('words every problem of an empty form with a wrong tax code and phone, field by field', () => {
    expect(orgFormMessages(validateOrgForm({ ...emptyOrgForm(), taxCode: '0100233480', representativePhone: '0243123456' }))).toEqual({
      name: 'Nhập tên tổ chức',
      kind: 'Chọn loại hình',
      communeCode: 'Chọn xã, phường, đặc khu',
      taxCode: 'Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy xem lại từng chữ số. Sửa lại, hoặc ghi lý do giữ nguyên ở ô bên dưới',
      representativePhone:
        'Số điện thoại: di động 10 chữ số (03, 05, 07, 08, 09) hoặc cố định 11 chữ số bắt đầu bằng 02 (có thể viết +84). Sửa lại, hoặc ghi lý do giữ nguyên ở ô bên dưới',
      representativeName: 'Nhập tên người đại diện kèm số điện thoại',
    });
  });

  it('says the limit the form applies, in Vietnamese number format', () => {
    expect(orgFormProblemText('name', { code: 'too-long', max: TEXT_LIMITS.name })).toBe('Tên tối đa 200 ký tự');
    expect(orgFormProblemText('address', { code: 'too-long', max: TEXT_LIMITS.address })).toBe('Tối đa 300 ký tự');
    expect(orgFormProblemText('notes', { code: 'too-long', max: TEXT_LIMITS.notes })).toBe('Tối đa 2.000 ký tự');
  });

  it('words the household tax code and the consent rule', () => {
    expect(codeCheckText({ code: 'tax-code', problem: 'formatHousehold' })).toBe('Mã số thuế gồm 10 chữ số (chi nhánh thêm -3 chữ số), hoặc số định danh cá nhân 12 chữ số');
    expect(orgFormProblemText('taxCode', { code: 'personal-needs-consent' })).toBe(
      'Số 12 chữ số là số định danh cá nhân của chủ hộ: chỉ lưu khi chủ hộ đồng ý (đánh dấu ô đồng ý bên dưới), nếu không hãy để trống',
    );
    expect(orgFormProblemText('followUpDate', { code: 'date' })).toBe('Ngày hẹn không hợp lệ');
  });
});

describe('documents, settings and quota wording', () => {
  it('names the refused scheme of a document link', () => {
    expect(documentProblemText('url', { code: 'url', problem: { reason: 'scheme', scheme: 'javascript' } })).toBe(
      'Không nhận đường dẫn “javascript:”. Chỉ nhận địa chỉ web bắt đầu bằng http:// hoặc https://.',
    );
    expect(documentProblemText('url', { code: 'url', problem: { reason: 'empty' } })).toBe('Hãy nhập đường dẫn.');
    expect(documentProblemText('title', { code: 'required' })).toBe('Hãy nhập tiêu đề.');
    expect(documentProblemText('publisher', { code: 'too-long', max: 160 })).toBe('Nơi ban hành tối đa 160 ký tự');
  });

  it('words settings problems by field', () => {
    expect(
      fieldMessages(
        { userName: { code: 'too-long', max: 80 }, team: { code: 'too-long', max: 120 }, publicBaseUrl: { code: 'web-base' }, 'targets.otherPct': { code: 'percent' }, 'targets.deadline': { code: 'date' } },
        settingsProblemText,
      ),
    ).toEqual({
      userName: 'Tên tối đa 80 ký tự',
      team: 'Tên tổ tối đa 120 ký tự',
      publicBaseUrl: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
      'targets.otherPct': 'Nhập số từ 0 đến 100',
      'targets.deadline': 'Hạn chót phải là một ngày hợp lệ',
    });
  });

  it('words quota problems, and a value no code covers', () => {
    expect(targetProblemText({ code: 'percent' })).toBe('Nhập số từ 0 đến 100');
    expect(targetProblemText({ code: 'date' })).toBe('Hạn chót phải là một ngày hợp lệ');
    expect(targetProblemText({ code: 'invalid' })).toBe('Giá trị không hợp lệ');
  });
});
