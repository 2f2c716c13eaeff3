import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Quiz, { type QuizQuestionView } from '../../src/islands/Quiz.tsx';

const questions: QuizQuestionView[] = [
	{
		id: 'restore',
		type: 'single',
		legendHtml: 'Which activity restores a failed service?',
		bodyHtml: '',
		options: [
			{ html: 'Plan', correct: false, rationaleHtml: 'Plan sets direction.' },
			{ html: 'Deliver and support', correct: true, rationaleHtml: 'Restoring service is its everyday work.' },
			{ html: 'Engage', correct: false, rationaleHtml: 'Engage talks with the user.' },
		],
	},
	{
		id: 'outputs',
		type: 'multiple',
		choose: 2,
		legendHtml: 'Which TWO are outputs of Deliver and support?',
		bodyHtml: '',
		options: [
			{ html: 'Services delivered', correct: true, rationaleHtml: 'Customers and users receive them.' },
			{ html: 'Service components', correct: false, rationaleHtml: 'An input from Obtain/build.' },
			{ html: 'Change requests', correct: true, rationaleHtml: 'They go to Obtain/build.' },
		],
	},
];

const question = (name: RegExp) => screen.getByRole('group', { name }).closest('li') as HTMLElement;
/** The question's own live region (each question also has one for its copy-link button). */
const feedback = (item: HTMLElement) => within(item).getAllByRole('status').find((region) => region.classList.contains('quiz-feedback'))!;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Quiz', () => {
	it('grades a single-answer question and explains every option', () => {
		render(<Quiz bankId="demo" title="Demo" questions={questions} />);
		const first = question(/restores a failed service/);
		fireEvent.click(within(first).getByLabelText('Engage'));
		fireEvent.click(within(first).getByRole('button', { name: 'Check' }));
		const status = feedback(first);
		expect(status.textContent).toContain('Not quite.');
		expect(status.textContent).toContain('Engage talks with the user.');
		expect(status.textContent).toContain('Correct answer Deliver and support: Restoring service is its everyday work.');
		expect(first.textContent).toContain('Plan sets direction.');
		expect(screen.getByText(/Score: 0 of 2 correct \(1 answered\)/)).toBeTruthy();
	});

	it('asks for exactly N choices on a "choose two" question before grading', () => {
		render(<Quiz bankId="demo" title="Demo" questions={questions} />);
		const second = question(/Which TWO/);
		fireEvent.click(within(second).getByLabelText('Services delivered'));
		fireEvent.click(within(second).getByRole('button', { name: 'Check' }));
		expect(feedback(second).textContent).toBe('Choose exactly 2 answers first.');
		fireEvent.click(within(second).getByLabelText('Change requests'));
		fireEvent.click(within(second).getByRole('button', { name: 'Check' }));
		expect(feedback(second).textContent).toContain('Correct.');
	});

	it('keeps answers across a reload and retries only the missed questions', () => {
		const { unmount } = render(<Quiz bankId="demo" title="Demo" questions={questions} />);
		fireEvent.click(within(question(/restores/)).getByLabelText('Plan'));
		fireEvent.click(within(question(/restores/)).getByRole('button', { name: 'Check' }));
		fireEvent.click(within(question(/Which TWO/)).getByLabelText('Services delivered'));
		fireEvent.click(within(question(/Which TWO/)).getByLabelText('Change requests'));
		fireEvent.click(within(question(/Which TWO/)).getByRole('button', { name: 'Check' }));
		unmount();

		render(<Quiz bankId="demo" title="Demo" questions={questions} />);
		expect((within(question(/restores/)).getByLabelText('Plan') as HTMLInputElement).checked).toBe(true);
		expect(screen.getByText(/Score: 1 of 2 correct/)).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Retry the 1 missed' }));
		expect(screen.queryByRole('group', { name: /Which TWO/ })).toBeNull();
		expect((within(question(/restores/)).getByLabelText('Plan') as HTMLInputElement).checked).toBe(false);
	});

	it('holds feedback back in exam mode until the answers are submitted', () => {
		render(<Quiz bankId="demo" title="Demo" questions={questions} />);
		fireEvent.click(screen.getByLabelText(/Exam: feedback at the end/));
		const first = question(/restores/);
		expect(within(first).queryByRole('button', { name: 'Check' })).toBeNull();
		fireEvent.click(within(first).getByLabelText('Deliver and support'));
		expect(first.textContent).not.toContain('Restoring service is its everyday work.');
		fireEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
		expect(first.textContent).toContain('Restoring service is its everyday work.');
		expect(screen.getByText(/Score: 1 of 2 correct\. 1 question is still unanswered; they count as wrong\./)).toBeTruthy();
	});
});

describe('Quiz gathering questions from several banks (the Review page)', () => {
	const withSource = questions.map((q) => ({ ...q, source: { title: `Bank of ${q.id}`, href: `/bank/#q-${q.id}` } }));

	it('links each question to the bank it comes from', () => {
		render(<Quiz bankId="review" title="Review" questions={withSource} />);
		expect(within(question(/restores/)).getByRole('link', { name: 'Bank of restore' }).getAttribute('href')).toBe('/bank/#q-restore');
		expect(screen.getAllByText('From:')).toHaveLength(2);
		// The bank's link is the permanent one, so no link to this page's copy of the question.
		expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
	});

	it('starts fresh instead of showing saved answers, and records where each answer was given', () => {
		const first = render(<Quiz bankId="demo" title="Demo" questions={questions} />);
		fireEvent.click(within(question(/restores/)).getByLabelText('Plan'));
		fireEvent.click(within(question(/restores/)).getByRole('button', { name: 'Check' }));
		first.unmount();

		render(<Quiz bankId="review" title="Review" questions={withSource} restoreSaved={false} answerSource="review" />);
		const item = question(/restores/);
		expect((within(item).getByLabelText('Plan') as HTMLInputElement).checked).toBe(false);
		expect(within(item).getByRole('button', { name: 'Check' })).toBeTruthy();
		fireEvent.click(within(item).getByLabelText('Deliver and support'));
		fireEvent.click(within(item).getByRole('button', { name: 'Check' }));
		expect(feedback(item).textContent).toContain('Correct.');
		const saved = JSON.parse(localStorage.getItem('dsg-progress-v2')!).answers.restore;
		expect(saved).toMatchObject({ attempts: 2, correctAttempts: 1, chosen: [1] });
		expect(saved.history.map((attempt: { source: string }) => attempt.source)).toEqual(['quiz', 'review']);
	});
});
