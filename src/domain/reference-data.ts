import { z } from 'zod';
import { type ContentError, issuesToContentErrors } from './content-errors.ts';
import { KEBAB_CASE } from './question-bank.ts';
import { ACTIVITY_IDS, type ActivityId, CONTRIBUTION_LEVELS, EXTERNAL_PARTIES, type FlowEndpoint } from './value-chain-ids.ts';

/** Facts that several pages and islands share live once, in content/data/*.yaml; these schemas are their contract. */

export { ACTIVITY_IDS, type ActivityId, CONTRIBUTION_LEVELS, EXTERNAL_PARTIES, type FlowEndpoint } from './value-chain-ids.ts';
const FLOW_ENDPOINTS = [...ACTIVITY_IDS, ...Object.keys(EXTERNAL_PARTIES)] as [FlowEndpoint, ...FlowEndpoint[]];

const id = z.string({ error: 'an id is required' }).regex(KEBAB_CASE, { error: 'ids are kebab-case, like "deliver-and-support"' });
const text = (what: string) => z.string({ error: `${what} is required` }).trim().min(1, { error: `${what} must not be empty` });
const endpoint = z.enum(FLOW_ENDPOINTS, { error: `must be an activity id or an outside party: ${FLOW_ENDPOINTS.join(', ')}` });

const inputSchema = z.object({
	what: text('what flows in'),
	from: z.array(endpoint).min(1, { error: 'name at least one place the input comes from' }),
});
const outputSchema = z.object({
	what: text('what flows out'),
	to: z.array(endpoint).min(1, { error: 'name at least one place the output goes to' }),
});

export const activitySchema = z.object({
	id: z.enum(ACTIVITY_IDS, { error: `activity id must be one of: ${ACTIVITY_IDS.join(', ')}` }),
	name: text('name'),
	/** Where the guide explains it, such as /activities/plan/. */
	page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'page must be a site path such as /activities/plan/' }),
	purpose: text('purpose (in the guide’s own words)'),
	keyPhrases: z.array(text('a key phrase')).min(1, { error: 'list at least one key phrase of the official purpose' }),
	inputs: z.array(inputSchema).min(1),
	outputs: z.array(outputSchema).min(1),
	typicalWork: z.array(text('a piece of typical work')).min(1),
	traps: z.array(text('an exam trap')).min(1),
});

const contribution = z.enum(CONTRIBUTION_LEVELS, { error: `contribution must be one of: ${CONTRIBUTION_LEVELS.join(', ')}` });

export const practiceSchema = z.object({
	id,
	name: text('name'),
	purpose: text('purpose'),
	outcome: z.enum(['LO6', 'LO7'], { error: 'outcome must be LO6 (purpose only) or LO7 (in detail)' }),
	page: z.string().regex(/^\/([a-z0-9-]+\/)*$/).optional(),
	contribution: z.object(Object.fromEntries(ACTIVITY_IDS.map((activity) => [activity, contribution])) as Record<ActivityId, typeof contribution>, {
		error: `contribution needs a level for each activity: ${ACTIVITY_IDS.join(', ')}`,
	}),
	inDeliverAndSupport: text('inDeliverAndSupport (what the practice does in Deliver and support)'),
});

export const roleSchema = z.object({
	id,
	name: text('name'),
	responsibilities: z.array(text('a responsibility')).min(1),
	activities: z.array(z.enum(ACTIVITY_IDS, { error: `must be one of: ${ACTIVITY_IDS.join(', ')}` })).min(1),
	practices: z.array(id).default([]),
	/** True for titles such as "incident manager" that are widely taught but come from earlier ITIL versions. */
	fromEarlierVersion: z.boolean({ error: 'fromEarlierVersion must be true or false' }),
});

export const glossaryTermSchema = z.object({
	/** The permanent anchor: /glossary/#<id>. */
	id,
	term: text('term'),
	/** The page that teaches the term; the glossary links to it and search should find it. */
	page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'page must be a site path such as /practices/incident-management/' }),
	definition: text('definition'),
	seeAlso: z.array(id).default([]),
});

export const recordTypeSchema = z.object({
	id,
	name: text('name'),
	definition: text('definition'),
	trigger: text('trigger'),
	goal: text('goal'),
	practice: id,
	example: text('example'),
});

export type Activity = z.infer<typeof activitySchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type Role = z.infer<typeof roleSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type RecordType = z.infer<typeof recordTypeSchema>;

export const referenceDataSchemas = {
	activities: activitySchema,
	practices: practiceSchema,
	roles: roleSchema,
	glossary: glossaryTermSchema,
	'record-types': recordTypeSchema,
} as const;
export type ReferenceDataName = keyof typeof referenceDataSchemas;

export interface ReferenceData {
	activities: Activity[];
	practices: Practice[];
	roles: Role[];
	glossary: GlossaryTerm[];
	'record-types': RecordType[];
}

/** Validates one data file (a YAML list) against its schema; ids must be unique inside it. */
export function validateDataFile<N extends ReferenceDataName>(name: N, file: string, data: unknown): { entries: ReferenceData[N]; errors: ContentError[] } {
	const result = z.array(referenceDataSchemas[name]).safeParse(data);
	if (!result.success) {
		return { entries: [] as unknown as ReferenceData[N], errors: issuesToContentErrors(file, data, result.error.issues, '', file) };
	}
	const errors: ContentError[] = [];
	const seen = new Set<string>();
	result.data.forEach((entry, index) => {
		if (seen.has(entry.id)) errors.push({ file, id: entry.id, field: `[${index}].id`, message: 'duplicate id in this file; each entry needs its own' });
		seen.add(entry.id);
	});
	return { entries: result.data as ReferenceData[N], errors };
}

/** Every id that one entry names must exist: a see-also term, a role's practice, a record type's practice. */
export function checkReferences(data: ReferenceData, files: Record<ReferenceDataName, string>): ContentError[] {
	const errors: ContentError[] = [];
	const practiceIds = new Set(data.practices.map((practice) => practice.id));
	const termIds = new Set(data.glossary.map((term) => term.id));
	for (const role of data.roles) {
		role.practices.forEach((practice, index) => {
			if (!practiceIds.has(practice)) {
				errors.push({ file: files.roles, id: role.id, field: `practices[${index}]`, message: `no practice has the id "${practice}"; use one of the ids in ${files.practices}` });
			}
		});
	}
	for (const term of data.glossary) {
		term.seeAlso.forEach((other, index) => {
			if (!termIds.has(other)) {
				errors.push({ file: files.glossary, id: term.id, field: `seeAlso[${index}]`, message: `no glossary term has the id "${other}"; use the id of an existing term` });
			}
		});
	}
	for (const record of data['record-types']) {
		if (!practiceIds.has(record.practice)) {
			errors.push({ file: files['record-types'], id: record.id, field: 'practice', message: `no practice has the id "${record.practice}"; use one of the ids in ${files.practices}` });
		}
	}
	const activityIds = new Set(data.activities.map((activity) => activity.id));
	for (const missing of ACTIVITY_IDS) {
		if (!activityIds.has(missing)) errors.push({ file: files.activities, id: missing, field: 'id', message: 'every one of the six activities needs an entry' });
	}
	return errors;
}
