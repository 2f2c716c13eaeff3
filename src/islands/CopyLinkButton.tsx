import { useState } from 'preact/hooks';
import { copyToClipboard, linkToAnchor } from '../scripts/clipboard.ts';

interface CopyLinkButtonProps {
	/** The anchor on this page to link to, without '#'. */
	hash: string;
	label: string;
	copied: string;
	failed: string;
}

/** Copies a permanent link; when the clipboard is blocked it shows the link, selected, so it can be copied by hand. */
export function CopyLinkButton({ hash, label, copied, failed }: CopyLinkButtonProps) {
	const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
	const url = () => linkToAnchor(hash);

	async function copy() {
		setStatus((await copyToClipboard(url())) ? 'copied' : 'failed');
	}

	return (
		<span class="copy-link">
			<button type="button" onClick={copy}>
				{label}
			</button>
			<span role="status" class="copy-link-status">
				{status === 'copied' ? copied : status === 'failed' ? failed : ''}
			</span>
			{status === 'failed' && (
				<input
					class="copy-link-fallback"
					type="text"
					readOnly
					value={url()}
					aria-label={label}
					ref={(input) => {
						input?.select();
					}}
				/>
			)}
		</span>
	);
}
