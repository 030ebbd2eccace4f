/**
 * How long Chrome's offscreen document stays open after its last clean. It cleans every page the
 * reader opens (the tab keeps none of the engine), and a document that stays open keeps the
 * engine compiled: the first clean in a fresh document takes several times longer than the next
 * (bench:browser). Half an hour covers a reading session; an idle browser gets the memory back.
 */
export const OFFSCREEN_IDLE_CLOSE_MS = 30 * 60_000;

/**
 * The offscreen document's own idle clock: `report` runs once `idleMs` have passed since the
 * document opened or last cleaned a page. It lives in the document, not in the service worker,
 * whose timers are lost when Chrome stops it after 30 s of quiet
 * (entrypoints/background/offscreen-lifetime.ts closes the document when told).
 */
export function startIdleReport(idleMs: number, report: () => void): { restart(): void } {
  let timer = setTimeout(report, idleMs);
  return {
    restart() {
      clearTimeout(timer);
      timer = setTimeout(report, idleMs);
    },
  };
}
