import { useEffect, useRef, useState } from 'preact/hooks';
import type { Activity, ActivityId, FlowEndpoint } from '../domain/reference-data.ts';
import {
	arrowLabel,
	BOX_LINES,
	BOXES,
	CHAIN_FRAME,
	DEMAND_BOX,
	endpointName,
	flowArrows,
	isActivity,
	labelSize,
	MAP_SIZE,
	type NumberedFlow,
	numberedFlows,
	VALUE_BOX,
	type Box,
} from '../domain/value-chain-map.ts';
import { VALUE_CHAIN_MAP_STRINGS as T } from './value-chain-map-strings.ts';

export type MapActivity = Pick<Activity, 'id' | 'name' | 'purpose' | 'inputs' | 'outputs'> & { href: string };

export interface ValueChainMapProps {
	activities: MapActivity[];
	/** The activity chosen at first (and shown without JavaScript). */
	selected?: ActivityId;
	/** Makes element ids unique when a page has more than one map. */
	id?: string;
}


/**
 * The value chain as a picture: six activities that can be chosen by pointer or keyboard. Choosing one shows its
 * purpose and draws its inputs and outputs as numbered arrows; the same facts are listed as text beside the picture
 * and, for every activity, in a text version that needs no JavaScript.
 */
export default function ValueChainMap({ activities, selected, id = 'value-chain-map' }: ValueChainMapProps) {
	const [interactive, setInteractive] = useState(false);
	const [chosen, setChosen] = useState<ActivityId | null>(selected ?? null);
	const [message, setMessage] = useState('');
	const root = useRef<HTMLDivElement | null>(null);

	useEffect(() => setInteractive(true), []);

	// Outside parties are drawn only when some flow in the data names them.
	const parties = (['suppliers-and-partners', 'all-stakeholders', 'customers-and-users'] as const).filter((party) =>
		activities.some((activity) => [...activity.inputs.flatMap((flow) => flow.from), ...activity.outputs.flatMap((flow) => flow.to)].includes(party)),
	);
	const byId = new Map(activities.map((activity) => [activity.id, activity]));
	const current = chosen ? byId.get(chosen) : undefined;
	const arrows = current ? flowArrows(current.id, current) : [];
	const flows = current ? numberedFlows(current) : undefined;
	const connected = new Set(arrows.map((arrow) => arrow.other));
	const names = (endpoints: FlowEndpoint[]) => listNames(endpoints.map((endpoint) => endpointName(endpoint, activities)));

	function choose(activityId: ActivityId) {
		const activity = byId.get(activityId);
		if (!activity) return;
		if (chosen === activityId) {
			setChosen(null);
			setMessage(T.cleared(activity.name));
			return;
		}
		setChosen(activityId);
		setMessage(T.shown(activity.name, activity.inputs.length, activity.outputs.length));
	}

	const titleId = `${id}-title`;
	const descId = `${id}-desc`;

	return (
		<div class="value-chain-map not-content" data-selected={chosen ?? ''} data-interactive={interactive ? 'true' : 'false'} ref={root} data-pagefind-ignore>
			<p class="vcm-hint" id={descId}>
				{T.hint}
			</p>
			<div class="vcm-figure">
				<svg viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`} role="group" aria-labelledby={titleId} aria-describedby={descId} class="vcm-svg">
					<title id={titleId}>{T.title}</title>
					<defs>
						<marker id={`${id}-head-in`} class="vcm-head-in" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
							<path d="M 0 0 L 10 5 L 0 10 z" />
						</marker>
						<marker id={`${id}-head-out`} class="vcm-head-out" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
							<path d="M 0 0 L 10 5 L 0 10 z" />
						</marker>
						<marker id={`${id}-head-plain`} class="vcm-head-plain" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
							<path d="M 0 0 L 10 5 L 0 10 z" />
						</marker>
					</defs>
					<g aria-hidden="true">
						<rect class="vcm-frame" x={CHAIN_FRAME.x} y={CHAIN_FRAME.y} width={CHAIN_FRAME.w} height={CHAIN_FRAME.h} rx="14" />
						<text class="vcm-frame-label" x={CHAIN_FRAME.x + 14} y={CHAIN_FRAME.y + 24}>
							{T.chainLabel}
						</text>
						<BoxShape box={DEMAND_BOX} lines={BOX_LINES.demand} class="vcm-box vcm-outside" />
						<path class="vcm-system-arrow" d={`M ${DEMAND_BOX.x + DEMAND_BOX.w} ${DEMAND_BOX.y + DEMAND_BOX.h / 2} H ${CHAIN_FRAME.x - 4}`} marker-end={`url(#${id}-head-plain)`} />
						<BoxShape box={VALUE_BOX} lines={BOX_LINES.value} class="vcm-box vcm-outside vcm-value" />
						<path class="vcm-system-arrow" d={`M ${CHAIN_FRAME.x + CHAIN_FRAME.w} ${VALUE_BOX.y + VALUE_BOX.h / 2} H ${VALUE_BOX.x - 4}`} marker-end={`url(#${id}-head-plain)`} />
						{parties.map((party) => (
							<BoxShape key={party} box={BOXES[party]} lines={BOX_LINES[party]} class={`vcm-box vcm-party${connected.has(party) ? ' is-connected' : ''}`} />
						))}
					</g>
					<g class="vcm-arrows" aria-hidden="true">
						{arrows.map((arrow) => (
							<g key={`${chosen}-${arrow.key}`} class={`vcm-arrow is-${arrow.direction}`} data-arrow={arrow.key}>
								<path d={arrow.path} marker-end={`url(#${id}-head-${arrow.direction})`} />
							</g>
						))}
						{arrows.map((arrow) => {
							const text = arrowLabel(arrow.direction, arrow.numbers);
							const { w: width } = labelSize(text);
							return (
								<g key={`label-${chosen}-${arrow.key}`} class={`vcm-arrow-label is-${arrow.direction}`}>
									<rect x={arrow.label.x - width / 2} y={arrow.label.y - 11} width={width} height={22} rx="11" />
									<text x={arrow.label.x} y={arrow.label.y + 4.5} text-anchor="middle">
										{text}
									</text>
								</g>
							);
						})}
					</g>
					{activities.map((activity) => {
						const isChosen = chosen === activity.id;
						const box = BOXES[activity.id];
						return (
							<g
								key={activity.id}
								class={`vcm-activity${isChosen ? ' is-chosen' : ''}${connected.has(activity.id) ? ' is-connected' : ''}`}
								data-activity={activity.id}
								role={interactive ? 'button' : undefined}
								tabindex={interactive ? 0 : undefined}
								aria-pressed={interactive ? (isChosen ? 'true' : 'false') : undefined}
								aria-label={interactive ? activity.name : undefined}
								onClick={() => choose(activity.id)}
								onKeyDown={(event) => {
									if (event.key === 'Enter' || event.key === ' ') {
										event.preventDefault();
										choose(activity.id);
									}
								}}
							>
								<rect class="vcm-focus-ring" x={box.x - 6} y={box.y - 6} width={box.w + 12} height={box.h + 12} rx="14" />
								<BoxShape box={box} lines={BOX_LINES[activity.id]} class="vcm-box" />
							</g>
						);
					})}
				</svg>
				<p class="vcm-legend" aria-hidden="true">
					<span class="vcm-key is-in">{T.legendIn}</span> <span class="vcm-key is-out">{T.legendOut}</span>
				</p>
			</div>
			<div class="vcm-panel">
				{current && flows ? (
					<>
						<p class="vcm-panel-title">
							<a href={current.href}>{current.name}</a>
						</p>
						<p>
							<strong>{T.purpose}:</strong> {current.purpose}
						</p>
						<FlowList title={T.inputsHeading(flows.inputs.length)} flows={flows.inputs} describe={(flow) => T.from(names(flow.endpoints))} />
						<FlowList title={T.outputsHeading(flows.outputs.length)} flows={flows.outputs} describe={(flow) => T.to(names(flow.endpoints))} />
					</>
				) : (
					<p>{T.nothingChosen}</p>
				)}
			</div>
			{interactive && (
				<p class="vcm-status" role="status">
					{message}
				</p>
			)}
			<details class="vcm-text" open={!interactive}>
				<summary>{T.allAsText}</summary>
				<ul>
					{activities.map((activity) => (
						<li key={activity.id}>
							<p>
								<strong>
									<a href={activity.href}>{activity.name}</a>
								</strong>
								: {activity.purpose}
							</p>
							<p>{T.inputs}:</p>
							<ul>
								{activity.inputs.map((flow, index) => (
									<li key={index}>
										{flow.what}, {T.from(names(flow.from))}
									</li>
								))}
							</ul>
							<p>{T.outputs}:</p>
							<ul>
								{activity.outputs.map((flow, index) => (
									<li key={index}>
										{flow.what}, {T.to(names(flow.to))}
									</li>
								))}
							</ul>
						</li>
					))}
				</ul>
			</details>
		</div>
	);
}

function BoxShape({ box, lines, class: className }: { box: Box; lines: string[]; class: string }) {
	const lineHeight = 21;
	const firstY = box.y + box.h / 2 - ((lines.length - 1) * lineHeight) / 2 + 6;
	return (
		<g class={className}>
			<rect x={box.x} y={box.y} width={box.w} height={box.h} rx="10" />
			<text x={box.x + box.w / 2} text-anchor="middle">
				{lines.map((line, index) => (
					<tspan key={index} x={box.x + box.w / 2} y={firstY + index * lineHeight}>
						{line}
					</tspan>
				))}
			</text>
		</g>
	);
}

function FlowList({ title, flows, describe }: { title: string; flows: NumberedFlow[]; describe: (flow: NumberedFlow) => string }) {
	return (
		<>
			<p class="vcm-list-title">{title}</p>
			<ol class={`vcm-flows is-${flows[0]?.direction ?? 'in'}`}>
				{flows.map((flow) => (
					<li key={flow.number} value={flow.number}>
						<span class="vcm-flow-number" aria-hidden="true">
							{flow.direction} {flow.number}
						</span>{' '}
						{flow.what}, {describe(flow)}
					</li>
				))}
			</ol>
		</>
	);
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')}${T.and}${names[names.length - 1]}`;
}

export { isActivity };
