import { describe, expect, it } from 'vitest';
import {
	clearWrong,
	endpointsTargetId,
	flowExerciseMismatches,
	flowFacts,
	gradePlacement,
	itemsOn,
	type MappingExercise,
	placeItem,
	scoreVerdicts,
	solutionPlacement,
	verdictsAfterMove,
} from '../../src/domain/role-mapping.ts';
import type { Activity } from '../../src/domain/reference-data.ts';
import { demoExercise } from '../fixtures/mapping-exercise.ts';

const exercise = demoExercise;

describe('placing items', () => {
	it('moves an item onto a target and back to the pool', () => {
		const placed = placeItem(exercise, {}, 'log', 'engage');
		expect(placed).toEqual({ log: 'engage' });
		expect(itemsOn(exercise, placed, 'engage').map((item) => item.id)).toEqual(['log']);
		expect(itemsOn(exercise, placed, null).map((item) => item.id)).toEqual(['fix', 'confirm']);
		expect(placeItem(exercise, placed, 'log', null)).toEqual({});
	});

	it('ignores unknown items and targets', () => {
		expect(placeItem(exercise, {}, 'nope', 'engage')).toEqual({});
		expect(placeItem(exercise, { log: 'engage' }, 'log', 'plan')).toEqual({ log: 'engage' });
	});
});

describe('checking, retrying and the solution', () => {
	const placement = { log: 'engage', fix: 'engage' };

	it('marks each item right, wrong or not placed', () => {
		const verdicts = gradePlacement(exercise, placement);
		expect(verdicts).toEqual({ log: 'right', fix: 'wrong', confirm: 'unplaced' });
		expect(scoreVerdicts(verdicts)).toEqual({ right: 1, wrong: 1, unplaced: 1, total: 3 });
	});

	it('retry sends back only the wrong items', () => {
		expect(clearWrong(placement, gradePlacement(exercise, placement))).toEqual({ log: 'engage' });
	});

	it('the solution puts every item on its target and grades all right', () => {
		const solved = solutionPlacement(exercise);
		expect(solved).toEqual({ log: 'engage', fix: 'deliver-and-support', confirm: 'engage' });
		expect(scoreVerdicts(gradePlacement(exercise, solved))).toEqual({ right: 3, wrong: 0, unplaced: 0, total: 3 });
	});

	it('moving an item after Check takes back only its own mark', () => {
		const verdicts = gradePlacement(exercise, placement);
		expect(verdictsAfterMove(verdicts, 'fix')).toEqual({ log: 'right', confirm: 'unplaced' });
		expect(verdictsAfterMove(null, 'fix')).toBeNull();
	});
});

describe('exercises about flows', () => {
	const activity = {
		id: 'deliver-and-support',
		inputs: [{ what: 'User support tasks', from: ['engage'] }],
		outputs: [
			{ what: 'Change requests', to: ['obtain-build'] },
			{ what: 'Product and service performance information', to: ['engage', 'improve'] },
		],
	} as unknown as Activity;

	it('name a target after the endpoints joined by "-and-"', () => {
		expect(endpointsTargetId(['engage', 'improve'])).toBe('engage-and-improve');
		expect(flowFacts(activity, 'outputs')).toEqual([
			{ what: 'Change requests', target: 'obtain-build' },
			{ what: 'Product and service performance information', target: 'engage-and-improve' },
		]);
	});

	it('report every item that disagrees with the data, and every flow left out', () => {
		const good: MappingExercise = {
			id: 'outputs',
			targets: [],
			items: [
				{ id: 'a', text: 'Change requests', target: 'obtain-build', feedback: '.' },
				{ id: 'b', text: 'Product and service performance information', target: 'engage-and-improve', feedback: '.' },
			],
		};
		expect(flowExerciseMismatches(good, activity, 'outputs')).toEqual([]);
		const bad: MappingExercise = {
			...good,
			items: [
				{ id: 'a', text: 'Change requests', target: 'engage', feedback: '.' },
				{ id: 'c', text: 'Contracts', target: 'engage', feedback: '.' },
			],
		};
		const problems = flowExerciseMismatches(bad, activity, 'outputs');
		expect(problems).toHaveLength(3);
		expect(problems[0]).toContain('"Change requests" points at "engage"');
		expect(problems[1]).toContain('appears 0 times');
		expect(problems[2]).toContain('item "c"');
	});
});
