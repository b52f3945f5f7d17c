import { formatViDate, toIsoDate } from '../../../domain/dates';
import type { Organisation } from '../../../domain/organisation';
import { dataText } from '../../../i18n/data';
import { kindLabels, reasonLabels, statusLabels } from '../../../i18n/labels';
import { detailText } from '../../../i18n/registry';

const day = (at: number) => formatViDate(toIsoDate(new Date(at)));

/** One field of a conflicting record as a person reads it: labels, not codes; dates, not timestamps. */
export function conflictValue(org: Organisation, field: keyof Organisation): string {
  switch (field) {
    case 'status':
      return statusLabels[org.status];
    case 'kind':
      return kindLabels[org.kind];
    case 'problemReason':
    case 'notApplicableReason':
      return org[field] ? reasonLabels[org[field]] : '—';
    case 'followUpDate':
      return org.followUpDate ? formatViDate(org.followUpDate) : '—';
    case 'deletedAt':
      return org.deletedAt === null ? '—' : day(org.deletedAt);
    case 'consent':
      if (!org.consent) return detailText.consentNone;
      return (org.consent.given ? detailText.consentGiven : detailText.consentRefused)(org.consent.recordedBy, day(org.consent.at));
    case 'statusHistory': {
      const last = org.statusHistory.at(-1);
      return last ? dataText.backup.historySummary(org.statusHistory.length, statusLabels[last.status], day(last.at), last.by || '—') : '—';
    }
    default: {
      const value = org[field];
      return value === null || value === undefined || value === '' ? '—' : String(value);
    }
  }
}
