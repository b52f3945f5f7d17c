import type { AdminUnits } from '../../../domain/admin-units';
import { toIsoDate } from '../../../domain/dates';
import { type ExportSheet, organisationSheet, visitSheet } from '../../../domain/export/table';
import { failed, type Outcome, succeeded } from '../../../domain/outcome';
import { RegistryIndex } from '../../../domain/registry-index';
import type { RegistryQuery } from '../../../domain/registry-query';
import { rowArray } from '../../../domain/row-list';
import type { Visit } from '../../../domain/visit';
import { dataText as t } from '../../../i18n/data';
import { exportLabels } from '../../../i18n/export';
import { fromStored, type OrganisationRepository } from '../../../storage/organisation-repository';
import { writeExportFile } from './export-file';

export interface ExportDeps {
  organisations: OrganisationRepository;
  visits: { all(): Promise<Visit[]> };
  loadAdminUnits: () => Promise<AdminUnits>;
}

export type ExportKind = 'organisations' | 'visits';

/** Organisations or visits as a spreadsheet file. */
export function createExportModel(d: ExportDeps) {
  /** With a registry query, only the organisations that list shows, in its order. */
  async function sheets(which: ExportKind, filter?: RegistryQuery): Promise<ExportSheet[]> {
    const all = d.organisations.all();
    if (which === 'visits') return [visitSheet(await d.visits.all(), new Map(all.map((o) => [o.id, fromStored(o)])), exportLabels)];
    const chosen = filter ? rowArray(new RegistryIndex(all).run(filter, toIsoDate(new Date())).rows) : all;
    return [organisationSheet(chosen.map(fromStored), await d.loadAdminUnits(), exportLabels)];
  }

  /** The file, written in export.worker.ts so a 100,000-row workbook never freezes the page. */
  async function exportFile(which: ExportKind, format: 'xlsx' | 'csv', filter?: RegistryQuery): Promise<Outcome<Blob>> {
    try {
      return succeeded(await writeExportFile(format, await sheets(which, filter)));
    } catch (error) {
      console.error(error);
      return failed(t.export.failed);
    }
  }

  return { exportFile };
}

export type ExportModel = ReturnType<typeof createExportModel>;
