/*
 * Report codes coming in on the teacher's device, by scan, paste, link or file: parts gathered,
 * each report checked in full against the secret of an assignment made here, then kept (a newer
 * report replacing an older one). Anything refused stores nothing and says why.
 */
import { secretFor, storeReport } from '$lib/db/teacher';
import type { Dictionary } from '$lib/i18n/dictionaries';
import { PartCollector } from '$lib/share/code-parts';
import { decodeReport } from '$lib/share/report-code';

export interface InboxMessage {
	ok: boolean;
	text: string;
	/** The assignment a report was stored for. */
	assignmentId?: string;
}

export class ReportInbox {
	#parts = new PartCollector();

	async add(text: string, t: Dictionary): Promise<InboxMessage> {
		const part = await this.#parts.add(text);
		if (!part.ok) {
			if (part.reason === 'mixed-parts') this.#parts.reset();
			return { ok: false, text: `${t.codes[part.reason]} ${t.codes.nothingChanged}` };
		}
		if (part.status === 'part') return { ok: true, text: t.scan.partOf(part.have, part.total) };
		const decoded = await decodeReport(part.code, secretFor);
		if (!decoded.ok) return { ok: false, text: `${t.codes[decoded.reason]} ${t.codes.nothingChanged}` };
		const report = decoded.value;
		const outcome = await storeReport(report, Date.now());
		const say = {
			added: t.teacher.imported,
			replaced: t.teacher.replaced,
			'kept-newer': t.teacher.keptNewer,
			same: t.teacher.same
		}[outcome];
		return { ok: true, text: say(report.student), assignmentId: report.assignmentId };
	}
}
