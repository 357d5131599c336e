import { Link } from 'react-router-dom';
import type { RecordAddress } from '../../api/client';
import { DeleteRecord, type DeleteTexts } from './DeleteRecord';

type Props = {
  editTo: string;
  editText: string;
  apiPath: RecordAddress;
  texts: DeleteTexts;
  onDeleted: () => void;
};

/** A record page's edit link and delete button, side by side. */
export function EditAndDelete({ editTo, editText, apiPath, texts, onDeleted }: Props) {
  return (
    <div className="form-actions toolbar">
      <Link className="button-link" to={editTo}>
        {editText}
      </Link>
      <DeleteRecord apiPath={apiPath} texts={texts} onDeleted={onDeleted} />
    </div>
  );
}
