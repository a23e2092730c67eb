/* English UI strings: the same keys as zh-CN.ts, checked by the type in dictionaries.ts. */
import type { Dictionary } from './dictionaries';

export const en: Dictionary = {
	appName: 'Tansuo',
	tagline: 'Hands-on science, anywhere',
	nav: { home: 'Home', lessons: 'Lessons', settings: 'Settings', main: 'Main' },
	home: {
		welcome: 'Welcome to Tansuo!',
		intro:
			'Short science lessons with experiments you can do at home and quizzes that teach. Open it once online, then learn with no connection at all.',
		browse: 'Browse all lessons',
		startWith: 'Start here'
	},
	catalog: {
		title: 'All lessons',
		count: (n) => `${n} lessons`,
		minutes: (n) => `${n} min`,
		ages: (a, b) => `ages ${a}–${b}`,
		questions: (n) => `${n} questions`
	},
	subjects: {
		chemistry: 'Matter and its changes',
		physics: 'Forces, motion and energy',
		biology: 'Life and the human body',
		'earth-space': 'Earth, space and the environment',
		technology: 'Technology and engineering',
		thinking: 'Thinking like a scientist'
	},
	lesson: {
		objectives: 'After this lesson you can:',
		section: (i, n) => `Part ${i} of ${n}`,
		progress: 'Lesson progress',
		previous: 'Previous',
		next: 'Next',
		quiz: 'Quiz',
		toQuiz: 'Go to the quiz',
		sources: 'Sources',
		prerequisites: 'Do these first',
		concept: 'Curriculum core concept',
		back: 'Back to all lessons',
		answer: 'Answer',
		quizReadOnly: 'Think first, then check the answer.',
		showAnswer: 'Show answer',
		trueLabel: 'True',
		falseLabel: 'False',
		tolerance: (t) => ` (± ${t})`,
		acceptedAnswers: 'Accepted answers: ',
		rightOrder: 'Right order: ',
		pairs: 'Right pairs: ',
		hint: 'Hint'
	},
	settings: {
		title: 'Settings',
		language: 'Language',
		languageHelp: 'The language of the app and of the lessons.'
	},
	concepts: [
		'Structure and properties of matter',
		'Changes of matter and chemical reactions',
		'Motion and interactions of matter',
		'Energy transformation and conservation',
		'Levels of organization of living systems',
		'Homeostasis and regulation in organisms',
		'Organisms and their environment',
		'Reproduction, heredity and evolution',
		'The Earth in the universe',
		'Earth systems',
		'Human activity and the environment',
		'Technology, engineering and society',
		'Engineering design and making'
	],
	block: {
		mythVsFact: 'Myth vs fact',
		myth: 'Myth:',
		fact: 'Fact:',
		evidence: 'Evidence:',
		experiment: 'Try it',
		observation: 'Observe it',
		thoughtExperiment: 'Thought experiment',
		minutes: (n) => `about ${n} min`,
		safety: 'Safety:',
		whyThought: 'Why only in thought:',
		materials: 'You need',
		steps: 'Steps',
		observe: 'What to look for',
		explain: 'Why it happens',
		keyTerms: 'Key terms'
	},
	notFound: 'This page does not exist.',
	offline: 'Offline'
};
