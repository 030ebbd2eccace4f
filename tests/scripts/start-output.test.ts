import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoBrowserArgs, pinExtensionInNewProfile } from '../../scripts/start/demo-browser';
import { plainTerminalText } from '../../scripts/start/plain-output';

describe('npm start', () => {
  // What `wxt build` wrote to a pipe (recorded from WXT 0.21.4): the spinner's frames, the cursor hidden and shown, colours.
  const RECORDED = '\nWXT \x1B[1m\x1B[90m0.21.4\x1B[39m\x1B[22m\n\x1B[36mℹ\x1B[39m Building chrome-mv3 for production with Vite 8.3.8\n\x1B[?25l\r\x1B[36m⠋\x1B[39m Preparing...\x1B[K\r\x1B[36m⠙\x1B[39m \x1B[2m[1/4]\x1B[22m auto-clean\x1B[K\r\x1B[K\x1B[?25h\r\x1B[K\x1B[?25h\x1B[32m✔\x1B[39m Built extension in 5.157 s\n  ├─ .output/chrome-mv3/manifest.json  823 B\r\n';

  it('prints the build log as plain lines: no escape codes, no spinner frames', () => {
    const plain = plainTerminalText(RECORDED);
    expect(plain).toBe('\nWXT 0.21.4\nℹ Building chrome-mv3 for production with Vite 8.3.8\n✔ Built extension in 5.157 s\n  ├─ .output/chrome-mv3/manifest.json  823 B\n');
    for (const leftover of ['\u001B', '\r', 'Preparing']) expect(plain).not.toContain(leftover);
  });

  it('hides the --no-sandbox warning bar and the automation bar', () => {
    expect(demoBrowserArgs('/x/chrome-mv3')).toContain('--test-type');
  });

  it('pins the extension in the new profile it starts Chromium with', () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-start-'));
    try {
      pinExtensionInNewProfile(profile, 'abcdefghijklmnopabcdefghijklmnop');
      expect(JSON.parse(fs.readFileSync(path.join(profile, 'Default', 'Preferences'), 'utf8'))).toEqual({ extensions: { pinned_extensions: ['abcdefghijklmnopabcdefghijklmnop'] } });
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
