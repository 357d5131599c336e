import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';
import { editableWorkspaces, useAuth } from '../../shared/auth';
import {
  defaultVisibility,
  uploadImport,
  type EncodingChoice,
  type ImportKindChoice,
  type ImportRun,
} from './api';
import { fileProblem, refusedRun, uploadFailure } from './checks';
import { DryRunPanel } from './DryRunPanel';
import { ImportFileForm } from './ImportFileForm';
import { useLiveRun } from './useLiveRun';

type Failure = { title: string; details: string[] };

/**
 * A new import: choose the kind and the file, check it (a dry run: nothing is written), correct the
 * column mapping or skip bad rows, check again, then import all or nothing and open the run.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const workspaces = editableWorkspaces(me);
  const [kind, setKind] = useState<ImportKindChoice>('ytj');
  const [workspace, setWorkspace] = useState(workspaces[0]?.slug ?? '');
  const [visibility, setVisibility] = useState(defaultVisibility('ytj'));
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dry, setDry] = useState<ImportRun | null>(null);
  const [mapping, setMapping] = useState<(string | null)[] | null>(null);
  const [stale, setStale] = useState(false);
  const [skipped, setSkipped] = useState<Set<number>>(new Set());
  const [encoding, setEncoding] = useState<EncodingChoice | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const live = useLiveRun(busy === 'import', file?.name ?? null, me.user ? `user:${me.user.id}` : null);

  const reset = () => {
    setDry(null);
    setMapping(null);
    setSkipped(new Set());
    setEncoding(null);
    setStale(false);
    setFailure(null);
  };
  // A check always lists every bad row (so a skip can be undone); only the import leaves skipped ones out.
  const choice = (dryRun: boolean) => ({
    kind,
    file: file!,
    visibility,
    workspace: workspaces.length > 1 ? workspace : undefined,
    mapping: kind === 'ytj' ? undefined : (mapping ?? undefined),
    skip: dryRun ? undefined : [...skipped],
    encoding: kind === 'ytj' ? undefined : (encoding ?? undefined),
  });

  const check = async () => {
    const problem = fileProblem(file, kind, t, lang);
    setFileError(problem);
    if (problem) return document.getElementById('import-file')?.focus();
    setBusy('check');
    setFailure(null);
    try {
      const run = await uploadImport(choice(true), true);
      setDry(run);
      setMapping(run.mapping ? (run.mapping.used ?? run.mapping.suggestion.mapping) : null);
      setStale(false);
    } catch (error) {
      setFailure(uploadFailure(error, t, true));
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    setBusy('import');
    setFailure(null);
    try {
      const run = await uploadImport(choice(false), false);
      navigate(`/${lang}/imports/${run.id}`);
    } catch (error) {
      // A refused import left its run, which says every reason in the page's language.
      const run = refusedRun(error);
      if (run) return navigate(`/${lang}/imports/${run}`);
      setFailure(uploadFailure(error, t, false));
      setBusy(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="new-import-heading">
      <h2 id="new-import-heading">{t('imports.newImport')}</h2>
      <ImportFileForm
        kind={kind}
        onKind={(k) => {
          setKind(k);
          setVisibility(defaultVisibility(k));
          reset();
        }}
        workspaces={workspaces}
        workspace={workspace}
        onWorkspace={setWorkspace}
        visibility={visibility}
        onVisibility={setVisibility}
        onFile={(f) => {
          setFile(f);
          setFileError(null);
          reset();
        }}
        fileError={fileError}
      />
      {failure && (
        <InlineAlert status="error" role="alert" labelText={failure.title} mb="m">
          {failure.details.length > 0 && (
            <ul>
              {failure.details.slice(0, 20).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </InlineAlert>
      )}
      {!dry && (
        <div className="form-actions">
          {busy === 'check' ? (
            <Button loading ariaLoadingText={t('imports.checking')}>
              {t('imports.check')}
            </Button>
          ) : (
            <Button onClick={() => void check()}>{t('imports.check')}</Button>
          )}
        </div>
      )}
      {dry && (
        <DryRunPanel
          run={dry}
          mapping={mapping}
          onMapping={(m) => {
            setMapping(m);
            setStale(true);
          }}
          stale={stale}
          encoding={encoding}
          onEncoding={(e) => {
            setEncoding(e);
            setStale(true);
          }}
          skipped={skipped}
          onSkip={(line, skip) =>
            setSkipped((s) => {
              const next = new Set(s);
              if (skip) next.add(line);
              else next.delete(line);
              return next;
            })
          }
          busy={busy}
          live={live}
          onCheck={() => void check()}
          onImport={() => void runImport()}
        />
      )}
    </section>
  );
}
