// `npm run lessons:stats`: one JSON object of what the lessons cover (keys in lessons/README.md).
import { resolve } from 'node:path';
import { loadLibrary } from '../src/lib/server/library';
import { lessonStats } from '../src/lib/server/lesson-stats';

const { lessons, assets } = loadLibrary({ root: resolve(process.argv[2] ?? 'lessons') });
console.log(JSON.stringify(lessonStats(lessons, assets), null, 2));
