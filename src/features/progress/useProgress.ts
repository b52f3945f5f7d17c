import { useEffect } from 'preact/hooks';
import { useServices } from '../../context/services';

/** The progress model, kept fresh (quotas, visits, commune names) while a progress page is open. */
export function useProgress() {
  const { progress } = useServices();
  useEffect(() => progress.activate(), []);
  return progress;
}
