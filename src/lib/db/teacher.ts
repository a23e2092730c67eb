/*
 * A teacher's side, on the teacher's own device: classes, the assignments made for them (with the
 * secret that signs their reports) and the latest report of each student.
 */
import type { Assignment } from '../share/assignment-code';
import { newerReport, reportKey, type Report } from '../share/report-code';
import { database } from './database';
import type { SchoolClass, StoredReport, TeacherAssignment } from './rows';
import { guardedWrite } from './storage-errors';

/** One class, or undefined if there is none with that id (a stale link). */
export async function getClass(id: string): Promise<SchoolClass | undefined> {
	return database().classes.get(id);
}

/** How many assignments each class has, by class id. */
export async function assignmentCountByClass(): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const a of await database().teacherAssignments.toArray()) counts[a.classId] = (counts[a.classId] ?? 0) + 1;
	return counts;
}

export async function listClasses(): Promise<SchoolClass[]> {
	return database().classes.orderBy('createdAt').toArray();
}

export async function createClass(name: string, now: number): Promise<SchoolClass> {
	const schoolClass: SchoolClass = { id: crypto.randomUUID(), name: name.trim(), createdAt: now };
	await guardedWrite(() => database().classes.add(schoolClass));
	return schoolClass;
}

/** Deletes a class with its assignments and their reports, in one transaction. */
export async function deleteClass(id: string): Promise<void> {
	const db = database();
	await guardedWrite(() =>
		db.transaction('rw', [db.classes, db.teacherAssignments, db.reports], async () => {
			const assignmentIds = (await db.teacherAssignments.where('classId').equals(id).primaryKeys()) as string[];
			await db.reports.where('assignmentId').anyOf(assignmentIds).delete();
			await db.teacherAssignments.bulkDelete(assignmentIds);
			await db.classes.delete(id);
		})
	);
}

export async function saveTeacherAssignment(classId: string, assignment: Assignment): Promise<void> {
	await guardedWrite(() => database().teacherAssignments.put({ id: assignment.id, classId, assignment }));
}

export async function assignmentsOfClass(classId: string): Promise<TeacherAssignment[]> {
	const all = await database().teacherAssignments.where('classId').equals(classId).toArray();
	return all.sort((a, b) => a.assignment.created - b.assignment.created);
}

export async function teacherAssignment(id: string): Promise<TeacherAssignment | undefined> {
	return database().teacherAssignments.get(id);
}

/** The secret that signs an assignment's reports, if this device made the assignment. */
export async function secretFor(assignmentId: string): Promise<string | undefined> {
	return (await database().teacherAssignments.get(assignmentId))?.assignment.secret;
}

export type StoreOutcome = 'added' | 'replaced' | 'kept-newer' | 'same';

/**
 * Keeps a student's latest report: the same report twice is stored once, and an older report
 * never replaces a newer one (reports can arrive in any order).
 */
export async function storeReport(report: Report, now: number): Promise<StoreOutcome> {
	const db = database();
	const key = reportKey(report);
	return guardedWrite(() =>
		db.transaction('rw', db.reports, async (): Promise<StoreOutcome> => {
			const existing = await db.reports.get(key);
			if (existing && existing.report.made === report.made) return 'same';
			if (existing && newerReport(existing.report, report) === existing.report) return 'kept-newer';
			await db.reports.put({ key, assignmentId: report.assignmentId, report, receivedAt: now });
			return existing ? 'replaced' : 'added';
		})
	);
}

export async function reportsOf(assignmentIds: string[]): Promise<StoredReport[]> {
	return database().reports.where('assignmentId').anyOf(assignmentIds).toArray();
}
