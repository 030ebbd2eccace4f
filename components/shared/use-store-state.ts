import { useEffect, useState } from 'preact/hooks';
import type { Store } from './store';

/** Re-renders the calling component whenever the store changes. */
export function useStoreState<T>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
