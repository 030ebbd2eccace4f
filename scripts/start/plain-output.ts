import { stripVTControlCharacters } from 'node:util';

/**
 * A tool's terminal output as plain lines, for when `npm start` is not writing to a terminal (a
 * log, a pipe, CI). WXT's build spinner redraws one line with carriage returns and hides the
 * cursor with escape codes whether or not anyone is watching, so a log got every frame of it
 * ("\r⠋ Preparing...\x1B[K\r⠙ …"). Here each line keeps only what a terminal would have left on
 * screen: escape sequences go (Node's own stripper), and a line redrawn with `\r` keeps its last drawing.
 */
export function plainTerminalText(text: string): string {
  return stripVTControlCharacters(text)
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.slice(line.lastIndexOf('\r') + 1))
    .join('\n');
}
