import type { Activity, ActivityId, FlowEndpoint } from './reference-data.ts';

/**
 * A mapping exercise as the learner works on it: where each item has been put (a target id, or nowhere yet), and
 * after Check, a verdict per item. Pure functions, so the island, the tests and any future page share one logic.
 */

export interface MappingExercise {
	id: string;
	targets: readonly { id: string; label: string }[];
	items: readonly { id: string; text: string; target: string; feedback: string }[];
}

/** Item id → target id; an item not in the record is still in the pool of unplaced items. */
export type Placement = Readonly<Record<string, string>>;

export type Verdict = 'right' | 'wrong' | 'unplaced';
export type Verdicts = Readonly<Record<string, Verdict>>;

/** Puts an item on a target, or back in the pool when target is null. Unknown ids leave the placement unchanged. */
export function placeItem(exercise: MappingExercise, placement: Placement, itemId: string, target: string | null): Placement {
	if (!exercise.items.some((item) => item.id === itemId)) return placement;
	if (target !== null && !exercise.targets.some((candidate) => candidate.id === target)) return placement;
	const next = { ...placement };
	if (target === null) delete next[itemId];
	else next[itemId] = target;
	return next;
}

export function itemsOn(exercise: MappingExercise, placement: Placement, target: string | null) {
	return exercise.items.filter((item) => (placement[item.id] ?? null) === target);
}

export function gradePlacement(exercise: MappingExercise, placement: Placement): Verdicts {
	return Object.fromEntries(
		exercise.items.map((item) => {
			const placed = placement[item.id];
			return [item.id, placed === undefined ? 'unplaced' : placed === item.target ? 'right' : 'wrong'];
		}),
	);
}

export function scoreVerdicts(verdicts: Verdicts) {
	const values = Object.values(verdicts);
	return {
		right: values.filter((verdict) => verdict === 'right').length,
		wrong: values.filter((verdict) => verdict === 'wrong').length,
		unplaced: values.filter((verdict) => verdict === 'unplaced').length,
		total: values.length,
	};
}

/** Retry: the wrongly placed items go back to the pool; right ones stay where they are. */
export function clearWrong(placement: Placement, verdicts: Verdicts): Placement {
	return Object.fromEntries(Object.entries(placement).filter(([itemId]) => verdicts[itemId] !== 'wrong'));
}

export function solutionPlacement(exercise: MappingExercise): Placement {
	return Object.fromEntries(exercise.items.map((item) => [item.id, item.target]));
}

/** Verdicts stay only for items that have not moved since Check: moving an item takes back its mark. */
export function verdictsAfterMove(verdicts: Verdicts | null, itemId: string): Verdicts | null {
	if (!verdicts) return null;
	const { [itemId]: _moved, ...rest } = verdicts;
	return rest;
}

// ---- Exercises about an activity's flows, derived from content/data/activities.yaml. ----

/**
 * The target id for a set of flow endpoints: the ids joined by "-and-", in the order the data lists them, such as
 * "engage-and-improve". Exercises about inputs and outputs name their targets this way so a test can check every item
 * against activities.yaml.
 */
export function endpointsTargetId(endpoints: readonly FlowEndpoint[]): string {
	return endpoints.join('-and-');
}

export interface FlowFact {
	what: string;
	target: string;
}

/** Each input of an activity with the target its source maps to, or each output with its destination's target. */
export function flowFacts(activity: Activity, direction: 'inputs' | 'outputs'): FlowFact[] {
	return direction === 'inputs'
		? activity.inputs.map((flow) => ({ what: flow.what, target: endpointsTargetId(flow.from) }))
		: activity.outputs.map((flow) => ({ what: flow.what, target: endpointsTargetId(flow.to) }));
}

/** Differences between an exercise's items and an activity's flows: every flow once, each to the right target. */
export function flowExerciseMismatches(exercise: MappingExercise, activity: Activity, direction: 'inputs' | 'outputs'): string[] {
	const facts = flowFacts(activity, direction);
	const problems: string[] = [];
	for (const fact of facts) {
		const matching = exercise.items.filter((item) => item.text === fact.what);
		if (matching.length !== 1) problems.push(`"${fact.what}" appears ${matching.length} times among the items (expected once)`);
		else if (matching[0]!.target !== fact.target) problems.push(`"${fact.what}" points at "${matching[0]!.target}"; ${activity.id}'s data says "${fact.target}"`);
	}
	for (const item of exercise.items) {
		if (!facts.some((fact) => fact.what === item.text)) problems.push(`item "${item.id}" ("${item.text}") is not one of ${activity.id}'s ${direction}`);
	}
	return problems;
}

export type { ActivityId };
