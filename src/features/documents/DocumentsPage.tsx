import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { DocumentFields, DocumentLink } from '../../domain/document-link';
import { shortUrl } from '../../domain/links';
import type { Outcome } from '../../domain/outcome';
import { parseWebUrl } from '../../domain/web-url';
import { common } from '../../i18n/common';
import { documentsText as t } from '../../i18n/qr';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { DocumentForm } from './DocumentForm';
import './documents.css';

const EMPTY = { title: '', url: '', note: '', publisher: '' };

function DocumentItem({ doc, onEdit, onRemove }: { doc: DocumentLink; onEdit: () => void; onRemove: () => void }) {
  return (
    <li class="doc">
      <p class="doc__title">
        {/* Stored data may come from a backup: never make a non-web URL clickable. */}
        {parseWebUrl(doc.url).ok ? (
          <a href={doc.url} rel="noopener noreferrer" target="_blank">
            {doc.title}
          </a>
        ) : (
          doc.title
        )}
        {doc.official && <span class="doc__badge">{t.official}</span>}
      </p>
      <p class="doc__url">{shortUrl(doc.url)}</p>
      {doc.publisher && <p class="muted">{doc.publisher}</p>}
      {doc.note && <p class="doc__note">{doc.note}</p>}
      <div class="actions">
        <a class="button" href={href(paths.qr({ d: [doc.id] }))}>
          {t.qr}
        </a>
        <button type="button" onClick={onEdit} aria-label={`${t.edit}: ${doc.title}`}>
          {t.edit}
        </button>
        <button type="button" class="danger" onClick={onRemove} aria-label={`${t.remove}: ${doc.title}`}>
          {t.remove}
        </button>
      </div>
    </li>
  );
}

/** `/tai-lieu`: the managed list of guidance links, each with its QR code. */
export default function DocumentsPage() {
  const { documents } = useServices();
  const [editing, setEditing] = useState<DocumentLink | 'new' | null>(null);
  const [shown, setShown] = useState<{ outcome: Outcome; success: string } | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => void documents.load(), []);
  const list = documents.list.value;
  if (!list) return <p class="loading">{common.loading}</p>;

  const save = async (fields: DocumentFields) => {
    setSaving(true);
    const outcome = await documents.save(fields, editing && editing !== 'new' ? editing.id : undefined);
    setSaving(false);
    setShown({ outcome, success: t.saved });
    if (outcome.ok) setEditing(null);
  };
  const remove = async (doc: DocumentLink) => {
    if (!confirm(t.removeConfirm(doc.title))) return;
    setShown({ outcome: await documents.remove(doc.id), success: t.removed });
  };

  return (
    <section>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p class="muted">{t.intro}</p>
      <OutcomeBanner outcome={shown?.outcome ?? null} success={shown?.success} />
      {editing ? (
        <DocumentForm
          key={editing === 'new' ? 'new' : editing.id}
          heading={editing === 'new' ? t.formNew : t.formEdit}
          initial={editing === 'new' ? EMPTY : { title: editing.title, url: editing.url, note: editing.note, publisher: editing.publisher }}
          saving={saving}
          onSave={(fields) => void save(fields)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t.add}
        </button>
      )}
      <ul class="docs">
        {list.map((doc) => (
          <DocumentItem key={doc.id} doc={doc} onEdit={() => setEditing(doc)} onRemove={() => void remove(doc)} />
        ))}
      </ul>
    </section>
  );
}
