// A small static server for the update test and the bench: serves one build folder, then
// another (a deploy), and counts the bytes it sends, so an update's cost can be measured. Like
// any static host or CDN it compresses text with gzip when the browser accepts it; the count is
// of bytes on the wire.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

/**
 * @returns {{ serve: (root: string) => void, sent: () => { files: string[], bytes: number },
 *   reset: () => void, listen: () => Promise<string>, close: () => void }}
 */
export function deployServer() {
	let root = '';
	/** @type {string[]} */
	let files = [];
	let bytes = 0;
	const server = createServer((req, res) => {
		let path = '';
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
		const file = candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
		const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png');
		const body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
		files.push(path);
		bytes += body.length;
		res.writeHead(200, {
			'content-type': type,
			'cache-control': 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip' } : {})
		});
		res.end(body);
	});
	return {
		serve: (r) => (root = r),
		sent: () => ({ files: [...files], bytes }),
		reset: () => {
			files = [];
			bytes = 0;
		},
		listen: () =>
			new Promise((done) =>
				server.listen(0, '127.0.0.1', () => done(`http://localhost:${/** @type {any} */ (server.address()).port}`))
			),
		close: () => server.close()
	};
}

/** A build folder with one sentence of one lesson changed, revised as the build would be. */
export { injectRevisions } from './precache-revisions.mjs';
