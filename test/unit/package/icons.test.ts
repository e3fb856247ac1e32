import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');

interface Manifest {
  contributes: { viewsContainers: { activitybar: { id: string; icon: string }[] } };
}

describe('the activity-bar icon', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'interviewDrills');

  it('is our own SVG in media/, which the package must contain', () => {
    assert.equal(container?.icon, 'media/drills.svg');
    const required = fs.readFileSync(path.join(ROOT, 'src', 'build', 'vsix.js'), 'utf8');
    assert.ok(required.includes("'extension/media/drills.svg'"), 'the package check requires it');
  });

  it('is monochrome line art on a 24×24 grid, so VS Code can tint it for every theme', () => {
    const svg = fs.readFileSync(path.join(ROOT, container!.icon), 'utf8');
    assert.match(svg, /viewBox="0 0 24 24"/);
    assert.doesNotMatch(svg, /<(text|image|style|script|linearGradient|radialGradient)\b/, 'shapes only');
    const colors = [...svg.matchAll(/(?:fill|stroke|color)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(colors.length > 0 && colors.every((c) => c === 'currentColor' || c === 'none'), `only currentColor: ${colors.join(', ')}`);
    assert.ok(Buffer.byteLength(svg) < 2048, 'small');
  });

  it('draws a stopwatch around code brackets, not the generic terminal glyph it replaced', () => {
    const svg = fs.readFileSync(path.join(ROOT, container!.icon), 'utf8');
    assert.match(svg, /<circle\b/, 'the stopwatch dial');
    assert.doesNotMatch(svg, /<rect\b/, 'no terminal window');
  });
});
