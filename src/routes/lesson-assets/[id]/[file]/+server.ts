// Lesson images, copied out of lessons/ at build time as plain static files (SVGs as cleaned).
import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { getLibrary } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getLibrary().assets.map((a) => ({ id: a.lessonId, file: a.file }));

export const GET: RequestHandler = ({ params }) => {
	const asset = getLibrary().assets.find((a) => a.lessonId === params.id && a.file === params.file);
	if (!asset) error(404, 'No such lesson image');
	return new Response(asset.content ?? readFileSync(asset.path), { headers: { 'content-type': asset.type } });
};
