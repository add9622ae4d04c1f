// A small static server on 127.0.0.1 for `npm start` and the end-to-end tests: the sample article rendered into a
// news-page template at /, fixture pages at /fixtures/<name>. Files ending in .csp.html are served with a strict CSP.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The sample article as a news page: headline + paragraphs from assets/sample/article.ar.txt. */
export function samplePage() {
  const text = fs.readFileSync(path.join(ROOT, 'assets/sample/article.ar.txt'), 'utf8').trim();
  const [title, ...paras] = text.split(/\n\s*\n/);
  const body = paras.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n    ');
  return fs
    .readFileSync(path.join(ROOT, 'assets/sample/page.html'), 'utf8')
    .replaceAll('{{title}}', escapeHtml(title.trim()))
    .replace('{{body}}', body);
}

/** Starts the server; resolves {url, close}. Port 0 picks a free port. */
export function startServer(port = 0) {
  const fixtures = path.join(ROOT, 'tests', 'fixtures');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = null;
    let body = null;
    if (url.pathname === '/' || url.pathname === '/sample') body = samplePage();
    else if (url.pathname.startsWith('/fixtures/')) {
      const p = path.normalize(path.join(fixtures, decodeURIComponent(url.pathname.slice('/fixtures/'.length))));
      if (p.startsWith(fixtures) && fs.existsSync(p) && fs.statSync(p).isFile()) file = p;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (body === null && file === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file ?? 'page.html')] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (file?.endsWith('.csp.html')) headers['content-security-policy'] = "default-src 'none'; style-src 'self'; img-src 'self'";
    res.writeHead(200, headers);
    res.end(body ?? fs.readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

// run directly (`node scripts/server.mjs [port]`): serve and print the URL on the first line of stdout
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.argv[2] || 0));
  process.stdout.write(`${url}\n`);
}
