/* 简体中文界面文字。Every other language's dictionary must have the same keys (see dictionaries.ts). */
export const zhCN = {
	appName: '探索',
	tagline: '随时随地，动手学科学',
	nav: { home: '首页', lessons: '课程', settings: '设置', main: '主导航' },
	home: {
		welcome: '欢迎来到探索！',
		intro: '简短有趣的科学课，配有在家就能做的小实验和小测验。连上网打开一次，以后没有网络也能学。',
		browse: '浏览全部课程',
		startWith: '从这里开始'
	},
	catalog: {
		title: '全部课程',
		count: (n: number) => `共 ${n} 节课`,
		minutes: (n: number) => `${n} 分钟`,
		ages: (a: number, b: number) => `${a}–${b} 岁`,
		questions: (n: number) => `${n} 道题`
	},
	subjects: {
		chemistry: '物质及其变化',
		physics: '力、运动与能量',
		biology: '生命与人体',
		'earth-space': '地球、宇宙与环境',
		technology: '技术与工程',
		thinking: '像科学家一样思考'
	},
	lesson: {
		objectives: '学完这节课，你能够：',
		section: (i: number, n: number) => `第 ${i} 部分，共 ${n} 部分`,
		progress: '课程进度',
		previous: '上一部分',
		next: '下一部分',
		quiz: '小测验',
		toQuiz: '去做小测验',
		sources: '参考资料',
		prerequisites: '建议先学',
		concept: '课程标准核心概念',
		back: '返回课程列表',
		answer: '答案',
		quizReadOnly: '先想一想，再看答案。',
		showAnswer: '看答案',
		trueLabel: '对',
		falseLabel: '错',
		tolerance: (t: string) => `（误差 ±${t}）`,
		acceptedAnswers: '可接受的答案：',
		rightOrder: '正确顺序：',
		pairs: '正确配对：',
		hint: '提示'
	},
	settings: {
		title: '设置',
		language: '语言',
		languageHelp: '界面和课程使用的语言。'
	},
	concepts: [
		'物质的结构与性质',
		'物质的变化与化学反应',
		'物质的运动与相互作用',
		'能的转化与能量守恒',
		'生命系统的构成层次',
		'生物体的稳态与调节',
		'生物与环境的相互关系',
		'生命的延续与进化',
		'宇宙中的地球',
		'地球系统',
		'人类活动与环境',
		'技术、工程与社会',
		'工程设计与物化'
	],
	block: {
		mythVsFact: '误区与事实',
		myth: '误区：',
		fact: '事实：',
		evidence: '证据：',
		experiment: '动手做',
		observation: '动眼观察',
		thoughtExperiment: '思想实验',
		minutes: (n: number) => `约 ${n} 分钟`,
		safety: '安全提示：',
		whyThought: '为什么只做思想实验：',
		materials: '材料',
		steps: '步骤',
		observe: '观察什么',
		explain: '为什么会这样',
		keyTerms: '关键词'
	},
	notFound: '找不到这个页面。',
	offline: '离线'
};
