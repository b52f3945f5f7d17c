import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Component tests render into one shared document: unmount after each test.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/preact');
  afterEach(cleanup);
}
