/*
 * The lesson library: reads every lessons/<subject>/<slug>/ folder, parses both languages,
 * checks them against each other and against the whole library, and returns rendered lessons.
 * Any problem anywhere throws one ContentError listing them all, so the build stops.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { LANGUAGES, type Language, type Lesson, type LessonSummary } from '../content/types';
import { pathInLanguage } from '../i18n/paths';
import { ContentError, ProblemList } from './errors';
import { createRenderer } from './render';
import { parseLessonFile, type ParsedLessonFile } from './parse-lesson-file';
import { compareLanguages } from './compare-languages';
import { cleanSvg } from './clean-svg';
import { findCycle } from './prerequisites';

export const IMAGE_TYPES: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp'
};

export interface LessonAsset {
	lessonId: string;
	file: string;
	path: string;
	type: string;
	/** What is served: for an SVG, the file rebuilt by cleanSvg; otherwise read from `path`. */
	content?: string;
}

export interface Library {
	lessons: Lesson[];
	assets: LessonAsset[];
}

export interface LoadOptions {
	/** Folder holding <subject>/<slug>/ lesson folders. */
	root: string;
	/** Prefix of URLs in the app (SvelteKit's paths.base). */
	base?: string;
	/** How file names are shown in messages; defaults to relative to the working directory. */
	displayRoot?: string;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

export function loadLibrary({ root, base = '', displayRoot = process.cwd() }: LoadOptions): Library {
	const problems = new ProblemList();
	const show = (p: string) => relative(displayRoot, p) || p;
	const lessons: Lesson[] = [];
	const assets: LessonAsset[] = [];
	const parsedById = new Map<string, { dir: string; files: ParsedLessonFile[] }>();

	for (const subject of isDir(root) ? readdirSync(root).sort() : []) {
		const subjectDir = join(root, subject);
		if (!isDir(subjectDir)) continue;
		for (const slug of readdirSync(subjectDir).sort()) {
			const dir = join(subjectDir, slug);
			if (!isDir(dir)) continue;
			const folderFiles = readdirSync(dir);
			const parsed: ParsedLessonFile[] = [];
			let idForUrls = slug;

			for (const language of LANGUAGES) {
				const path = join(dir, `${language}.md`);
				if (!existsSync(path)) {
					problems.add(
						show(dir),
						1,
						`the lesson has no ${language}.md; every lesson is written in ${LANGUAGES.join(' and ')}`
					);
					continue;
				}
				const file = show(path);
				const resolveImage = (src: string) => {
					const localized = src.replace(/(\.[a-z0-9]+)$/i, `.${language}$1`);
					return folderFiles.includes(localized) ? localized : src;
				};
				const render = createRenderer({
					image: (src) => `${base}/lesson-assets/${idForUrls}/${resolveImage(src)}`,
					// A link to another lesson goes to its page in the same language.
					link: (href) =>
						href.startsWith('lesson:') ? `${base}${pathInLanguage(`/lessons/${href.slice(7)}`, language)}` : href
				});
				const result = parseLessonFile(file, readFileSync(path, 'utf8'), language, render, problems);
				if (!result) continue;
				idForUrls = result.frontMatter.id;
				if (result.frontMatter.subject !== subject) {
					problems.add(
						file,
						result.lineOfField('subject'),
						`subject "${result.frontMatter.subject}" does not match the folder lessons/${subject}/`
					);
				}
				for (const img of result.images) {
					const chosen = resolveImage(img.src);
					const type = IMAGE_TYPES[extname(chosen).toLowerCase()];
					if (!folderFiles.includes(chosen)) {
						problems.add(file, img.line, `image "${img.src}" does not exist in ${show(dir)}/`);
					} else if (!type) {
						problems.add(file, img.line, `image "${img.src}": use SVG, PNG, JPEG or WebP`);
					} else {
						let content: string | undefined;
						if (type === 'image/svg+xml') {
							const cleaned = cleanSvg(readFileSync(join(dir, chosen), 'utf8'));
							for (const message of cleaned.problems) problems.add(file, img.line, `image "${chosen}": ${message}`);
							content = cleaned.svg;
						}
						if (!assets.some((a) => a.lessonId === result.frontMatter.id && a.file === chosen)) {
							assets.push({ lessonId: result.frontMatter.id, file: chosen, path: join(dir, chosen), type, content });
						}
					}
				}
				if (result.images.length === 0) {
					problems.add(
						file,
						result.lineOfField('id'),
						'a lesson has at least one diagram: ![what it shows](diagram.svg)'
					);
				}
				if (result.experiments === 0) {
					problems.add(
						file,
						result.lineOfField('id'),
						'a lesson has an :::experiment block (hands-on, observation, or a thought experiment with a reason)'
					);
				}
				if (result.myths === 0 && !result.frontMatter.noMyth) {
					problems.add(
						file,
						result.lineOfField('id'),
						'a lesson has a :::myth callout (myth vs fact), or `noMyth:` in its front matter saying why no common misconception applies'
					);
				}
				parsed.push(result);
			}
			if (parsed.length !== LANGUAGES.length) continue;

			const [zh, en] = parsed;
			compareLanguages(zh, en, problems);
			const id = zh.frontMatter.id;
			const other = parsedById.get(id);
			if (other) {
				problems.add(zh.file, zh.lineOfField('id'), `lesson id "${id}" is already used by ${show(other.dir)}`);
				continue;
			}
			parsedById.set(id, { dir, files: parsed });
			const fm = zh.frontMatter;
			lessons.push({
				id,
				subject: fm.subject,
				ages: fm.ages,
				minutes: fm.minutes,
				concept: fm.concept,
				competencies: fm.competencies,
				prerequisites: fm.prerequisites,
				mastery: fm.mastery,
				text: Object.fromEntries(parsed.map((p) => [p.language, p.text])) as Record<Language, Lesson['text'][Language]>
			});
		}
	}

	// Library-wide: links and prerequisites point at real lessons, and prerequisites form no loop.
	for (const { files } of parsedById.values()) {
		for (const f of files) {
			for (const link of f.lessonLinks) {
				if (!parsedById.has(link.id))
					problems.add(f.file, link.line, `link to lesson "${link.id}", which does not exist`);
			}
			f.frontMatter.prerequisites.forEach((p, i) => {
				if (!parsedById.has(p))
					problems.add(f.file, f.lineOf(['prerequisites', i]), `prerequisite "${p}" is not a lesson id`);
				if (p === f.frontMatter.id)
					problems.add(f.file, f.lineOfField('prerequisites'), 'a lesson cannot be its own prerequisite');
			});
		}
	}
	const cycle = findCycle(lessons.map((l) => ({ id: l.id, after: l.prerequisites.filter((p) => parsedById.has(p)) })));
	if (cycle) {
		const first = parsedById.get(cycle[0])!.files[0];
		problems.add(
			first.file,
			first.lineOfField('prerequisites'),
			`prerequisites go round in a circle: ${[...cycle, cycle[0]].join(' → ')}`
		);
	}

	if (!problems.ok) throw new ContentError(problems.problems);
	return { lessons, assets };
}

export function summarize(lesson: Lesson): LessonSummary {
	const { text, ...meta } = lesson;
	return {
		...meta,
		questionCount: text['zh-CN'].quiz.length,
		text: Object.fromEntries(
			LANGUAGES.map((l) => [l, { title: text[l].title, summary: text[l].summary, tags: text[l].tags }])
		) as LessonSummary['text']
	};
}
