import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTIVITY_IDS, type Activity, type FlowEndpoint } from '../../src/domain/reference-data.ts';
import {
	arrowLabel,
	BOXES,
	CHAIN_FRAME,
	flowArrows,
	inside,
	labelSize,
	MAP_SIZE,
	numberedFlows,
	routeCurve,
	samplePath,
	VALUE_BOX,
} from '../../src/domain/value-chain-map.ts';

const activities = parse(readFileSync('content/data/activities.yaml', 'utf8')) as Activity[];
const deliverAndSupport = activities.find((activity) => activity.id === 'deliver-and-support')!;

describe('the flows of an activity', () => {
	it('numbers Deliver and support’s six inputs and seven outputs in data order', () => {
		const { inputs, outputs } = numberedFlows(deliverAndSupport);
		expect(inputs.map((flow) => flow.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(outputs).toHaveLength(7);
		expect(outputs[5]).toEqual({ direction: 'out', number: 6, what: 'Change requests', endpoints: ['obtain-build'] });
	});

	it('draws one arrow per neighbour and direction, labelled with the numbers of the flows it carries', () => {
		const arrows = flowArrows('deliver-and-support', deliverAndSupport);
		const byKey = Object.fromEntries(arrows.map((arrow) => [arrow.key, arrow]));
		expect(Object.keys(byKey).sort()).toEqual(
			['in-design-and-transition', 'in-obtain-build', 'in-improve', 'in-engage', 'out-customers-and-users', 'out-engage', 'out-improve', 'out-obtain-build', 'out-design-and-transition'].sort(),
		);
		expect(byKey['in-engage']!.numbers).toEqual([4, 6]);
		expect(byKey['out-engage']!.numbers).toEqual([2, 3, 5]);
		expect(byKey['in-design-and-transition']!.numbers).toEqual([1, 5]);
		expect(arrowLabel('out', [2, 3, 5])).toBe('out 2, 3, 5');
	});
});

describe('the map’s geometry', () => {
	const endpoints = Object.keys(BOXES) as FlowEndpoint[];

	it('keeps every box inside the map, and the activities inside the value chain frame', () => {
		for (const id of endpoints) {
			const box = BOXES[id];
			expect(box.x >= 0 && box.y >= 0 && box.x + box.w <= MAP_SIZE.width && box.y + box.h <= MAP_SIZE.height, id).toBe(true);
		}
		for (const id of ACTIVITY_IDS) expect(inside({ x: BOXES[id].x, y: BOXES[id].y }, CHAIN_FRAME) && inside({ x: BOXES[id].x + BOXES[id].w, y: BOXES[id].y + BOXES[id].h }, CHAIN_FRAME), id).toBe(true);
	});

	it.each(activities.map((activity) => [activity.id, activity] as const))('routes every arrow of %s around the other boxes', (id, activity) => {
		for (const arrow of flowArrows(id, activity)) {
			const from = arrow.direction === 'in' ? arrow.other : id;
			const to = arrow.direction === 'in' ? id : arrow.other;
			const curve = routeCurve(from, to);
			const others = [...endpoints.filter((endpoint) => endpoint !== from && endpoint !== to).map((endpoint) => BOXES[endpoint]), VALUE_BOX];
			for (const point of samplePath(curve.start, curve.control, curve.end)) {
				expect(others.some((box) => inside(point, box)), `${arrow.key} of ${id} passes through a box at ${point.x},${point.y}`).toBe(false);
			}
			expect(arrow.path).toMatch(/^M [\d.]+ [\d.]+ Q [\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
		}
	});

	it('bends an input and an output between the same two boxes to opposite sides', () => {
		const input = routeCurve('engage', 'deliver-and-support');
		const output = routeCurve('deliver-and-support', 'engage');
		// Which side of the line between the two boxes' centres a control point lies on.
		const a = { x: BOXES.engage.x + BOXES.engage.w / 2, y: BOXES.engage.y + BOXES.engage.h / 2 };
		const b = { x: BOXES['deliver-and-support'].x + BOXES['deliver-and-support'].w / 2, y: BOXES['deliver-and-support'].y + BOXES['deliver-and-support'].h / 2 };
		const side = (c: { x: number; y: number }) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
		expect(side(input.control)).not.toBe(0);
		expect(side(input.control)).toBe(-side(output.control));
	});

	it('places arrow labels so that no two overlap', () => {
		for (const activity of activities) {
			const labels = flowArrows(activity.id, activity).map((arrow) => {
				const size = labelSize(arrowLabel(arrow.direction, arrow.numbers));
				return { x: arrow.label.x - size.w / 2, y: arrow.label.y - size.h / 2, w: size.w, h: size.h, key: arrow.key };
			});
			for (const [i, a] of labels.entries()) {
				for (const b of labels.slice(i + 1)) {
					const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
					expect(overlap, `${activity.id}: labels ${a.key} and ${b.key} overlap`).toBe(false);
				}
			}
		}
	});
});
