import type { LazyModel } from '../../context/lazy-model';
import type { ImportRepository } from '../../storage/import-repository';
import { type BackupDeps, createBackupModel } from './backup/backup-model';
import { createExportModel, type ExportDeps } from './export/export-model';
import { createImportHistoryModel } from './import/import-history-model';
import { createImportModel, type ImportDeps } from './import/import-model';

export type DataDeps = BackupDeps & ExportDeps & ImportDeps & { imports: ImportRepository };

/**
 * The data page's models, a lazy chunk built once by the composition root
 * (`lazyModel`) on the page's first visit and kept after: an import keeps
 * running while the user looks elsewhere.
 */
export function createDataModel(deps: DataDeps) {
  return {
    backup: createBackupModel(deps),
    exports: createExportModel(deps),
    imports: createImportModel(deps),
    history: createImportHistoryModel(deps),
  };
}

export type DataModel = ReturnType<typeof createDataModel>;

declare module '../../context/services' {
  interface Services {
    data: LazyModel<DataModel>;
  }
}
