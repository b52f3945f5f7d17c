import { useEffect } from 'preact/hooks';
import { useLazyModel } from '../../context/lazy-model';
import { useServices } from '../../context/services';
import type { RollupModel } from './rollup-model';

/** The roll-up model once its chunk has loaded (null until then), with its stored summaries, quotas and the commune list loaded while a roll-up page is open. */
export function useRollup(): RollupModel | null {
  const rollup = useLazyModel(useServices().rollup);
  useEffect(() => void rollup?.activate(), [rollup]);
  return rollup;
}
