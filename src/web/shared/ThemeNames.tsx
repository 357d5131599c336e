import { Fragment } from 'react';
import { useLang } from '../i18n/lang';
import { LocalText } from '../ui/LocalText';
import { themeText, useThemes } from './themes';

/** Themes as a list in a sentence, each in the reader's language when the vocabulary has it. */
export function ThemeNames({ themes }: { themes: readonly string[] }) {
  const vocabulary = useThemes();
  const lang = useLang();
  return (
    <>
      {themes.map((written, i) => (
        <Fragment key={written}>
          {i > 0 && ', '}
          <LocalText text={themeText(written, vocabulary ?? [], lang)} />
        </Fragment>
      ))}
    </>
  );
}
