import { describe, expect, it } from 'vitest';
import { buildWebAssets, demoPage } from '../../web/build.ts';

const LAYOUT = `<html>
  <head>
    <title>{{title}}</title>
    {{widgets}}
  </head>
  <header><a href="/">Home</a> <a href="/a.html">A</a></header>
  <main>
    {{content}}
  </main>
  <footer>
    <p>
      <a href="/a.html">A</a>
    </p>
  </footer>
</html>
`;

describe('the demo pages', () => {
  it('are put into the layout: the title, the widget script and the content at the slot’s indentation', () => {
    const page = demoPage(
      LAYOUT,
      'b.html',
      '<!-- demo-page title="B" widgets="chat" -->\n<h1>B</h1>\n\n<p>b</p>\n',
    );

    expect(page).toContain('<title>B</title>');
    expect(page).toContain('  <main>\n    <h1>B</h1>\n\n    <p>b</p>\n  </main>');
    expect(page).toContain('    <script\n      src="/widget.js"\n');
    expect(page).toContain('      data-feedback="off"\n      data-chat="on"\n');
    expect(page).not.toContain('demo-page');
    expect(page).not.toContain('aria-current');
  });

  it('mark their own link in the header, leave it out of the footer, and carry no script with widgets="none"', () => {
    const page = demoPage(LAYOUT, 'a.html', '<!-- demo-page title="A" widgets="none" -->\n<h1>A</h1>\n');

    expect(page).toContain('<a href="/a.html" aria-current="page">A</a></header>');
    expect(page).toContain('<footer>\n    <p>\n    </p>');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('{{');
  });

  it('refuse a page without its settings', () => {
    expect(() => demoPage(LAYOUT, 'c.html', '<h1>C</h1>\n')).toThrow(/c\.html/);
    expect(() => demoPage(LAYOUT, 'c.html', '<!-- demo-page title="C" -->\n<h1>C</h1>\n')).toThrow(/widgets/);
  });

  it('are served at their own paths (the index also at /), and the layout is not served', () => {
    const assets = buildWebAssets();
    const index = String(assets.get('/index.html')?.body);

    expect(assets.get('/')?.body).toBe(assets.get('/index.html')?.body);
    expect(assets.has('/layout.html')).toBe(false);
    expect(index).toContain('<a class="logo" href="/" aria-current="page">Demo kommune</a>');
    expect(index).toContain('data-feedback="off"');
    expect(String(assets.get('/renovasjon.html')?.body)).toContain(
      '<a href="/renovasjon.html" aria-current="page">Renovasjon</a>',
    );
    expect(String(assets.get('/personvern.html')?.body)).not.toContain('<script');
    for (const path of [
      '/',
      '/renovasjon.html',
      '/barnehageplass.html',
      '/byggesak.html',
      '/personvern.html',
    ]) {
      const html = String(assets.get(path)?.body);
      expect(html.startsWith('<!doctype html>'), path).toBe(true);
      expect(html, path).not.toMatch(/\{\{|demo-page/);
      expect(html.match(/aria-current="page"/g)?.length ?? 0, path).toBe(path === '/personvern.html' ? 0 : 1);
    }
  });
});
