/**
 * A minimal observable state holder for one page (popup or settings). The page's store factory
 * owns it and exposes actions; components read the state through `useStoreState` and never touch
 * `browser.*` (STYLE.md §2, after preact-devtools' view stores).
 */
export interface Store<T> {
  get(): T;
  set(change: Partial<T> | ((current: T) => Partial<T>)): void;
  subscribe(listener: (state: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<(state: T) => void>();
  return {
    get: () => state,
    set(change) {
      const patch = typeof change === 'function' ? change(state) : change;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
