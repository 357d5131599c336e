import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileInput } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import type { Workspace } from '../../shared/auth';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { IMPORT_KINDS, type ImportKindChoice, type ImportVisibility } from './api';
import { fileSizeText } from './fileSize';
import type { Lang } from '../../i18n/lang';
import { VisibilityChoice } from './VisibilityChoice';
import { WorkspaceChoice } from './WorkspaceChoice';

type Props = {
  kind: ImportKindChoice;
  onKind: (kind: ImportKindChoice) => void;
  workspaces: Workspace[];
  workspace: string;
  onWorkspace: (slug: string) => void;
  visibility: ImportVisibility;
  onVisibility: (visibility: ImportVisibility) => void;
  onFile: (file: File | null) => void;
  fileError: string | null;
};

/** The first step of an import: what the file holds, where it goes, who sees it, and the file itself. */
export function ImportFileForm(props: Props) {
  const { t, i18n } = useTranslation();
  // suomifi writes a chosen file's size in English (22.0 KB); the page writes it in its own language.
  const [chosen, setChosen] = useState<File | null>(null);
  const choose = (file: File | null) => {
    setChosen(file);
    props.onFile(file);
  };
  return (
    <>
      <ChoiceGroup
        name="import-kind"
        labelText={t('imports.kind')}
        value={props.kind}
        onChange={props.onKind}
        options={IMPORT_KINDS}
        text={(k) => label(t, 'importKind', k)}
      />
      <WorkspaceChoice
        id="import-workspace"
        workspaces={props.workspaces}
        value={props.workspace}
        onChange={props.onWorkspace}
      />
      <VisibilityChoice
        name="import-visibility"
        kind={props.kind}
        value={props.visibility}
        onChange={props.onVisibility}
      />
      <FileInput
        id="import-file"
        labelText={t('imports.file')}
        hintText={props.kind === 'ytj' ? t('imports.fileHintYtj') : t('imports.fileHintTable')}
        inputButtonText={t('imports.chooseFile')}
        dragAreaText={t('imports.dragFile')}
        removeFileText={t('imports.removeFile')}
        addedFileAriaText={t('imports.addedFile')}
        accept={props.kind === 'ytj' ? '.json,application/json' : '.csv,.xlsx,text/csv'}
        status={props.fileError ? 'error' : 'default'}
        statusText={props.fileError ?? undefined}
        onChange={(files) => choose(files.item(0))}
        className="import-file-input"
        fullWidth
      />
      {chosen && (
        <p className="import-file-size">
          {t('imports.fileSize', { size: fileSizeText(chosen.size, i18n.language as Lang) })}
        </p>
      )}
    </>
  );
}
