import type { Identifier } from 'react-admin';
import { ApplyDirectoryImportDocument, StartDirectoryImportDocument, type ImportKind } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';

export interface StartImportInput {
  /** The uploaded file (POST /files?purpose=directory-import). */
  fileId: string;
  kind: ImportKind;
  allDepartments: boolean;
  closeAbsent: boolean;
}

export const directoryImportCommands = {
  /** Records a dry run, which the server's job takes up within seconds; answers the run's id. */
  startDirectoryImport: operation(
    StartDirectoryImportDocument,
    ({ fileId, kind, allDepartments, closeAbsent }: StartImportInput) => ({ fileId, kind, options: { allDepartments, closeAbsent } }),
    ({ startDirectoryImport }) => startDirectoryImport.id,
  ),
  /** Applies a dry run, or resumes a failed apply after its last committed batch. */
  applyDirectoryImport: operation(ApplyDirectoryImportDocument, (id: Identifier) => ({ id: String(id) }), ({ applyDirectoryImport }) => applyDirectoryImport.id),
};
