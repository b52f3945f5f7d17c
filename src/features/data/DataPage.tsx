import { dataText as t } from '../../i18n/data';
import './data.css';
import { ImportHistory } from './ImportHistory';
import { ImportSection } from './ImportSection';

/** /du-lieu: everything that moves data in or out of the device. */
export default function DataPage() {
  return (
    <section class="data">
      <h1 tabIndex={-1}>{t.title}</h1>
      <ImportSection />
      <ImportHistory />
    </section>
  );
}
