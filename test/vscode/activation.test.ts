import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';

const EXTENSION_ID = 'interview-drills.interview-drills';

/** The bundle's chunks in the extension host's module cache (`extension`, `vendor/ts-fsrs`, …). */
function loadedChunks(extensionPath: string): string[] {
  const dist = path.join(extensionPath, 'dist') + path.sep;
  return Object.keys(require.cache)
    .filter((f) => f.startsWith(dist))
    .map((f) => f.slice(dist.length).replace(/\.js$/, '').split(path.sep).join('/'))
    .sort();
}

// Runs first (files run in name order), so nothing but activation has loaded anything yet.
suite('Activation', () => {
  test('activates from the compiled bank, measuring its own work, without the LLM client, Markdown, the YAML parser or the scheduler (nothing rated yet)', async () => {
    const ext = vscode.extensions.getExtension<DrillsApi>(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    // The bench activates once the window has settled, so other extensions starting up do not share the measurement.
    const settle = Number(process.env['DRILLS_ACTIVATE_AFTER_MS'] ?? 0);
    if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle));
    const drills = ext.isActive ? ext.exports : await ext.activate();
    const chunks = loadedChunks(ext.extensionPath);
    const t = drills.activation;
    assert.ok(t.loadMs > 0 && t.activateMs > 0, `measured in this host: ${JSON.stringify(t)}`);
    assert.ok(Math.abs(t.totalMs - t.loadMs - t.activateMs) < 0.01);
    assert.ok(drills.questions.bank.size >= 140, `${drills.questions.bank.size} questions loaded`);
    assert.ok(chunks.includes('extension'), chunks.join(', '));
    for (const lazy of ['vendor/openai', 'vendor/markdown-it', 'vendor/yaml', 'vendor/ts-fsrs']) assert.ok(!chunks.includes(lazy), `${lazy} is not loaded at activation (${chunks.join(', ')})`);
    const report = process.env['DRILLS_ACTIVATION_REPORT'];
    if (report) fs.writeFileSync(report, JSON.stringify({ ...t, chunks, questions: drills.questions.bank.size }));
  });
});
