import { useEffect } from 'preact/hooks';
import { useLazyModel } from '../../context/lazy-model';
import { useServices } from '../../context/services';
import type { ProgressModel } from './progress-model';

/** The progress model once its chunk has loaded (null until then), kept fresh (quotas, visits, commune names) while a progress page is open. */
export function useProgress(): ProgressModel | null {
  const progress = useLazyModel(useServices().progress);
  useEffect(() => progress?.activate(), [progress]);
  return progress;
}
