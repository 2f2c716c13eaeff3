import type { Activity } from './reference-data.ts';
import { ACTIVITY_IDS, type ActivityId, EXTERNAL_PARTIES, type FlowEndpoint } from './value-chain-ids.ts';

/**
 * Geometry and content of the value chain map: where each box sits, which flows an activity has, and the curved
 * arrows that draw them without crossing another box. No DOM: the island renders what these functions return.
 */

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Point {
	x: number;
	y: number;
}

export const MAP_SIZE = { width: 760, height: 520 } as const;

/** The frame of the service value chain; the outside parties sit to its left, value leaves on its right. */
export const CHAIN_FRAME: Box = { x: 146, y: 8, w: 482, h: 504 };

const activityBox = (x: number, y: number): Box => ({ x, y, w: 150, h: 60 });
const partyBox = (y: number): Box => ({ x: 4, y, w: 124, h: 56 });

export const BOXES: Record<FlowEndpoint, Box> = {
	plan: activityBox(312, 34),
	engage: activityBox(164, 230),
	'design-and-transition': activityBox(462, 120),
	'obtain-build': activityBox(462, 230),
	'deliver-and-support': activityBox(462, 340),
	improve: activityBox(312, 436),
	'suppliers-and-partners': partyBox(150),
	'all-stakeholders': partyBox(250),
	'customers-and-users': partyBox(350),
};

/** Where opportunity and demand come in, and where value goes out. */
export const DEMAND_BOX: Box = partyBox(24);
export const VALUE_BOX: Box = { x: 652, y: 232, w: 104, h: 56 };

/** Box labels broken into lines that fit the boxes. */
export const BOX_LINES: Record<FlowEndpoint | 'demand' | 'value', string[]> = {
	plan: ['Plan'],
	improve: ['Improve'],
	engage: ['Engage'],
	'design-and-transition': ['Design and', 'transition'],
	'obtain-build': ['Obtain/build'],
	'deliver-and-support': ['Deliver and', 'support'],
	'suppliers-and-partners': ['Suppliers and', 'partners'],
	'all-stakeholders': ['All', 'stakeholders'],
	'customers-and-users': ['Customers and', 'users'],
	demand: ['Opportunity', 'and demand'],
	value: ['Value'],
};

export const isActivity = (endpoint: string): endpoint is ActivityId => (ACTIVITY_IDS as readonly string[]).includes(endpoint);

export function endpointName(endpoint: FlowEndpoint, activities: readonly Pick<Activity, 'id' | 'name'>[]): string {
	if (isActivity(endpoint)) return activities.find((activity) => activity.id === endpoint)?.name ?? endpoint;
	return EXTERNAL_PARTIES[endpoint];
}

export type Direction = 'in' | 'out';

/** One input or output of the chosen activity, numbered as the arrows and the list show it. */
export interface NumberedFlow {
	direction: Direction;
	number: number;
	what: string;
	/** Where an input comes from, or where an output goes. */
	endpoints: FlowEndpoint[];
}

export function numberedFlows(activity: Pick<Activity, 'inputs' | 'outputs'>): { inputs: NumberedFlow[]; outputs: NumberedFlow[] } {
	return {
		inputs: activity.inputs.map((flow, index) => ({ direction: 'in', number: index + 1, what: flow.what, endpoints: flow.from })),
		outputs: activity.outputs.map((flow, index) => ({ direction: 'out', number: index + 1, what: flow.what, endpoints: flow.to })),
	};
}

/** One drawn arrow: all flows between the chosen activity and one other box in one direction share it. */
export interface FlowArrow {
	key: string;
	direction: Direction;
	/** The other end: the source of an input, or the destination of an output. */
	other: FlowEndpoint;
	numbers: number[];
	/** SVG path data: a quadratic curve from box edge to box edge. */
	path: string;
	label: Point;
}

/** The estimated size of an arrow's label, in map units (13 px bold text in a pill). */
export function labelSize(text: string): { w: number; h: number } {
	return { w: 14 + text.length * 7.6, h: 22 };
}

const overlaps = (a: Box, b: Box, gap = 2) => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

export function flowArrows(activityId: ActivityId, activity: Pick<Activity, 'inputs' | 'outputs'>): FlowArrow[] {
	const { inputs, outputs } = numberedFlows(activity);
	const groups = new Map<string, { direction: Direction; other: FlowEndpoint; numbers: number[] }>();
	for (const flow of [...inputs, ...outputs]) {
		for (const other of flow.endpoints) {
			if (other === activityId) continue;
			const key = `${flow.direction}-${other}`;
			const group = groups.get(key) ?? { direction: flow.direction, other, numbers: [] };
			group.numbers.push(flow.number);
			groups.set(key, group);
		}
	}
	// Labels go at the middle of their arrow unless that covers a box or another label; then they slide along it.
	// Short arrows have the least room, so their labels are placed first.
	const boxes: Box[] = [...Object.values(BOXES), DEMAND_BOX, VALUE_BOX];
	const labels: Box[] = [];
	const routed = [...groups.entries()].map(([key, group]) => {
		const from = group.direction === 'in' ? group.other : activityId;
		const to = group.direction === 'in' ? activityId : group.other;
		return { key, group, curve: routeCurve(from, to) };
	});
	const placed = new Map<string, Point>();
	const span = (curve: ReturnType<typeof routeCurve>) => Math.hypot(curve.end.x - curve.start.x, curve.end.y - curve.start.y);
	for (const { key, group, curve } of [...routed].sort((a, b) => span(a.curve) - span(b.curve))) {
		const size = labelSize(arrowLabel(group.direction, group.numbers));
		const boxAt = (point: Point): Box => ({ x: point.x - size.w / 2, y: point.y - size.h / 2, w: size.w, h: size.h });
		const dx = curve.end.x - curve.start.x;
		const dy = curve.end.y - curve.start.y;
		const length = Math.hypot(dx, dy) || 1;
		const positions = [0, 14, -14, 26, -26, 40, -40].flatMap((offset) =>
			[0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8].map((t) => {
				const point = bezier(curve.start, curve.control, curve.end, t);
				return { x: point.x + (dy / length) * offset, y: point.y - (dx / length) * offset };
			}),
		);
		const label =
			positions.find((point) => ![...boxes, ...labels].some((box) => overlaps(boxAt(point), box))) ??
			positions.find((point) => !labels.some((box) => overlaps(boxAt(point), box))) ??
			positions[0]!;
		labels.push(boxAt(label));
		placed.set(key, { x: round(label.x), y: round(label.y) });
	}
	return routed.map(({ key, group, curve }) => ({ key, ...group, path: curve.path, label: placed.get(key)! }));
}

const center = (box: Box): Point => ({ x: box.x + box.w / 2, y: box.y + box.h / 2 });

export function inside(point: Point, box: Box, margin = 0): boolean {
	return point.x >= box.x - margin && point.x <= box.x + box.w + margin && point.y >= box.y - margin && point.y <= box.y + box.h + margin;
}

/** Quadratic Bézier point at t. */
export function bezier(p0: Point, p1: Point, p2: Point, t: number): Point {
	const u = 1 - t;
	return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/** The control point of the piece of a quadratic curve between t0 and t1 (its blossom). */
function subControl(p0: Point, p1: Point, p2: Point, t0: number, t1: number): Point {
	const a = (1 - t0) * (1 - t1);
	const b = (1 - t0) * t1 + t0 * (1 - t1);
	const c = t0 * t1;
	return { x: a * p0.x + b * p1.x + c * p2.x, y: a * p0.y + b * p1.y + c * p2.y };
}

const SAMPLES = 60;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A curve from one box to another that passes no other box. It bends to the left of its direction of travel, so an
 * input and an output between the same two boxes take opposite sides; the bend grows until the way is clear.
 */
export function routeCurve(from: FlowEndpoint, to: FlowEndpoint): { path: string; label: Point; start: Point; end: Point; control: Point } {
	const fromBox = BOXES[from];
	const toBox = BOXES[to];
	const p0 = center(fromBox);
	const p2 = center(toBox);
	const length = Math.hypot(p2.x - p0.x, p2.y - p0.y) || 1;
	const normal = { x: (p2.y - p0.y) / length, y: -(p2.x - p0.x) / length };
	const mid = { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
	const obstacles = [...(Object.keys(BOXES) as FlowEndpoint[]).filter((id) => id !== from && id !== to).map((id) => BOXES[id]), DEMAND_BOX, VALUE_BOX];

	const attempt = (bend: number) => {
		const p1 = { x: mid.x + normal.x * bend, y: mid.y + normal.y * bend };
		let t0 = 0;
		let t1 = 1;
		for (let i = 0; i <= SAMPLES && inside(bezier(p0, p1, p2, i / SAMPLES), fromBox, 2); i++) t0 = i / SAMPLES;
		for (let i = SAMPLES; i >= 0 && inside(bezier(p0, p1, p2, i / SAMPLES), toBox, 6); i--) t1 = i / SAMPLES;
		let clear = t1 > t0;
		for (let i = 0; i <= SAMPLES && clear; i++) {
			const t = t0 + ((t1 - t0) * i) / SAMPLES;
			const point = bezier(p0, p1, p2, t);
			if (obstacles.some((box) => inside(point, box, 6))) clear = false;
			if (point.x < 0 || point.y < 0 || point.x > MAP_SIZE.width || point.y > MAP_SIZE.height) clear = false;
		}
		return { p1, t0, t1, clear };
	};

	// Neighbours close together get a wider bend, so the two arrows between them (and their labels) stay apart.
	const bends = [50, 70, 90, 120, 160, 180, 200, 220, 250, 300, -50, -90, -120, -160, -200].filter((bend) => length >= 160 || Math.abs(bend) >= 100);
	const chosen = bends.map(attempt).find((candidate) => candidate.clear) ?? attempt(50);
	const start = bezier(p0, chosen.p1, p2, chosen.t0);
	const end = bezier(p0, chosen.p1, p2, chosen.t1);
	const control = subControl(p0, chosen.p1, p2, chosen.t0, chosen.t1);
	const label = bezier(start, control, end, 0.5);
	return {
		path: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
		label: { x: round(label.x), y: round(label.y) },
		start,
		end,
		control,
	};
}

/** Points along a curve, for tests: does it pass through a box? */
export function samplePath(start: Point, control: Point, end: Point, samples = SAMPLES): Point[] {
	return Array.from({ length: samples + 1 }, (_, i) => bezier(start, control, end, i / samples));
}

/** The label text of an arrow, such as "in 1, 5" or "out 2". */
export function arrowLabel(direction: Direction, numbers: readonly number[]): string {
	return `${direction} ${numbers.join(', ')}`;
}
