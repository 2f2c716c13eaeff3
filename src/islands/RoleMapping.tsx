import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
	clearWrong,
	gradePlacement,
	itemsOn,
	type MappingExercise,
	type Placement,
	placeItem,
	scoreVerdicts,
	solutionPlacement,
	type Verdicts,
	verdictsAfterMove,
} from '../domain/role-mapping.ts';
import { ROLE_MAPPING_STRINGS as T } from './role-mapping-strings.ts';

/*
 * Drag and drop uses @atlaskit/pragmatic-drag-and-drop (its element adapter, a few kB): it wraps the browser's native
 * drag and drop, so it works with Preact and with touch where the browser drags natively (Chrome on Android, Safari
 * on iOS 15+). Dragging is never the only way: tap or click an item then a box, or use the select beside each item
 * (WCAG 2.2 SC 2.5.7 and 2.1.1). No aria-grabbed or aria-dropeffect: each move is announced in the status region.
 */

/**
 * Loaded in the browser only, once per page: the library's directory entry points cannot be imported by Node while
 * the site is prerendered, and a page without drag and drop does not pay for it.
 */
type DragAdapter = typeof import('@atlaskit/pragmatic-drag-and-drop/adapter/element-adapter');
let dragAdapter: Promise<DragAdapter> | undefined;
const loadDragAdapter = () => (dragAdapter ??= import('@atlaskit/pragmatic-drag-and-drop/adapter/element-adapter'));

/** Runs register() with the drag adapter once it has loaded, and undoes it when the component goes away. */
function useDragAdapter(register: (adapter: DragAdapter) => () => void, deps: unknown[]) {
	useEffect(() => {
		let cleanup: (() => void) | undefined;
		let cancelled = false;
		loadDragAdapter().then(
			(adapter) => {
				if (!cancelled) cleanup = register(adapter);
			},
			() => {
				// Without the library, picking and the selects still do everything dragging does.
			},
		);
		return () => {
			cancelled = true;
			cleanup?.();
		};
	}, deps);
}

export interface RoleMappingProps {
	exercise: MappingExercise & { title: string; instructions: string };
}

type ZoneId = string | null;

export default function RoleMapping({ exercise }: RoleMappingProps) {
	const [interactive, setInteractive] = useState(false);
	const [placement, setPlacement] = useState<Placement>({});
	const [verdicts, setVerdicts] = useState<Verdicts | null>(null);
	const [picked, setPicked] = useState<string | null>(null);
	const [message, setMessage] = useState('');
	const root = useRef<HTMLDivElement | null>(null);
	const prefix = `rm-${exercise.id}`;

	useEffect(() => setInteractive(true), []);

	const targetLabel = (id: ZoneId) => exercise.targets.find((target) => target.id === id)?.label ?? T.notPlaced;
	const itemText = (id: string) => exercise.items.find((item) => item.id === id)?.text ?? id;

	const focusIn = (selector: string) =>
		requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());

	function move(itemId: string, target: ZoneId, focusAfter: 'select' | 'next' | 'none') {
		const next = placeItem(exercise, placement, itemId, target);
		setPlacement(next);
		setVerdicts((current) => verdictsAfterMove(current, itemId));
		setPicked(null);
		setMessage(target === null ? T.movedBack(itemText(itemId)) : T.moved(itemText(itemId), targetLabel(target)));
		if (focusAfter === 'select') focusIn(`[data-item="${itemId}"] select`);
		if (focusAfter === 'next') {
			const nextItem = itemsOn(exercise, next, null)[0];
			focusIn(nextItem ? `[data-item="${nextItem.id}"] .rm-pick` : '.rm-check');
		}
	}

	function pick(itemId: string) {
		if (picked === itemId) {
			setPicked(null);
			setMessage(T.dropped(itemText(itemId)));
			return;
		}
		setPicked(itemId);
		setMessage(T.picked(itemText(itemId)));
		focusIn('.rm-move-here');
	}

	function zoneClick(zone: ZoneId, event: MouseEvent) {
		if (!picked) return;
		// A press on an item inside the box picks that item instead (handled by the item's own button).
		if ((event.target as HTMLElement).closest('.rm-item')) return;
		if ((placement[picked] ?? null) === zone) return;
		move(picked, zone, 'next');
	}

	function check() {
		const result = gradePlacement(exercise, placement);
		setVerdicts(result);
		setPicked(null);
		const score = scoreVerdicts(result);
		setMessage(score.right === score.total ? T.allRight(score.total) : T.score(score.right, score.total, score.wrong, score.unplaced));
	}

	function retry() {
		if (!verdicts) return;
		const wrong = Object.values(verdicts).filter((verdict) => verdict === 'wrong').length;
		setPlacement(clearWrong(placement, verdicts));
		setVerdicts(Object.fromEntries(Object.entries(verdicts).filter(([, verdict]) => verdict === 'right')));
		setPicked(null);
		setMessage(T.retried(wrong));
	}

	function showSolution() {
		const solved = solutionPlacement(exercise);
		setPlacement(solved);
		setVerdicts(gradePlacement(exercise, solved));
		setPicked(null);
		setMessage(T.solutionShown);
	}

	function reset() {
		setPlacement({});
		setVerdicts(null);
		setPicked(null);
		setMessage(T.resetDone);
	}

	function onKeyDown(event: KeyboardEvent) {
		if (event.key === 'Escape' && picked) {
			const itemId = picked;
			setPicked(null);
			setMessage(T.dropped(itemText(itemId)));
			focusIn(`[data-item="${itemId}"] .rm-pick`);
		}
	}

	if (!interactive) {
		return (
			<div class="role-mapping not-content" data-exercise={exercise.id} data-interactive="false">
				<p class="rm-instructions">{exercise.instructions}</p>
				<div class="rm-static">
					<div>
						<p class="rm-heading">{T.itemsHeading}</p>
						<ul>
							{exercise.items.map((item) => (
								<li key={item.id}>{item.text}</li>
							))}
						</ul>
					</div>
					<div>
						<p class="rm-heading">{T.targetsHeading}</p>
						<ul>
							{exercise.targets.map((target) => (
								<li key={target.id}>{target.label}</li>
							))}
						</ul>
					</div>
				</div>
				<details class="rm-answers" data-pagefind-ignore>
					<summary>{T.answersSummary}</summary>
					<ul>
						{exercise.items.map((item) => (
							<li key={item.id}>
								<strong>{T.answerLine(item.text, targetLabel(item.target))}</strong> {item.feedback}
							</li>
						))}
					</ul>
				</details>
			</div>
		);
	}

	const canRetry = verdicts ? Object.values(verdicts).includes('wrong') : false;
	const pickedZone = picked ? (placement[picked] ?? null) : undefined;

	const renderItem = (item: MappingExercise['items'][number]) => (
		<Item
			key={item.id}
			exerciseId={exercise.id}
			item={item}
			prefix={prefix}
			targets={exercise.targets}
			placedOn={placement[item.id] ?? null}
			picked={picked === item.id}
			verdict={verdicts?.[item.id]}
			onPick={() => pick(item.id)}
			onSelect={(target) => move(item.id, target, 'select')}
		/>
	);

	return (
		<div class="role-mapping not-content" data-exercise={exercise.id} data-interactive="true" ref={root} onKeyDown={onKeyDown}>
			<p class="rm-instructions">{exercise.instructions}</p>
			<p class="rm-howto">{T.howTo}</p>
			<div class={`rm-board${picked ? ' is-picking' : ''}`}>
				<Zone exerciseId={exercise.id} zone={null} class="rm-pool" labelId={`${prefix}-pool`} onDrop={(itemId) => move(itemId, null, 'none')} onClick={zoneClick}>
					<h3 id={`${prefix}-pool`} class="rm-heading">
						{T.poolHeading}
					</h3>
					{picked && pickedZone !== null && (
						<button type="button" class="rm-move-here" aria-label={T.moveBackLabel(itemText(picked))}>
							{T.moveBack}
						</button>
					)}
					<ItemList empty={T.poolEmpty}>{itemsOn(exercise, placement, null).map(renderItem)}</ItemList>
				</Zone>
				<div class="rm-targets">
					{exercise.targets.map((target) => (
						<Zone
							key={target.id}
							exerciseId={exercise.id}
							zone={target.id}
							class="rm-target"
							labelId={`${prefix}-target-${target.id}`}
							onDrop={(itemId) => move(itemId, target.id, 'none')}
							onClick={zoneClick}
						>
							<h3 id={`${prefix}-target-${target.id}`} class="rm-heading">
								{target.label}
							</h3>
							{picked && pickedZone !== target.id && (
								<button type="button" class="rm-move-here" aria-label={T.moveHereLabel(itemText(picked), target.label)}>
									{T.moveHere}
								</button>
							)}
							<ItemList empty={T.targetEmpty}>{itemsOn(exercise, placement, target.id).map(renderItem)}</ItemList>
						</Zone>
					))}
				</div>
			</div>
			<div class="rm-actions">
				<button type="button" class="rm-check" onClick={check}>
					{T.check}
				</button>
				{canRetry && (
					<button type="button" class="rm-retry" onClick={retry}>
						{T.retry}
					</button>
				)}
				<button type="button" class="rm-solution" onClick={showSolution}>
					{T.solution}
				</button>
				<button type="button" class="rm-reset" onClick={reset}>
					{T.reset}
				</button>
			</div>
			<p class="rm-status" role="status">
				{message}
			</p>
		</div>
	);
}

function ItemList({ children, empty }: { children: ComponentChildren[]; empty: string }) {
	return children.length > 0 ? <ul class="rm-items">{children}</ul> : <p class="rm-empty">{empty}</p>;
}

interface ZoneProps {
	exerciseId: string;
	zone: ZoneId;
	class: string;
	labelId: string;
	onDrop: (itemId: string) => void;
	onClick: (zone: ZoneId, event: MouseEvent) => void;
	children: ComponentChildren;
}

/** A box items can be dropped on: a target, or the pool of items not placed yet. */
function Zone({ exerciseId, zone, class: className, labelId, onDrop, onClick, children }: ZoneProps) {
	const ref = useRef<HTMLDivElement | null>(null);
	const [over, setOver] = useState(false);
	const drop = useRef(onDrop);
	drop.current = onDrop;

	useDragAdapter(({ dropTargetForElements }) => {
		const element = ref.current;
		if (!element) return () => {};
		return dropTargetForElements({
			element,
			canDrop: ({ source }) => source.data.exerciseId === exerciseId,
			getData: () => ({ zone }),
			onDragEnter: () => setOver(true),
			onDragLeave: () => setOver(false),
			onDrop: ({ source }) => {
				setOver(false);
				if (typeof source.data.itemId === 'string') drop.current(source.data.itemId);
			},
		});
	}, [exerciseId, zone]);

	// A group, not a landmark: two exercises on one page share target names, and landmarks must be unique.
	return (
		<div
			ref={ref}
			role="group"
			class={`rm-zone ${className}${over ? ' is-over' : ''}`}
			aria-labelledby={labelId}
			data-zone={zone ?? ''}
			onClick={(event) => onClick(zone, event)}
		>
			{children}
		</div>
	);
}

interface ItemProps {
	exerciseId: string;
	item: MappingExercise['items'][number];
	prefix: string;
	targets: MappingExercise['targets'];
	placedOn: ZoneId;
	picked: boolean;
	verdict: Verdicts[string] | undefined;
	onPick: () => void;
	onSelect: (target: ZoneId) => void;
}

function Item({ exerciseId, item, prefix, targets, placedOn, picked, verdict, onPick, onSelect }: ItemProps) {
	const ref = useRef<HTMLLIElement | null>(null);
	const [dragging, setDragging] = useState(false);

	useDragAdapter(({ draggable }) => {
		const element = ref.current;
		if (!element) return () => {};
		return draggable({
			element,
			getInitialData: () => ({ exerciseId, itemId: item.id }),
			onDragStart: () => setDragging(true),
			onDrop: () => setDragging(false),
		});
	}, [exerciseId, item.id]);

	const selectId = `${prefix}-place-${item.id}`;
	return (
		<li ref={ref} class={`rm-item${picked ? ' is-picked' : ''}${dragging ? ' is-dragging' : ''}${verdict ? ` is-${verdict}` : ''}`} data-item={item.id}>
			<button type="button" class="rm-pick" aria-pressed={picked ? 'true' : 'false'} onClick={onPick}>
				<span class="rm-grip" aria-hidden="true">
					⠿
				</span>{' '}
				{item.text}
			</button>
			<span class="rm-place">
				<label for={selectId}>
					{T.placeShort}
					<span class="island-sr-only"> ({item.text})</span>
				</label>{' '}
				<select id={selectId} value={placedOn ?? ''} onChange={(event) => onSelect(event.currentTarget.value || null)}>
					<option value="">{T.notPlaced}</option>
					{targets.map((target) => (
						<option key={target.id} value={target.id}>
							{target.label}
						</option>
					))}
				</select>
			</span>
			{verdict && (
				<p class={`rm-verdict is-${verdict}`}>
					<strong>{verdict === 'right' ? T.right : verdict === 'wrong' ? T.wrong : T.unplaced}</strong>
					{verdict !== 'unplaced' && ` ${item.feedback}`}
				</p>
			)}
		</li>
	);
}
