import type { ComponentChildren } from 'preact';

interface ScrollingTableProps {
	/** Names the table for assistive technology: its caption's text, or the id of a heading that names it. */
	caption?: string;
	labelledBy?: string;
	id: string;
	class?: string;
	columns: readonly string[];
	children: ComponentChildren;
	/** data-* attributes for the table element. */
	[data: `data-${string}`]: string;
}

/** A data table that scrolls sideways on a narrow screen inside a focusable, labelled section (keyboard users can scroll it). */
export function ScrollingTable({ caption, labelledBy, id, class: className = '', columns, children, ...data }: ScrollingTableProps) {
	return (
		<section class="table-scroll" tabIndex={0} aria-labelledby={labelledBy ?? `${id}-caption`}>
			<table class={`data-table ${className}`.trim()} id={id} {...data}>
				{caption && <caption id={`${id}-caption`}>{caption}</caption>}
				<thead>
					<tr>
						{columns.map((column) => (
							<th scope="col" key={column}>
								{column}
							</th>
						))}
					</tr>
				</thead>
				<tbody>{children}</tbody>
			</table>
		</section>
	);
}
