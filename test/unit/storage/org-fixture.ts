import type { Organisation } from '../../../src/domain/organisation';

export function makeOrg(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: overrides.id ?? crypto.randomUUID(),
    taxCode: '0100233488',
    name: 'Công ty TNHH Phước Lộc',
    kind: 'enterprise',
    address: '12 Hàng Bài',
    communeCode: '00004',
    representativeName: 'Nguyễn Văn Đức',
    representativePhone: '+84912345678',
    consent: null,
    status: 'not_contacted',
    problemReason: null,
    notApplicableReason: null,
    statusNote: '',
    notes: '',
    followUpDate: null,
    statusHistory: [],
    createdAt: 1,
    updatedAt: 1,
    updatedBy: 'test',
    deletedAt: null,
    demo: false,
    importBatchId: null,
    ...overrides,
  };
}
